/**
 * halt-without-resume-plan — seed 001 FAQ 4 客户方原因叫停实施: 反馈通知到相关人员，提前沟通确认好下一次实施时间计划，
 * 以便我们在叫停期间其他项目的实施计划.
 *
 * Decisions:
 * - Fires for every halt whose `resumePlan` is absent, empty, not text, or a placeholder (TBD, 待定,
 *   无 …). A `to` date alone is not a plan (it says when the halt ended, not what was agreed),
 *   and a halt that is already over still fires: the record should say how implementation resumed.
 * - Reported at the halt's `from` value, else at the halt's first key (the `resumePlan` key when it
 *   is the first one written). data: { from, to } (null when absent).
 */
import { defineRule, say } from './api';
import { firstKeySpan, isBlank, planOf } from './_project-util';

type A = { from?: string; to?: string; n: number; reason?: string };

const enName = (a: A) => (a.from ? `from ${a.from}${a.to ? ` to ${a.to}` : ''}` : `#${a.n}`);
const zhName = (a: A) => (a.from ? `自 ${a.from} 起${a.to ? `至 ${a.to} ` : ''}的叫停` : `第 ${a.n} 条叫停记录`);

const messages = {
  missing: {
    en: (a: A) =>
      `The halt ${enName(a)}${a.reason ? ` (${a.reason})` : ''} has no resume plan. ` +
      `Agree the next implementation date with the customer in advance and record it in resumePlan, so the team can plan other projects meanwhile.`,
    'zh-CN': (a: A) =>
      `${zhName(a)}${a.reason ? `（${a.reason}）` : ''}没有恢复计划。` +
      `请提前与客户沟通确认下一次实施时间，填写为恢复计划，以便安排叫停期间其他项目的实施计划。`,
  },
};

export const rule = defineRule({
  id: 'halt-without-resume-plan',
  defaultSeverity: 'warning',
  description: {
    en: 'A halt with no resume plan.',
    'zh-CN': '叫停实施但没有恢复计划。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    plan.halts.items.forEach((h, i) => {
      if (!isBlank(h.resumePlan)) return;
      const from = h.from?.value;
      const to = h.to?.value;
      const reason = h.reason && !isBlank(h.reason) ? h.reason.value.trim() : undefined;
      ctx.report(h.from?.span ?? firstKeySpan(ctx.file, h), say(messages.missing, { from, to, n: i + 1, reason }), {
        from: from ?? null,
        to: to ?? null,
      });
    });
  },
});
