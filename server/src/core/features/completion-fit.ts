/**
 * What fits the cursor beyond the schema: the task phases of the plan's kind, usual durations, and
 * the fields a new task takes from the one before it.
 *
 * Decisions:
 * - The schema's task phase is the union of the POC and the project phases; a POC offers the POC
 *   phases, a project the project phases, a checklist those of its `plan` (else all of them).
 * - Durations offered: 1d, 3d, 1w, 2w (working days; a week is 5), in this order.
 * - A new task in a list of tasks depends on the task above it (the last one with an id before the
 *   new item), so the plan stays a chain until the author says otherwise.
 */
import type { EnumValue } from './schema-nav';

export const POC_PHASES: readonly string[] = ['intelligence', 'scenario', 'environment', 'schedule', 'integration', 'deployment', 'rehearsal', 'demo', 'review'];
export const PROJECT_PHASES: readonly string[] = ['kickoff', 'implementation', 'closing', 'departure', 'after-sales'];

export type PlanKind = 'poc' | 'project' | undefined;

/** The enum values that fit the plan: task phases narrowed to the plan's kind; other enums unchanged. */
export function fittingValues(values: EnumValue[], plan: PlanKind): EnumValue[] {
  if (!plan) return values;
  const all = new Set(values.map((v) => String(v.value)));
  if (!all.has(POC_PHASES[0]) || !all.has(PROJECT_PHASES[0])) return values; // not the task phase union
  const keep = new Set(plan === 'poc' ? POC_PHASES : PROJECT_PHASES);
  return values.filter((v) => keep.has(String(v.value)));
}

export const DURATIONS: readonly { value: string; en: string; zh: string }[] = [
  { value: '1d', en: '1 working day', zh: '1 个工作日' },
  { value: '3d', en: '3 working days', zh: '3 个工作日' },
  { value: '1w', en: '1 week (5 working days)', zh: '1 周（5 个工作日）' },
  { value: '2w', en: '2 weeks (10 working days)', zh: '2 周（10 个工作日）' },
];

/** Whether a schema node is a duration (its string pattern ends in d or w). */
export const isDurationPattern = (pattern: string | undefined): boolean => !!pattern && pattern.includes('[dw]');

/** The id of the task a new task at `index` of the list depends on: the nearest one above with an id. */
export function previousTaskId(ids: readonly (string | undefined)[], index: number): string | undefined {
  for (let i = Math.min(index, ids.length) - 1; i >= 0; i--) if (ids[i]) return ids[i];
  return undefined;
}
