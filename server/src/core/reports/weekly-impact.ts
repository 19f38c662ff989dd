/**
 * The weekly report's "受影响的其他项目 / Other plans affected" (seed 001 FAQ 1/2: a delay that hits
 * another project is linked to it and its sales is told): internal edition only.
 *
 * Decisions:
 * - Rows: every plan named in `affects` of the delays the report lists (recorded), then every
 *   impact not recorded yet (rules/_delay-impact.ts, what delay-impact reports), one row per task
 *   and plan; a recorded plan also shows the period when the impact is still computed.
 * - Columns: the plan (title, else id), its sales contact (team member with role sales), the task,
 *   the person, the overloaded period, and whether it is recorded in the delay.
 * - No rows: no section (a plan without such delays reads as before).
 */
import type { Delay } from '../model';
import type { ArtifactFile } from '../rules/api';
import type { ScheduledTask } from '../schedule';
import type { Workspace } from '../workspace';
import { delayImpacts, planFileById, salesOf, type DelayImpact } from '../rules/_delay-impact';
import { zhPeriod } from '../rules/_allocation-sweep';
import { forCustomer, tr, type ReportContext } from './context';
import { taskTitle } from './common';
import type { Block, Rich } from './doc';

/** What the section reads of the portfolio: the impacts of the plan, and plans by id. */
export interface WeeklyImpacts {
  impacts: DelayImpact[];
  planById(id: string): ArtifactFile | undefined;
}

export function weeklyImpacts(ws: Workspace, uri: string): WeeklyImpacts {
  const file = ws.get(uri);
  const index = ws.indexFor(uri);
  return { impacts: file ? delayImpacts(index, file, ws.settings.baseline || undefined) : [], planById: (id) => planFileById(index, id) };
}

/** The section's heading and table, or nothing (customer edition, no rows). */
export function affectedPlansSection(ctx: ReportContext, heading: (title: string) => Block, delays: readonly Delay[], data: WeeklyImpacts | undefined): Block[] {
  if (forCustomer(ctx) || !data) return [];
  const tasks = ctx.schedule?.tasks ?? [];
  const period = (dates: string[]) => (ctx.locale === 'zh-CN' ? dates.map(zhPeriod).join('、') : dates.join(', '));
  const person = (i: DelayImpact) => i.member.name?.value?.trim() || i.person;
  const taskText = (t: ScheduledTask | undefined, id: string | undefined) => (t ? taskTitle(ctx, t) : (id ?? ''));
  const rows: Rich[][] = [];
  const seen = new Set<string>();
  for (const d of delays) {
    const taskId = d.task?.value;
    for (const a of d.affects.items) {
      const key = `${taskId ?? ''}\u0000${a.value}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const found = data.impacts.filter((i) => i.task.id === taskId && i.plan.id === a.value);
      const plan = data.planById(a.value);
      const m = plan?.model;
      const title = m && (m.kind === 'poc' || m.kind === 'project') ? m.title?.value?.trim() || a.value : a.value;
      const sales = plan && salesOf(plan);
      rows.push([
        title,
        sales ? (sales.name ?? sales.id) : tr(ctx, '（团队中没有销售）', '(no sales in its team)'),
        taskText(tasks.find((t) => t.id === taskId), taskId),
        found.length ? person(found[0]) : '',
        period(found.flatMap((i) => i.dates)),
        tr(ctx, '已关联', 'yes'),
      ]);
    }
  }
  for (const i of data.impacts) {
    if (i.recorded) continue;
    rows.push([
      i.plan.title ?? i.plan.id ?? i.plan.file.name,
      i.sales ? (i.sales.name ?? i.sales.id) : tr(ctx, '（团队中没有销售）', '(no sales in its team)'),
      taskText(i.task, i.task.id),
      person(i),
      period(i.dates),
      tr(ctx, '未关联，请告知该项目的销售并在延期记录中关联', "no: tell its sales, add it to the delay's affects"),
    ]);
  }
  if (!rows.length) return [];
  return [
    heading(tr(ctx, '受影响的其他项目', 'Other plans affected')),
    {
      type: 'table',
      header: [tr(ctx, '项目', 'Plan'), tr(ctx, '销售', 'Sales contact'), tr(ctx, '任务', 'Task'), tr(ctx, '人员', 'Person'), tr(ctx, '超负荷日期', 'Over-allocated on'), tr(ctx, '已关联', 'Recorded')],
      rows,
    },
  ];
}
