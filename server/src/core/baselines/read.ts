/**
 * Reading baselines back: which `*.baseline.yaml` of the workspace a plan is compared with, and
 * how far each task's forecast end lies after its baseline end (DOMAIN.md "Calendars, actuals,
 * baselines and load").
 *
 * Decisions:
 * - A baseline belongs to the plan its `plan` names (the plan's id), wherever the file lies. With
 *   several, the one named by the setting pocStudio.baseline (its `name`, or its file name) is
 *   compared; else the newest `taken` (ties and files without a valid `taken`: the later file path).
 *   A named baseline that does not exist means none (the hover and the schedule say so, no slip).
 * - A baseline task counts only with a valid id and a valid `end` (its `start` is optional); a
 *   task of the plan without an entry (added since) has no baseline and never slips; an entry whose
 *   id no task of the plan has (removed since) is ignored. A hand-edited file can only fail to
 *   compare, never crash: the schema rule reports what is wrong at its place.
 * - slipDays: working days of the plan (halts not closed: a halt's days are slip too) from the
 *   baseline end to the forecast end, negative when the forecast is earlier.
 */
import type { ArtifactFile } from '../rules/api';
import type { BaselineModel } from '../model';
import type { WorkCalendar, Day } from '../dates';

export interface ChosenBaseline {
  file: ArtifactFile;
  model: BaselineModel;
  /** Baseline dates by task id. */
  tasks: Map<string, { start?: Day; end: Day }>;
}

const byFiles = new WeakMap<readonly ArtifactFile[], Map<string, ChosenBaseline | null>>();

/** The baseline a plan is compared with, among `files` (the workspace's, in path order). */
export function baselineFor(files: readonly ArtifactFile[], planId: string | undefined, name: string | undefined): ChosenBaseline | undefined {
  if (planId === undefined) return undefined;
  let memo = byFiles.get(files);
  if (!memo) byFiles.set(files, (memo = new Map()));
  const key = `${planId}\u0000${name ?? ''}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let best: { file: ArtifactFile; model: BaselineModel } | undefined;
  const wanted = name?.trim();
  for (const file of files) {
    const m = file.model;
    if (m.kind !== 'baseline' || m.plan?.value !== planId) continue;
    if (wanted) {
      if (m.name?.value.trim() === wanted || file.name.replace(/\.baseline\.ya?ml$/i, '') === wanted || file.name === wanted) best = { file, model: m };
      continue;
    }
    const taken = m.taken?.day ?? -Infinity;
    if (!best || taken >= (best.model.taken?.day ?? -Infinity)) best = { file, model: m };
  }
  const chosen = best ? { ...best, tasks: tasksOf(best.model) } : undefined;
  memo.set(key, chosen ?? null);
  return chosen;
}

function tasksOf(m: BaselineModel): Map<string, { start?: Day; end: Day }> {
  const out = new Map<string, { start?: Day; end: Day }>();
  for (const t of m.tasks.items) {
    const id = t.id?.value;
    const end = t.end?.day;
    if (id === undefined || end === undefined || out.has(id)) continue;
    const start = t.start?.day;
    out.set(id, { start: start !== undefined && start <= end ? start : undefined, end });
  }
  return out;
}

/** Working days from `from` to `to` on `cal`: positive when `to` is later, negative when earlier. */
export function workdaysLater(cal: WorkCalendar, from: Day, to: Day): number {
  if (to === from) return 0;
  return to > from ? cal.workdaysBetween(from + 1, to) : -cal.workdaysBetween(to + 1, from);
}
