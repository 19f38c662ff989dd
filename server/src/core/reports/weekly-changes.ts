/**
 * The weekly report's "变更工作量与排期 / Change estimates in the plan" (issue 18; seed 001 FAQ 1):
 * under the table of new and pending changes, each accepted change with an estimate
 * (`estimateDays`) and the tasks that carry it (`change: CR1` on a task) with their scheduled
 * dates, so the plan shows where the accepted work went; pending estimates as awaiting decision.
 *
 * Decisions:
 * - Changes dated after the report week are left out (as in the changes table); undated count.
 * - Accepted with an estimate: one row each; its tasks are the plan's tasks whose `change` is its
 *   id, cancelled ones left out, with their computed dates and working days (as the hover of a
 *   change counts them: an unscheduled task counts 0). No task: "尚未排入计划 / not in the plan yet".
 * - Pending with an estimate: one line naming them and their estimates (they are already in the
 *   table above; this says what is still to be decided). Pending without an estimate: nothing more.
 * - Nothing at all when there is neither (a plan without estimates reads as before).
 * - Both editions: the changes table shows ids and estimates to the customer too.
 */
import type { Day } from '../dates';
import type { Change } from '../model';
import type { ScheduledTask } from '../schedule';
import { tr, type ReportContext } from './context';
import { fmt, round, taskTitle } from './common';
import { paragraph, subheading } from './blocks';
import type { Block, Rich } from './doc';

const hasEstimate = (c: Change): boolean => {
  const v = c.estimateDays?.value;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
};

/** The tasks of the plan carrying change `id` (cancelled ones left out). */
export function tasksOfChange(tasks: readonly ScheduledTask[], id: string): ScheduledTask[] {
  return tasks.filter((t) => t.task.change?.value.trim() === id && t.task.status?.value !== 'cancelled');
}

export function changeEstimateBlocks(ctx: ReportContext, tasks: readonly ScheduledTask[], sunday: Day): Block[] {
  const inWeek = ctx.plan.changes.items.filter((c) => (c.date?.day === undefined || c.date.day <= sunday) && hasEstimate(c));
  const accepted = inWeek.filter((c) => c.decision?.value === 'accepted');
  const pending = inWeek.filter((c) => (c.decision?.value ?? 'pending') === 'pending');
  if (!accepted.length && !pending.length) return [];
  const sep = tr(ctx, '；', '; ');
  const name = (c: Change) => [c.id?.value ?? '', c.description?.value?.trim() ?? ''].filter(Boolean).join(' ');
  const out: Block[] = [subheading(tr(ctx, '变更工作量与排期', 'Change estimates in the plan'))];
  if (accepted.length) {
    const rows: Rich[][] = accepted.map((c) => {
      const linked = c.id?.value ? tasksOfChange(tasks, c.id.value.trim()) : [];
      const days = linked.reduce((n, t) => n + (t.unscheduled ? 0 : t.duration), 0);
      const where = linked.length
        ? linked.map((t) => tr(ctx, `${taskTitle(ctx, t)}（${fmt(t.start)} – ${fmt(t.end)}）`, `${taskTitle(ctx, t)} (${fmt(t.start)} – ${fmt(t.end)})`)).join(sep)
        : tr(ctx, '尚未排入计划', 'not in the plan yet');
      return [name(c), String(round(c.estimateDays!.value)), where, linked.length ? String(days) : ''];
    });
    out.push({
      type: 'table',
      header: [tr(ctx, '已接受的变更', 'Accepted change'), tr(ctx, '估算（人天）', 'Estimate (person-days)'), tr(ctx, '排入计划的任务', 'Tasks in the plan'), tr(ctx, '计划工作日', 'Working days planned')],
      rows,
    });
  }
  if (pending.length) {
    const items = pending.map((c) => tr(ctx, `${name(c)}（估算 ${round(c.estimateDays!.value)} 人天）`, `${name(c)} (estimate ${round(c.estimateDays!.value)} person-days)`));
    out.push(paragraph(tr(ctx, `待审批：${items.join('；')}。`, `Awaiting decision: ${items.join('; ')}.`)));
  }
  return out;
}
