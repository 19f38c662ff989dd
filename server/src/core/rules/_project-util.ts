/**
 * Helpers shared by the implementation-project rules (seed 001/003/004): where to point when the
 * offending thing is missing, how to tell an empty/placeholder text, and the plan's working calendar.
 */
import { isPlaceholder } from './_text-util';
import type { ArtifactFile } from './api';
import type { Entity, Field, PlanModel } from '../model';
import type { Span } from '../text';
import { WorkCalendar } from '../dates';
import { calendarOf } from '../schedule';
import type { WorkspaceIndex } from '../workspace-index';

/** The project model of a `project` (or `poc`) file, else undefined. */
export function planOf(file: ArtifactFile): PlanModel | undefined {
  const m = file.model;
  return m && (m.kind === 'project' || m.kind === 'poc') ? m : undefined;
}

/** The span of the first key written in a mapping (falls back to the mapping's own span). */
export function firstKeySpan(file: ArtifactFile, entity: Entity): Span {
  const raw = entity.raw;
  if (raw && typeof raw === 'object') {
    for (const k of Object.keys(raw)) {
      const s = file.parsed.map.key(raw, k);
      if (s) return s;
    }
  }
  return entity.span;
}

/** Where to report a finding about the whole project: its `id` value, else the first top-level key. */
export function projectAnchor(file: ArtifactFile, plan: PlanModel): Span {
  if (plan.id) return plan.id.span;
  const raw = plan.raw;
  if (raw && typeof raw === 'object') {
    for (const k of Object.keys(raw)) {
      const s = file.parsed.map.key(raw, k);
      if (s) return s;
    }
  }
  // An empty document: a zero-width span at the start of the file.
  return { start: plan.span.start, end: plan.span.start };
}

/** The name used for the project in messages: its title, else its id, else the file name. */
export function projectName(file: ArtifactFile, plan: PlanModel): string {
  return plan.title?.value?.trim() || plan.id?.value || file.name;
}

/** True when a free-text field is absent, empty or a placeholder such as TBD / 待定 / 无. */
export function isBlank(f: Field<string> | undefined): boolean {
  return !f || isPlaceholder(f.value, true);
}

/** The working-day calendar of a plan: the schedule's, else one built from `calendar:`. */
export function planCalendar(file: ArtifactFile, plan: PlanModel): WorkCalendar {
  return file.schedule?.calendar ?? calendarOf(plan);
}

/** A short label for the n-th (0-based) item of a section when it has no id: `#1`, `#2` … */
export function ordinal(i: number): string {
  return `#${i + 1}`;
}

/**
 * How to name a person in messages: the name of the team member of this plan, else of a team member
 * of any plan, else of a stakeholder, else the id as written.
 */
export function personName(file: ArtifactFile, index: WorkspaceIndex, id: string): string {
  const m = file.model;
  const own = m && (m.kind === 'poc' || m.kind === 'project') ? m.team.items.find((t) => t.id?.value === id) : undefined;
  const name = (f: { value: unknown } | undefined) => (typeof f?.value === 'string' && f.value.trim() ? f.value.trim() : undefined);
  return (
    name(own?.name) ??
    (index.team.get(id) ?? []).map((d) => name(d.item.name)).find((n) => n) ??
    (index.stakeholders.get(id) ?? []).map((d) => name(d.item.name)).find((n) => n) ??
    id
  );
}
