/**
 * Acceptance report 验收报告 (seed 001, departure: the customer accepts the analysis, storage,
 * alerting, report and other requirements; the PM issues the acceptance report for the
 * customer's signature and seal).
 */
import type { AcceptanceItem } from '../model';
import { label, tr, type ReportContext } from './context';
import { errorsSection, fmt, footer, join, numbered, pie } from './common';
import { bullets, md, table } from './markdown';

export const ACCEPTANCE_CATEGORIES = ['analysis', 'storage', 'alert', 'report', 'other'] as const;

export function acceptanceReport(ctx: ReportContext): string {
  const plan = ctx.plan;
  const h = numbered(ctx);
  const items = plan.acceptance?.items.items ?? [];
  const status = (i: AcceptanceItem) => i.status?.value ?? 'pending';
  const passed = items.filter((i) => status(i) === 'passed').length;
  const failed = items.filter((i) => status(i) === 'failed').length;
  const pending = items.length - passed - failed;
  const req = (id: string | undefined) => (id ? ctx.requirements.get(id) : undefined);

  const title = `# ${tr(ctx, '项目验收报告', 'Acceptance report')} · ${md(plan.title?.value ?? plan.id?.value ?? ctx.file.name)}`;
  const contract = plan.contract?.signed?.value;
  const meta = bullets(
    [
      tr(ctx, `客户：${md(plan.customer?.value ?? '') || '未记录'}`, `Customer: ${md(plan.customer?.value ?? '') || 'none recorded'}`),
      tr(ctx, `项目：${md(plan.id?.value ?? '')}`, `Project: ${md(plan.id?.value ?? '')}`),
      tr(ctx, `合同签订：${md(contract ?? '') || '未记录'}`, `Contract signed: ${md(contract ?? '') || 'not recorded'}`),
      tr(ctx, `实施周期：${md(plan.start?.value ?? '?')} – ${md(plan.end?.value ?? '?')}`, `Period: ${md(plan.start?.value ?? '?')} – ${md(plan.end?.value ?? '?')}`),
      tr(ctx, `报告日期：${fmt(ctx.today)}`, `Date: ${fmt(ctx.today)}`),
    ],
    '',
  );

  const summary =
    items.length === 0
      ? tr(ctx, '未记录验收项（acceptance.items 为空）。', 'No acceptance item recorded (acceptance.items is empty).')
      : join([
          tr(ctx, `共 ${items.length} 项：通过 ${passed} 项，未通过 ${failed} 项，待验收 ${pending} 项。`, `${items.length} items: ${passed} passed, ${failed} failed, ${pending} pending.`),
          pie(tr(ctx, '验收项状态', 'Acceptance items'), [
            [tr(ctx, '通过', 'passed'), passed],
            [tr(ctx, '未通过', 'failed'), failed],
            [tr(ctx, '待验收', 'pending'), pending],
          ]),
        ]).trimEnd();

  // Items by category, in the order of seed 001.
  const byCategory: string[] = [];
  const known = new Set<string>(ACCEPTANCE_CATEGORIES);
  ACCEPTANCE_CATEGORIES.forEach((cat, n) => {
    const list = items.filter((i) => (cat === 'other' ? !i.category || !known.has(i.category.value) || i.category.value === 'other' : i.category?.value === cat));
    byCategory.push(`### ${tr(ctx, `（${'一二三四五'[n]}）`, `2.${n + 1} `)}${label(ctx, 'category', cat)}`);
    byCategory.push(
      table(
        ['ID', tr(ctx, '需求', 'Requirement'), tr(ctx, '验收标准', 'Acceptance criterion'), tr(ctx, '状态', 'Status'), tr(ctx, '日期', 'Date')],
        list.map((i) => {
          const r = req(i.requirement?.value);
          return [
            md(i.id?.value ?? ''),
            [md(i.requirement?.value ?? ''), md(r?.title?.value ?? '')].filter(Boolean).join(' '),
            md(r?.acceptance?.value ?? ''),
            label(ctx, 'acceptance', status(i)),
            md(i.date?.value ?? ''),
          ];
        }),
        tr(ctx, '无（未记录该类验收项）', 'None recorded'),
      ),
    );
  });

  // Requirements and the items that prove them; in-contract requirements nobody proves.
  const proving = new Map<string, string[]>();
  for (const i of items) if (i.requirement?.value) proving.set(i.requirement.value, [...(proving.get(i.requirement.value) ?? []), i.id?.value ?? '?']);
  const reqRows: string[][] = [];
  for (const [id, r] of ctx.requirements) {
    const by = proving.get(id);
    if (!by && r.scope?.value === 'out-of-contract') continue;
    if (!by && r.priority?.value === 'wont') continue;
    reqRows.push([
      `${md(id)} ${md(r.title?.value ?? '')}`.trim(),
      md(label(ctx, 'priority', r.priority?.value)),
      by ? by.map(md).join(', ') : tr(ctx, '**未覆盖**', '**not covered**'),
    ]);
  }
  for (const [id, by] of proving) if (!ctx.requirements.has(id)) reqRows.push([md(id), '', by.map(md).join(', ')]);
  const requirements = table(
    [tr(ctx, '需求', 'Requirement'), tr(ctx, '优先级', 'Priority'), tr(ctx, '验收项', 'Proved by')],
    reqRows,
    tr(ctx, '未记录需求（工作区中没有需求文件）。', 'No requirement recorded (no requirements file in the workspace).'),
  );

  // Open items: acceptance items not passed, changes not decided, unfinished tasks.
  const open: string[] = [];
  for (const i of items) if (status(i) !== 'passed') open.push(`${md(i.id?.value ?? '?')} ${label(ctx, 'category', i.category && known.has(i.category.value) ? i.category.value : 'other')}${tr(ctx, '：', ': ')}${label(ctx, 'acceptance', status(i))}`);
  for (const c of plan.changes.items)
    if ((c.decision?.value ?? 'pending') === 'pending') open.push(`${tr(ctx, '变更', 'Change')} ${md(c.id?.value ?? '?')} ${md(c.description?.value ?? '')}${tr(ctx, '：待审批', ': pending decision')}`);
  const unfinished = (ctx.schedule?.tasks ?? []).filter((t) => t.task.status?.value !== 'done' && t.task.status?.value !== 'cancelled');
  if (unfinished.length)
    open.push(tr(ctx, `未完成任务 ${unfinished.length} 项：`, `${unfinished.length} unfinished ${unfinished.length === 1 ? 'task' : 'tasks'}: `) + unfinished.map((t) => md(t.id ?? '?')).join(', '));
  const openText = bullets(open, tr(ctx, '无', 'None'));

  // Signature block for both sides.
  const signed = plan.acceptance?.report?.signed?.value;
  const signedLine = signed
    ? tr(ctx, `验收报告已签署（${md(plan.acceptance?.report?.date?.value ?? '日期未记录')}）。`, `The acceptance report was signed (${md(plan.acceptance?.report?.date?.value ?? 'date not recorded')}).`)
    : tr(ctx, '验收报告待客户签字盖章确认。', 'The acceptance report awaits the customer’s signature and seal.');
  const signature = join([
    signedLine,
    table(
      ['', tr(ctx, '客户方（甲方）', 'Customer'), tr(ctx, '实施方（乙方）', 'Supplier')],
      [
        [tr(ctx, '单位', 'Organisation'), md(plan.customer?.value ?? ''), ''],
        [tr(ctx, '验收结论', 'Conclusion'), tr(ctx, '□ 通过　□ 有条件通过　□ 不通过', '☐ accepted ☐ accepted with conditions ☐ rejected'), ''],
        [tr(ctx, '代表签字', 'Signature'), '', ''],
        [tr(ctx, '日期', 'Date'), '', ''],
        [tr(ctx, '盖章', 'Seal'), '', ''],
      ],
      '',
    ),
  ]).trimEnd();

  return join([
    title,
    meta,
    h(tr(ctx, '验收概况', 'Summary')),
    summary,
    h(tr(ctx, '验收项（按类别）', 'Items by category')),
    byCategory.join('\n\n'),
    h(tr(ctx, '需求覆盖', 'Requirements proved')),
    requirements,
    h(tr(ctx, '遗留问题', 'Open items')),
    openText,
    h(tr(ctx, '签字确认', 'Signatures')),
    signature,
    errorsSection(ctx, h(tr(ctx, '数据问题', 'Data problems'))),
    '---',
    footer(ctx),
  ]);
}
