/**
 * Helpers shared by the references / ids / requirements / stakeholders rules
 * (unknown-ref, duplicate-id, untestable-requirement, untraced-requirement,
 * blocker-unmanaged, reports-to-cycle).
 */
import { isPlaceholder as isPlaceholderText } from './_text-util';
import type { Field } from '../model';
import type { Span } from '../text';
import { lineIndexOf } from '../file';
import type { ArtifactFile } from './api';
import type { Kind } from '../types';
import type { WorkspaceIndex } from '../workspace-index';
import { TARGETS, type DefKind, type RefKind } from '../symbols';

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

/**
 * The files of the workspace that could define what a reference of `refKind` names but could not
 * be read whole (unreadable, or a YAML syntax error: the model is partial). Only the tiers of
 * other files count: a file's own broken text is not checked for references at all.
 */
export function brokenDefiners(index: WorkspaceIndex, refKind: RefKind): ArtifactFile[] {
  const broken = brokenFiles(index);
  if (broken.length === 0) return broken;
  const kinds = new Set<Kind>();
  for (const tier of TARGETS[refKind]) if (!tier.sameFile) for (const k of DEFINED_IN[tier.kind] ?? []) kinds.add(k);
  return broken.filter((f) => kinds.has(f.kind));
}

/** A key of the broken files of an index (for memos: a file turning readable changes it). */
export function brokenKey(index: WorkspaceIndex): string {
  return brokenFiles(index).map((f) => `${f.uri}\u0000${f.parsed.unreadable}`).join('\u0001');
}

const brokenByIndex = new WeakMap<WorkspaceIndex, ArtifactFile[]>();

function brokenFiles(index: WorkspaceIndex): ArtifactFile[] {
  let list = brokenByIndex.get(index);
  if (!list) brokenByIndex.set(index, (list = index.files.filter((f) => f.parsed.unreadable || f.parsed.hasSyntaxError)));
  return list;
}

/** The file kinds that define each workspace-wide definition kind. */
const DEFINED_IN: Partial<Record<DefKind, Kind[]>> = {
  team: ['poc', 'project'],
  stakeholder: ['stakeholders'],
  requirement: ['requirements'],
  plan: ['poc', 'project'],
  release: ['poc', 'project'],
};
