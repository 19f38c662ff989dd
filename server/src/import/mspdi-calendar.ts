/**
 * The project calendar of an MSPDI document as a plan's `calendar.holidays` and `workdays`.
 *
 * Decisions:
 * - The project's calendar is `<CalendarUID>` of `<Project>`; else the first base calendar; a
 *   calendar that is not a base calendar is read over its base (its own days first).
 * - Exceptions (`<Exceptions>`, MS Project 2007 and later; and the older `<WeekDay>` with
 *   DayType 0): non-working ones become holidays (a date, or `A..B` for a range); working ones
 *   become workdays for the Saturdays and Sundays they cover (a working weekday needs nothing).
 *   A recurring exception (a type other than daily) is read as its whole range, with a warning.
 * - Week days that differ from Monday–Friday working, Saturday and Sunday off: one warning (the
 *   plan's calendar is Monday–Friday; dates may differ).
 */
import { formatDate, parseDate, weekday } from '../core/dates';
import { note, type ImportNote } from '../core/import/types';
import { dateOf, listOf, nodeOf, numberOf, textOf, type XmlNode } from './mspdi-xml';

export interface ReadCalendar {
  holidays: string[];
  workdays: string[];
  notes: ImportNote[];
}

const where = (uid: string) => ({ en: `<Calendar> UID ${uid}`, zh: `唯一标识号为 ${uid} 的日历` });

/** The calendar the project's dates are computed in, and its bases. */
function chainOf(project: XmlNode): XmlNode[] {
  const calendars = listOf(nodeOf(project, 'Calendars'), 'Calendar');
  const byUid = new Map(calendars.map((c) => [textOf(c, 'UID').trim(), c]));
  const uid = textOf(project, 'CalendarUID').trim();
  let cal: XmlNode | undefined = (uid && byUid.get(uid)) || calendars.find((c) => textOf(c, 'IsBaseCalendar').trim() === '1') || calendars[0];
  const chain: XmlNode[] = [];
  while (cal && !chain.includes(cal) && chain.length < 8) {
    chain.push(cal);
    const base = textOf(cal, 'BaseCalendarUID').trim();
    cal = base && base !== '-1' ? byUid.get(base) : undefined;
  }
  return chain;
}

const range = (a: string, b: string) => (a === b ? a : `${a}..${b}`);

export function readCalendar(project: XmlNode): ReadCalendar {
  const out: ReadCalendar = { holidays: [], workdays: [], notes: [] };
  const chain = chainOf(project);
  if (!chain.length) return out;
  const uid = textOf(chain[0], 'UID').trim() || '?';
  const name = textOf(chain[0], 'Name').trim();
  // Week days: the calendar's own over its bases'.
  const working = new Map<number, boolean>();
  for (const cal of chain)
    for (const wd of listOf(nodeOf(cal, 'WeekDays'), 'WeekDay')) {
      const type = numberOf(wd, 'DayType');
      if (type !== undefined && type >= 1 && type <= 7 && !working.has(type)) working.set(type, numberOf(wd, 'DayWorking') === 1);
    }
  const differs = [...working].filter(([type, w]) => w !== (type >= 2 && type <= 6));
  if (differs.length) {
    const zhDays = ['', '周日', '周一', '周二', '周三', '周四', '周五', '周六'];
    const enDays = ['', 'Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const en = differs.map(([t, w]) => `${enDays[t]} ${w ? 'working' : 'off'}`).join(', ');
    const zh = differs.map(([t, w]) => `${zhDays[t]}${w ? '上班' : '休息'}`).join('、');
    out.notes.push(
      note(
        'warning',
        where(uid),
        `The project calendar${name ? ` "${name}"` : ''} has a working week other than Monday–Friday (${en}); the plan computes with Monday–Friday, so dates may differ.`,
        `项目日历${name ? `“${name}”` : ''}的工作周不是周一至周五（${zh}）；导入的计划按周一至周五计算，日期可能不同。`,
      ),
    );
  }
  // Exceptions: the calendar's own first; a day already decided by a nearer calendar is kept.
  const decided = new Set<string>();
  for (const cal of chain) {
    const calUid = textOf(cal, 'UID').trim() || '?';
    const exceptions = [
      ...listOf(nodeOf(cal, 'Exceptions'), 'Exception'),
      ...listOf(nodeOf(cal, 'WeekDays'), 'WeekDay').filter((wd) => numberOf(wd, 'DayType') === 0),
    ];
    for (const ex of exceptions) {
      const period = nodeOf(ex, 'TimePeriod');
      const from = dateOf(period, 'FromDate');
      const to = dateOf(period, 'ToDate') ?? from;
      const a = parseDate(from);
      const b = parseDate(to);
      if (a === undefined || b === undefined || b < a || b - a > 3660) continue;
      const type = numberOf(ex, 'Type');
      const occurrences = numberOf(ex, 'Occurrences') ?? 1;
      if (type !== undefined && type !== 1 && occurrences > 1) {
        const exName = textOf(ex, 'Name').trim();
        out.notes.push(
          note(
            'warning',
            where(calUid),
            `The recurring calendar exception${exName ? ` "${exName}"` : ''} (${from}..${to}) is read as every day of its range.`,
            `日历中重复出现的例外日期${exName ? `“${exName}”` : ''}（${from}..${to}）按整个区间的每一天读取。`,
          ),
        );
      }
      const dayWorking = numberOf(ex, 'DayWorking') === 1;
      const days: number[] = [];
      for (let d = a; d <= b; d++) if (!decided.has(formatDate(d))) days.push(d);
      for (const d of days) decided.add(formatDate(d));
      if (dayWorking) {
        for (const d of days) if (weekday(d) === 0 || weekday(d) === 6) out.workdays.push(formatDate(d));
      } else {
        // Consecutive days as one range.
        for (let i = 0; i < days.length; ) {
          let j = i;
          while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
          out.holidays.push(range(formatDate(days[i]), formatDate(days[j])));
          i = j + 1;
        }
      }
    }
  }
  out.holidays.sort();
  out.workdays.sort();
  return out;
}
