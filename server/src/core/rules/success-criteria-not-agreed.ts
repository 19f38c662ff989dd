/**
 * success-criteria-not-agreed (seed 002: the criteria are set with the customer and sales before
 * going on site).
 *
 * Decisions:
 * - A criterion counts as agreed only with `agreedWithCustomer: true`; false, missing, empty or a
 *   wrong-typed value (e.g. "yes", reported by `schema`) all count as not agreed.
 * - Fires once the POC has started: today >= the POC's `start`. A POC without a start (or whose
 *   start is not a real date) is checked always, since "by the start" cannot be known.
 * - Blank list entries (`- {}`) are not criteria and are skipped.
 * - Reported at the agreedWithCustomer value when the key is written, else at the criterion id,
 *   else at its description, else at the whole entry.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { isBlank, itemLabel, planLabel, valueSpanOf } from './_poc-playbook-util';

type A = { criterion: string; poc: string; start?: string; state: 'false' | 'missing' | 'other' };

const what = {
  en: (a: A) =>
    a.state === 'false' ? 'is marked as not agreed with the customer' : a.state === 'missing' ? 'is not confirmed as agreed with the customer' : 'is not confirmed as agreed with the customer (agreedWithCustomer must be true or false)',
  'zh-CN': (a: A) =>
    a.state === 'false' ? '标记为未与客户达成一致' : a.state === 'missing' ? '未确认已与客户达成一致' : '未确认已与客户达成一致（应为是或否）',
};

const messages = {
  notAgreed: {
    en: (a: A) =>
      `Success criterion ${a.criterion} ${what.en(a)}, ` +
      (a.start ? `yet POC ${a.poc} started on ${a.start}. ` : `and POC ${a.poc} has no start date. `) +
      'Confirm the criterion with the customer and sales (so that meeting it leads to the purchase), then set agreedWithCustomer: true.',
    'zh-CN': (a: A) =>
      `成功标准 ${a.criterion} ${what['zh-CN'](a)}，` +
      (a.start ? `而“${a.poc}”已于 ${a.start} 开始。` : `且“${a.poc}”没有开始日期。`) +
      '请与客户和销售确认该成功标准（达成即采购），然后标记为已与客户达成一致。',
  },
};

export const rule = defineRule({
  id: 'success-criteria-not-agreed',
  defaultSeverity: 'warning',
  description: {
    en: 'A criterion not agreed with the customer by the POC start.',
    'zh-CN': '成功标准在 POC 开始前未与客户达成一致。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    const start = m.start?.day;
    if (start !== undefined && ctx.today < start) return;
    const poc = planLabel(m, ctx.file);
    m.successCriteria.items.forEach((c, i) => {
      if (isBlank(c.raw)) return;
      if (c.agreedWithCustomer?.value === true) return;
      const raw = c.raw.agreedWithCustomer;
      const state: A['state'] = raw === false ? 'false' : raw === undefined || raw === null ? 'missing' : 'other';
      const span = valueSpanOf(ctx.file, c.raw, 'agreedWithCustomer') ?? c.id?.span ?? c.description?.span ?? c.span;
      const criterion = itemLabel(c.id?.value, c.description?.value, i);
      ctx.report(span, say(messages.notAgreed, { criterion, poc, start: start !== undefined ? formatDate(start) : undefined, state }), {
        criterionId: c.id?.value ?? null,
        pocStart: start !== undefined ? formatDate(start) : null,
        keyWritten: 'agreedWithCustomer' in c.raw,
      });
    });
  },
});
