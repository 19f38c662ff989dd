/**
 * criterion-unmeasurable (seed 002: the engineer must be able to state the goal and the required
 * result; requirements must be testable).
 *
 * Decisions:
 * - A criterion needs both `metric` and `target`; either one missing, null, '' or a placeholder
 *   (…, TBD, 待定 …) makes it unmeasurable. A numeric target (`target: 3`) counts as written.
 * - Blank list entries (`- {}`) are skipped (success-criteria-missing covers an empty list).
 * - Reported at the criterion id value; without an id, at its description, else the whole entry.
 */
import { defineRule, say } from './api';
import { isBlank, itemLabel, showValue } from './_poc-playbook-util';

type A = { criterion: string; missing: ('metric' | 'target')[]; metric?: string; target?: string };

const messages = {
  both: {
    en: (a: A) =>
      `Success criterion ${a.criterion} has neither a metric nor a target, so nobody can tell whether it is met. Add metric (what is measured, e.g. search_p95_seconds) and target (the value to reach, e.g. "< 3").`,
    'zh-CN': (a: A) =>
      `成功标准 ${a.criterion} 缺少度量指标和目标值，无法判断是否达成。请补充度量指标（度量什么，如检索 P95 耗时）和目标值（要达到的值，如“< 3”）。`,
  },
  metric: {
    en: (a: A) =>
      `Success criterion ${a.criterion} has a target (${a.target}) but no metric, so it is unclear what is measured. Add metric naming the measured quantity (e.g. search_p95_seconds).`,
    'zh-CN': (a: A) =>
      `成功标准 ${a.criterion} 有目标值（${a.target}）但缺少度量指标，不清楚度量的是什么。请补充度量指标（如检索 P95 耗时）。`,
  },
  target: {
    en: (a: A) =>
      `Success criterion ${a.criterion} measures ${a.metric} but has no target, so it cannot be judged met or not met. Add target with the value to reach (e.g. "< 3").`,
    'zh-CN': (a: A) =>
      `成功标准 ${a.criterion} 度量 ${a.metric}，但缺少目标值，无法判断是否达成。请补充要达到的目标值（如“< 3”）。`,
  },
};

export const rule = defineRule({
  id: 'criterion-unmeasurable',
  defaultSeverity: 'warning',
  description: {
    en: 'A success criterion without a metric or a target.',
    'zh-CN': '成功标准缺少度量指标或目标值。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    m.successCriteria.items.forEach((c, i) => {
      if (isBlank(c.raw)) return;
      const missing: A['missing'] = [];
      if (isBlank(c.raw.metric)) missing.push('metric');
      // The model turns a numeric target into text; a raw 0 must count as written.
      if (isBlank(c.raw.target)) missing.push('target');
      if (!missing.length) return;
      const criterion = itemLabel(c.id?.value, c.description?.value, i);
      const args: A = { criterion, missing, metric: showValue(c.raw.metric), target: showValue(c.raw.target) };
      const msg = missing.length === 2 ? messages.both : missing[0] === 'metric' ? messages.metric : messages.target;
      ctx.report(c.id?.span ?? c.description?.span ?? c.span, say(msg, args), { criterionId: c.id?.value ?? null, missing });
    });
  },
});
