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
 *   end: positive when late, negative when early, 0 on time; null when the baseline lacks the task
 *   or there is no baseline (baselines/read.ts, slip.ts).
 */
import { formatDate, type Day } from '../dates';
import type { ArtifactFile } from '../rules/api';
import type { ChosenBaseline } from '../baselines/read';
import { slipsOf } from '../baselines/slip';

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

const date = (d: Day | undefined) => (d === undefined ? null : formatDate(d));

/** The table of a plan, compared with `baseline` (baselines/read.ts) when given. */
export function scheduleTable(file: ArtifactFile, baseline?: ChosenBaseline): ScheduleTable | undefined {
  const s = file.schedule;
  const m = file.model;
  if (!s || (m.kind !== 'poc' && m.kind !== 'project')) return undefined;
  const slips = baseline ? slipsOf(m, s, baseline) : [];
  return {
    plan: m.id?.value ?? null,
    tasks: s.tasks.map((t) => {
      const ok = !t.unscheduled;
      const b = slips[t.index];
      return {
        id: t.id ?? null,
        name: typeof t.task.name?.value === 'string' ? t.task.name.value : null,
        start: ok ? date(t.start) : null,
        end: ok ? date(t.end) : null,
        slack: ok && t.slack !== undefined ? t.slack : null,
        critical: ok && t.critical,
        baselineStart: date(b?.baselineStart),
        baselineEnd: date(b?.baselineEnd),
        slipDays: ok && b ? b.slipDays : null,
      };
    }),
  };
}
