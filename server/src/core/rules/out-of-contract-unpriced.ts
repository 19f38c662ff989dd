/**
 * out-of-contract-unpriced — seed 003: 合同标书之外的需求 … 由产品经理和销售部门一起对这部分需求进行定价及排期;
 * 若定义为合同外需求，则需要额外签署合同. seed 001 FAQ 1: new needs beyond the project scope go to sales.
 *
 * Decisions:
 * - Project files: a change with `scope: out-of-contract` and `decision: accepted` and no price.
 *   Pending, deferred or rejected out-of-contract changes need no price yet.
 * - Requirements files: a requirement with `scope: out-of-contract` whose status is agreed,
 *   implemented or verified and has no price. A merely proposed one needs none yet.
 * - "No price": `price` absent, null, an empty string or a placeholder (TBD, 待定, 无 …). Any
 *   number, including 0 (given free of charge, decided explicitly), counts as a price, and so
 *   does any other non-empty value (e.g. "2 万元", a mapping with amount and contract).
 * - Reported at the `scope` value. data: { id, item: 'change' | 'requirement' } (id null when absent).
 */
import { defineRule, say } from './api';
import type { Field } from '../model';
import { isBlank } from './_project-util';
import { label } from '../labels';

type A = { id: string; status: string };

const messages = {
  change: {
    en: (a: A) =>
      `Change request ${a.id} is out of contract and accepted, but has no price. ` +
      `Have sales and the product manager price it (an extra contract is needed) and record it in price.`,
    'zh-CN': (a: A) =>
      `变更请求 ${a.id} 属于合同外需求且已接受，但没有报价。请由销售和产品经理定价（需额外签署合同），并填写报价。`,
  },
  requirement: {
    en: (a: A) =>
      `Requirement ${a.id} is out of contract and already ${label('en', 'reqStatus', a.status)}, but has no price. ` +
      `Have sales and the product manager price it (an extra contract is needed) and record it in price.`,
    'zh-CN': (a: A) =>
      `需求 ${a.id} 属于合同外需求且状态已为“${label('zh-CN', 'reqStatus', a.status)}”，但没有报价。请由销售和产品经理定价（需额外签署合同），并填写报价。`,
  },
};

const COMMITTED = new Set(['agreed', 'implemented', 'verified']);

function unpriced(price: Field<unknown> | undefined): boolean {
  if (!price) return true;
  const v = price.value;
  if (typeof v === 'string') return isBlank(price as Field<string>);
  if (Array.isArray(v)) return v.length === 0;
  if (v && typeof v === 'object') return Object.keys(v).length === 0;
  return false;
}

export const rule = defineRule({
  id: 'out-of-contract-unpriced',
  defaultSeverity: 'warning',
  description: {
    en: 'An accepted out-of-contract change or requirement without price.',
    'zh-CN': '已接受的合同外变更或需求没有报价。',
  },
  kinds: ['project', 'requirements'],
  check(ctx) {
    const model = ctx.file.model;
    if (model.kind === 'project') {
      model.changes.items.forEach((c, i) => {
        if (c.scope?.value !== 'out-of-contract' || c.decision?.value !== 'accepted' || !unpriced(c.price)) return;
        const id = c.id?.value;
        ctx.report(c.scope.span, say(messages.change, { id: id ?? `#${i + 1}`, status: 'accepted' }), {
          id: id ?? null,
          item: 'change',
        });
      });
    } else if (model.kind === 'requirements') {
      model.requirements.items.forEach((r, i) => {
        const status = r.status?.value;
        if (r.scope?.value !== 'out-of-contract' || status === undefined || !COMMITTED.has(status) || !unpriced(r.price)) return;
        const id = r.id?.value;
        ctx.report(r.scope.span, say(messages.requirement, { id: id ?? `#${i + 1}`, status }), {
          id: id ?? null,
          item: 'requirement',
        });
      });
    }
  },
});
