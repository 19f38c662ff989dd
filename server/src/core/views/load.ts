/**
 * Team load (issue 17): person × ISO week over the plans of the index (the portfolio once the
 * index is), each cell the load in percent of the person's capacity, with the tasks behind it.
 * The panel "Show Team Load" (pocStudio/teamLoad) and the CLI `poc-studio load` read this.
 *
 * Decisions:
 * - What counts is what over-allocated counts (rules/_allocation-sweep.ts, one source): a task
 *   of the person's bookings with its `allocation` (0–100, default 100) on every day within its
 *   computed dates that is a working day of its plan — the plan's schedule calendar, where halts
 *   are closed days (its people are free for other plans then). Done and cancelled tasks,
 *   milestones, allocation 0 (waiting) and unschedulable tasks are not counted and not listed.
 * - Booked: the sum of allocation-days in the week (a 50% task on 5 working days = 2.5 days).
 *   Available: the days of the week (Monday–Sunday) that are a working day of any plan the person
 *   is a team member of (halts closed), minus their leave days. Capacity: the smallest `capacity`
 *   declared for the id across the index (as over-allocated), default 1 (full time).
 *   loadPercent = booked / (capacity × available) × 100, rounded to a whole percent. A week whose
 *   every working day is leave while something is booked: relative to the working days instead
 *   (leave not subtracted), so the figure still tells how much is booked.
 * - State: `free` when nothing is booked (0%), `over` when loadPercent exceeds 100, or when on
 *   some day of the week the sum of allocations exceeds capacity × 100 (two full-time tasks on
 *   Monday only: over, though the week averages 40% — the day over-allocated reports), or when a
 *   counted task falls on a leave day; `busy` otherwise.
 * - Rows (the CLI contract): one per person and week with at least one counted task in it.
 *   People: every team id of the index (and owners booked through a team entry), sorted by id;
 *   name = the first non-empty `name`, roles = the distinct `role`s, customers = the distinct
 *   `customer` values of the plans they are in (a plan without one: its title, else its id).
 * - Several indexes (several workspace folders): team entries and bookings are merged by person
 *   id; a booking met twice (the same file and task) counts once.
 * - Window: from the Monday of `from`'s week, `weeks` weeks (1–520).
 */
import { loadInspections, type LoadInspection } from './load-inspections';
import { formatDate, formatIsoWeek, isoWeekOf, weekday, type Day, type WorkCalendar } from '../dates';
import type { Booking, Defined, WorkspaceIndex } from '../workspace-index';
import type { TeamMember } from '../model';
import type { Span } from '../text';
import type { Locale } from '../types';
import { allocationOf, calOf, SCALE, weightOf } from '../rules/_allocation-sweep';
import { taskLabel } from '../rules/_schedule-util';

export type LoadState = 'free' | 'busy' | 'over';

export interface LoadWeek {
  /** ISO week, e.g. `2027-W05`. */
  label: string;
  /** Monday and Sunday, `YYYY-MM-DD`. */
  first: string;
  last: string;
}

export interface LoadPerson {
  id: string;
  name: string;
  roles: string[];
  customers: string[];
  /** Full-time persons (1 = full time). */
  capacity: number;
}

export interface LoadTask {
  /** The plan's id (else its file name) and the task's id (else `#n`, 1-based). */
  plan: string;
  planTitle: string;
  customer: string;
  id: string;
  name: string;
  /** `P5（报表开发）` / `P5 (报表开发)`. */
  label: string;
  uri: string;
  /** The task's entry in its file (where "open" puts the cursor). */
  span: Span;
  allocation: number;
  /** Working days of the task in this week, and its computed dates. */
  days: number;
  start: string;
  end: string;
}

export interface LoadCell {
  person: string;
  /** Index into `weeks`. */
  week: number;
  loadPercent: number;
  state: LoadState;
  /** Allocation-days booked and days available (capacity not applied). */
  booked: number;
  available: number;
  /** Leave days of the week that are working days; of those, the ones a counted task falls on. */
  leaveDays: number;
  leaveBooked: number;
  /** The highest one-day load in the week, in percent of a full-time day. */
  peakPercent: number;
  tasks: LoadTask[];
  /** The plans of `tasks`, distinct, in order. */
  plans: string[];
}

export interface TeamLoad {
  from: string;
  weeks: LoadWeek[];
  people: LoadPerson[];
  /** people × weeks, row by row (`cells[p * weeks.length + w]`). */
  cells: LoadCell[];
  /** `from` of the window one page earlier and later (as many weeks). */
  previous: string;
  next: string;
  /** The inspections the projects' contracts expect in these weeks (load-inspections.ts). */
  inspections: LoadInspection[];
}

export interface LoadRow {
  person: string;
  name: string;
  week: string;
  loadPercent: number;
  tasks: string[];
}

export interface TeamLoadOptions {
  from: Day;
  weeks: number;
  locale?: Locale;
  /** For the inspections' state (missing when past); default: none is missing. */
  today?: Day;
}

export const MAX_WEEKS = 520;

/** The Monday of the ISO week of `day`. */
export function mondayOf(day: Day): Day {
  return day - ((weekday(day) + 6) % 7);
}

export interface PersonData {
  team: Defined<TeamMember>[];
  bookings: Booking[];
}

/** Team entries and bookings per person over all indexes (a booking met twice counts once). */
export function merged(indexes: readonly WorkspaceIndex[]): Map<string, PersonData> {
  const people = new Map<string, PersonData>();
  const get = (id: string) => {
    let p = people.get(id);
    if (!p) people.set(id, (p = { team: [], bookings: [] }));
    return p;
  };
  const seen = new Set<string>();
  for (const index of indexes) {
    for (const [id, defs] of index.team) get(id).team.push(...defs);
    for (const [id, list] of index.bookings) {
      for (const b of list) {
        const key = `${b.file.uri}\n${b.task.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        get(id).bookings.push(b);
      }
    }
  }
  return people;
}

const distinct = (xs: (string | undefined)[]): string[] => [...new Set(xs.filter((x): x is string => !!x))];

export function personOf(id: string, d: PersonData): LoadPerson {
  const declared = d.team.map((t) => t.item.capacity?.value).filter((c): c is number => c !== undefined && Number.isFinite(c) && c > 0);
  const planOf = (t: Defined<TeamMember>) => t.file.model;
  return {
    id,
    name: d.team.map((t) => t.item.name?.value?.trim()).find((n) => !!n) ?? d.bookings.map((b) => b.member.name?.value?.trim()).find((n) => !!n) ?? id,
    roles: distinct(d.team.map((t) => t.item.role?.value?.trim())),
    customers: distinct(
      d.team.map((t) => {
        const m = planOf(t);
        if (m.kind !== 'poc' && m.kind !== 'project') return undefined;
        return m.customer?.value?.trim() || m.title?.value?.trim() || m.id?.value || t.file.name;
      }),
    ),
    capacity: declared.length ? Math.min(...declared) : 1,
  };
}

/** The plan and task names a cell lists. */
function taskOf(b: Booking, days: number, locale: Locale): LoadTask {
  const m = b.plan;
  const plan = m.id?.value ?? b.file.name;
  return {
    plan,
    planTitle: m.title?.value?.trim() || plan,
    customer: m.customer?.value?.trim() || m.title?.value?.trim() || plan,
    id: b.task.id ?? `#${b.task.index + 1}`,
    name: b.task.task.name?.value?.trim() ?? '',
    label: taskLabel(b.task.task, b.task.index, locale),
    uri: b.file.uri,
    span: b.task.task.span,
    allocation: allocationOf(b.task.task),
    days,
    start: formatDate(b.task.start!),
    end: formatDate(b.task.end!),
  };
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** What one person's days hold over [from, to]: the counting of cells and of dailyLoad (load-daily.ts). */
export interface DayLoads {
  /** The calendars of the plans the person is in or booked by (a day is working when one works). */
  calendars: WorkCalendar[];
  /** Leave days within the window. */
  leave: Set<Day>;
  /** Per day of the window (index = day − from): the sum of allocations, scaled (SCALE). */
  load: number[];
  /** Per day: a counted task falls on a leave day. */
  onLeave: boolean[];
}

/**
 * The person's load per day over [from, to]; `each` is told every counted day of every counted
 * booking (in file order), for what a caller lists.
 */
export function dayLoads(d: PersonData, from: Day, to: Day, each?: (b: Booking, offset: number) => void): DayLoads {
  const calendars: WorkCalendar[] = [];
  for (const t of d.team) {
    const cal = t.file.schedule?.calendar;
    if (cal && !calendars.includes(cal)) calendars.push(cal);
  }
  for (const b of d.bookings) if (!calendars.includes(calOf(b))) calendars.push(calOf(b));
  const leave = new Set<Day>();
  for (const t of d.team) for (const [a, z] of t.item.leave ?? []) for (let x = Math.max(a, from); x <= Math.min(z, to); x++) leave.add(x);

  const n = Math.max(0, to - from + 1);
  const load = new Array<number>(n).fill(0);
  const onLeave = new Array<boolean>(n).fill(false);
  const ordered = [...d.bookings].sort((x, y) => (x.file.uri < y.file.uri ? -1 : x.file.uri > y.file.uri ? 1 : x.task.index - y.task.index));
  for (const b of ordered) {
    const w = weightOf(b);
    if (!w) continue;
    const s = Math.max(b.task.start!, from);
    const e = Math.min(b.task.end!, to);
    const cal = calOf(b);
    for (let x = s; x <= e; x++) {
      if (!cal.isWorkday(x)) continue;
      load[x - from] += w;
      if (leave.has(x)) onLeave[x - from] = true;
      each?.(b, x - from);
    }
  }
  return { calendars, leave, load, onLeave };
}

/** The cells of one person over the window. */
function cellsOf(person: LoadPerson, d: PersonData, from: Day, weeks: number, locale: Locale): LoadCell[] {
  const to = from + weeks * 7 - 1;
  const perWeek: Map<Booking, number>[] = Array.from({ length: weeks }, () => new Map());
  const { calendars, leave, load, onLeave } = dayLoads(d, from, to, (b, i) => {
    const m = perWeek[Math.floor(i / 7)];
    m.set(b, (m.get(b) ?? 0) + 1);
  });

  const limit = Math.round(person.capacity * 100 * SCALE);
  const cells: LoadCell[] = [];
  for (let k = 0; k < weeks; k++) {
    let booked = 0;
    let working = 0;
    let leaveDays = 0;
    let leaveBooked = 0;
    let peak = 0;
    for (let i = k * 7; i < k * 7 + 7; i++) {
      const day = from + i;
      booked += load[i];
      peak = Math.max(peak, load[i]);
      if (!calendars.some((c) => c.isWorkday(day))) continue;
      working++;
      if (leave.has(day)) leaveDays++;
      if (onLeave[i]) leaveBooked++;
    }
    const available = working - leaveDays;
    const bookedDays = booked / SCALE / 100;
    const base = available > 0 ? available : working;
    const percent = bookedDays > 0 && base > 0 ? Math.round((bookedDays / (person.capacity * base)) * 100) : 0;
    const over = bookedDays > 0 && (bookedDays / (person.capacity * Math.max(base, 1)) > 1 + 1e-9 || peak > limit || leaveBooked > 0);
    const tasks = [...perWeek[k]].map(([b, days]) => taskOf(b, days, locale));
    cells.push({
      person: person.id,
      week: k,
      loadPercent: percent,
      state: bookedDays === 0 ? 'free' : over ? 'over' : 'busy',
      booked: round2(bookedDays),
      available,
      leaveDays,
      leaveBooked,
      peakPercent: round2(peak / SCALE),
      tasks,
      plans: distinct(tasks.map((t) => t.plan)),
    });
  }
  return cells;
}

/** The team load of the indexes' people over `weeks` weeks from the Monday of `from`'s week. */
export function teamLoad(index: WorkspaceIndex | readonly WorkspaceIndex[], opts: TeamLoadOptions): TeamLoad {
  const indexes = Array.isArray(index) ? (index as readonly WorkspaceIndex[]) : [index as WorkspaceIndex];
  const locale = opts.locale ?? 'zh-CN';
  const from = mondayOf(opts.from);
  const weeks = Math.max(1, Math.min(MAX_WEEKS, Math.floor(Number.isFinite(opts.weeks) ? opts.weeks : 8)));
  const weekList: LoadWeek[] = [];
  for (let k = 0; k < weeks; k++) {
    const monday = from + k * 7;
    weekList.push({ label: formatIsoWeek(isoWeekOf(monday)), first: formatDate(monday), last: formatDate(monday + 6) });
  }
  const data = merged(indexes);
  const people: LoadPerson[] = [];
  const cells: LoadCell[] = [];
  for (const id of [...data.keys()].sort()) {
    const d = data.get(id)!;
    if (!d.team.length && !d.bookings.length) continue;
    const person = personOf(id, d);
    people.push(person);
    cells.push(...cellsOf(person, d, from, weeks, locale));
  }
  const inspections = loadInspections(indexes, from, weeks, opts.today ?? -Infinity, locale);
  return { from: formatDate(from), weeks: weekList, people, cells, previous: formatDate(from - 7 * weeks), next: formatDate(from + 7 * weeks), inspections };
}

/** The CLI's rows (docs/domain.md "CLI contract additions"): person × week with a counted task. */
export function loadRows(load: TeamLoad): LoadRow[] {
  const names = new Map(load.people.map((p) => [p.id, p.name]));
  return load.cells
    .filter((c) => c.tasks.length)
    .map((c) => ({ person: c.person, name: names.get(c.person) ?? c.person, week: load.weeks[c.week].label, loadPercent: c.loadPercent, tasks: c.tasks.map((t) => `${t.plan}/${t.id}`) }));
}
