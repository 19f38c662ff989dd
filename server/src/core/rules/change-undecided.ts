/**
 * change-undecided — seed 001 FAQ 1 (新需求超出项目范围: 反馈项目经理 … 尽快反馈销售和售前) and seed 003
 * (合同标书之外的需求 … 定价及排期; 日常变更 / 合同外需求): every change request gets a scope and a timely decision.
 *
 * Decisions:
 * - No scope: `scope` absent, empty or a placeholder. Reported at the change `id` value, else at the
 *   change's first key. A scope outside the enum is the schema rule's business, not this one's.
 * - Pending: `decision` absent, `pending`, empty or a placeholder (待定, TBD …). Waiting time =
 *   working days (plan calendar: weekends, holidays, 调休) after the change `date`, up to and
 *   including today; the date itself does not count. Fires when that is more than settings.changeDecisionDays (default 5), i.e. a
 *   change of Monday 2027-02-01 is fine through Monday 2027-02-08 and late on Tuesday 2027-02-09.
 * - A pending change without a valid `date` cannot be timed and is not reported for waiting.
 * - Reported at the `decision` value, else the change `id` value, else the change's first key.
 * - Both problems on one change give two diagnostics. data: { changeId, days } for the waiting
 *   one, { changeId, missing: 'scope' } for the scope one (changeId is null without an id).
 */
import { defineRule, say } from './api';
import { firstKeySpan, isBlank, planCalendar, planOf } from './_project-util';

type N = { change: string };
type P = N & { date: string; days: number; limit: number };

const messages = {
  noScope: {
    en: (a: N) =>
      `Change request ${a.change} has no scope. Classify it as in-contract, next-phase, out-of-contract or daily-change ` +
      `with the PM, and tell sales and presales.`,
    'zh-CN': (a: N) =>
      `变更请求 ${a.change} 没有填写范围。请与项目经理确认属于合同内、下一期、合同外还是日常变更，并尽快反馈销售和售前。`,
  },
  pending: {
    en: (a: P) =>
      `Change request ${a.change} of ${a.date} has been waiting for a decision for ${a.days} working days (limit ${a.limit}). ` +
      `Get it accepted, deferred or rejected and record the decision and approvedBy.`,
    'zh-CN': (a: P) =>
      `变更请求 ${a.change}（${a.date} 提出）已 ${a.days} 个工作日仍待审批（上限 ${a.limit} 个）。` +
      `请尽快与客户、销售确认接受、推迟或拒绝，并记录审批结论和审批人。`,
  },
};

export const rule = defineRule({
  id: 'change-undecided',
  defaultSeverity: 'warning',
  description: {
    en: 'A change request without scope or still pending after 5 working days.',
    'zh-CN': '变更请求没有范围，或超过 5 个工作日仍待审批。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const configured = ctx.settings.changeDecisionDays;
    const limit = typeof configured === 'number' && Number.isFinite(configured) ? configured : 5;
    let cal: ReturnType<typeof planCalendar> | undefined;

    plan.changes.items.forEach((c, i) => {
      const changeId = c.id?.value ?? null;
      const change = changeId ?? `#${i + 1}`;
      const idSpan = c.id?.span ?? firstKeySpan(ctx.file, c);

      if (isBlank(c.scope)) {
        ctx.report(idSpan, say(messages.noScope, { change }), { changeId, missing: 'scope' });
      }

      const pending = isBlank(c.decision) || c.decision!.value.trim() === 'pending';
      const date = c.date?.day;
      if (!pending || date === undefined || date >= ctx.today) return;
      cal ??= planCalendar(ctx.file, plan);
      const days = cal.workdaysBetween(date + 1, ctx.today);
      if (days <= limit) return;
      ctx.report(c.decision?.span ?? idSpan, say(messages.pending, { change, date: c.date!.value, days, limit }), { changeId, days });
    });
  },
});
