/**
 * unqualified (seed 002: before a POC, confirm with sales that the customer is financially vetted,
 * and that the customer commits to purchase if the success criteria are met).
 *
 * Decisions:
 * - Only `true` confirms. A field written with any other value (false, empty, "yes") gets its own
 *   diagnostic at that value, with data { missing: [field] }.
 * - Fields that are not written at all (or a missing/empty/non-mapping `qualification`) are
 *   grouped into ONE diagnostic at the `qualification` key, else the POC id value, else the start
 *   of the file, with data { missing: [...all absent fields] } — two diagnostics on the same span
 *   would only be noise.
 * - Checked whatever the POC's dates or stage: an unqualified POC stays a risk until confirmed.
 */
import { defineRule, say } from './api';
import { isObject, keySpanOf, planAnchor, planLabel, showValue, valueSpanOf } from './_poc-playbook-util';

type Field = 'financiallyVetted' | 'purchaseCommitment';
const FIELDS: Field[] = ['financiallyVetted', 'purchaseCommitment'];

const NAMES: Record<Field, { en: string; zh: string }> = {
  financiallyVetted: { en: 'financial vetting of the customer', zh: '客户财务审查' },
  purchaseCommitment: { en: 'the customer’s purchase commitment', zh: '客户采购承诺' },
};

const ACTION = {
  financiallyVetted: {
    en: 'Ask sales whether the customer has been financially vetted before spending engineer time, then set financiallyVetted: true.',
    zh: '投入工程师时间之前，请向销售确认客户已通过财务审查，然后标记为已通过财务审查。',
  },
  purchaseCommitment: {
    en: 'Confirm with sales that the customer commits to purchase if the success criteria are met, then set purchaseCommitment: true.',
    zh: '请与销售确认客户承诺：按成功标准交付即采购，然后标记为已承诺采购。',
  },
};

type One = { poc: string; field: Field; shown: string };
type Absent = { poc: string; fields: Field[] };

const messages = {
  notTrue: {
    en: (a: One) => `POC ${a.poc}: ${NAMES[a.field].en} is not confirmed (${a.field}: ${a.shown || 'empty'}). ${ACTION[a.field].en}`,
    'zh-CN': (a: One) => `“${a.poc}”：${NAMES[a.field].zh}未确认（当前为“${a.shown || '空'}”）。${ACTION[a.field].zh}`,
  },
  absent: {
    en: (a: Absent) =>
      `POC ${a.poc} is not qualified: ${a.fields.map((f) => `${NAMES[f].en} (${f})`).join(' and ')} ${a.fields.length > 1 ? 'are' : 'is'} not recorded under qualification. ` +
      a.fields.map((f) => ACTION[f].en).join(' '),
    'zh-CN': (a: Absent) =>
      `“${a.poc}”未完成资格确认：未记录${a.fields.map((f) => NAMES[f].zh).join('和')}。` +
      a.fields.map((f) => ACTION[f].zh).join(''),
  },
};

export const rule = defineRule({
  id: 'unqualified',
  defaultSeverity: 'warning',
  description: {
    en: 'Financial vetting or purchase commitment not confirmed.',
    'zh-CN': '未确认客户财务审查或采购承诺。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    const poc = planLabel(m, ctx.file);
    const q = isObject(m.raw.qualification) ? m.raw.qualification : undefined;
    const absent: Field[] = [];
    for (const field of FIELDS) {
      if (!q || !(field in q)) {
        absent.push(field);
        continue;
      }
      if (q[field] === true) continue;
      const span = valueSpanOf(ctx.file, q, field) ?? planAnchor(m);
      ctx.report(span, say(messages.notTrue, { poc, field, shown: showValue(q[field]) }), { missing: [field], pocId: m.id?.value ?? null });
    }
    if (absent.length) {
      const key = keySpanOf(ctx.file, m.raw, 'qualification');
      ctx.report(key ?? planAnchor(m), say(messages.absent, { poc, fields: absent }), {
        missing: absent,
        pocId: m.id?.value ?? null,
        qualificationWritten: !!key,
      });
    }
  },
});
