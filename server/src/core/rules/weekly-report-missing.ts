/**
 * weekly-report-missing — seed 001: 发送项目周报（邮件）…并于 Worktile 记录每周周报及项目工时.
 *
 * Decisions:
 * - Weeks checked: from the ISO week of `start` to the last week whose Sunday is before today, and
 *   never after the ISO week of `end` (no `end` = still running). No valid `start`, or an `end`
 *   before `start` (date-order reports it), = nothing checked. At most 520 weeks are examined.
 * - A week needs a report only when at least one of its working days (plan calendar: weekends,
 *   holidays, 调休) lies inside the project window [start, end] and outside every halt. So a week
 *   entirely inside a halt needs none, a halt Monday–Friday also covers its week, a project that
 *   starts on a Saturday needs no report for that week, and a week of nothing but holidays
 *   (e.g. 春节) needs none.
 * - A halt without `to` is still going on: it covers every day from `from`. A halt without a
 *   valid `from`, or whose `to` is before its `from`, is ignored (date-order reports it).
 * - A `weeklyReports` entry counts for the week written in `week` (`2027-W02`; lower-case `w` is
 *   accepted). Entries without a valid week count for nothing (the schema rule reports them); `sent`
 *   is not used to guess a week.
 * - One diagnostic per missing week, all at the `weeklyReports` key, else at the project id value.
 * - An entry counts only when it was `sent` within settings.weeklyReportGraceDays (default 2)
 *   working days after its week's Sunday (sent earlier, even before the week ends, is fine) and
 *   has hours (more than 0 in total; per person or per task). A week is judged once its grace has
 *   passed (the deadline, the N-th working day after its Sunday, is before today), so a report may
 *   still be sent on the Monday. Of several entries for one week, the best one is judged.
 * - An entry that does not count is reported at the entry (its `sent` value, else its `week`
 *   value): `notSent` (no valid `sent`), `late` (sent after the deadline), `noHours`. The kind is in
 *   data.problem (notSent | late | noHours; absent for a missing week); data.week is the week.
 */
import { defineRule, say } from './api';
import { formatDate, formatIsoWeek, isoWeekOf, parseIsoWeek, weekday, type Day } from '../dates';
import { planCalendar, planOf, projectAnchor, projectName } from './_project-util';
import type { WeeklyReport } from '../model';

type A = { project: string; week: string; monday: string; sunday: string; sent: string; deadline: string; grace: number };

/** `2027-W03` → `2027 年第 3 周`. */
const zhWeek = (w: string): string => w.replace(/^(\d{4})-W(\d{2})$/, (_, y: string, n: string) => `${y} 年第 ${Number(n)} 周`);

const messages = {
  missing: {
    en: (a: A) =>
      `No weekly report for ${a.week} (${a.monday} – ${a.sunday}) of project ${a.project}. ` +
      `Send the weekly report (周报) by email and record it under weeklyReports as "week: ${a.week}" with the sent date and hours.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”缺少 ${zhWeek(a.week)}（${a.monday} 至 ${a.sunday}）的周报。` +
      `请发送周报邮件，并在周报记录中补记这一周（${a.week}），含发送日期与工时。`,
  },
  notSent: {
    en: (a: A) =>
      `The weekly report for ${a.week} (${a.monday} – ${a.sunday}) of project ${a.project} has no sent date, so it does not count. ` +
      `Send it by email and record the date it was sent.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”${zhWeek(a.week)}（${a.monday} 至 ${a.sunday}）的周报没有发送日期，不计为已发送。请发送周报邮件并记录发送日期。`,
  },
  late: {
    en: (a: A) =>
      `The weekly report for ${a.week} of project ${a.project} was sent on ${a.sent}, after ${a.deadline} (${a.grace} working days after the week ended), so it does not count as on time. ` +
      `Send each weekly report within ${a.grace} working ${a.grace === 1 ? 'day' : 'days'} after its week ends.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”${zhWeek(a.week)}的周报于 ${a.sent} 发送，晚于 ${a.deadline}（当周结束后 ${a.grace} 个工作日），不计为按时发送。请在每周结束后 ${a.grace} 个工作日内发送周报。`,
  },
  noHours: {
    en: (a: A) =>
      `The weekly report for ${a.week} of project ${a.project} records no hours, so it does not count. ` +
      `Record the hours of the week per team member (or per task) in it.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”${zhWeek(a.week)}的周报没有记录工时，不计为有效周报。请按团队成员（或按任务）补记本周工时。`,
  },
};

type Problem = 'notSent' | 'late' | 'noHours';

/** Why an entry does not count (undefined: it counts). */
function problemOf(r: WeeklyReport, deadline: Day): Problem | undefined {
  const sent = r.sent?.day;
  if (sent === undefined) return 'notSent';
  if (sent > deadline) return 'late';
  let total = 0;
  for (const h of r.hours.byPerson.values()) total += h;
  return total > 0 ? undefined : 'noHours';
}

const ORDER: Record<Problem, number> = { noHours: 1, late: 2, notSent: 3 };

/** At most this many weeks are examined (ten years), whatever the dates say. */
const MAX_WEEKS = 520;

export const rule = defineRule({
  id: 'weekly-report-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A past week of the project with no weekly report.',
    'zh-CN': '项目已过去的某周没有周报。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const start = plan.start?.day;
    if (start === undefined) return;
    const end = plan.end?.day;
    if (end !== undefined && end < start) return; // date-order's business; no sensible window

    const cal = planCalendar(ctx.file, plan);
    const halts: [Day, Day][] = [];
    for (const h of plan.halts.items) {
      const from = h.from?.day;
      if (from === undefined) continue;
      const to = h.to?.day ?? Infinity;
      if (to < from) continue;
      halts.push([from, to]);
    }
    const halted = (d: Day) => halts.some(([a, b]) => d >= a && d <= b);

    const reported = new Map<Day, WeeklyReport[]>();
    for (const r of plan.weeklyReports.items) {
      const monday = r.monday ?? (r.week ? parseIsoWeek(r.week.value.toUpperCase()) : undefined);
      if (monday !== undefined) reported.set(monday, [...(reported.get(monday) ?? []), r]);
    }
    const grace = ctx.settings.weeklyReportGraceDays;

    const mondayOf = (d: Day) => d - ((weekday(d) + 6) % 7);
    const first = mondayOf(start);
    const lastByEnd = end !== undefined ? mondayOf(end) : Infinity;
    const span = plan.weeklyReports.keySpan ?? projectAnchor(ctx.file, plan);
    const project = projectName(ctx.file, plan);

    for (let i = 0, monday = first; i < MAX_WEEKS; i++, monday += 7) {
      const sunday = monday + 6;
      if (sunday >= ctx.today || monday > lastByEnd) break;
      let deadline = sunday;
      for (let n = 0; n < grace; n++) deadline = cal.nextWorkday(deadline);
      if (deadline >= ctx.today) break;
      const entries = reported.get(monday) ?? [];
      const problems = entries.map((r) => ({ r, p: problemOf(r, deadline) }));
      if (problems.some((x) => x.p === undefined)) continue;
      let needsReport = false;
      for (let d = Math.max(monday, start); d <= Math.min(sunday, end ?? sunday); d++) {
        if (cal.isWorkday(d) && !halted(d)) {
          needsReport = true;
          break;
        }
      }
      if (!needsReport) continue;
      const week = formatIsoWeek(isoWeekOf(monday));
      const args: A = { project, week, monday: formatDate(monday), sunday: formatDate(sunday), sent: '', deadline: formatDate(deadline), grace };
      if (!problems.length) {
        ctx.report(span, say(messages.missing, args), { week });
        continue;
      }
      const best = problems.reduce((a, b) => (ORDER[b.p!] < ORDER[a.p!] ? b : a));
      const at = best.r.sent?.span ?? best.r.week?.span ?? best.r.span;
      ctx.report(at, say(messages[best.p!], { ...args, sent: best.r.sent?.value.trim() ?? '' }), { week, problem: best.p });
    }
  },
});
