/**
 * The 二期 backlog (issue 18; seed 001 FAQ 1: a need beyond this phase is put to the next phase,
 * 放到下一期): the requirements and change requests of a customer scope with scope `next-phase`.
 * Pure data; the acceptance report shows it as a section (both editions: the customer agreed to
 * these being deferred, and reads them as the list for the next phase).
 *
 * Decisions:
 * - Requirements: `scope: next-phase` (any case) from the requirements files given, in their
 *   order, the first definition of an id. Changes: `scope: next-phase` of the plans given, in
 *   file order, whatever their decision (a rejected one is shown with its decision).
 * - Text: a requirement's title, a change's description; priority, source (a stakeholder id, as
 *   written), decision as written (labels are the caller's).
 */
import type { Change, PlanModel, Requirement } from '../model';

export interface BacklogEntry {
  item: 'requirement' | 'change';
  id?: string;
  text: string;
  priority?: string;
  /** Requirement `source`, change `requestedBy`. */
  source?: string;
  /** Change decision (pending | accepted | deferred | rejected …). */
  decision?: string;
  /** The plan id a change belongs to. */
  plan?: string;
}

const nextPhase = (s: string | undefined) => s?.trim().toLowerCase() === 'next-phase';

export function backlog(requirements: Iterable<[string, Requirement]>, plans: readonly PlanModel[]): BacklogEntry[] {
  const out: BacklogEntry[] = [];
  for (const [id, r] of requirements) {
    if (!nextPhase(r.scope?.value)) continue;
    out.push({ item: 'requirement', id, text: r.title?.value?.trim() || id, priority: r.priority?.value, source: r.source?.value });
  }
  for (const p of plans) {
    for (const c of p.changes.items as Change[]) {
      if (!nextPhase(c.scope?.value)) continue;
      out.push({
        item: 'change',
        id: c.id?.value,
        text: c.description?.value?.trim() || c.id?.value || '',
        source: c.requestedBy?.value,
        decision: c.decision?.value,
        plan: p.id?.value,
      });
    }
  }
  return out;
}
