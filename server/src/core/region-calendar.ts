/**
 * Built-in regional calendars: China's statutory holidays and make-up working days (调休上班日),
 * from data/calendars/CN.json (refreshed by scripts/refresh-cn-calendar.mjs from the `chinese-days`
 * package, which transcribes the State Council's yearly notices). The data file is the only thing
 * a new year needs: no code change.
 *
 * Decisions:
 * - A region covers whole years (`years`: first and last). A day of a covered year that the data
 *   does not list follows the weekly rule (Mon–Fri work); a day of an uncovered year is unknown to
 *   the region (calendar-data-missing says so; the weekly rule applies).
 * - Days off are listed with their holiday (weekends inside a holiday included), so that hover and
 *   inlay hints can say "跨国庆"; make-up working days name the holiday they make up for.
 * - Region codes are upper case (`CN`); lookups are case-insensitive.
 */
import cn from '../../../data/calendars/CN.json';
import { formatDate, parseDate, type Day } from './dates';
import type { Localized } from './types';

interface RegionData {
  region: string;
  source: string;
  years: [number, number];
  names: Record<string, { zh: string; en: string }>;
  off: Record<string, string>;
  work: Record<string, string>;
}

export interface RegionCalendar {
  region: string;
  source: string;
  /** First and last year with data. */
  firstYear: number;
  lastYear: number;
  /** Days off (holidays, with the weekends inside them) → the holiday's name. */
  off: ReadonlyMap<Day, Localized>;
  /** Make-up working days (weekend days worked) → the holiday they make up for. */
  work: ReadonlyMap<Day, Localized>;
}

const DATA: Record<string, RegionData> = { CN: cn as unknown as RegionData };
const built = new Map<string, RegionCalendar>();

function build(d: RegionData): RegionCalendar {
  const name = (id: string): Localized => {
    const n = d.names[id];
    return n ? { 'zh-CN': n.zh, en: n.en } : { 'zh-CN': id, en: id };
  };
  const days = (o: Record<string, string>) => {
    const m = new Map<Day, Localized>();
    for (const [date, id] of Object.entries(o)) {
      const day = parseDate(date);
      if (day !== undefined) m.set(day, name(id));
    }
    return m;
  };
  return Object.freeze({ region: d.region, source: d.source, firstYear: d.years[0], lastYear: d.years[1], off: days(d.off), work: days(d.work) });
}

/** The built-in calendar of a region, or undefined for a region the product has no data for. */
export function regionCalendar(region: unknown): RegionCalendar | undefined {
  if (typeof region !== 'string') return undefined;
  const code = region.trim().toUpperCase();
  const d = DATA[code];
  if (!d) return undefined;
  let c = built.get(code);
  if (!c) built.set(code, (c = build(d)));
  return c;
}

/** Region codes with data (for completion and the schema test). */
export const REGIONS: readonly string[] = Object.keys(DATA);

/** Whether the region has data for the year of `day`. */
export function covers(c: RegionCalendar, day: Day): boolean {
  const y = Number(formatDate(day).slice(0, 4));
  return y >= c.firstYear && y <= c.lastYear;
}
