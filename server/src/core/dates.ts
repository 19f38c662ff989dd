/**
 * Calendar dates as day numbers (days since 1970-01-01), ISO weeks, durations, and the
 * working-day calendar (weekends, holidays, make-up working days 调休).
 */

/** Days since 1970-01-01 (UTC). */
export type Day = number;

const MS_PER_DAY = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; undefined when the text is not a real calendar date. */
export function parseDate(text: unknown): Day | undefined {
  if (typeof text !== 'string') return undefined;
  // The common case (a date the product formatted) without the regular expression and Date.
  if (text.length === 10) {
    const known = PARSED.get(text);
    if (known !== undefined) return known;
  }
  const day = parseDateText(text);
  if (day !== undefined && text.length === 10) {
    if (PARSED.size >= 20_000) PARSED.clear();
    PARSED.set(text, day);
  }
  return day;
}

const PARSED = new Map<string, Day>();

function parseDateText(text: string): Day | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / MS_PER_DAY);
}

/**
 * Formatted days, cached: schedules, charts and exports format the same few thousand days over and
 * over (a 5,000-task chart formats each bar's start and end on every edit). Bounded: cleared when full.
 */
const FORMATTED = new Map<Day, string>();

export function formatDate(day: Day): string {
  let s = FORMATTED.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (FORMATTED.size >= 20_000) FORMATTED.clear();
    FORMATTED.set(day, s);
  }
  return s;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Today's date in the local time zone. */
export function localToday(now = new Date()): Day {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

export interface IsoWeek {
  year: number;
  week: number;
}

export function isoWeekOf(day: Day): IsoWeek {
  const wd = weekday(day) || 7; // Monday = 1 … Sunday = 7
  const thursday = day + (4 - wd);
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${w.year}-W${String(w.week).padStart(2, '0')}`;
}

/** Monday of an ISO week given as `YYYY-Www`. */
export function parseIsoWeek(text: unknown): Day | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-W(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const week = Number(m[2]);
  if (week < 1 || week > 53) return undefined;
  const jan4 = Math.round(Date.UTC(year, 0, 4) / MS_PER_DAY);
  const monday = jan4 - ((weekday(jan4) || 7) - 1) + (week - 1) * 7;
  if (isoWeekOf(monday).year !== year) return undefined; // week 53 in a 52-week year
  return monday;
}

/** Working days in a duration: `3d`, `2w` (10 working days), or a bare number. */
export function parseDuration(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = /^\s*(\d+(?:\.\d+)?)\s*([dw]?)\s*$/.exec(value);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2] === 'w' ? n * 5 : n;
}

/** A range of dates written `2026-10-01..2026-10-07`, or a single date. */
export function parseDateOrRange(text: unknown): [Day, Day] | undefined {
  if (typeof text !== 'string') return undefined;
  const parts = text.split('..');
  if (parts.length === 1) {
    const d = parseDate(parts[0]);
    return d === undefined ? undefined : [d, d];
  }
  if (parts.length !== 2) return undefined;
  const a = parseDate(parts[0]);
  const b = parseDate(parts[1]);
  return a === undefined || b === undefined ? undefined : [a, b];
}

/** Days off and make-up working days of a built-in region (see region-calendar.ts). */
export interface RegionDays {
  readonly off: ReadonlyMap<Day, unknown>;
  readonly work: ReadonlyMap<Day, unknown>;
}

/**
 * Working-day calendar: Monday–Friday minus holidays, plus make-up working days. The plan's own
 * days come first (its workdays, then its holidays), then each region's (their make-up working
 * days, then their days off), then the weekly rule.
 */
export class WorkCalendar {
  private readonly holidays = new Set<Day>();
  private readonly workdays = new Set<Day>();
  private readonly regions: readonly RegionDays[];

  constructor(holidays: Iterable<[Day, Day]> = [], workdays: Iterable<[Day, Day]> = [], regions: readonly RegionDays[] = []) {
    for (const [a, b] of holidays) for (let d = a; d <= b && d - a < 3660; d++) this.holidays.add(d);
    for (const [a, b] of workdays) for (let d = a; d <= b && d - a < 3660; d++) this.workdays.add(d);
    this.regions = regions;
  }

  /** Days closed above everything else (halts, see closing()). */
  private closed?: readonly [Day, Day][];

  /** The same calendar with these ranges closed (a halt: no working day inside it). */
  closing(ranges: readonly [Day, Day][]): WorkCalendar {
    if (!ranges.length) return this;
    const c = Object.create(WorkCalendar.prototype) as WorkCalendar;
    Object.assign(c, this, { closed: [...(this.closed ?? []), ...ranges], blocks: new Map() });
    return c;
  }

  isWorkday(day: Day): boolean {
    if (this.closed) for (const [a, b] of this.closed) if (day >= a && day <= b) return false;
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    for (const r of this.regions) {
      if (r.work.has(day)) return true;
      if (r.off.has(day)) return false;
    }
    const wd = weekday(day);
    return wd !== 0 && wd !== 6;
  }

  /** The first working day on or after `day`. */
  onOrAfter(day: Day): Day {
    let d = day;
    for (let i = 0; i < 3660 && !this.isWorkday(d); i++) d++;
    return d;
  }

  /** The last working day on or before `day`. */
  onOrBefore(day: Day): Day {
    let d = day;
    for (let i = 0; i < 3660 && !this.isWorkday(d); i++) d--;
    return d;
  }

  /** The first working day strictly after `day`. */
  nextWorkday(day: Day): Day {
    return this.onOrAfter(day + 1);
  }

  /** The last working day strictly before `day`. */
  previousWorkday(day: Day): Day {
    return this.onOrBefore(day - 1);
  }

  /** The end date of a task of `days` working days starting on working day `start` (inclusive). */
  endAfter(start: Day, days: number): Day {
    const n = Math.max(1, Math.ceil(days));
    let d = this.onOrAfter(start);
    for (let i = 1; i < n; i++) d = this.nextWorkday(d);
    return d;
  }

  /** The start date of a task of `days` working days ending on working day `end` (inclusive). */
  startBefore(end: Day, days: number): Day {
    const n = Math.max(1, Math.ceil(days));
    let d = this.onOrBefore(end);
    for (let i = 1; i < n; i++) d = this.previousWorkday(d);
    return d;
  }

  /** Cumulative working-day counts by block of 512 days, built on demand (slack of long plans). */
  private readonly blocks = new Map<number, Int32Array>();

  /** Working days from the start of `day`'s block up to and including `day`. */
  private countInBlock(day: Day): number {
    const b = Math.floor(day / 512);
    let counts = this.blocks.get(b);
    if (!counts) {
      counts = new Int32Array(512);
      let n = 0;
      for (let i = 0; i < 512; i++) counts[i] = n += this.isWorkday(b * 512 + i) ? 1 : 0;
      this.blocks.set(b, counts);
    }
    return counts[day - b * 512];
  }

  /** Working days from `a` to `b`, both inclusive (0 when b < a). */
  workdaysBetween(a: Day, b: Day): number {
    if (b < a) return 0;
    if (b - a < 32) {
      let n = 0;
      for (let d = a; d <= b; d++) if (this.isWorkday(d)) n++;
      return n;
    }
    let n = this.countInBlock(b) - this.countInBlock(a) + (this.isWorkday(a) ? 1 : 0);
    for (let blk = Math.floor(a / 512); blk < Math.floor(b / 512); blk++) n += this.countInBlock(blk * 512 + 511);
    return n;
  }

  /** Adds `n` working days (n may be negative). */
  addWorkdays(day: Day, n: number): Day {
    let d = day;
    if (n >= 0) for (let i = 0; i < n; i++) d = this.nextWorkday(d);
    else for (let i = 0; i < -n; i++) d = this.previousWorkday(d);
    return d;
  }
}
