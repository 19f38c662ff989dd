/**
 * What counts as "not written" in a free-text field, for every rule: absent, empty, only
 * punctuation (`…`, `...`, `-`, `?`), or a placeholder such as `TBD`, `TODO`, `待补充`, `待定`
 * (also with a trailing note: `TODO: 问客户`, `待定（下周确认）`). For fields that describe an
 * action (a mitigation, a strategy, a resume plan, a reason), "none" answers such as `无`,
 * `暂无`, `N/A` also mean nothing was written; for facts (intelligence answers) they are answers.
 */

const PLACEHOLDERS = new Set([
  'tbd', 'tba', 'tbc', 'todo', 'fixme', 'xxx',
  '待补充', '待定', '待确认', '待填写', '待收集', '待了解', '待完善', '同上', '不详', '未知', '略', '空',
]);
const NONE_ANSWERS = new Set(['none', 'n/a', 'na', 'nil', 'null', '无', '暂无', '没有', '未定']);
const PREFIXED = /^(tbd|tba|tbc|todo|fixme)(?![a-z0-9])|^(待补充|待定|待确认|待填写|待收集|待完善)(?:[\s:：,，;；。.…(（].*)?$/;

export function isPlaceholder(text: string | undefined, noneIsBlank = false): boolean {
  if (text === undefined) return true;
  const t = text.trim().toLowerCase();
  if (t.replace(/[\s\p{P}\p{S}]/gu, '') === '') return true;
  const core = t.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  if (PLACEHOLDERS.has(core) || PREFIXED.test(t)) return true;
  return noneIsBlank && NONE_ANSWERS.has(core);
}

/**
 * Whether a raw YAML value holds nothing: missing, null, a placeholder string, or a list/mapping
 * whose entries are all blank. Numbers and booleans count as written.
 */
export function isBlank(v: unknown, noneIsBlank = false, depth = 0): boolean {
  if (v === undefined || v === null) return true;
  if (typeof v === 'string') return isPlaceholder(v, noneIsBlank);
  if (depth > 20) return false;
  if (Array.isArray(v)) return v.every((x) => isBlank(x, noneIsBlank, depth + 1));
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).every((x) => isBlank(x, noneIsBlank, depth + 1));
  return false;
}
