/**
 * Shared pieces of the quick-fix providers (fixes/<rule-id>.ts): the provider signature, actions
 * with localized titles, placeholders, fresh ids, and locating the item a diagnostic is about.
 */
import * as YAML from 'yaml';
import type { CodeActionEntry, DiagnosticRef, FeatureContext, TextEdit } from '../types';
import type { Span } from '../../text';
import { locate, type PathSeg } from '../../yaml/tree';

/** One module per rule id provides the quick fixes of its diagnostics. */
export type FixProvider = (ctx: FeatureContext, d: DiagnosticRef) => CodeActionEntry[];

export const tr = (ctx: FeatureContext, en: string, zh: string): string => (ctx.locale === 'zh-CN' ? zh : en);

/** A quick fix, or nothing when an edit could not be made (a stale span, an unexpected shape). */
export function quickFix(
  title: string,
  rule: string,
  edits: (TextEdit | undefined)[],
  preferred = false,
): CodeActionEntry[] {
  if (!edits.length || edits.some((e) => !e)) return [];
  const entry: CodeActionEntry = { title, kind: 'quickfix', rule, edits: edits as TextEdit[] };
  if (preferred) entry.isPreferred = true;
  return [entry];
}

/** Text to fill in later, in the user's language; rules treat it as not written (see _text-util). */
export const placeholder = (ctx: FeatureContext): string => tr(ctx, 'TBD', '待填写');

export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The next free id like the others: the prefix most used by numbered ids (T1, T2 → T), else
 * `fallbackPrefix`; the number after the highest one of that prefix.
 */
export function nextId(existing: Iterable<string>, fallbackPrefix: string): string {
  const taken = new Set(existing);
  const counts = new Map<string, number>();
  const highest = new Map<string, number>();
  for (const id of taken) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    highest.set(m[1], Math.max(highest.get(m[1]) ?? 0, Number(m[2])));
  }
  let prefix = fallbackPrefix;
  let best = 0;
  for (const [p, n] of counts) if (n > best || (n === best && p === fallbackPrefix)) [prefix, best] = [p, n];
  let n = (highest.get(prefix) ?? 0) + 1;
  while (taken.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

/** The id after `id` in the same numbering (T3 → the next free T number), if `id` is numbered. */
export function nextNumbered(id: string, existing: Iterable<string>): string | undefined {
  const m = /^(.*?)(\d+)$/.exec(id);
  if (!m) return undefined;
  const taken = new Set(existing);
  let highest = 0;
  for (const x of taken) {
    const mm = /^(.*?)(\d+)$/.exec(x);
    if (mm && mm[1] === m[1]) highest = Math.max(highest, Number(mm[2]));
  }
  let n = highest + 1;
  const width = m[2].length > 1 && m[2].startsWith('0') ? m[2].length : 0;
  const make = (k: number) => `${m[1]}${String(k).padStart(width, '0')}`;
  while (taken.has(make(n))) n++;
  return make(n);
}

/** The item of a model list whose span contains the diagnostic's start. */
export function itemAt<T extends { span: Span }>(items: readonly T[], span: Span): T | undefined {
  return items.find((x) => x.span.start <= span.start && span.start < Math.max(x.span.end, x.span.start + 1));
}

/** The mapping at `offset` that is a list item (the innermost one), with its list and the path of the list. */
export function listItemAt(ctx: FeatureContext, offset: number): { map: YAML.YAMLMap; seq: YAML.YAMLSeq; listPath: PathSeg[] } | undefined {
  const loc = locate(ctx.file, offset);
  const path = loc.entries;
  for (let i = path.length - 1; i >= 1; i--) {
    const n = path[i];
    const seq = path[i - 1];
    if (YAML.isMap(n) && YAML.isSeq(seq)) return { map: n, seq, listPath: loc.path.slice(0, loc.depths[i - 1]) };
  }
  return undefined;
}

/**
 * Ids of the mappings of the list at `path` (their `id` values), read from the converted values:
 * the list's other items are not parsed again (a chunked text parses only the item a fix is about).
 */
export function idsOfList(file: FeatureContext['file'], path: readonly PathSeg[]): string[] {
  let v: unknown = file.parsed.root;
  for (const seg of path) v = v && typeof v === 'object' ? (v as Record<string | number, unknown>)[seg] : undefined;
  const out: string[] = [];
  if (!Array.isArray(v)) return out;
  for (const it of v) {
    if (!it || typeof it !== 'object' || Array.isArray(it)) continue;
    const id = (it as Record<string, unknown>).id;
    if (id !== null && id !== undefined && typeof id !== 'object') out.push(String(id));
  }
  return out;
}
