/**
 * satisfaction-overdue — seed 001: 需要客户定期填写满意度调查（1个月一次）.
 *
 * Decisions:
 * - Only while the project runs: a valid `start` on or before today, and today on or before `end`
 *   (no `end` = still running). No valid `start` = not checked.
 * - The reference date is the latest `satisfaction` date on or before today; entries dated after
 *   today are planned surveys, not answered ones, and are ignored. Without any, the reference is the
 *   project start.
 * - Fires when today − reference > settings.satisfactionIntervalDays (default 31) calendar days.
 * - Reported at the `satisfaction` key, else at the project id value.
 * - data: { last, days } where `last` is the latest survey date (YYYY-MM-DD) or null when there is
 *   none, and `days` the calendar days since the reference date.
 * - After 结项 (issue 18): once a valid `departure` is on or before today, the monthly check stops
 *   and one survey dated on or after the departure is expected instead (once): fires when there is
 *   none (on or before today) and more than satisfactionIntervalDays calendar days have passed since
 *   the departure, whatever `end` says. Reported at the `satisfaction` key, else at `departure`.
 *   data: { last, days, after: 'departure' }.
 */
import { defineRule, say } from './api';
import { formatDate, type Day } from '../dates';
import { planOf, projectAnchor, projectName } from './_project-util';

type A = { project: string; last: string; days: number; limit: number; today: string };

const messages = {
  sinceLast: {
    en: (a: A) =>
      `The last satisfaction survey of project ${a.project} was on ${a.last}, ${a.days} days ago (more than ${a.limit}). ` +
      `Ask the customer to fill in this month's satisfaction survey and record it under satisfaction with date and score.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”上次满意度调查在 ${a.last}，距今已 ${a.days} 天（超过 ${a.limit} 天）。` +
      `请安排客户填写本月满意度调查，并记录调查日期与评分。`,
  },
  never: {
    en: (a: A) =>
      `Project ${a.project} started on ${a.last}, ${a.days} days ago (more than ${a.limit}), and has no satisfaction survey yet. ` +
      `Ask the customer to fill in the monthly satisfaction survey and record it under satisfaction with date and score.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”自 ${a.last} 启动已 ${a.days} 天（超过 ${a.limit} 天），尚无满意度调查。` +
      `请安排客户填写每月一次的满意度调查，并记录调查日期与评分。`,
  },
  afterDeparture: {
    en: (a: A) =>
      `Project ${a.project} left the site on ${a.last}, ${a.days} days ago (more than ${a.limit}), and has no satisfaction survey since. ` +
      `Ask the customer for the closing satisfaction survey and record it under satisfaction with date and score.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”已于 ${a.last} 离场（结项），距今 ${a.days} 天（超过 ${a.limit} 天），此后尚无满意度调查。` +
      `请安排客户填写结项满意度调查，并记录调查日期与评分。`,
  },
};

export const rule = defineRule({
  id: 'satisfaction-overdue',
  defaultSeverity: 'info',
  description: {
    en: 'More than a month since the last satisfaction survey.',
    'zh-CN': '距上次满意度调查已超过一个月。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const configured = ctx.settings.satisfactionIntervalDays;
    const limit = typeof configured === 'number' && Number.isFinite(configured) ? configured : 31;
    const departure = plan.departure?.day;
    if (departure !== undefined && departure <= ctx.today) {
      const answered = plan.satisfaction.items.some((s) => s.date?.day !== undefined && s.date.day >= departure && s.date.day <= ctx.today);
      const days = ctx.today - departure;
      if (answered || !(days > limit)) return;
      const args = { project: projectName(ctx.file, plan), last: formatDate(departure), days, limit, today: formatDate(ctx.today) };
      ctx.report(plan.satisfaction.keySpan ?? plan.departure!.span, say(messages.afterDeparture, args), { last: args.last, days, after: 'departure' });
      return;
    }
    const start = plan.start?.day;
    if (start === undefined || start > ctx.today) return;
    const end = plan.end?.day;
    if (end !== undefined && ctx.today > end) return;

    let last: Day | undefined;
    for (const s of plan.satisfaction.items) {
      const d = s.date?.day;
      if (d !== undefined && d <= ctx.today && (last === undefined || d > last)) last = d;
    }
    const since = last ?? start;
    const days = ctx.today - since;
    if (!(days > limit)) return;

    const span = plan.satisfaction.keySpan ?? projectAnchor(ctx.file, plan);
    const args = { project: projectName(ctx.file, plan), last: formatDate(since), days, limit, today: formatDate(ctx.today) };
    ctx.report(span, say(last === undefined ? messages.never : messages.sinceLast, args), {
      last: last === undefined ? null : formatDate(last),
      days,
    });
  },
});
