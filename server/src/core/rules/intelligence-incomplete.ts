/**
 * intelligence-incomplete (seed 000 §4: 情报收集 — customer, competitor and market intelligence).
 *
 * Decisions:
 * - The fields checked are customer.{scenarios, techStack, team, competitors, compliance,
 *   architecture, budget}, the competitors list and market.{trends, technology, regulations}.
 * - Empty = missing, null, '', a placeholder (…, ..., TBD, TODO, 待补充, 待定, also with a note such
 *   as "TODO: 问销售"), or a list/mapping whose entries are all empty. `无` counts as an answer
 *   (e.g. no compliance requirements). The competitors list counts as filled as soon as one
 *   competitor entry has any non-empty field; the fields of each competitor are not checked.
 * - A `customer` or `market` written as non-empty text instead of a mapping is left to `schema`
 *   (its sub-fields are not reported); written as empty text, all its sub-fields are empty.
 * - One diagnostic listing the empty fields (data { empty: [...] } with dotted paths) at the
 *   `intelligence` key, else the POC id value, else the file start.
 */
import { defineRule, say } from './api';
import { isBlank, isObject, keySpanOf, planAnchor, planLabel } from './_poc-playbook-util';

const FIELDS: { path: string; en: string; zh: string }[] = [
  { path: 'customer.scenarios', en: 'business scenarios and data needs', zh: '业务场景和数据需求' },
  { path: 'customer.techStack', en: 'tech stack and infrastructure', zh: '技术栈和基础设施' },
  { path: 'customer.team', en: "customer's team and skills", zh: '客户团队和技术水平' },
  { path: 'customer.competitors', en: "customer's competitors and market", zh: '客户的竞争对手和市场环境' },
  { path: 'customer.compliance', en: 'data security and compliance', zh: '数据安全和合规要求' },
  { path: 'customer.architecture', en: 'architecture and data flows', zh: '技术架构和数据流程' },
  { path: 'customer.budget', en: 'budget and purchase plan', zh: '预算和购买计划' },
  { path: 'competitors', en: 'competitor intelligence', zh: '竞争对手情报' },
  { path: 'market.trends', en: 'industry trends', zh: '行业趋势和前景' },
  { path: 'market.technology', en: 'technology trends', zh: '技术趋势和新兴技术' },
  { path: 'market.regulations', en: 'industry standards and regulations', zh: '行业标准和法规' },
];

type A = { poc: string; empty: string[]; total: number; hasSection: boolean };

const nameOf = (path: string) => FIELDS.find((f) => f.path === path)!;

/** Few empty fields are explained one by one; many are only named, to keep the message short. */
const list = (a: A, lang: 'en' | 'zh') =>
  lang === 'zh'
    ? a.empty.map((p) => nameOf(p).zh).join('、')
    : a.empty.length > 4
      ? a.empty.join(', ')
      : a.empty.map((p) => `${p} (${nameOf(p).en})`).join(', ');

const messages = {
  incomplete: {
    en: (a: A) =>
      a.hasSection
        ? `Intelligence for POC ${a.poc} is incomplete: ${a.empty.length} of ${a.total} fields are still empty: ${list(a, 'en')}. Collect them with sales before designing the POC scenarios and demo.`
        : `POC ${a.poc} has no intelligence section (customer, competitors, market: ${a.total} fields). Collect them with sales before designing the POC scenarios and demo.`,
    'zh-CN': (a: A) =>
      a.hasSection
        ? `“${a.poc}”的情报收集尚未完成，${a.total} 项中仍有 ${a.empty.length} 项为空：${list(a, 'zh')}。请与销售一起在确定 POC 业务场景和演示之前补充。`
        : `“${a.poc}”没有情报部分（客户情报、竞争对手情报、市场情报，共 ${a.total} 项）。请与销售一起在确定 POC 业务场景和演示之前收集。`,
  },
};

export const rule = defineRule({
  id: 'intelligence-incomplete',
  defaultSeverity: 'info',
  description: {
    en: 'Intelligence fields still empty.',
    'zh-CN': '情报收集尚未完成。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    const intel = isObject(m.raw.intelligence) ? m.raw.intelligence : {};
    const empty: string[] = [];
    for (const f of FIELDS) {
      const [group, key] = f.path.split('.');
      const g = intel[group];
      if (key === undefined) {
        if (isBlank(g)) empty.push(f.path);
      } else if (isObject(g)) {
        if (isBlank(g[key])) empty.push(f.path);
      } else if (isBlank(g)) {
        empty.push(f.path);
      }
    }
    if (!empty.length) return;
    const key = keySpanOf(ctx.file, m.raw, 'intelligence');
    const hasSection = !!key;
    ctx.report(key ?? planAnchor(m), say(messages.incomplete, { poc: planLabel(m, ctx.file), empty, total: FIELDS.length, hasSection }), {
      empty,
      pocId: m.id?.value ?? null,
    });
  },
});
