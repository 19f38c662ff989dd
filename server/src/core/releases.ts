/**
 * Progress per release (issue 18, seed 004: 基础版 / 标准版 / 高级版): for each release of a
 * project, its tasks (done, duration-weighted percent), its requirements (done = implemented or
 * verified) and its acceptance items (passed). Pure data for the progress view and the acceptance
 * report.
 *
 * Decisions:
 * - Only the releases the plan lists, in its order; items naming no release or an unknown one
 *   are not counted under any release (unknown-ref reports the unknown ids).
 * - Requirements: those of the customer scope whose `release` is the id, except scope next-phase
 *   and out-of-contract (not delivered in this phase) and priority wont.
 * - Tasks: cancelled tasks are left out; percent as the plan's (Σ duration × progress / Σ duration),
 *   undefined when no task of the release has a duration.
 */
import type { PlanModel, Requirement } from './model';
import type { ScheduledTask } from './schedule';

export interface ReleaseProgress {
  id: string;
  title: string;
  date?: string;
  tasks: number;
  doneTasks: number;
  percent?: number;
  requirements: number;
  requirementsDone: number;
  /** Must requirements not done (ids), as release-overdue counts them. */
  mustOpen: string[];
  acceptance: number;
  acceptancePassed: number;
}

const DONE = new Set(['implemented', 'verified']);
const low = (s: string | undefined) => s?.trim().toLowerCase();

export function inPhase(r: Requirement): boolean {
  const scope = low(r.scope?.value);
  return scope !== 'next-phase' && scope !== 'out-of-contract';
}

export function requirementDone(r: Requirement): boolean {
  return DONE.has(low(r.status?.value) ?? '');
}

export function releaseProgress(
  plan: PlanModel,
  tasks: readonly Pick<ScheduledTask, 'task' | 'duration'>[],
  requirements: Iterable<[string, Requirement]>,
): ReleaseProgress[] {
  const reqs = [...requirements];
  const out: ReleaseProgress[] = [];
  for (const rel of plan.releases.items) {
    const id = rel.id?.value;
    if (!id) continue;
    let days = 0;
    let doneDays = 0;
    let n = 0;
    let done = 0;
    for (const st of tasks) {
      if (st.task.release?.value !== id) continue;
      const status = st.task.status?.value;
      if (status === 'cancelled') continue;
      n++;
      if (status === 'done') done++;
      const p = st.task.progress?.value;
      days += st.duration;
      doneDays += st.duration * (typeof p === 'number' && p >= 0 && p <= 100 ? p / 100 : status === 'done' ? 1 : 0);
    }
    const mine = reqs.filter(([, r]) => r.release?.value === id && inPhase(r) && low(r.priority?.value) !== 'wont');
    const items = (plan.acceptance?.items.items ?? []).filter((a) => a.release?.value === id);
    out.push({
      id,
      title: rel.title?.value?.trim() || id,
      date: rel.date?.value,
      tasks: n,
      doneTasks: done,
      percent: days > 0 ? Math.round((doneDays / days) * 100) : undefined,
      requirements: mine.length,
      requirementsDone: mine.filter(([, r]) => requirementDone(r)).length,
      mustOpen: mine.filter(([, r]) => low(r.priority?.value) === 'must' && !requirementDone(r)).map(([rid]) => rid),
      acceptance: items.length,
      acceptancePassed: items.filter((a) => a.status?.value === 'passed').length,
    });
  }
  return out;
}
