/**
 * Weekly report 周报 (seed 001: one each week, by mail, with the hours of the project; delays are
 * reported in the weekly report with their reason, and to sales the same day).
 */
import { formatIsoWeek, isoWeekOf, parseDate, type Day } from '../dates';
import type { ScheduledTask } from '../schedule';
import { forCustomer, label, personName, scheduledTasks, tr, type ReportContext } from './context';
import { bars, errorsSection, fmt, footer, gantt, isClosed, openRiskTable, round, taskTitle } from './common';
import { listOr, numbered, paragraph, tableOr } from './blocks';
import type { Block, ReportDoc, Rich } from './doc';
import { plural } from '../labels';
import { neededFromCustomer, openAt, overallLabel, overallStatus, satisfactionOfMonth } from './weekly-status';
import { affectedPlansSection, type WeeklyImpacts } from './weekly-impact';
import { budgetBlocks } from './weekly-budget';
import { changeEstimateBlocks } from './weekly-changes';

export interface WeekRange {
  week: string;
  monday: Day;
  sunday: Day;
}

export function weekRange(monday: Day): WeekRange {
  return { week: formatIsoWeek(isoWeekOf(monday)), monday, sunday: monday + 6 };
}

const overlaps = (t: ScheduledTask, from: Day, to: Day): boolean =>
  t.start !== undefined && t.end !== undefined && t.start <= to && t.end >= from;

/** `impacts`: the plan's delay impacts on other plans (weeklyImpacts), for the internal edition. */
export function weeklyReport(ctx: ReportContext, monday: Day, impacts?: WeeklyImpacts): ReportDoc {
  const w = weekRange(monday);
  const next = weekRange(monday + 7);
  // "Late" is judged at the end of the week, or today for the current week.
  const ref = Math.min(ctx.today, w.sunday);
  const tasks = scheduledTasks(ctx);
  const plan = ctx.plan;
  const h = numbered(ctx);
  const none = tr(ctx, '无', 'None');
  const owner = (t: ScheduledTask) => personName(ctx, t.task.owner?.value);
  const internal = !forCustomer(ctx);
  const title_ = (t: ScheduledTask) => taskTitle(ctx, t);
  const progress = (t: ScheduledTask) => (t.task.progress ? `${t.task.progress.value}%` : t.task.status?.value === 'done' ? '100%' : '0%');

  const projectTitle = plan.title?.value ?? plan.id?.value ?? ctx.file.name;
  const title = `${tr(ctx, '周报', 'Weekly report')} · ${projectTitle} · ${w.week}`;
  const meta = listOr(
    [
      internal
        ? `${tr(ctx, '项目：', 'Project: ')}${plan.id?.value ?? ''}${plan.customer ? ` · ${tr(ctx, '客户：', 'Customer: ')}${plan.customer.value}` : ''}`
        : `${tr(ctx, '客户：', 'Customer: ')}${plan.customer?.value ?? ''}`,
      tr(ctx, `本周：${w.week}（${fmt(w.monday)} – ${fmt(w.sunday)}）`, `Week: ${w.week} (${fmt(w.monday)} – ${fmt(w.sunday)})`),
      tr(ctx, `统计日期：${fmt(ctx.today)}`, `As of: ${fmt(ctx.today)}`),
    ],
    '',
  );

  // 1. Done this week: done tasks that were finished in the week — on their recorded `actualEnd`,
  // else (not recorded) on their planned end.
  const finished = (t: ScheduledTask) => parseDate(t.task.raw.actualEnd) ?? t.end;
  const done = tasks.filter((t) => {
    const f = finished(t);
    return t.task.status?.value === 'done' && f !== undefined && f >= w.monday && f <= w.sunday;
  });
  // With a baseline: what was promised (原计划) and the slip in working days, beside the plan as it stands and what happened.
  const withBaseline = ctx.slips.some(Boolean);
  const withSlip = withBaseline && internal;
  const slipText = (t: ScheduledTask) => {
    const s = ctx.slips[t.index];
    return !s ? '' : s.slipDays > 0 ? tr(ctx, `晚 ${s.slipDays}`, `+${s.slipDays}`) : s.slipDays < 0 ? tr(ctx, `早 ${-s.slipDays}`, `${s.slipDays}`) : '0';
  };
  const baselineEnd = (t: ScheduledTask) => fmt(ctx.slips[t.index]?.baselineEnd);
  const baselineSpan = (t: ScheduledTask) => {
    const s = ctx.slips[t.index];
    return s ? `${fmt(s.baselineStart ?? s.baselineEnd)} – ${fmt(s.baselineEnd)}` : '';
  };
  const actual = (t: ScheduledTask) => {
    const a = t.task.actualStart?.day;
    const e = t.task.actualEnd?.day;
    if (a === undefined && e === undefined) return '';
    return `${a !== undefined ? fmt(a) : ''} – ${e !== undefined ? fmt(e) : t.started ? tr(ctx, `预计 ${fmt(t.end)}`, `forecast ${fmt(t.end)}`) : ''}`;
  };
  const doneTable = tableOr(
    [
      tr(ctx, '任务', 'Task'),
      tr(ctx, '负责人', 'Owner'),
      ...(withBaseline ? [tr(ctx, '原计划完成', 'Baseline end')] : []),
      tr(ctx, '当前计划完成', 'Planned end'),
      tr(ctx, '实际完成', 'Actual end'),
      ...(withSlip ? [tr(ctx, '比原计划晚（工作日）', 'Slip (working days)')] : []),
    ],
    done.map((t) => [
      title_(t),
      owner(t),
      ...(withBaseline ? [baselineEnd(t)] : []),
      fmt(t.plannedEnd ?? t.end),
      t.task.actualEnd !== undefined ? fmt(t.task.actualEnd.day) : tr(ctx, '未记录', 'not recorded'),
      ...(withSlip ? [slipText(t)] : []),
    ]),
    tr(ctx, '无（本周没有完成的任务）', 'None (no task was finished this week)'),
  );

  // 2. In progress: tasks open at the end of the week that had started by then (or should have).
  const active = tasks.filter((t) => openAt(t, w.sunday) && t.start !== undefined && t.start <= w.sunday);
  // A task finished after the week was in progress in it.
  const statusInWeek = (t: ScheduledTask) => (t.task.status?.value === 'done' ? 'doing' : (t.task.status?.value ?? 'todo'));
  const activeTable = tableOr(
    [
      tr(ctx, '任务', 'Task'),
      tr(ctx, '负责人', 'Owner'),
      tr(ctx, '状态', 'Status'),
      tr(ctx, '进度', 'Progress'),
      ...(withBaseline ? [tr(ctx, '原计划', 'Baseline')] : []),
      tr(ctx, '当前计划', 'Planned'),
      tr(ctx, '实际', 'Actual'),
      ...(withSlip ? [tr(ctx, '比原计划晚（工作日）', 'Slip (working days)')] : []),
      ...(internal ? [tr(ctx, '说明', 'Note')] : []),
    ],
    active.map((t) => {
      const late = t.end !== undefined && t.end < ref ? ref - t.end : 0;
      const notStarted = statusInWeek(t) === 'todo' && t.start !== undefined && t.start <= ref;
      const notes = [
        late > 0 ? tr(ctx, `逾期 ${late} 天`, `${plural(late, 'day')} late`) : '',
        notStarted ? tr(ctx, '应已开始', 'should have started') : '',
        t.critical ? tr(ctx, '关键路径', 'critical path') : '',
      ].filter(Boolean);
      return [
        title_(t),
        owner(t),
        label(ctx, 'status', statusInWeek(t)),
        progress(t),
        ...(withBaseline ? [baselineSpan(t)] : []),
        `${fmt(t.plannedStart ?? t.start)} – ${fmt(t.plannedEnd ?? t.end)}`,
        actual(t),
        ...(withSlip ? [slipText(t)] : []),
        ...(internal ? [notes.join(tr(ctx, '；', '; '))] : []),
      ];
    }),
    tr(ctx, '无', 'None'),
  );

  // 3. Next week's plan, from the schedule.
  // An open task past its end stays in next week's plan, marked overdue.
  const overdue = (t: ScheduledTask) => t.end !== undefined && t.end < ref;
  const planned = tasks.filter((t) => openAt(t, w.sunday) && (overlaps(t, next.monday, next.sunday) || (t.end !== undefined && t.end < next.monday && t.start !== undefined && t.start <= w.sunday)));
  const nextTable = tableOr(
    [tr(ctx, '任务', 'Task'), tr(ctx, '负责人', 'Owner'), tr(ctx, '计划起止', 'Planned'), tr(ctx, '当前进度', 'Progress')],
    planned.map((t) => [title_(t), owner(t), `${fmt(t.start)} – ${fmt(t.end)}${overdue(t) ? tr(ctx, '（已逾期）', ' (overdue)') : ''}`, progress(t)]),
    tr(ctx, '无（排期中下周没有任务）', 'None (no task is scheduled next week)'),
  );

  // 4. Milestones hit or missed (milestone tasks and releases up to the end of next week).
  const milestoneRows: Rich[][] = [];
  for (const t of tasks) {
    if (!t.milestone || t.start === undefined || t.start > next.sunday || t.start < w.monday - 28) continue;
    const hit = t.task.status?.value === 'done';
    const state = hit ? tr(ctx, '已达成', 'hit') : t.start < ref ? tr(ctx, `未达成（已过 ${ref - t.start} 天）`, `missed (${plural(ref - t.start, 'day')} ago)`) : tr(ctx, '计划中', 'planned');
    milestoneRows.push([title_(t), fmt(t.start), state]);
  }
  for (const r of plan.releases.items) {
    const d = r.date?.day;
    if (d === undefined || d > next.sunday || d < w.monday) continue;
    milestoneRows.push([
      `${tr(ctx, '版本', 'Release')} ${r.title?.value ?? r.id?.value ?? ''}`,
      fmt(d),
      d >= ref ? tr(ctx, '计划中', 'planned') : tr(ctx, '已到计划日期，请确认', 'date passed, please confirm'),
    ]);
  }
  const milestones = tableOr([tr(ctx, '里程碑', 'Milestone'), tr(ctx, '计划日期', 'Date'), tr(ctx, '状态', 'Status')], milestoneRows, none);

  // 5. Delays with reasons, and whether sales was told (seed 001 FAQ 2: the same day).
  const delays = plan.delays.items.filter((d) => d.date?.day === undefined || d.date.day <= w.sunday);
  const delayTable = tableOr(
    [
      tr(ctx, '任务', 'Task'),
      tr(ctx, '发现日期', 'Date'),
      tr(ctx, '延期（工作日）', 'Days'),
      tr(ctx, '原因', 'Reason'),
      ...(internal ? [tr(ctx, '已告知销售', 'Sales told'), tr(ctx, '影响其他项目', 'Affects')] : []),
    ],
    delays.map((d) => {
      const t = d.task?.value ? tasks.find((x) => x.id === d.task!.value) : undefined;
      const day = d.date?.day;
      const told = d.reportedToSales?.day;
      const sales =
        told === undefined
          ? tr(ctx, '未告知', 'no')
          : day === undefined || told <= day
            ? tr(ctx, `${fmt(told)}（当日）`, `${fmt(told)} (same day)`)
            : tr(ctx, `${fmt(told)}（晚 ${told - day} 天）`, `${fmt(told)} (${plural(told - day, 'day')} late)`);
      const isNew = day !== undefined && day >= w.monday;
      return [
        t ? title_(t) : (d.task?.value ?? ''),
        `${d.date?.value ?? ''}${isNew ? tr(ctx, '（本周）', ' (this week)') : ''}`,
        d.days ? String(d.days.value) : '',
        d.reason?.value?.trim() ? d.reason.value : tr(ctx, '（未填写原因）', '(no reason given)'),
        ...(internal ? [sales, d.affects.items.map((a) => a.value).join(', ')] : []),
      ];
    }),
    tr(ctx, '无（未记录延期）', 'None (no delay recorded)'),
  );
  const halts = plan.halts.items
    .filter((x) => (x.from?.day ?? Infinity) <= w.sunday && (x.to?.day ?? Infinity) >= w.monday)
    .map((x) => `${tr(ctx, '叫停', 'Halted')} ${x.from?.value ?? ''} – ${x.to?.value ?? ''}: ${x.reason?.value ?? ''}${x.resumePlan ? ` (${tr(ctx, '恢复计划', 'resume plan')}: ${x.resumePlan.value})` : ''}`);

  // 6. Open risks.
  const risks = plan.risks.items.filter((r) => r.status?.value !== 'closed');
  const riskTable = openRiskTable(ctx, risks, tr(ctx, '无（没有未关闭的风险）', 'None (no open risk)'));

  // 7. Changes: new this week, and all still waiting for a decision.
  const changes = plan.changes.items.filter((c) => {
    const d = c.date?.day;
    const isNew = d !== undefined && d >= w.monday && d <= w.sunday;
    const pending = (c.decision?.value ?? 'pending') === 'pending' && (d === undefined || d <= w.sunday);
    return isNew || pending;
  });
  const changeTable = tableOr(
    ['ID', tr(ctx, '提出日期', 'Date'), tr(ctx, '提出人', 'Requested by'), tr(ctx, '内容', 'Change'), tr(ctx, '范围', 'Scope'), tr(ctx, '决定', 'Decision'), tr(ctx, '估算（人天）', 'Estimate (days)')],
    changes.map((c) => {
      const d = c.date?.day;
      const isNew = d !== undefined && d >= w.monday && d <= w.sunday;
      return [
        c.id?.value ?? '',
        `${c.date?.value ?? ''}${isNew ? tr(ctx, '（本周新增）', ' (new)') : ''}`,
        personName(ctx, c.requestedBy?.value),
        c.description?.value ?? '',
        label(ctx, 'scope', c.scope?.value) || tr(ctx, '（未定）', '(not set)'),
        label(ctx, 'decision', c.decision?.value ?? 'pending'),
        c.estimateDays ? String(c.estimateDays.value) : '',
      ];
    }),
    tr(ctx, '无（本周没有新增或待审批的变更）', 'None (no new or pending change)'),
  );

  // 8. Hours by person, from weeklyReports.
  const entry = plan.weeklyReports.items.find((r) => r.week?.value === w.week);
  let hours: Block[];
  if (!entry) {
    hours = [
      paragraph(
        internal
          ? tr(ctx, `未记录（项目计划的周报记录中没有 ${w.week} 的工时）。`, `None recorded (weeklyReports has no hours for ${w.week}).`)
          : tr(ctx, '未记录。', 'None recorded.'),
      ),
    ];
  } else {
    // Each person's hours, per-task hours summed (hours.ts); invalid values are left out.
    const rows = [...entry.hours.byPerson].map(([k, v]) => [personName(ctx, k), v] as [string, number]);
    const total = rows.reduce((s, [, v]) => s + (Number.isFinite(v) ? v : 0), 0);
    const tableText = tableOr(
      [tr(ctx, '人员', 'Person'), tr(ctx, '工时（小时）', 'Hours')],
      rows.length ? [...rows.map(([n, v]) => [n, String(round(v))]), [tr(ctx, '合计', 'Total'), String(round(total))]] : [],
      tr(ctx, '未记录（本周工时为空）。', 'None recorded (no hours for this week).'),
      rows.length > 0,
    );
    const sent = entry.sent?.value && internal ? [paragraph(tr(ctx, `本周周报已于 ${entry.sent.value} 发送。`, `The report of this week was sent on ${entry.sent.value}.`))] : [];
    hours = [...sent, tableText, ...bars(tr(ctx, `${w.week} 工时分布`, `Hours ${w.week}`), tr(ctx, '小时', 'h'), rows)];
  }

  // 9. Gantt excerpt: this week and next week.
  const window = tasks.filter(
    (t) =>
      overlaps(t, w.monday, next.sunday) ||
      (t.milestone && t.start !== undefined && t.start >= w.monday && t.start <= next.sunday) ||
      (openAt(t, w.sunday) && t.end !== undefined && t.end < w.monday && t.start !== undefined),
  );
  const chart = gantt(ctx, tr(ctx, `${w.week} 与 ${next.week}`, `${w.week} and ${next.week}`), window, { from: w.monday, to: next.sunday, today: ref });

  // 0. Overview: overall status with its reasons, a summary line, satisfaction.
  const status = overallStatus(ctx, tasks, w.monday, ref);
  const lateCount = active.filter(overdue).length;
  const summary = tr(
    ctx,
    `本周完成 ${done.length} 项任务，进行中 ${active.length} 项${lateCount ? `（其中逾期 ${lateCount} 项）` : ''}，下周计划 ${planned.length} 项。`,
    `${plural(done.length, 'task')} finished this week, ${active.length} in progress${lateCount ? ` (${lateCount} overdue)` : ''}, ${planned.length} planned next week.`,
  );
  const satisfaction = satisfactionOfMonth(ctx, w.monday);
  const overview: Block[] = [
    paragraph([tr(ctx, '整体状态：', 'Overall status: '), { strong: overallLabel(ctx, status.level) }, ...(status.reasons.length ? [tr(ctx, `（${status.reasons.join('；')}）`, ` (${status.reasons.join('; ')})`)] : [])]),
    paragraph(summary),
    ...(satisfaction ? [paragraph(satisfaction)] : []),
  ];
  const needed = neededFromCustomer(ctx, tasks, w.monday);

  const blocks: Block[] = [
    ...meta,
    h(tr(ctx, '本周概况', 'Summary')),
    ...overview,
    h(tr(ctx, '本周完成', 'Done this week')),
    doneTable,
    h(tr(ctx, '进行中', 'In progress')),
    activeTable,
    h(tr(ctx, `下周计划（${next.week}）`, `Next week's plan (${next.week})`)),
    nextTable,
    h(tr(ctx, '里程碑', 'Milestones')),
    milestones,
    h(tr(ctx, '延期情况', 'Delays')),
    delayTable,
    ...listOr(halts),
    ...affectedPlansSection(ctx, h, delays, impacts),
    h(tr(ctx, '需客户配合事项', 'Needed from the customer')),
    ...listOr(needed, tr(ctx, '无', 'None')),
    h(tr(ctx, '风险', 'Open risks')),
    riskTable,
    h(tr(ctx, '需求变更', 'Changes')),
    changeTable,
    ...changeEstimateBlocks(ctx, tasks, w.sunday),
    h(tr(ctx, '工时统计', 'Hours by person')),
    ...hours,
    ...budgetBlocks(ctx, tasks, w.monday),
    h(tr(ctx, '甘特图（本周与下周）', 'Gantt (this week and next)')),
    ...(chart.length ? chart : [paragraph(none)]),
    ...errorsSection(ctx, () => h(tr(ctx, '数据问题', 'Data problems'))),
    ...footer(ctx),
  ];
  return {
    kind: 'weekly',
    edition: ctx.edition,
    locale: ctx.locale,
    title,
    customer: plan.customer?.value ?? '',
    project: projectTitle,
    company: ctx.company,
    subject: `${tr(ctx, '【周报】', '[Weekly report] ')}${projectTitle} ${w.week}`,
    recipients: recipientsOf(plan.raw.weeklyReport),
    blocks,
  };
}

/** The addresses of `weeklyReport: { to, cc }` (strings only; the mail writer checks each address). */
function recipientsOf(value: unknown): { to: string[]; cc: string[] } {
  const o = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const list = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' ? [v] : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '').map((x) => x.trim());
  return { to: list(o.to), cc: list(o.cc) };
}
