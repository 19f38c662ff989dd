/**
 * Slips against a baseline: per task, its baseline dates, how far its forecast end lies after the
 * baseline end, and how much of that is its own (where the slip starts) rather than inherited from
 * the tasks it depends on (baseline-slip, hover, the schedule table, the weekly report).
 *
 * Decisions:
 * - A task's slip is its forecast end against its baseline end, in working days (read.ts).
 * - Its own part is what its own length, start or progress added: the growth of its length
 *   (end slip − start slip) plus the part of its start slip that no dependency's end slip explains;
 *   without a baseline start, the end slip minus the largest end slip of its dependencies. A task
 *   that only inherits a slip has no own part, so the rule fires where the slip starts.
 * - Explained: the plan has a `delays` entry for the task (seed 001 FAQ 2: record the reason).
 */
import type { ScheduledTask, Schedule } from '../schedule';
import type { PlanModel } from '../model';
import type { Day } from '../dates';
import { workdaysLater, type ChosenBaseline } from './read';

export interface TaskSlip {
  baselineStart?: Day;
  baselineEnd: Day;
  /** Working days the forecast end lies after the baseline end (negative: earlier). */
  slipDays: number;
  /** The part of a positive slip that starts at this task. */
  own: number;
  /** Working days its own span grew by (end slip − start slip; 0 without a baseline start or when shorter). */
  grown: number;
  explained: boolean;
}

const memo = new WeakMap<Schedule, Map<ChosenBaseline, (TaskSlip | undefined)[]>>();

/** Each task's slip (by task index), undefined for a task the baseline does not hold. */
export function slipsOf(plan: PlanModel, schedule: Schedule, baseline: ChosenBaseline): (TaskSlip | undefined)[] {
  let per = memo.get(schedule);
  if (!per) memo.set(schedule, (per = new Map()));
  const hit = per.get(baseline);
  if (hit) return hit;
  const explained = new Set<string>();
  for (const d of plan.delays.items) if (d.task) explained.add(d.task.value);
  const cal = schedule.plain;
  const out: (TaskSlip | undefined)[] = schedule.tasks.map((t) => {
    const b = t.id !== undefined ? baseline.tasks.get(t.id) : undefined;
    if (!b || t.end === undefined || t.unscheduled) return undefined;
    const slipDays = workdaysLater(cal, b.end, t.end);
    const grown = b.start !== undefined && t.start !== undefined ? Math.max(0, slipDays - workdaysLater(cal, b.start, t.start)) : 0;
    return { baselineStart: b.start, baselineEnd: b.end, slipDays, own: 0, grown, explained: t.id !== undefined && explained.has(t.id) };
  });
  for (const t of schedule.tasks) {
    const s = out[t.index];
    if (!s || s.slipDays <= 0) continue;
    s.own = Math.min(s.slipDays, ownSlip(t, s, out, cal));
  }
  per.set(baseline, out);
  return out;
}

function ownSlip(t: ScheduledTask, s: TaskSlip, all: (TaskSlip | undefined)[], cal: Schedule['plain']): number {
  let inherited = 0;
  for (const d of t.deps) inherited = Math.max(inherited, all[d.index]?.slipDays ?? 0);
  if (s.baselineStart === undefined || t.start === undefined) return Math.max(0, s.slipDays - inherited);
  const startSlip = workdaysLater(cal, s.baselineStart, t.start);
  const growth = s.slipDays - startSlip;
  return Math.max(0, growth + Math.max(0, startSlip - inherited));
}
