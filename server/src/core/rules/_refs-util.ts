/**
 * Helpers shared by the references / ids / requirements / stakeholders rules
 * (unknown-ref, duplicate-id, untestable-requirement, untraced-requirement,
 * blocker-unmanaged, reports-to-cycle).
 */
import { distance } from 'fastest-levenshtein';
import type { Field } from '../model';
import type { Span } from '../text';
import { LineIndex } from '../text';
import type { Localized } from '../types';
import type { ArtifactFile } from './api';

/** A non-empty id value (trimmed), or undefined for absent / blank values. */
export function idOf(f: Field<string> | undefined): string | undefined {
  if (!f) return undefined;
  return f.value.trim() === '' ? undefined : f.value;
}

/**
 * How an item is named in messages: its id, else its name/title in quotes, else its 1-based
 * position, e.g. `T3`, `"情报收集"` / `“情报收集”`, `#2` / `第 2 个`.
 */
export function itemLabel(id: Field<string> | undefined, name: Field<string> | undefined, index: number): Localized {
  const i = idOf(id);
  if (i !== undefined) return { en: i, 'zh-CN': i };
  const full = name?.value.trim();
  const n = full && full.length > 30 ? `${full.slice(0, 29)}…` : full;
  if (n) return { en: `"${n}"`, 'zh-CN': `“${n}”` };
  return { en: `#${index + 1}`, 'zh-CN': `#${index + 1}` };
}

/** 1-based line of an offset in a file (for "see other.yaml:12"). */
const lineIndexes = new WeakMap<ArtifactFile, LineIndex>();
export function lineOf(file: ArtifactFile, span: Span): number {
  let li = lineIndexes.get(file);
  if (!li) {
    li = new LineIndex(file.text);
    lineIndexes.set(file, li);
  }
  return li.positionAt(span.start).line + 1;
}

const PLACEHOLDERS = new Set([
  'todo', 'tbd', 'tba', 'tbc', 'fixme', 'xxx', 'n/a', 'na', 'none', 'null', 'nil', 'unknown', 'pending',
  '待定', '待补充', '待填写', '待完善', '待确认', '暂无', '无', '未定', '略', '空', '同上', '不详', '未知',
]);

/**
 * Whether a free-text field is effectively empty: blank, only punctuation/ellipsis
 * (`…`, `...`, `-`, `?`), or a well-known placeholder (`TODO`, `TBD`, `待定`, `暂无` …).
 */
export function isPlaceholder(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = text.trim().toLowerCase();
  const stripped = t.replace(/[\s\p{P}\p{S}]/gu, '');
  if (stripped === '') return true;
  const core = t.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  return PLACEHOLDERS.has(core) || PLACEHOLDERS.has(stripped);
}

/** Whether a raw value carries content of its own (a non-empty list or mapping counts). */
export function hasStructuredContent(v: unknown): boolean {
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== undefined && String(x).trim() !== '');
  return !!v && typeof v === 'object' && Object.keys(v as object).length > 0;
}

/** A zh-CN label followed by the text that comes after it: a space only after ASCII (`R2 的`, `（操作界面）的`). */
export function zhThen(label: string, rest: string): string {
  return /[\x21-\x7e]$/.test(label) && !/[）」”]$/.test(label) ? `${label} ${rest}` : `${label}${rest}`;
}

/** Joins labels for a sentence: `a, b, c` / `a、b、c`. */
export function joinList(items: string[], locale: 'en' | 'zh-CN'): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/**
 * The nearest-id suggestion from `ctx.index.suggest`, kept only when it is plausible: a
 * case-insensitive match, or fewer edits than the shorter of the two ids is long. similar.ts
 * allows at least 2 edits, which makes any 2-character id "near" any other 2-character value
 * (`王五` → `li`); such a suggestion would mislead a quick fix.
 */
export function plausibleSuggestion(value: string, suggestion: string | undefined): string | undefined {
  if (suggestion === undefined) return undefined;
  const a = value.toLowerCase();
  const b = suggestion.toLowerCase();
  if (a === b) return suggestion;
  return distance(a, b) < Math.min(a.length, b.length) ? suggestion : undefined;
}
