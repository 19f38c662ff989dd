/**
 * Which holidays and make-up working days a span of days crosses, on a plan's calendar (its own
 * holidays and workdays over its region's): what hover says of a task's dates ("跨国庆节").
 *
 * Decisions:
 * - Days off are grouped into runs of consecutive days of the same holiday (the region's names;
 *   the plan's own holidays are "the plan's holiday"); a run is listed when it overlaps the span,
 *   with its full extent (10-01 – 10-07), so the reader sees the whole break.
 * - Make-up working days are the span's weekend days that are working days (region or plan).
 * - Runs of days off that are only weekends are not listed: every week has them.
 */
import { formatDate, weekday, type Day } from './dates';
import type { PlanModel } from './model';
import { regionCalendar } from './region-calendar';
import type { Locale } from './types';

export interface Crossings {
  off: { name: string; from: Day; to: Day }[];
  work: { name?: string; day: Day }[];
}

const MAX_SPAN = 3660;

export function crossings(plan: PlanModel, start: Day, end: Day, locale: Locale): Crossings {
  const region = regionCalendar(plan.calendar.region?.value);
  const own = (ranges: [Day, Day][], d: Day) => ranges.some(([a, b]) => a <= d && d <= b);
  const ownName = locale === 'zh-CN' ? '计划自定的节假日' : "the plan's holiday";
  const offName = (d: Day): string | undefined => {
    if (own(plan.calendar.workdays, d)) return undefined;
    if (own(plan.calendar.holidays, d)) return ownName;
    if (region?.work.has(d)) return undefined;
    return region?.off.get(d)?.[locale];
  };
  const out: Crossings = { off: [], work: [] };
  const last = Math.min(end, start + MAX_SPAN);
  for (let d = start; d <= last; d++) {
    const name = offName(d);
    if (name) {
      let from = d;
      while (from - 1 >= start - 31 && offName(from - 1) === name) from--;
      let to = d;
      while (to + 1 <= end + 31 && offName(to + 1) === name) to++;
      out.off.push({ name, from, to });
      d = to;
      continue;
    }
    const wd = weekday(d);
    if (wd === 0 || wd === 6) {
      if (own(plan.calendar.workdays, d)) out.work.push({ day: d });
      else if (region?.work.has(d) && !own(plan.calendar.holidays, d)) out.work.push({ name: region.work.get(d)![locale], day: d });
    }
  }
  return out;
}

const md = (d: Day) => formatDate(d).slice(5);
const WEEKDAY_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAY_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** One line for hover, or undefined when the span crosses nothing. */
export function crossingsLine(c: Crossings, locale: Locale): string | undefined {
  if (!c.off.length && !c.work.length) return undefined;
  const zh = locale === 'zh-CN';
  const parts: string[] = [];
  for (const o of c.off) {
    const when = o.from === o.to ? md(o.from) : zh ? `${md(o.from)} 至 ${md(o.to)}` : `${md(o.from)} – ${md(o.to)}`;
    parts.push(zh ? `跨${o.name}（${when} 放假）` : `crosses ${o.name} (${when} off)`);
  }
  for (const w of c.work) {
    const day = `${md(w.day)}（${WEEKDAY_ZH[weekday(w.day)]}）`;
    parts.push(zh ? `${day}调休上班` : `${md(w.day)} (${WEEKDAY_EN[weekday(w.day)]}) is a make-up working day`);
  }
  return zh ? parts.join('，') : parts.join('; ').replace(/^./, (ch) => ch.toUpperCase());
}
