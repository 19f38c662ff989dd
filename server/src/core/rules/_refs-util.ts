/**
 * Helpers shared by the references / ids / requirements / stakeholders rules
 * (unknown-ref, duplicate-id, untestable-requirement, untraced-requirement,
 * blocker-unmanaged, reports-to-cycle).
 */
import { isPlaceholder as isPlaceholderText } from './_text-util';
import type { Field } from '../model';
import type { Span } from '../text';
import { lineIndexOf } from '../file';
import type { Localized } from '../types';
import type { ArtifactFile } from './api';

/** A non-empty id value (trimmed), or undefined for absent / blank values. */
export function idOf(f: Field<string> | undefined): string | undefined {
  if (!f) return undefined;
  return f.value.trim() === '' ? undefined : f.value;
}

export { itemLabel, zhThen } from '../symbols';

/** 1-based line of an offset in a file (for "see other.yaml:12"). */
export function lineOf(file: ArtifactFile, span: Span): number {
  return lineIndexOf(file).positionAt(span.start).line + 1;
}

/** Whether a free-text field is effectively empty (see _text-util); "none" answers count as empty. */
export function isPlaceholder(text: string | undefined): boolean {
  return isPlaceholderText(text, true);
}

/** Whether a raw value carries content of its own (a non-empty list or mapping counts). */
export function hasStructuredContent(v: unknown): boolean {
  if (Array.isArray(v)) return v.some((x) => x !== null && x !== undefined && String(x).trim() !== '');
  return !!v && typeof v === 'object' && Object.keys(v as object).length > 0;
}

/** Joins labels for a sentence: `a, b, c` / `a、b、c`. */
export function joinList(items: string[], locale: 'en' | 'zh-CN'): string {
  return items.join(locale === 'en' ? ', ' : '、');
}
