/**
 * review-pending (seed 000 §12 等待客户评审与反馈: 跟踪客户反馈和意见 — follow the customer's feedback
 * closely and answer their questions while the review is pending).
 *
 * Decisions:
 * - The demo date is `demo.date`; without a valid one the POC `end`; without either the POC is not
 *   timed and not reported.
 * - Pending: `review.decision` absent, empty or `pending` (won / lost are an outcome). A POC at stage
 *   close or follow-up has its purchase order signed: the review is over even if the decision was
 *   never written, and it is not reported.
 * - Waiting time = working days (the POC's calendar) after the demo date, up to and including
 *   today; fires when that is more than settings.reviewPendingDays (default 10).
 * - The message names the last feedback date (the latest valid `review.feedback[].date`) or says
 *   that none was recorded; recent feedback does not silence it: the decision is still missing.
 * - At the `review.decision` value, else the `review` key, else the demo date (or `end`) value.
 *   data: { days, limit, since, from: 'demo' | 'end', lastFeedback: date | null }.
 */
import { defineRule, say } from './api';
import { planCalendar, planOf } from './_project-util';
import { planLabel } from './_poc-playbook-util';
import { formatDate } from '../dates';

type A = { poc: string; since: string; from: 'demo' | 'end'; days: number; limit: number; last?: string };

const messages = {
  pending: {
    en: (a: A) =>
      `POC ${a.poc} has had no review decision for ${a.days} working days since ${a.from === 'demo' ? 'its demo' : 'it ended'} on ${a.since} (limit ${a.limit}); ` +
      `${a.last ? `the last customer feedback was recorded on ${a.last}` : 'no customer feedback has been recorded'}. ` +
      `Follow up with the customer: answer their open questions, ask for the review outcome, and record it under review (decision, date, feedback).`,
    'zh-CN': (a: A) =>
      `“${a.poc}”${a.from === 'demo' ? '演示' : '结束'}（${a.since}）后已 ${a.days} 个工作日仍无评审结论（上限 ${a.limit} 个）；` +
      `${a.last ? `最近一次客户反馈为 ${a.last}` : '尚未记录任何客户反馈'}。` +
      `请密切跟踪客户的反馈和意见，及时回复客户提出的问题，争取评审结论，并记录评审结论、日期和客户反馈。`,
  },
};

const SIGNED: ReadonlySet<string> = new Set(['close', 'follow-up']);

export const rule = defineRule({
  id: 'review-pending',
  defaultSeverity: 'warning',
  description: {
    en: 'A POC whose review decision is still pending 10 working days after its demo.',
    'zh-CN': 'POC 演示后超过 10 个工作日仍无评审结论。',
  },
  kinds: ['poc'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan || plan.kind !== 'poc') return;
    const decision = plan.review?.decision?.value.trim();
    if (decision && decision !== 'pending') return;
    if (SIGNED.has(plan.stage?.value.trim() ?? '')) return;
    const demo = plan.demo?.date?.day !== undefined ? plan.demo.date : undefined;
    const at = demo ?? (plan.end?.day !== undefined ? plan.end : undefined);
    if (!at || at.day === undefined || at.day >= ctx.today) return;
    const configured = ctx.settings.reviewPendingDays;
    const limit = typeof configured === 'number' && Number.isFinite(configured) ? configured : 10;
    const days = planCalendar(ctx.file, plan).workdaysBetween(at.day + 1, ctx.today);
    if (days <= limit) return;
    const dates = (plan.review?.feedback.items ?? []).map((f) => f.date?.day).filter((d): d is number => d !== undefined);
    const last = dates.length ? formatDate(Math.max(...dates)) : undefined;
    const from = demo ? 'demo' : 'end';
    const span = plan.review?.decision?.span ?? plan.review?.keySpan ?? at.span;
    ctx.report(span, say(messages.pending, { poc: planLabel(plan, ctx.file), since: at.value, from, days, limit, last }), {
      days,
      limit,
      since: at.value,
      from,
      lastFeedback: last ?? null,
    });
  },
});
