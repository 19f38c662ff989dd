/**
 * Which holidays, halts and make-up working days a span of days crosses, on a plan's calendar (its
 * own holidays and workdays, its halts, its shared calendars', its region's — the scheduler's
 * order): what hover and inlay hints say of a task's dates ("跨国庆节", "跨叫停期").
 *
 * Decisions:
 * - Days off are grouped into runs of consecutive days of the same holiday (the region's names;
 *   the plan's own holidays are "the plan's holiday"); a run is listed when it overlaps the span,
 *   with its full extent (10-01 – 10-07), so the reader sees the whole break.
 * - Make-up working days are the span's weekend days that are working days (region or plan).
 * - Runs of days off that are only weekends are not listed: every week has them.
 */
import { formatDate, weekday, type Day } from './dates';
import type { CalendarFileModel, PlanModel } from './model';
import { regionCalendar } from './region-calendar';
import type { Locale } from './types';

export interface Crossings {
  /** Runs of days off (`halt`: the plan's halt, work paused rather than a holiday). */
  off: { name: string; from: Day; to: Day; halt?: boolean }[];
  work: { name?: string; day: Day }[];
}

/** What else decides a plan's days: the shared calendars it uses (in order) and its halts. */
export interface CrossingsEnv {
  shared?: readonly Pick<CalendarFileModel, 'id' | 'title' | 'calendar'>[];
  halts?: readonly [Day, Day][];
}

const MAX_SPAN = 3660;

const inRanges = (ranges: readonly [Day, Day][], d: Day) => ranges.some(([a, b]) => a <= d && d <= b);

/** One layer of days: a make-up working day (with its name), a day off (with its name), or no say. */
type Layer = (d: Day, locale: Locale) => { work: true; name?: string } | { work: false; name: string; halt?: boolean } | undefined;

function layersOf(plan: PlanModel, env: CrossingsEnv, locale: Locale): Layer[] {
  const zh = locale === 'zh-CN';
  const layers: Layer[] = [];
  const ownDays = (c: PlanModel['calendar'], name: string): Layer => (d) =>
    inRanges(c.workdays, d) ? { work: true } : inRanges(c.holidays, d) ? { work: false, name } : undefined;
  const region = (code: string | undefined): Layer | undefined => {
    const r = regionCalendar(code);
    if (!r) return undefined;
    return (d, l) => (r.work.has(d) ? { work: true, name: r.work.get(d)![l] } : r.off.has(d) ? { work: false, name: r.off.get(d)![l] } : undefined);
  };
  // A halt closes every day (as in the scheduler), then the plan's own days.
  const halts = env.halts ?? [];
  if (halts.length) layers.push((d) => (inRanges(halts, d) ? { work: false, name: zh ? '叫停' : 'the halt', halt: true } : undefined));
  layers.push(ownDays(plan.calendar, zh ? '计划自定的节假日' : "the plan's holiday"));
  for (const c of env.shared ?? []) {
    const title = c.title?.value?.trim() || c.id?.value || '';
    layers.push(ownDays(c.calendar, zh ? `${title}的节假日` : `${title}'s holiday`));
    const r = region(c.calendar.region?.value);
    if (r) layers.push(r);
  }
  const r = region(plan.calendar.region?.value);
  if (r) layers.push(r);
  return layers;
}

/** Which holidays, halts and make-up working days the span `start`..`end` crosses. */
export function crossings(plan: PlanModel, start: Day, end: Day, locale: Locale, env: CrossingsEnv = {}): Crossings {
  const layers = layersOf(plan, env, locale);
  const say = (d: Day) => {
    for (const l of layers) {
      const v = l(d, locale);
      if (v) return v;
    }
    return undefined;
  };
  const offName = (d: Day): string | undefined => {
    const v = say(d);
    return v && !v.work ? v.name : undefined;
  };
  const out: Crossings = { off: [], work: [] };
  const last = Math.min(end, start + MAX_SPAN);
  for (let d = start; d <= last; d++) {
    const v = say(d);
    if (v && !v.work) {
      const name = v.name;
      let from = d;
      while (from - 1 >= start - 31 && offName(from - 1) === name) from--;
      let to = d;
      while (to + 1 <= end + 31 && offName(to + 1) === name) to++;
      out.off.push(v.halt ? { name, from, to, halt: true } : { name, from, to });
      d = to;
      continue;
    }
    const wd = weekday(d);
    if ((wd === 0 || wd === 6) && v?.work) out.work.push(v.name ? { name: v.name, day: d } : { day: d });
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
    if (o.halt) parts.push(zh ? `跨叫停期（${when} 暂停实施）` : `crosses the halt (${when}, work paused)`);
    else parts.push(zh ? `跨${o.name}（${when} 放假）` : `crosses ${o.name} (${when} off)`);
  }
  for (const w of c.work) {
    const day = `${md(w.day)}（${WEEKDAY_ZH[weekday(w.day)]}）`;
    parts.push(zh ? `${day}调休上班` : `${md(w.day)} (${WEEKDAY_EN[weekday(w.day)]}) is a make-up working day`);
  }
  return zh ? parts.join('，') : parts.join('; ').replace(/^./, (ch) => ch.toUpperCase());
}
