/**
 * The computed schedule of one plan as a table (CLI `poc-studio schedule`, DOMAIN.md "CLI contract
 * additions"): per task its working-day start and end, total slack, whether it is critical, and —
 * with a baseline — the baseline dates and the slip in working days.
 *
 * Decisions:
 * - Tasks in file order; a task without an id is listed with `id: null` (it has dates all the same).
 * - A task that cannot be scheduled (a dependency cycle) has null dates, slack and slip: the
 *   placeholders the scheduler keeps for it are not dates anyone should read.
 * - `slipDays` counts the working days (the plan's calendar) from the baseline end to the forecast
 *   end: positive when late, negative when early, 0 on time; null when the baseline lacks the task.
 */
import { formatDate, type Day } from '../dates';
import type { ArtifactFile } from '../rules/api';
import type { Schedule } from '../schedule';

export interface ScheduleRow {
  id: string | null;
  name: string | null;
  start: string | null;
  end: string | null;
  slack: number | null;
  critical: boolean;
  baselineStart: string | null;
  baselineEnd: string | null;
  slipDays: number | null;
}

export interface ScheduleTable {
  plan: string | null;
  tasks: ScheduleRow[];
}

/** Baseline dates of a plan's tasks by task id. */
export type BaselineDates = ReadonlyMap<string, { start?: Day; end?: Day }>;

const date = (d: Day | undefined) => (d === undefined ? null : formatDate(d));

/** Working days from `a` to `b` (positive when b is later), on the plan's calendar. */
export function slip(schedule: Schedule, baselineEnd: Day, forecastEnd: Day): number {
  const cal = schedule.calendar;
  if (forecastEnd === baselineEnd) return 0;
  return forecastEnd > baselineEnd ? cal.workdaysBetween(baselineEnd + 1, forecastEnd) : -cal.workdaysBetween(forecastEnd + 1, baselineEnd);
}

export function scheduleTable(file: ArtifactFile, baseline?: BaselineDates): ScheduleTable | undefined {
  const s = file.schedule;
  const m = file.model;
  if (!s || (m.kind !== 'poc' && m.kind !== 'project')) return undefined;
  return {
    plan: m.id?.value ?? null,
    tasks: s.tasks.map((t) => {
      const ok = !t.unscheduled;
      const b = t.id !== undefined ? baseline?.get(t.id) : undefined;
      return {
        id: t.id ?? null,
        name: typeof t.task.name?.value === 'string' ? t.task.name.value : null,
        start: ok ? date(t.start) : null,
        end: ok ? date(t.end) : null,
        slack: ok && t.slack !== undefined ? t.slack : null,
        critical: ok && t.critical,
        baselineStart: date(b?.start),
        baselineEnd: date(b?.end),
        slipDays: ok && b?.end !== undefined && t.end !== undefined ? slip(s, b.end, t.end) : null,
      };
    }),
  };
}
