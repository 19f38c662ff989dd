/**
 * The weekly report's "工时与预算 / Hours against budget" (issue 18; seed 001: the weekly report
 * carries the hours of the project): per task with a budget (`effortDays`, person-days) the hours
 * recorded on it so far, against that budget. Internal edition only (budgets and hours are ours).
 *
 * Decisions:
 * - Shown only when some task of the plan has a valid `effortDays` (a finite number ≥ 0); else
 *   nothing, so a plan without budgets reads as before.
 * - Hours: the per-task hours (`hours: { zhao: { P4: 16 } }`, core/hours.ts `taskHours`) of every
 *   `weeklyReports` entry whose ISO week is the report week or earlier. One entry per week counts
 *   (the first, as the report's hours section reads it); entries without a valid week are left out.
 * - 8 hours = 1 person-day (said under the table). Used % = recorded days ÷ budget, rounded; a
 *   budget of 0 with hours recorded is over budget, its percentage left empty.
 * - Per-person hours (`zhao: 16`) cannot be attributed to a task: one line says how many hours of
 *   the same weeks are recorded that way.
 * - Per-task hours on a task without a budget, or on an id that is no task (unknown-ref reports
 *   it), are not in the table.
 */
import type { Day } from '../dates';
import { taskHours } from '../hours';
import type { WeeklyReport } from '../model';
import type { ScheduledTask } from '../schedule';
import { forCustomer, tr, type ReportContext } from './context';
import { round, taskTitle } from './common';
import { paragraph, subheading } from './blocks';
import type { Block, Rich } from './doc';

/** Hours in one person-day. */
export const HOURS_PER_DAY = 8;

export interface TaskBudget {
  task: ScheduledTask;
  /** Budgeted person-days. */
  budgetDays: number;
  /** Hours recorded on the task up to and including the week. */
  hours: number;
  /** `hours` in person-days. */
  days: number;
  /** Used percent of the budget (rounded); undefined for a budget of 0. */
  percent?: number;
  over: boolean;
}

export interface BudgetSummary {
  rows: TaskBudget[];
  /** Hours of the same weeks recorded per person only (not attributable to a task). */
  unattributed: number;
}

const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** The weekly reports up to and including the week of `monday`, one per week (the first written). */
function reportsUpTo(entries: readonly WeeklyReport[], monday: Day): WeeklyReport[] {
  const seen = new Set<Day>();
  const out: WeeklyReport[] = [];
  for (const e of entries) {
    if (e.monday === undefined || e.monday > monday || seen.has(e.monday)) continue;
    seen.add(e.monday);
    out.push(e);
  }
  return out;
}

/** Budget against recorded hours per task with `effortDays`; undefined when no task has a budget. */
export function taskBudgets(tasks: readonly ScheduledTask[], entries: readonly WeeklyReport[], monday: Day): BudgetSummary | undefined {
  const budgeted = tasks.filter((t) => ok(t.task.effortDays?.value));
  if (!budgeted.length) return undefined;
  const byTask = new Map<string, number>();
  let unattributed = 0;
  for (const e of reportsUpTo(entries, monday)) {
    const raw = e.raw.hours;
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) continue;
    for (const [person, v] of Object.entries(raw as Record<string, unknown>)) {
      if (ok(v)) {
        unattributed += v;
        continue;
      }
      for (const [task, h] of taskHours(raw, person)) byTask.set(task, (byTask.get(task) ?? 0) + h);
    }
  }
  const rows = budgeted.map((t): TaskBudget => {
    const budgetDays = t.task.effortDays!.value;
    const hours = t.id !== undefined ? (byTask.get(t.id) ?? 0) : 0;
    const days = hours / HOURS_PER_DAY;
    return { task: t, budgetDays, hours, days, percent: budgetDays > 0 ? Math.round((days / budgetDays) * 100) : undefined, over: days > budgetDays };
  });
  return { rows, unattributed };
}

/** The sub-section under the hours of the week, or nothing (customer edition, no budget). */
export function budgetBlocks(ctx: ReportContext, tasks: readonly ScheduledTask[], monday: Day): Block[] {
  if (forCustomer(ctx)) return [];
  const s = taskBudgets(tasks, ctx.plan.weeklyReports.items, monday);
  if (!s) return [];
  const pct = (p: number | undefined) => (p === undefined ? '' : `${p}%`);
  const overText = tr(ctx, '超出预算', 'over budget');
  const rows: Rich[][] = s.rows.map((r) => [
    taskTitle(ctx, r.task),
    String(round(r.budgetDays)),
    String(round(r.hours)),
    String(round(r.days)),
    pct(r.percent),
    r.over ? [{ strong: overText }] : '',
  ]);
  const budget = s.rows.reduce((n, r) => n + r.budgetDays, 0);
  const hours = s.rows.reduce((n, r) => n + r.hours, 0);
  const days = hours / HOURS_PER_DAY;
  const overCount = s.rows.filter((r) => r.over).length;
  rows.push([
    tr(ctx, '合计', 'Total'),
    String(round(budget)),
    String(round(hours)),
    String(round(days)),
    pct(budget > 0 ? Math.round((days / budget) * 100) : undefined),
    overCount ? tr(ctx, `${overCount} 项超出预算`, `${overCount} over budget`) : '',
  ]);
  const out: Block[] = [
    subheading(tr(ctx, '工时与预算', 'Hours against budget')),
    {
      type: 'table',
      header: [
        tr(ctx, '任务', 'Task'),
        tr(ctx, '预算（人天）', 'Budget (person-days)'),
        tr(ctx, '已记录工时（小时）', 'Hours recorded'),
        tr(ctx, '折合人天', 'Person-days'),
        tr(ctx, '已用比例', 'Used'),
        tr(ctx, '说明', 'Note'),
      ],
      rows,
      total: true,
    },
    paragraph(
      tr(
        ctx,
        `已记录工时为截至本周（含）各周报中按任务记录的工时，按 ${HOURS_PER_DAY} 小时折合 1 人天。`,
        `Hours recorded: the per-task hours of every weekly report up to and including this week; ${HOURS_PER_DAY} hours = 1 person-day.`,
      ),
      'note',
    ),
  ];
  if (s.unattributed > 0) {
    const h = round(s.unattributed);
    out.push(
      paragraph(
        tr(
          ctx,
          `另有 ${h} 小时只按人员记录、未细分到任务，无法计入上表。`,
          `Another ${h} hours are recorded per person only, not per task, and cannot be counted against a task's budget.`,
        ),
        'note',
      ),
    );
  }
  return out;
}
