/**
 * acceptance-category-missing — seed 001 项目离场 / 项目验收: 分析需求验收、存储需求验收、告警需求验收、
 * 报表需求验收 (and 其他需求验收, which is optional).
 *
 * Decisions:
 * - Only when the project has an `acceptance` mapping; a project without one is not checked (it may
 *   not have reached acceptance yet).
 * - A category is covered by any acceptance item with that `category`, whatever its status: a
 *   failed or pending item still plans that acceptance. `other` covers none of the four.
 * - One diagnostic listing every uncovered category (in the order analysis, storage, alert,
 *   report), at the `acceptance` key. data: { missing: [...] }.
 */
import { defineRule, say } from './api';
import { planOf, projectName } from './_project-util';

const CATEGORIES = ['analysis', 'storage', 'alert', 'report'] as const;
const ZH: Record<(typeof CATEGORIES)[number], string> = {
  analysis: '分析需求验收',
  storage: '存储需求验收',
  alert: '告警需求验收',
  report: '报表需求验收',
};

type A = { project: string; missing: (typeof CATEGORIES)[number][] };

const messages = {
  missing: {
    en: (a: A) =>
      `The acceptance of project ${a.project} has no item for ${a.missing.join(', ')}. ` +
      `Add one for each (category: ${a.missing.join(' / ')}) so that the customer accepts the analysis, storage, alert and report requirements.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”的验收缺少${a.missing.map((m) => ZH[m]).join('、')}。` +
      `请为每类补充验收项，由客户逐项验收。`,
  },
};

export const rule = defineRule({
  id: 'acceptance-category-missing',
  defaultSeverity: 'info',
  description: {
    en: 'None of the acceptance items covers analysis, storage, alert or report.',
    'zh-CN': '验收项未覆盖分析、存储、告警或报表需求。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    const acceptance = plan?.acceptance;
    if (!plan || !acceptance) return;
    const covered = new Set(acceptance.items.items.map((i) => i.category?.value.trim()));
    const missing = CATEGORIES.filter((c) => !covered.has(c));
    if (missing.length === 0) return;
    ctx.report(acceptance.keySpan, say(messages.missing, { project: projectName(ctx.file, plan), missing }), { missing: [...missing] });
  },
});
