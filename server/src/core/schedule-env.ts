/**
 * What a plan's schedule reads besides the plan (DOMAIN.md "Calendars, actuals, baselines and
 * load"): its working days — its own holidays and workdays over each shared calendar of
 * `calendar.use` (its own days, then its region's) over its region's —, its halts in force (an
 * open one lasts until today), and the key of all that (Schedule.envKey) that tells a kept
 * schedule (file.ts) from a stale one.
 */
import { regionCalendar } from './region-calendar';
import { WorkCalendar, type Day, type RegionDays } from './dates';
import type { CalendarFileModel, CalendarModel, PlanModel, Task } from './model';

/** What a plan's schedule reads besides the plan itself. */
export interface ScheduleEnv {
  /** Today: a started task's remaining work is forecast from it; a halt without an end lasts until it. */
  today?: Day;
  /** The workspace's shared calendars (`*.calendar.yaml`) by id. */
  calendars?: ReadonlyMap<string, CalendarFileModel>;
}

const expand = (ranges: readonly [Day, Day][]) => {
  const m = new Map<Day, true>();
  for (const [a, b] of ranges) for (let d = a; d <= b && d - a < 3660; d++) m.set(d, true);
  return m;
};
/** A shared calendar's own days, as a layer under the plan's (a cache per calendar model). */
const layers = new WeakMap<CalendarModel, RegionDays>();
function layerOf(c: CalendarModel): RegionDays {
  let l = layers.get(c);
  if (!l) layers.set(c, (l = { off: expand(c.holidays), work: expand(c.workdays) }));
  return l;
}

/** The shared calendars of these files by id: path order, the first file of an id wins (memoized per array). */
const byFiles = new WeakMap<readonly unknown[], Map<string, CalendarFileModel>>();
export function calendarsById(files: readonly { uri: string; model: { kind: string } }[]): Map<string, CalendarFileModel> {
  let m = byFiles.get(files);
  if (m) return m;
  m = new Map();
  for (const f of [...files].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))) {
    const c = f.model as CalendarFileModel;
    if (c.kind === 'calendar' && c.id && !m.has(c.id.value)) m.set(c.id.value, c);
  }
  byFiles.set(files, m);
  return m;
}

/** The shared calendars a plan uses that exist, in `calendar.use` order. */
export function usedCalendars(plan: PlanModel, env: ScheduleEnv = {}): CalendarFileModel[] {
  const out: CalendarFileModel[] = [];
  for (const id of plan.calendar.use.items) {
    const c = env.calendars?.get(id.value);
    if (c && !out.includes(c)) out.push(c);
  }
  return out;
}

/** The plan's working days: its own holidays and workdays over its shared calendars' and its region's (region-calendar.ts). */
export function calendarOf(plan: PlanModel, env: ScheduleEnv = {}): WorkCalendar {
  const layersBelow: RegionDays[] = [];
  for (const { calendar: c } of usedCalendars(plan, env)) {
    layersBelow.push(layerOf(c));
    const r = regionCalendar(c.region?.value);
    if (r) layersBelow.push(r);
  }
  const region = regionCalendar(plan.calendar.region?.value);
  if (region) layersBelow.push(region);
  return new WorkCalendar(plan.calendar.holidays, plan.calendar.workdays, layersBelow);
}

/** Whether a task's dates are what happened. */
export const isDone = (t: Task) => t.status?.value === 'done' || t.actualEnd?.day !== undefined;

/** Whether the schedule reads today: a started task with a progress, or a halt without an end. */
function readsToday(plan: PlanModel): boolean {
  if (plan.halts.items.some((h) => h.from?.day !== undefined && h.to?.day === undefined)) return true;
  return plan.tasks.items.some((t) => t.actualStart?.day !== undefined && !isDone(t) && t.progress !== undefined);
}

/** What a plan's schedule reads of its environment, as a key (see Schedule.envKey). */
export function envKeyOf(plan: PlanModel, env: ScheduleEnv = {}): string {
  const used = plan.calendar.use.items.map((id) => {
    const c = env.calendars?.get(id.value)?.calendar;
    return c ? [c.holidays, c.workdays, c.region?.value ?? null] : null;
  });
  return JSON.stringify([used, readsToday(plan) ? env.today ?? null : null]);
}

/** The halts in force: inclusive ranges, an open one up to today (ignored without a today). */
export function haltsOf(plan: PlanModel, today: Day | undefined): [Day, Day][] {
  const out: [Day, Day][] = [];
  for (const h of plan.halts.items) {
    const from = h.from?.day;
    const to = h.to?.day ?? (h.to === undefined ? today : undefined);
    if (from !== undefined && to !== undefined && to >= from) out.push([from, to]);
  }
  return out;
}
