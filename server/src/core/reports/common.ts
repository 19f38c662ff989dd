/** Pieces shared by the reports: task titles, charts, the risk table, the errors section, the closing line. */
import { formatDate, type Day } from '../dates';
import type { ScheduledTask } from '../schedule';
import type { Risk } from '../model';
import { forCustomer, label, personName, tr, type ReportContext } from './context';
import type { Block, Chart, GanttChartRow, Inline, PieSlice } from './doc';
import { chart, listOr, paragraph, tableOr } from './blocks';

export const fmt = (d: Day | undefined): string => (d === undefined ? '' : formatDate(d));

export const isClosed = (t: ScheduledTask): boolean => t.task.status?.value === 'done' || t.task.status?.value === 'cancelled';

/** "P4 告警规则配置"; in the customer edition the name alone (ids are ours), the id when it has no name. */
export function taskTitle(ctx: ReportContext, t: ScheduledTask): string {
  const name = t.task.name?.value?.trim();
  if (forCustomer(ctx) && name) return name;
  return [t.id, name].filter(Boolean).join(' ');
}

/** A pie chart block; slices of 0 are left out, and no chart at all when every slice is 0. */
export function pie(title: string, slices: [string, number][]): Block[] {
  const shown: PieSlice[] = slices.filter(([, v]) => Number.isFinite(v) && v > 0).map(([l, v]) => ({ label: l, value: v }));
  return shown.length === 0 ? [] : [chart({ kind: 'pie', title, slices: shown })];
}

/** Bars (hours by person); none when every value is 0. */
export function bars(title: string, unit: string, values: [string, number][]): Block[] {
  const shown: PieSlice[] = values.filter(([, v]) => Number.isFinite(v) && v > 0).map(([l, v]) => ({ label: l, value: v }));
  return shown.length === 0 ? [] : [chart({ kind: 'bars', title, unit, bars: shown })];
}

export const round = (v: number): number => Math.round(v * 100) / 100;

export interface GanttWindow {
  from: Day;
  to: Day;
  /** The chart's today: open tasks past their end are overdue and drawn up to it. */
  today: Day;
}

/** A gantt chart of the given tasks, grouped by phase in plan order; none when no task has dates. */
export function gantt(ctx: ReportContext, title: string, tasks: ScheduledTask[], window?: GanttWindow): Block[] {
  const dated = tasks.filter((t) => t.start !== undefined && t.end !== undefined);
  if (dated.length === 0) return [];
  const phases: string[] = [];
  for (const t of dated) {
    const p = t.task.phase?.value ?? '';
    if (!phases.includes(p)) phases.push(p);
  }
  const row = (t: ScheduledTask): GanttChartRow => {
    const st = t.task.status?.value;
    const open = st !== 'done' && st !== 'cancelled';
    const overdue = !!window && open && t.end! < window.today;
    const s = ctx.slips[t.index];
    const r: GanttChartRow = {
      key: `t${t.index + 1}`,
      label: taskTitle(ctx, t),
      start: t.start!,
      end: t.end!,
      milestone: !!t.milestone,
      done: st === 'done',
      active: st === 'doing',
      critical: !forCustomer(ctx) && !!t.critical && st !== 'done',
      overdue,
    };
    if (overdue) {
      r.plannedEnd = t.end!;
      r.end = window!.today;
    }
    if (t.task.progress) r.progress = t.task.progress.value;
    if (s) {
      if (s.baselineStart !== undefined) r.baselineStart = s.baselineStart;
      if (s.baselineEnd !== undefined) r.baselineEnd = s.baselineEnd;
    }
    return r;
  };
  const starts = dated.map((t) => t.start!);
  const ends = dated.map((t) => t.end!);
  const c: Chart = {
    kind: 'gantt',
    title,
    from: window?.from ?? Math.min(...starts),
    to: window?.to ?? Math.max(...ends),
    sections: phases.map((p) => ({
      title: p ? label(ctx, 'phase', p) : tr(ctx, '其他', 'other'),
      rows: dated.filter((x) => (x.task.phase?.value ?? '') === p).map(row),
    })),
  };
  if (window) c.today = window.today;
  return [chart(c)];
}

/** The section listing errors that make the figures uncertain (internal edition only); empty when there are none. */
export function errorsSection(ctx: ReportContext, heading: () => Block): Block[] {
  if (ctx.errors.length === 0 || forCustomer(ctx)) return [];
  const intro = tr(
    ctx,
    '以下错误可能使本报告中的数字不准确，请修正后重新生成：',
    'These errors may make the figures of this report uncertain; fix them and generate the report again:',
  );
  const shown = ctx.errors.slice(0, 20).map((e): Inline[] => [`${e.file}:${e.line} `, { code: e.rule }, ` ${e.message}`]);
  const more = ctx.errors.length > 20 ? [tr(ctx, `……另有 ${ctx.errors.length - 20} 个错误`, `… and ${ctx.errors.length - 20} more`)] : [];
  return [heading(), paragraph(intro), ...listOr([...shown, ...more])];
}

/** The closing line: internal — which file, which date; customer — who wrote it, when. */
export function footer(ctx: ReportContext): Block[] {
  if (forCustomer(ctx)) {
    const by = ctx.company ? tr(ctx, `编制单位：${ctx.company}　`, `Prepared by ${ctx.company}, `) : '';
    return [{ type: 'rule' }, paragraph(tr(ctx, `${by}编制日期：${fmt(ctx.today)}`, `${by}${by ? 'on' : 'Date:'} ${fmt(ctx.today)}`), 'footer')];
  }
  return [
    { type: 'rule' },
    paragraph(
      tr(ctx, `本报告由 POC Studio 根据 ${ctx.file.name} 生成（统计日期 ${fmt(ctx.today)}），请核对后发送。`, `Generated by POC Studio from ${ctx.file.name} (as of ${fmt(ctx.today)}); check it before sending.`),
      'footer',
    ),
  ];
}

/** The table of open risks (ID, risk, probability, impact, mitigation, owner), or `none`. Customer: no ids. */
export function openRiskTable(ctx: ReportContext, risks: readonly Risk[], none: string): Block {
  const ids = !forCustomer(ctx);
  return tableOr(
    [...(ids ? ['ID'] : []), tr(ctx, '风险', 'Risk'), tr(ctx, '概率', 'Probability'), tr(ctx, '影响', 'Impact'), tr(ctx, '应对措施', 'Mitigation'), tr(ctx, '负责人', 'Owner')],
    risks.map((r) => [
      ...(ids ? [r.id?.value ?? ''] : []),
      r.description?.value ?? '',
      label(ctx, 'level', r.probability?.value),
      label(ctx, 'level', r.impact?.value),
      r.mitigation?.value?.trim() ? r.mitigation.value : forCustomer(ctx) ? '' : [{ strong: tr(ctx, '无应对措施', 'none') }],
      personName(ctx, r.owner?.value),
    ]),
    none,
  );
}

/** The 甲方 / 乙方 signature and seal block: the customer of the plan, our company (pocStudio.company). */
export function signatureBlock(ctx: ReportContext, conclusion: string, options: string[]): Block {
  return {
    type: 'signature',
    signature: {
      labels: {
        organisation: tr(ctx, '单位', 'Organisation'),
        conclusion,
        signature: tr(ctx, '代表签字', 'Signature'),
        date: tr(ctx, '日期', 'Date'),
        seal: tr(ctx, '盖章', 'Seal'),
      },
      conclusionOptions: options,
      parties: [
        { role: tr(ctx, '客户方（甲方）', 'Customer'), organisation: ctx.plan.customer?.value ?? '' },
        { role: tr(ctx, '实施方（乙方）', 'Supplier'), organisation: ctx.company },
      ],
    },
  };
}
