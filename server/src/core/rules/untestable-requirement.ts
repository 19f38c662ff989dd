/*
 * untestable-requirement — seed 002 需求收集: "请确保它们是可测试的". "处理超过 200 TPS" is
 * testable; "对利益相关者非常高效" is not.
 *
 * What is testable depends on the requirement's type (DOMAIN.md):
 * - Non-functional: needs a measurable target — a number (with its unit) in the acceptance text,
 *   or a complete `metric` (name, op, value). "系统应具备良好的可扩展性" and "支持水平扩展" fire.
 * - Functional: testable when it names an observable behaviour ("支持按交易流水号检索日志并展示
 *   上下文"); it fires only when the acceptance uses vague words (快, 高效, 友好 …) and states
 *   nothing measurable ("报表界面友好，操作简单").
 *
 * Decisions on edge cases:
 * - What counts as a number, and which words are vague: _measurable-util.ts (Chinese numerals with
 *   a unit and full-width digits count; version numbers and model names such as IE11, V2,
 *   Windows 10 do not, so "系统要快，IE11 兼容" still fires).
 * - Without `type`, a requirement whose category is performance, availability or scalability (only
 *   ever checked by measuring) is taken as non-functional, any other as functional. An unknown
 *   type is the schema rule's finding and is read as functional.
 * - A measurable requirement is never reported, even if its text also has vague words
 *   ("稳定运行 30 天" is fine); a complete metric makes any acceptance text fine.
 * - An incomplete metric (e.g. no value) does not count; the message names what it lacks and
 *   data.metricMissing lists it.
 * - No acceptance at all (missing or empty) fires for both types: nothing says what to test.
 * - `priority: wont` requirements are skipped: nobody will test what will not be built.
 * - An `acceptance` of the wrong type (a list, a mapping) is left to the schema rule.
 * - Span: the acceptance value (also an empty `""` one); without acceptance, the requirement
 *   id, else its title, else the whole item. data: { requirementId?, vague: [...], metricMissing? }.
 */
import type { Requirement } from '../model';
import type { Localized } from '../types';
import { defineRule, say } from './api';
import { idOf, itemLabel, zhThen } from './_refs-util';
import { hasNumber, vagueWords } from './_measurable-util';

export { hasNumber, vagueWords } from './_measurable-util';

const MEASURED_CATEGORIES = new Set(['performance', 'availability', 'scalability']);

/** Whether a requirement is non-functional (explicitly, or by a category that is only ever measured). */
export function isNonFunctional(r: Requirement): boolean {
  const type = r.type?.value.trim().toLowerCase();
  if (type) return type === 'non-functional';
  return MEASURED_CATEGORIES.has(r.category?.value.trim().toLowerCase() ?? '');
}

/** The parts a metric lacks to be measurable (name, op, value); [] when complete. */
function metricMissing(r: Requirement): string[] | undefined {
  const mt = r.metric;
  if (!mt) return undefined;
  const missing: string[] = [];
  if (!mt.name || mt.name.value.trim() === '') missing.push('name');
  if (!mt.op || mt.op.value.trim() === '') missing.push('op');
  const v = mt.value?.value;
  if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) missing.push('value');
  return missing;
}

interface Args {
  req: Localized;
  acceptance?: string;
  vague: string[];
  metricMissing?: string[];
}

const ZH_PART: Record<string, string> = { name: '名称', op: '比较方式', value: '目标值' };

const metricNote = (a: Args, locale: 'en' | 'zh-CN'): string => {
  if (!a.metricMissing || a.metricMissing.length === 0) return '';
  return locale === 'en'
    ? ` Its metric lacks ${a.metricMissing.join(', ')}.`
    : `其度量指标缺少${a.metricMissing.map((p) => ZH_PART[p] ?? p).join('、')}。`;
};

const ZH_METRIC = '或补充完整的度量指标（名称、比较方式和目标值）';

const messages = {
  missing: {
    en: (a: Args) =>
      `Requirement ${a.req.en} has no acceptance criterion, so no test can check it (requirements must be testable).${metricNote(a, 'en')} ` +
      `Add acceptance: the observable behaviour of a functional requirement (e.g. "search logs by transaction id and show the context"), ` +
      `a measurable target for a non-functional one (e.g. "P95 search time < 3 s at 100 GB/day"), or a complete metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `需求 ${zhThen(a.req['zh-CN'], '没有验收标准')}，无法测试；收集需求时应确保需求是可测试的。${metricNote(a, 'zh-CN')}` +
      `请补充验收标准：功能需求写明可观察的行为（如“支持按交易流水号检索日志并展示上下文”），` +
      `非功能需求写明可度量的目标（如“100GB/天 数据量下检索 P95 < 3 秒”），${ZH_METRIC}。`,
  },
  vague: {
    en: (a: Args) =>
      `Acceptance of requirement ${a.req.en} "${a.acceptance}" uses vague words (${a.vague.join(', ')}) and no number, so no test can check it.${metricNote(a, 'en')} ` +
      `Say how much: rewrite it with a measurable target (e.g. "handles more than 200 TPS at peak load") or add metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `需求 ${zhThen(a.req['zh-CN'], '的验收标准')}“${a.acceptance}”含有模糊用语（${a.vague.join('、')}）且没有可度量的数字，无法测试。${metricNote(a, 'zh-CN')}` +
      `请写明具体指标（如“高峰负载下处理超过 200 TPS”），${ZH_METRIC}。`,
  },
  noTarget: {
    en: (a: Args) =>
      `Acceptance of non-functional requirement ${a.req.en} "${a.acceptance}" has no measurable target, so no test can check it.${metricNote(a, 'en')} ` +
      `Add a number with its unit (time, volume, rate, percentage…, e.g. "P95 search time < 3 s") or metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `非功能需求 ${zhThen(a.req['zh-CN'], '的验收标准')}“${a.acceptance}”没有可度量的目标，无法测试。${metricNote(a, 'zh-CN')}` +
      `请写明带单位的数字（时间、数据量、速率、百分比等，如“检索 P95 < 3 秒”），${ZH_METRIC}。`,
  },
};

export const rule = defineRule({
  id: 'untestable-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'Acceptance that no test could check: a non-functional requirement without a measurable target, or vague words (fast, efficient, user-friendly …) with nothing measurable.',
    'zh-CN': '需求的验收标准无法测试：非功能需求没有可度量的目标，或只有模糊用语（快、高效、友好、稳定……）而无可度量的指标。',
  },
  kinds: ['requirements'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'requirements') return;
    m.requirements.items.forEach((r, i) => {
      if (r.priority?.value.trim().toLowerCase() === 'wont') return;
      const missing = metricMissing(r);
      if (missing && missing.length === 0) return;
      const text = r.acceptance?.value.trim() ?? '';
      if (text && hasNumber(text)) return;
      if (!r.acceptance && r.raw.acceptance !== undefined && r.raw.acceptance !== null) return; // wrong type: schema
      const vague = text ? vagueWords(text) : [];
      const nonFunctional = isNonFunctional(r);
      if (text && !nonFunctional && vague.length === 0) return; // an observable behaviour
      const title = r.title?.value.trim();
      const lbl = itemLabel(r.id, r.title, i);
      const req: Localized =
        idOf(r.id) !== undefined && title
          ? { en: `${lbl.en} (${title})`, 'zh-CN': `${lbl['zh-CN']}（${title}）` }
          : lbl;
      const args: Args = { req, acceptance: text, vague, metricMissing: missing };
      const data: Record<string, unknown> = { vague };
      if (idOf(r.id) !== undefined) data.requirementId = r.id!.value;
      if (missing) data.metricMissing = missing;
      if (!text) {
        const acc = r.acceptance && r.acceptance.span.end > r.acceptance.span.start ? r.acceptance.span : undefined;
        const span = acc ?? (idOf(r.id) !== undefined ? r.id!.span : r.title?.span ?? r.span);
        ctx.report(span, say(messages.missing, args), data);
      } else {
        ctx.report(r.acceptance!.span, say(vague.length ? messages.vague : messages.noTarget, args), data);
      }
    });
  },
});
