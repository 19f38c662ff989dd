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
 * - Checked whatever the POC's dates or stage: an unqualified POC stays a risk until confirmed —
 *   until the review has an outcome: `review.decision` won or lost ends the check (nothing is left
 *   to qualify once the customer has decided).
 * - China-fit (issue 18): a buyer who purchases through a formal procedure cannot promise to buy
 *   before it (banks, state-owned enterprises and government go through 招投标). When
 *   `qualification.procurement` is public-tender, invited-tender, competitive-negotiation,
 *   single-source or inquiry — the methods of the government procurement law (art. 26), in each of
 *   which the award follows the procedure, single-source included (it needs approval and a public
 *   notice) — the rule asks for budgetApproved (预算已落实) and projectApproved (已立项) instead of
 *   purchaseCommitment, besides financiallyVetted; purchaseCommitment is then not looked at. Only
 *   `direct` (or no procurement written) keeps the purchase promise. The messages name the method.
 *   `tenderDate` is informational and not required.
 */
import { defineRule, say } from './api';
import { label } from '../labels';
import { isObject, keySpanOf, planAnchor, planLabel, showValue, valueSpanOf } from './_poc-playbook-util';

type Field = 'financiallyVetted' | 'purchaseCommitment' | 'budgetApproved' | 'projectApproved';
const FIELDS: Field[] = ['financiallyVetted', 'purchaseCommitment'];
/** What a formal procurement asks for instead of a purchase promise. */
const FORMAL_FIELDS: Field[] = ['financiallyVetted', 'budgetApproved', 'projectApproved'];
/** Procurement methods under which the customer cannot promise to buy beforehand. */
export const FORMAL_PROCUREMENT: ReadonlySet<string> = new Set(['public-tender', 'invited-tender', 'competitive-negotiation', 'single-source', 'inquiry']);

const NAMES: Record<Field, { en: string; zh: string }> = {
  financiallyVetted: { en: 'financial vetting of the customer', zh: '客户财务审查' },
  purchaseCommitment: { en: 'the customer’s purchase commitment', zh: '客户采购承诺' },
  budgetApproved: { en: 'budget approval', zh: '预算落实情况' },
  projectApproved: { en: 'project approval', zh: '项目立项情况' },
};

const ACTION = {
  financiallyVetted: {
    en: 'Ask sales whether the customer has been financially vetted before spending engineer time, then set financiallyVetted: true.',
    zh: '投入工程师时间之前，请向销售确认客户已通过财务审查，然后标记为已通过财务审查。',
  },
  purchaseCommitment: {
    en:
      'Confirm with sales that the customer commits to purchase if the success criteria are met, then set purchaseCommitment: true ' +
      '(if the customer buys through a tender or another formal procurement, record procurement instead).',
    zh: '请与销售确认客户承诺：按成功标准交付即采购，然后标记为已承诺采购（若客户须走招投标等采购程序，请改为记录采购方式）。',
  },
  budgetApproved: {
    en: 'Ask sales whether the budget for this purchase has been approved, then set budgetApproved: true.',
    zh: '请向销售确认本次采购的预算已落实，然后标记为预算已落实。',
  },
  projectApproved: {
    en: 'Confirm with sales that the customer has formally approved the project (the step before the procurement), then set projectApproved: true.',
    zh: '请与销售确认客户已完成立项，然后标记为已立项。',
  },
};

/** Why a purchase promise is not asked for (formal procurement), in both languages; empty otherwise. */
function formalNote(method: string | undefined): { en: string; zh: string } {
  if (!method) return { en: '', zh: '' };
  return {
    en: ` The customer buys by ${label('en', 'procurement', method)}, so no purchase promise can be given before it: confirm the budget and the project approval instead.`,
    zh: `客户采用${label('zh-CN', 'procurement', method)}方式采购，无法事先承诺采购，请改为确认预算落实和立项情况。`,
  };
}

type One = { poc: string; field: Field; shown: string };
type Absent = { poc: string; fields: Field[]; method?: string };

const messages = {
  notTrue: {
    en: (a: One) => `POC ${a.poc}: ${NAMES[a.field].en} is not confirmed (${a.field}: ${a.shown || 'empty'}). ${ACTION[a.field].en}`,
    'zh-CN': (a: One) => `“${a.poc}”：${NAMES[a.field].zh}未确认（当前为“${a.shown || '空'}”）。${ACTION[a.field].zh}`,
  },
  absent: {
    en: (a: Absent) =>
      `POC ${a.poc} is not qualified: ${a.fields.map((f) => `${NAMES[f].en} (${f})`).join(' and ')} ${a.fields.length > 1 ? 'are' : 'is'} not recorded under qualification.` +
      `${formalNote(a.method).en} ` +
      a.fields.map((f) => ACTION[f].en).join(' '),
    'zh-CN': (a: Absent) =>
      `“${a.poc}”未完成资格确认：未记录${a.fields.map((f) => NAMES[f].zh).join('和')}。` +
      formalNote(a.method).zh +
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
    const decision = m.review?.decision?.value.trim();
    if (decision === 'won' || decision === 'lost') return;
    const poc = planLabel(m, ctx.file);
    const q = isObject(m.raw.qualification) ? m.raw.qualification : undefined;
    const method = typeof q?.procurement === 'string' && FORMAL_PROCUREMENT.has(q.procurement.trim()) ? q.procurement.trim() : undefined;
    const absent: Field[] = [];
    for (const field of method ? FORMAL_FIELDS : FIELDS) {
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
      ctx.report(key ?? planAnchor(m), say(messages.absent, { poc, fields: absent, method }), {
        missing: absent,
        ...(method ? { procurement: method } : {}),
        pocId: m.id?.value ?? null,
        qualificationWritten: !!key,
      });
    }
  },
});
