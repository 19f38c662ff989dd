/*
 * untestable-requirement — seed 002 需求收集: "请确保它们是可测试的". "处理超过 200 TPS" is
 * testable; "对利益相关者非常高效" is not.
 *
 * Measurable = a `metric` with name, op and value, or an `acceptance` text that contains a
 * number written in digits (ASCII or full-width ０-９). Anything else is reported.
 *
 * Decisions on edge cases:
 * - Numbers must be digits: Chinese numerals (三秒) are not counted — 一/十 occur in too many
 *   ordinary words (一致, 统一); the message asks for digits.
 * - A measurable requirement is never reported, even if its text also has vague words
 *   ("稳定运行 30 天" is fine); a complete metric makes any acceptance text fine.
 * - An incomplete metric (e.g. no value) does not count; the message names what it lacks and
 *   data.metricMissing lists it.
 * - `priority: wont` requirements are skipped: nobody will test what will not be built.
 * - An `acceptance` of the wrong type (a list, a mapping) is left to the schema rule.
 * - Vague words are found longest-first (尽快 is quoted, not 快 inside it); 快照 (snapshot) and
 *   稳定版 (stable release) are not vague. English words match whole words, case-insensitive.
 * - Span: the acceptance value (also an empty `""` one); without acceptance, the requirement
 *   id, else its title, else the whole item. data: { requirementId?, vague: [...], metricMissing? }.
 */
import type { Requirement } from '../model';
import type { Localized } from '../types';
import { defineRule, say } from './api';
import { idOf, itemLabel, zhThen } from './_refs-util';

const ZH_VAGUE = [
  '尽可能', '高性能', '高可用', '高效率', '尽快', '尽量', '快速', '迅速', '高效', '友好', '稳定', '及时', '灵活', '简单',
  '简便', '易用', '好用', '方便', '便捷', '快捷', '良好', '较好', '更好', '流畅', '顺畅', '美观', '直观', '实时',
  '可靠', '强大', '足够', '合理', '适当', '优秀', '显著', '明显', '轻松', '无缝', '大量', '海量', '快', '慢',
];
/** Words that contain a vague word but are not vague. */
const ZH_NOT_VAGUE = ['快照', '稳定版', '快递'];

const EN_VAGUE = [
  'as soon as possible', 'user-friendly', 'user friendly', 'easy to use', 'easy-to-use', 'high performance',
  'high-performance', 'highly available', 'real-time', 'real time', 'realtime', 'fast', 'faster', 'quick', 'quickly',
  'efficient', 'efficiently', 'friendly', 'easy', 'easily', 'robust', 'stable', 'intuitive', 'flexible', 'simple',
  'convenient', 'smooth', 'smoothly', 'responsive', 'timely', 'reliable', 'seamless', 'seamlessly', 'scalable',
  'adequate', 'sufficient', 'appropriate', 'good', 'better', 'nice', 'beautiful', 'modern', 'asap', 'optimal',
  'performant', 'lightweight',
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const EN_RE = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${[...EN_VAGUE].sort((a, b) => b.length - a.length).map(escapeRe).join('|')})(?![A-Za-z0-9_-])`,
  'gi',
);

const DIGIT = /[0-9\uFF10-\uFF19]/;

/** Vague words of a text, in order of appearance, without repeats. */
export function vagueWords(text: string): string[] {
  const found: { at: number; word: string }[] = [];
  const masked = new Array<boolean>(text.length).fill(false);
  const claim = (at: number, len: number): boolean => {
    for (let i = at; i < at + len; i++) if (masked[i]) return false;
    for (let i = at; i < at + len; i++) masked[i] = true;
    return true;
  };
  for (const w of ZH_NOT_VAGUE) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) claim(at, w.length);
  const zh = [...ZH_VAGUE].sort((a, b) => b.length - a.length);
  for (const w of zh) {
    for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + 1)) {
      if (claim(at, w.length)) found.push({ at, word: w });
    }
  }
  for (const mt of text.matchAll(EN_RE)) {
    const at = mt.index ?? 0;
    if (claim(at, mt[0].length)) found.push({ at, word: mt[0] });
  }
  const out: string[] = [];
  for (const f of found.sort((a, b) => a.at - b.at)) if (!out.includes(f.word)) out.push(f.word);
  return out;
}

export function hasNumber(text: string): boolean {
  return DIGIT.test(text);
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

const metricNote = (a: Args, locale: 'en' | 'zh-CN'): string => {
  if (!a.metricMissing || a.metricMissing.length === 0) return '';
  return locale === 'en'
    ? ` Its metric lacks ${a.metricMissing.join(', ')}.`
    : `其 metric 缺少 ${a.metricMissing.join('、')}。`;
};

const messages = {
  missing: {
    en: (a: Args) =>
      `Requirement ${a.req.en} has no acceptance criterion, so no test can check it (requirements must be testable).${metricNote(a, 'en')} ` +
      `Add acceptance: with a measurable target (e.g. "P95 search time < 3 s at 100 GB/day") or a complete metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `需求 ${zhThen(a.req['zh-CN'], '没有验收标准')}（acceptance），无法测试；收集需求时应确保需求是可测试的。${metricNote(a, 'zh-CN')}` +
      `请补充可度量的验收标准（如“100GB/天 数据量下检索 P95 < 3 秒”），或完整的 metric: { name, op, value }。`,
  },
  vague: {
    en: (a: Args) =>
      `Acceptance of requirement ${a.req.en} "${a.acceptance}" uses vague words (${a.vague.join(', ')}) and no number, so no test can check it.${metricNote(a, 'en')} ` +
      `Say how much: rewrite it with a measurable target (e.g. "handles more than 200 TPS at peak load") or add metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `需求 ${zhThen(a.req['zh-CN'], '的验收标准')}“${a.acceptance}”含有模糊用语（${a.vague.join('、')}）且没有可度量的数字，无法测试。${metricNote(a, 'zh-CN')}` +
      `请写明具体指标（如“高峰负载下处理超过 200 TPS”），或补充 metric: { name, op, value }。`,
  },
  noNumber: {
    en: (a: Args) =>
      `Acceptance of requirement ${a.req.en} "${a.acceptance}" contains no number, so no test can check it.${metricNote(a, 'en')} ` +
      `Add a measurable target in digits (time, volume, rate, percentage…) or metric: { name, op, value }.`,
    'zh-CN': (a: Args) =>
      `需求 ${zhThen(a.req['zh-CN'], '的验收标准')}“${a.acceptance}”不含任何数字，无法测试。${metricNote(a, 'zh-CN')}` +
      `请用数字写明可度量的目标（时间、数据量、速率、百分比等），或补充 metric: { name, op, value }。`,
  },
};

export const rule = defineRule({
  id: 'untestable-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'Acceptance that no test could check: no number, or vague words (fast, efficient, user-friendly …) with nothing measurable.',
    'zh-CN': '需求的验收标准无法测试：没有数字，或只有模糊用语（快、高效、友好、稳定……）而无可度量的指标。',
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
      const title = r.title?.value.trim();
      const lbl = itemLabel(r.id, r.title, i);
      const req: Localized =
        idOf(r.id) !== undefined && title
          ? { en: `${lbl.en} (${title})`, 'zh-CN': `${lbl['zh-CN']}（${title}）` }
          : lbl;
      const vague = text ? vagueWords(text) : [];
      const args: Args = { req, acceptance: text, vague, metricMissing: missing };
      const data: Record<string, unknown> = { vague };
      if (idOf(r.id) !== undefined) data.requirementId = r.id!.value;
      if (missing) data.metricMissing = missing;
      if (!text) {
        const acc = r.acceptance && r.acceptance.span.end > r.acceptance.span.start ? r.acceptance.span : undefined;
        const span = acc ?? (idOf(r.id) !== undefined ? r.id!.span : r.title?.span ?? r.span);
        ctx.report(span, say(messages.missing, args), data);
      } else {
        ctx.report(r.acceptance!.span, say(vague.length ? messages.vague : messages.noNumber, args), data);
      }
    });
  },
});
