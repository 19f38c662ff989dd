/**
 * acceptance-category-missing — seed 001 项目离场 / 项目验收: 分析需求验收、存储需求验收、告警需求验收、
 * 报表需求验收 (and 其他需求验收, which is optional).
 *
 * Decisions:
 * - Only when the project has an `acceptance` mapping; a project without one is not checked (it may
 *   not have reached acceptance yet).
 * - A category is covered by any acceptance item with that `category`, whatever its status: a
 *   failed or pending item still plans that acceptance. `other` covers none of the four.
 * - One diagnostic listing every uncovered category (in the order of the list), at the
 *   `acceptance` key. data: { missing: [...] }.
 * - The list is settings.acceptanceCategories (pocStudio.acceptance.categories, issue 18): 日志易's
 *   分析/存储/告警/报表 is one vendor's list, and the default. Its entries are values of the acceptance
 *   item `category` (analysis, storage, alert, report, other; others are dropped when the settings
 *   are read); an empty list asks for none.
 */
import { defineRule, say } from './api';
import { planOf, projectName } from './_project-util';

import { label } from '../labels';

type A = { project: string; missing: string[]; list: string[] };

/** `a, b and c` */
const andList = (xs: string[]): string => (xs.length > 1 ? `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}` : xs.join(''));

const messages = {
  missing: {
    en: (a: A) =>
      `The acceptance of project ${a.project} has no item for ${a.missing.join(', ')}. ` +
      `Add one for each (category: ${a.missing.join(' / ')}) so that the customer accepts the ${andList(a.list)} requirements.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”的验收缺少${a.missing.map((m) => label('zh-CN', 'category', m)).join('、')}。` +
      `请为每类补充验收项，由客户逐项验收。`,
  },
};

export const rule = defineRule({
  id: 'acceptance-category-missing',
  defaultSeverity: 'info',
  description: {
    en: 'None of the acceptance items covers analysis, storage, alert or report (the list is a setting).',
    'zh-CN': '验收项未覆盖分析、存储、告警或报表需求（类别可在设置中调整）。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    const acceptance = plan?.acceptance;
    if (!plan || !acceptance) return;
    const covered = new Set(acceptance.items.items.map((i) => i.category?.value.trim()));
    const list = ctx.settings.acceptanceCategories;
    const missing = list.filter((c) => !covered.has(c));
    if (missing.length === 0) return;
    ctx.report(acceptance.keySpan, say(messages.missing, { project: projectName(ctx.file, plan), missing, list }), { missing: [...missing] });
  },
});
