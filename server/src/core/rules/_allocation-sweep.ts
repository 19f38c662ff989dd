/**
 * over-allocated's sweep (over-allocated.ts has the Decisions): the loads of one person per day
 * from the start/end events of their bookings, summed in thousandths of a percent per plan
 * (its schedule's calendar, halts closed), and the runs of days over capacity with the tasks involved.
 */
import { formatDate, type Day, type WorkCalendar } from '../dates';
import type { Booking } from '../workspace-index';
import type { Task } from '../model';
import { isClosed } from './_schedule-util';
import type { ArtifactFile } from './api';

/** Days are scanned from the first start to at most this many days later (ten years). */
export const MAX_DAYS = 3660;
/** Loads are summed in thousandths of a percent (whole numbers: no rounding drift). */
export const SCALE = 1000;

export const calOf = (b: Booking): WorkCalendar => b.file.schedule!.calendar;

/** The allocation of a task in percent, clamped to 0–100 (absent: 100). */
export function allocationOf(task: Task): number {
  const v = task.allocation?.value;
  if (v === undefined) return 100;
  return Math.min(100, Math.max(0, v));
}

/** What a booking weighs: its scaled allocation when it counts (open, not a milestone, dates in order), else 0. */
export function weightOf(b: Booking): number {
  if (isClosed(b.task.task) || b.task.milestone || !(b.task.start! <= b.task.end!) || b.task.task.owner === undefined) return 0;
  return Math.round(allocationOf(b.task.task) * SCALE);
}

export const dateText = new Map<Day, string>();
export const fmt = (d: Day) => {
  let s = dateText.get(d);
  if (s === undefined) {
    if (dateText.size > 20000) dateText.clear();
    dateText.set(d, (s = formatDate(d)));
  }
  return s;
};
export const period = (a: Day, b: Day) => (a === b ? fmt(a) : `${fmt(a)}..${fmt(b)}`);
/** A period as Chinese text reads it: `2027-02-10 至 2027-02-12`. */
export const zhPeriod = (p: string) => p.replace('..', ' 至 ');
/** File path, then position. */
export const byPlace = (x: Booking, y: Booking) => (x.file.uri < y.file.uri ? -1 : x.file.uri > y.file.uri ? 1 : x.task.index - y.task.index);
export const percent = (scaled: number) => Math.round((scaled / SCALE) * 100) / 100;

/** The first index of a sorted array whose value is ≥ d. */
export function lowerBound(a: Day[], d: Day): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Conflict {
  first: Day;
  last: Day;
  /** The highest load of the run (scaled) and the most tasks at once. */
  load: number;
  peak: number;
  /** The bookings involved (indexes into the person's bookings, file path then position order) … */
  involved: number[];
  /** … each with its overloaded days in the conflict, as text. */
  days: string[];
  /** The one that carries the finding (an index into `involved`). */
  at: number;
}

/**
 * A plan of the person: its schedule's calendar, the days its bookings count (its halts are closed
 * days there, schedule.ts: the plan's people are free for other plans meanwhile).
 */
export interface Group {
  cal: WorkCalendar;
}
export const works = (g: Group, d: Day) => g.cal.isWorkday(d);

/**
 * The conflicts of one person: one sweep over the sorted start/end events of the bookings.
 * `capacity` in full-time persons.
 */
export function conflictsOf(booked: Booking[], capacity: number): Conflict[] {
  const limit = Math.round(capacity * 100 * SCALE);
  const all: number[] = [];
  const weight: number[] = booked.map(weightOf);
  booked.forEach((_, i) => weight[i] > 0 && all.push(i));
  if (!all.length) return [];
  const groups: Group[] = [];
  const groupIndex = new Map<ArtifactFile, number>();
  const gi: number[] = [];
  // [day, load change, count change, group]
  const events: [Day, number, number, number][] = [];
  let lo = Infinity;
  let total = 0;
  for (const i of all) {
    const b = booked[i];
    let g = groupIndex.get(b.file);
    if (g === undefined) groupIndex.set(b.file, (g = groups.push({ cal: calOf(b) }) - 1));
    gi[i] = g;
    events.push([b.task.start!, weight[i], 1, g], [b.task.end! + 1, -weight[i], -1, g]);
    lo = Math.min(lo, b.task.start!);
    total += weight[i];
  }
  if (total <= limit) return [];
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const hi = lo + MAX_DAYS;
  const load = new Array<number>(groups.length).fill(0);
  const count = new Array<number>(groups.length).fill(0);
  let sum = 0;
  const days: Day[] = [];
  const loads: number[] = [];
  const counts: number[] = [];
  for (let e = 0; e < events.length; ) {
    const day = events[e][0];
    for (; e < events.length && events[e][0] === day; e++) {
      const [, w, n, g] = events[e];
      load[g] += w;
      count[g] += n;
      sum += w;
    }
    if (sum <= limit || e >= events.length) continue;
    const next = Math.min(events[e][0], hi);
    for (let d = day; d < next; d++) {
      let busy = 0;
      let n = 0;
      for (let g = 0; g < groups.length; g++) {
        if (count[g] && works(groups[g], d)) {
          busy += load[g];
          n += count[g];
        }
      }
      if (busy > limit) {
        days.push(d);
        loads.push(busy);
        counts.push(n);
      }
    }
  }
  if (!days.length) return [];
  // Runs of overloaded days; a gap splits a run only when some plan of the person works in it.
  const workdayIn = (a: Day, b: Day) => {
    for (let d = a; d <= b; d++) for (const g of groups) if (works(g, d)) return true;
    return false;
  };
  const runs: { from: number; to: number; involved: [number, Day, Day][] }[] = [];
  for (let i = 0; i < days.length; i++) {
    const last = runs[runs.length - 1];
    if (last && !workdayIn(days[i - 1] + 1, days[i] - 1)) last.to = i;
    else runs.push({ from: i, to: i, involved: [] });
  }
  const lasts = runs.map((r) => days[r.to]);
  for (const i of all) {
    const b = booked[i];
    const g = groups[gi[i]];
    for (let k = lowerBound(lasts, b.task.start!); k < runs.length && days[runs[k].from] <= b.task.end!; k++) {
      const a = Math.max(b.task.start!, days[runs[k].from]);
      const z = Math.min(b.task.end!, lasts[k]);
      let x = lowerBound(days, a);
      while (x < days.length && days[x] <= z && !works(g, days[x])) x++;
      if (x >= days.length || days[x] > z) continue;
      let y = lowerBound(days, z + 1) - 1;
      while (y > x && !works(g, days[y])) y--;
      runs[k].involved.push([i, days[x], days[y]]);
    }
  }
  const out: Conflict[] = [];
  for (const r of runs) {
    if (!r.involved.length) continue;
    r.involved.sort((x, y) => byPlace(booked[x[0]], booked[y[0]]));
    let peakLoad = 0;
    let peak = 0;
    for (let i = r.from; i <= r.to; i++) {
      peakLoad = Math.max(peakLoad, loads[i]);
      peak = Math.max(peak, counts[i]);
    }
    // The task that starts latest (ties: the later place) carries the finding.
    let at = 0;
    r.involved.forEach(([i], k) => {
      if (booked[i].task.start! >= booked[r.involved[at][0]].task.start!) at = k;
    });
    out.push({ first: days[r.from], last: days[r.to], load: peakLoad, peak, involved: r.involved.map((x) => x[0]), days: r.involved.map((x) => period(x[1], x[2])), at });
  }
  return out;
}

