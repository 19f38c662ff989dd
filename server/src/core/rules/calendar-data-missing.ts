/**
 * calendar-data-missing (DOMAIN.md "Calendars, actuals, baselines and load"): a plan with a built-in
 * region runs into a year for which the product has no holiday data of that region, so its dates
 * in that year count weekends only.
 *
 * Decisions:
 * - The plan's span is its `start`/`end` and the computed dates of its tasks (tasks that cannot be
 *   scheduled are left out); every calendar year it touches is looked up.
 * - A year for which the plan lists holidays or workdays of its own counts as covered: that is what
 *   the message asks for, and the plan then knows that year's days off.
 * - One finding per plan, at the `region` value, naming every missing year; an unknown region is a
 *   schema error, not this rule's. A shared calendar of `calendar.use` with a region counts too: the
 *   finding is then at that `use` item (the days the calendar file lists count as covered).
 * - info: the schedule is still computed (weekends only for those years), nothing is wrong yet.
 */
import { defineRule, say } from './api';
import { regionCalendar } from '../region-calendar';
import type { Day } from '../dates';
import { calendarsById, usedCalendars } from '../schedule-env';
import type { Span } from '../text';

type Missing = { region: string; years: number[]; last: number };

const REGION_NAMES: Record<string, { en: string; zh: string }> = { CN: { en: 'China', zh: '中国' } };

const messages = {
  missing: {
    en: (a: Missing) =>
      `The plan runs into ${a.years.join(', ')}, for which POC Studio has no ${REGION_NAMES[a.region]?.en ?? a.region} holiday data yet (it has data up to ${a.last}): those days count weekends only. Add that year's holidays and make-up working days under calendar (holidays, workdays), or update POC Studio once the year's arrangement is published.`,
    'zh-CN': (a: Missing) =>
      `计划跨入 ${a.years.join('、')} 年，尚无该年的${REGION_NAMES[a.region]?.zh ?? a.region}节假日数据（现有数据截至 ${a.last} 年），这些日期只按周末计算。请在工作日历中自行填写该年的节假日和调休上班日，或在国务院公布放假安排后更新 POC Studio。`,
  },
};

/** The calendar year of a day (one Date operation: this runs over every task on each check). */
const yearOf = (d: Day) => new Date(d * 86_400_000).getUTCFullYear();

export const rule = defineRule({
  id: 'calendar-data-missing',
  defaultSeverity: 'info',
  description: {
    en: 'A plan with a built-in region calendar runs into a year with no holiday data.',
    'zh-CN': '使用内置地区日历的计划跨入了尚无节假日数据的年份。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' && m.kind !== 'project') return;
    if (!m.calendar.region && !m.calendar.use.items.length) return;
    // The years the plan touches: every task lies between the earliest start and the latest end.
    const years = new Set<number>();
    for (const d of [m.start?.day, m.end?.day]) if (d !== undefined) years.add(yearOf(d));
    let lo = Infinity;
    let hi = -Infinity;
    for (let i_ = 0, a_ = ctx.file.schedule?.tasks ?? []; i_ < a_.length; i_++) {
      const t = a_[i_];
      if (t.unscheduled || t.start === undefined || t.end === undefined) continue;
      if (t.start < lo) lo = t.start;
      if (t.end > hi) hi = t.end;
    }
    if (lo <= hi) for (let y = yearOf(lo); y <= yearOf(hi) && y - yearOf(lo) < 50; y++) years.add(y);
    const coveredBy = (ranges: [Day, Day][], own: Set<number>) => {
      for (const [a, b] of ranges) for (let y = yearOf(a); y <= yearOf(b) && y - yearOf(a) < 50; y++) own.add(y);
    };
    const own = new Set<number>();
    coveredBy([...m.calendar.holidays, ...m.calendar.workdays], own);
    const report = (code: string | undefined, at: Span, extra: Set<number>) => {
      const cal = regionCalendar(code);
      if (!cal) return;
      const missing = [...years].filter((y) => (y < cal.firstYear || y > cal.lastYear) && !own.has(y) && !extra.has(y)).sort((a, b) => a - b);
      if (missing.length) ctx.report(at, say(messages.missing, { region: cal.region, years: missing, last: cal.lastYear }), { region: cal.region, years: missing });
    };
    if (m.calendar.region) report(m.calendar.region.value, m.calendar.region.span, new Set());
    const shared = m.calendar.use.items.length ? usedCalendars(m, { calendars: calendarsById(ctx.index.files) }) : [];
    for (const item of m.calendar.use.items) {
      const c = shared.find((x) => x.id?.value === item.value);
      if (!c?.calendar.region) continue;
      const theirs = new Set<number>();
      coveredBy([...c.calendar.holidays, ...c.calendar.workdays], theirs);
      report(c.calendar.region.value, item.span, theirs);
    }
  },
});
