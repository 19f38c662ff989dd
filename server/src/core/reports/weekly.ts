/**
 * Weekly report 周报 (seed 001: one each week, by mail, with the hours of the project; delays are
 * reported in the weekly report with their reason, and to sales the same day).
 */
import { formatIsoWeek, isoWeekOf, parseDate, type Day } from '../dates';
import type { ScheduledTask } from '../schedule';
import { label, personName, scheduledTasks, tr, type ReportContext } from './context';
import { errorsSection, fmt, footer, gantt, isClosed, join, numbered, openRiskTable, pie, round, taskTitle } from './common';
import { bullets, md, table } from './markdown';
import { plural } from '../labels';

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

export function weeklyReport(ctx: ReportContext, monday: Day): string {
  const w = weekRange(monday);
  const next = weekRange(monday + 7);
  // "Late" is judged at the end of the week, or today for the current week.
  const ref = Math.min(ctx.today, w.sunday);
  const tasks = scheduledTasks(ctx);
  const plan = ctx.plan;
  const h = numbered(ctx);
  const none = tr(ctx, '无', 'None');
  const owner = (t: ScheduledTask) => md(personName(ctx, t.task.owner?.value));
  const progress = (t: ScheduledTask) => (t.task.progress ? `${t.task.progress.value}%` : t.task.status?.value === 'done' ? '100%' : '0%');

  const title = `# ${tr(ctx, '周报', 'Weekly report')} · ${md(plan.title?.value ?? plan.id?.value ?? ctx.file.name)} · ${w.week}`;
  const meta = bullets(
    [
      `${tr(ctx, '项目：', 'Project: ')}${md(plan.id?.value ?? '')}${plan.customer ? ` · ${tr(ctx, '客户：', 'Customer: ')}${md(plan.customer.value)}` : ''}`,
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
  const doneTable = table(
    [
      tr(ctx, '任务', 'Task'),
      tr(ctx, '负责人', 'Owner'),
      ...(withBaseline ? [tr(ctx, '原计划完成', 'Baseline end')] : []),
      tr(ctx, '当前计划完成', 'Planned end'),
      tr(ctx, '实际完成', 'Actual end'),
      ...(withBaseline ? [tr(ctx, '比原计划晚（工作日）', 'Slip (working days)')] : []),
    ],
    done.map((t) => [
      taskTitle(t),
      owner(t),
      ...(withBaseline ? [baselineEnd(t)] : []),
      fmt(t.plannedEnd ?? t.end),
      t.task.actualEnd !== undefined ? fmt(t.task.actualEnd.day) : tr(ctx, '未记录', 'not recorded'),
      ...(withBaseline ? [slipText(t)] : []),
    ]),
    tr(ctx, '无（本周没有完成的任务）', 'None (no task was finished this week)'),
  );

  // 2. In progress: unfinished tasks that should have started by the end of the week.
  const active = tasks.filter(
    (t) => !isClosed(t) && (t.task.status?.value === 'doing' || t.task.status?.value === 'blocked' || (t.start !== undefined && t.start <= w.sunday && (t.end ?? t.start) >= w.monday) || (t.end !== undefined && t.end < w.monday)),
  );
  const activeTable = table(
    [
      tr(ctx, '任务', 'Task'),
      tr(ctx, '负责人', 'Owner'),
      tr(ctx, '状态', 'Status'),
      tr(ctx, '进度', 'Progress'),
      ...(withBaseline ? [tr(ctx, '原计划', 'Baseline')] : []),
      tr(ctx, '当前计划', 'Planned'),
      tr(ctx, '实际', 'Actual'),
      ...(withBaseline ? [tr(ctx, '比原计划晚（工作日）', 'Slip (working days)')] : []),
      tr(ctx, '说明', 'Note'),
    ],
    active.map((t) => {
      const late = t.end !== undefined && t.end < ref ? ref - t.end : 0;
      const notStarted = (t.task.status?.value ?? 'todo') === 'todo' && t.start !== undefined && t.start <= ref;
      const notes = [
        late > 0 ? tr(ctx, `逾期 ${late} 天`, `${plural(late, 'day')} late`) : '',
        notStarted ? tr(ctx, '应已开始', 'should have started') : '',
        t.critical ? tr(ctx, '关键路径', 'critical path') : '',
      ].filter(Boolean);
      return [
        taskTitle(t),
        owner(t),
        label(ctx, 'status', t.task.status?.value ?? 'todo'),
        progress(t),
        ...(withBaseline ? [baselineSpan(t)] : []),
        `${fmt(t.plannedStart ?? t.start)} – ${fmt(t.plannedEnd ?? t.end)}`,
        actual(t),
        ...(withBaseline ? [slipText(t)] : []),
        notes.join(tr(ctx, '；', '; ')),
      ];
    }),
    tr(ctx, '无', 'None'),
  );

  // 3. Next week's plan, from the schedule.
  const planned = tasks.filter((t) => !isClosed(t) && overlaps(t, next.monday, next.sunday));
  const nextTable = table(
    [tr(ctx, '任务', 'Task'), tr(ctx, '负责人', 'Owner'), tr(ctx, '计划起止', 'Planned'), tr(ctx, '当前进度', 'Progress')],
    planned.map((t) => [taskTitle(t), owner(t), `${fmt(t.start)} – ${fmt(t.end)}`, progress(t)]),
    tr(ctx, '无（排期中下周没有任务）', 'None (no task is scheduled next week)'),
  );

  // 4. Milestones hit or missed (milestone tasks and releases up to the end of next week).
  const milestoneRows: string[][] = [];
  for (const t of tasks) {
    if (!t.milestone || t.start === undefined || t.start > next.sunday || t.start < w.monday - 28) continue;
    const hit = t.task.status?.value === 'done';
    const state = hit ? tr(ctx, '已达成', 'hit') : t.start < ref ? tr(ctx, `未达成（已过 ${ref - t.start} 天）`, `missed (${plural(ref - t.start, 'day')} ago)`) : tr(ctx, '计划中', 'planned');
    milestoneRows.push([taskTitle(t), fmt(t.start), state]);
  }
  for (const r of plan.releases.items) {
    const d = r.date?.day;
    if (d === undefined || d > next.sunday || d < w.monday) continue;
    milestoneRows.push([
      `${tr(ctx, '版本', 'Release')} ${md(r.title?.value ?? r.id?.value ?? '')}`,
      fmt(d),
      d >= ref ? tr(ctx, '计划中', 'planned') : tr(ctx, '已到计划日期，请确认', 'date passed, please confirm'),
    ]);
  }
  const milestones = table([tr(ctx, '里程碑', 'Milestone'), tr(ctx, '计划日期', 'Date'), tr(ctx, '状态', 'Status')], milestoneRows, none);

  // 5. Delays with reasons, and whether sales was told (seed 001 FAQ 2: the same day).
  const delays = plan.delays.items.filter((d) => d.date?.day === undefined || d.date.day <= w.sunday);
  const delayTable = table(
    [tr(ctx, '任务', 'Task'), tr(ctx, '发现日期', 'Date'), tr(ctx, '延期（工作日）', 'Days'), tr(ctx, '原因', 'Reason'), tr(ctx, '已告知销售', 'Sales told'), tr(ctx, '影响其他项目', 'Affects')],
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
        t ? taskTitle(t) : md(d.task?.value ?? ''),
        `${md(d.date?.value ?? '')}${isNew ? tr(ctx, '（本周）', ' (this week)') : ''}`,
        d.days ? String(d.days.value) : '',
        md(d.reason?.value ?? '') || tr(ctx, '（未填写原因）', '(no reason given)'),
        sales,
        d.affects.items.map((a) => md(a.value)).join(', '),
      ];
    }),
    tr(ctx, '无（未记录延期）', 'None (no delay recorded)'),
  );
  const halts = plan.halts.items
    .filter((x) => (x.from?.day ?? Infinity) <= w.sunday && (x.to?.day ?? Infinity) >= w.monday)
    .map((x) => `${tr(ctx, '叫停', 'Halted')} ${md(x.from?.value ?? '')} – ${md(x.to?.value ?? '')}: ${md(x.reason?.value ?? '')}${x.resumePlan ? ` (${tr(ctx, '恢复计划', 'resume plan')}: ${md(x.resumePlan.value)})` : ''}`);

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
  const changeTable = table(
    ['ID', tr(ctx, '提出日期', 'Date'), tr(ctx, '提出人', 'Requested by'), tr(ctx, '内容', 'Change'), tr(ctx, '范围', 'Scope'), tr(ctx, '决定', 'Decision'), tr(ctx, '估算（人天）', 'Estimate (days)')],
    changes.map((c) => {
      const d = c.date?.day;
      const isNew = d !== undefined && d >= w.monday && d <= w.sunday;
      return [
        md(c.id?.value ?? ''),
        `${md(c.date?.value ?? '')}${isNew ? tr(ctx, '（本周新增）', ' (new)') : ''}`,
        md(personName(ctx, c.requestedBy?.value)),
        md(c.description?.value ?? ''),
        label(ctx, 'scope', c.scope?.value) || tr(ctx, '（未定）', '(not set)'),
        label(ctx, 'decision', c.decision?.value ?? 'pending'),
        c.estimateDays ? String(c.estimateDays.value) : '',
      ];
    }),
    tr(ctx, '无（本周没有新增或待审批的变更）', 'None (no new or pending change)'),
  );

  // 8. Hours by person, from weeklyReports.
  const entry = plan.weeklyReports.items.find((r) => r.week?.value === w.week);
  let hours: string;
  if (!entry) {
    hours = tr(ctx, `未记录（weeklyReports 中没有 ${w.week} 的工时）。`, `None recorded (weeklyReports has no hours for ${w.week}).`);
  } else {
    const rows = entry.hours.keys.map((k, i) => [personName(ctx, k.value), entry.hours.entries[i]?.value ?? 0] as [string, number]);
    const total = rows.reduce((s, [, v]) => s + (Number.isFinite(v) ? v : 0), 0);
    const tableText = table(
      [tr(ctx, '人员', 'Person'), tr(ctx, '工时（小时）', 'Hours')],
      rows.length ? [...rows.map(([n, v]) => [md(n), String(round(v))]), [tr(ctx, '**合计**', '**Total**'), `**${round(total)}**`]] : [],
      tr(ctx, '未记录（本周工时为空）。', 'None recorded (no hours for this week).'),
    );
    const sent = entry.sent?.value ? tr(ctx, `本周周报已于 ${md(entry.sent.value)} 发送。`, `The report of this week was sent on ${md(entry.sent.value)}.`) : '';
    hours = join([sent, tableText, pie(tr(ctx, `${w.week} 工时分布`, `Hours ${w.week}`), rows)]).trimEnd();
  }

  // 9. Gantt excerpt: this week and next week.
  const window = tasks.filter((t) => overlaps(t, w.monday, next.sunday) || (t.milestone && t.start !== undefined && t.start >= w.monday && t.start <= next.sunday));
  const chart = gantt(ctx, tr(ctx, `${w.week} 与 ${next.week}`, `${w.week} and ${next.week}`), window) || none;

  return join([
    title,
    meta,
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
    halts.length ? bullets(halts, '') : '',
    h(tr(ctx, '风险', 'Open risks')),
    riskTable,
    h(tr(ctx, '需求变更', 'Changes')),
    changeTable,
    h(tr(ctx, '工时统计', 'Hours by person')),
    hours,
    h(tr(ctx, '甘特图（本周与下周）', 'Gantt (this week and next)')),
    chart,
    errorsSection(ctx, h(tr(ctx, '数据问题', 'Data problems'))),
    '---',
    footer(ctx),
  ]);
}
