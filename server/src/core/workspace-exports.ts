/**
 * What each artifact file shows the others (its export keys), compared from one version to the
 * next to decide which other files to re-check (Workspace.set).
 */
import { lineIndexOf } from './file';
import { isPlan, type PlanModel } from './model';
import type { ArtifactFile } from './rules/api';
import type { ScheduledTask } from './schedule';

/**
 * What other files can see of this file: everything a rule of another file reads from it (see
 * ARCHITECTURE.md, "What files read of each other"). `ids`: ids (and the lines of the workspace-wide
 * ones), roles, coverage, team names and capacities, plan title — when it changes, any file may
 * change (references resolve differently). `bookings`: per person, what over-allocated reads of
 * their open tasks in this plan (dates, status, task id, name and index, the plan's calendar) —
 * when only those change, only the files that book the same person can. Where another file's
 * diagnostics point into this one (related information), the places are not keyed here: the
 * workspace re-checks the citing files on every change of this one (Workspace.set `citing`).
 */
export interface Exports {
  ids: string;
  /** Per owner: the plan's calendar key, then one key per open task (cached per task, see bookingKey). */
  bookings: Map<string, readonly string[]>;
  /** Per team id of a plan: its entry as other plans read it (name, capacity, leave, role). */
  team: Map<string, string>;
}

/** The people whose bookings or team entries differ between two exports (undefined: no file). */
export function changedPeople(before: Exports | undefined, after: Exports | undefined): string[] {
  const out = new Set<string>();
  for (const key of ['bookings', 'team'] as const) {
    const a: ReadonlyMap<string, string | readonly string[]> = before?.[key] ?? new Map();
    const b: ReadonlyMap<string, string | readonly string[]> = after?.[key] ?? new Map();
    for (const p of new Set([...a.keys(), ...b.keys()])) if (!sameKey(a.get(p), b.get(p))) out.add(p);
  }
  return [...out];
}

function sameKey(a: string | readonly string[] | undefined, b: string | readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * What over-allocated reads of one booked task, as a key; cached per Task object and schedule
 * computation (Schedule.basis): typing in one task of a 20,000-task plan keys that task again, not
 * all of them (the keys of the others are the same strings, compared by identity first).
 */
const bookingKeys = new WeakMap<object, { basis: object; key: string }>();
function bookingKey(t: ScheduledTask, basis: object): string {
  const hit = bookingKeys.get(t.task);
  if (hit && hit.basis === basis) return hit.key;
  const key = JSON.stringify([t.id, t.index, t.task.name?.value, t.start, t.end, t.milestone, t.unscheduled, t.task.status?.value, t.task.allocation?.value]);
  bookingKeys.set(t.task, { basis, key });
  return key;
}

export function isPlanKind(kind: string | undefined): boolean {
  return kind === 'poc' || kind === 'project';
}

export function exportsOf(file: ArtifactFile, previous?: { file: ArtifactFile; exports: Exports }): Exports {
  const m = file.model;
  const parts: unknown[] = [file.kind];
  const bookings = new Map<string, readonly string[]>();
  const teamKeys = new Map<string, string>();
  // Other files' messages name the line of a workspace-wide id (duplicate-id), so its position counts.
  const line = (f?: { span: { start: number } }) => f && lineIndexOf(file).positionAt(f.span.start).line;
  switch (m.kind) {
    case 'stakeholders':
      for (const s of m.stakeholders.items) {
        parts.push([s.id?.value, line(s.id), s.name?.value, s.roles.items.map((r) => r.value), s.reportsTo?.value, s.org?.value]);
      }
      break;
    case 'requirements':
      for (const r of m.requirements.items) parts.push([r.id?.value, line(r.id), r.priority?.value, r.scope?.value, r.release?.value, r.status?.value]);
      break;
    case 'checklist':
      parts.push(m.id?.value);
      break;
    case 'calendar':
      // Plans schedule on its days (Workspace.reschedule), and name it in calendar.use.
      parts.push(m.id?.value, line(m.id), m.title?.value, m.calendar.holidays, m.calendar.workdays, m.calendar.region?.value);
      break;
    case 'baseline':
      // baseline-slip, hover and the schedule table read all of it.
      parts.push(m.plan?.value, m.name?.value, m.taken?.value, m.tasks.items.map((t) => [t.id?.value, t.start?.value, t.end?.value]));
      break;
    case 'poc':
    case 'project': {
      parts.push(m.id?.value, line(m.id), m.title?.value);
      // Leave is read for the person in every plan (over-allocated); spans are not keyed (`citing`).
      parts.push(m.team.items.map((t) => [t.id?.value, t.name?.value, t.capacity?.value, t.leave.length ? t.leave : undefined]));
      for (const t of m.team.items) {
        const id = t.id?.value;
        if (id === undefined) continue;
        const entry = JSON.stringify([line(t.id), t.name?.value, t.capacity?.value, t.leave.length ? t.leave : undefined, t.role?.value, t.roles.items.map((r) => r.value), m.id?.value, m.title?.value]);
        teamKeys.set(id, (teamKeys.get(id) ?? '') + entry);
      }
      parts.push(m.releases.items.map((r) => r.id?.value));
      parts.push(m.successCriteria.items.map((c) => c.requirement?.value));
      parts.push(m.scenarios.items.map((s) => s.requirements.items.map((r) => r.value)));
      parts.push(m.acceptance?.items.items.map((a) => [a.requirement?.value, a.release?.value]));
      if (previous && sameBookings(previous.file, file)) return { ids: JSON.stringify(parts), bookings: previous.exports.bookings, team: teamKeys };
      const team = new Set(m.team.items.map((t) => t.id?.value));
      // The calendar decides which booked days are working days (a holiday on the only shared day).
      // Halts free the plan's people: their bookings inside a halt do not count.
      const calendar = JSON.stringify([m.calendar.holidays, m.calendar.workdays, m.calendar.region?.value, haltDays(m)]);
      const basis = file.schedule?.basis ?? {};
      for (let i_ = 0, a_ = file.schedule?.tasks ?? []; i_ < a_.length; i_++) {
        const t = a_[i_];
        const owner = t.task.owner?.value;
        if (owner === undefined || !team.has(owner)) continue;
        let list = bookings.get(owner) as string[] | undefined;
        if (!list) bookings.set(owner, (list = [calendar]));
        list.push(bookingKey(t, basis));
      }
      break;
    }
  }
  return { ids: JSON.stringify(parts), bookings, team: teamKeys };
}

/**
 * Whether a new version books the same people on the same days as the previous one, as other
 * files see them: the schedule was kept (so no date moved and the calendar is the same), and every
 * task that changed kept its owner, status and name.
 */
function sameBookings(before: ArtifactFile, after: ArtifactFile): boolean {
  const a = before.model;
  const b = after.model;
  if (!isPlan(a) || !isPlan(b) || !after.schedule || before.schedule?.basis !== after.schedule.basis) return false;
  const ta = a.tasks.items;
  const tb = b.tasks.items;
  if (ta.length !== tb.length) return false;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) continue;
    if (ta[i].owner?.value !== tb[i].owner?.value || ta[i].status?.value !== tb[i].status?.value || ta[i].name?.value !== tb[i].name?.value) return false;
    if (ta[i].allocation?.value !== tb[i].allocation?.value) return false;
  }
  if (JSON.stringify(haltDays(a)) !== JSON.stringify(haltDays(b))) return false;
  const team = (m: typeof a) => JSON.stringify(m.team.items.map((t) => t.id?.value));
  return team(a) === team(b);
}

/** A plan's halts as the days they cover (what over-allocated reads of them). */
function haltDays(m: PlanModel): (number | undefined)[][] {
  return m.halts.items.map((h) => [h.from?.day, h.to?.day]);
}

/** How far a file could be read: 0 whole, 1 with a YAML syntax error, 2 not at all. */
export function brokenness(f: ArtifactFile): number {
  return f.parsed.unreadable ? 2 : f.parsed.hasSyntaxError ? 1 : 0;
}
