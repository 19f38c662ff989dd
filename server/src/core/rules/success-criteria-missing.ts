/**
 * success-criteria-missing (seed 002: agree clear 成功标准 with the customer and sales before the POC).
 *
 * Decisions:
 * - Fires when `successCriteria` is absent, null, an empty list, or holds only blank entries
 *   (e.g. `- {}` or `TBD`). A non-empty list of the wrong shape (e.g. plain strings) is left to
 *   `schema`: the author did write criteria, so "missing" would be wrong.
 * - Reported at the `successCriteria` key when written, else at the POC `id` value, else at the
 *   start of the file (zero-width).
 */
import { defineRule, say } from './api';
import { isBlank, keySpanOf, planAnchor, planLabel } from './_poc-playbook-util';

const messages = {
  empty: {
    en: (a: { poc: string }) =>
      `POC ${a.poc} lists no success criteria. Agree measurable criteria (what is measured and the target to reach) with the customer and sales before the POC starts, and write them under successCriteria.`,
    'zh-CN': (a: { poc: string }) =>
      `“${a.poc}”的成功标准为空。请在 POC 开始前与客户和销售共同确定可衡量的成功标准（度量指标和目标值），并写入成功标准。`,
  },
  missing: {
    en: (a: { poc: string }) =>
      `POC ${a.poc} has no success criteria. Agree measurable criteria (what is measured and the target to reach) with the customer and sales before the POC starts, and add a successCriteria list.`,
    'zh-CN': (a: { poc: string }) =>
      `“${a.poc}”没有成功标准。请在 POC 开始前与客户和销售共同确定可衡量的成功标准（度量指标和目标值），并写入成功标准。`,
  },
};

export const rule = defineRule({
  id: 'success-criteria-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A POC without success criteria.',
    'zh-CN': 'POC 没有成功标准。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    if (!isBlank(m.raw.successCriteria)) return;
    const key = keySpanOf(ctx.file, m.raw, 'successCriteria');
    const poc = planLabel(m, ctx.file);
    ctx.report(key ?? planAnchor(m), say(key ? messages.empty : messages.missing, { poc }), {
      pocId: m.id?.value ?? null,
      keyWritten: !!key,
    });
  },
});
