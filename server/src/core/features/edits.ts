/**
 * Minimal text edits on YAML text, located with the `yaml` nodes of yaml/tree.ts and the spans of
 * the SourceMap. Every helper touches only the bytes it must: the rest of the file (comments,
 * blank lines, quoting, flow or block style, line endings) stays byte-identical.
 *
 * - replaceScalar: a scalar value or key, keeping its quoting style.
 * - setPairValue: the value of a key of a mapping (written, empty, or absent).
 * - insertPairs: key: value pairs into a block mapping (a new line at the mapping's indentation)
 *   or a flow mapping (`, key: value` before the closing brace).
 * - appendItem: an item at the end of a block or flow list.
 * - insertLineAbove: a whole line (e.g. a comment) with the indentation of a given line.
 * - insertSectionItem: an item into a top-level list section, creating the section if absent.
 *
 * Helpers return undefined when the text does not have the expected shape (a syntax error at that
 * place, a block scalar, a stale span): callers then offer nothing. They never throw.
 */
import * as YAML from 'yaml';
import type { ArtifactFile } from '../rules/api';
import type { Span } from '../text';
import type { TextEdit } from './types';
import { locate, rootOf, type PathEntry } from '../yaml/tree';

/** What the helpers need of a file. */
export type EditTarget = Pick<ArtifactFile, 'uri' | 'text' | 'parsed'>;

/** A string that is always written double-quoted (e.g. an operator such as "<"). */
export class Quoted {
  constructor(readonly value: string) {}
}

export const quoted = (s: string): Quoted => new Quoted(s);

export type YamlScalar = string | number | boolean | null | Quoted;
export type YamlValue = YamlScalar | YamlValue[] | { [key: string]: YamlValue };

/** Where a new key goes in a mapping. */
export type Place = 'first' | 'last' | { after: string } | { before: string };


export interface NodeLoc<N extends YAML.Node = YAML.Node> {
  node: N;
  /** From the document's root down to (and including) the node; pairs included. */
  path: PathEntry[];
  /** Whether the node sits inside a flow collection (`{ … }` or `[ … ]`). */
  inFlow: boolean;
}

// ---------------------------------------------------------------------------------------------
// Text helpers

/** The line break the file uses (the first one found), `\n` by default. */
export function eolOf(text: string): string {
  const n = text.indexOf('\n');
  if (n > 0 && text.charCodeAt(n - 1) === 13) return '\r\n';
  if (n < 0 && text.includes('\r')) return '\r';
  return '\n';
}

const isBreak = (c: number) => c === 10 || c === 13;

/** Offset of the start of the line that contains `offset`. */
export function lineStartAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Offset just after the last character of the line that contains `offset` (before its line break). */
export function lineEndAt(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length));
  // On the "\n" of a "\r\n" pair, the line ends before the "\r".
  if (text.charCodeAt(i) === 10 && i > 0 && text.charCodeAt(i - 1) === 13) return i - 1;
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

/** The column (in UTF-16 code units) of an offset. */
function columnOf(text: string, offset: number): number {
  return offset - lineStartAt(text, offset);
}

function isBlankLine(text: string, lineStart: number): boolean {
  return text.slice(lineStart, lineEndAt(text, lineStart)).trim() === '';
}

/** Start of the line before the line that starts at `lineStart`, or undefined on the first line. */
function previousLineStart(text: string, lineStart: number): number | undefined {
  if (lineStart === 0) return undefined;
  let i = lineStart - 1;
  if (text.charCodeAt(i) === 10 && i > 0 && text.charCodeAt(i - 1) === 13) i--;
  return lineStartAt(text, i);
}

// ---------------------------------------------------------------------------------------------
// Rendering values

/** Whether a string can be written as a plain (unquoted) scalar and read back as the same string. */
export function isPlainSafe(s: string, inFlow: boolean): boolean {
  if (s === '' || s !== s.trim()) return false;
  if (/[\r\n\t]/.test(s)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(s)) return false;
  if (s.includes(': ') || s.includes(' #') || s.endsWith(':')) return false;
  if (inFlow && /[,[\]{}]/.test(s)) return false;
  try {
    return YAML.parse(s) === s;
  } catch {
    // Not valid YAML as a plain scalar: it needs quotes.
    return false;
  }
}

/** A scalar as YAML text: plain when that reads back as the same value, else double-quoted. */
export function scalarText(v: YamlScalar, inFlow: boolean): string {
  if (v instanceof Quoted) return JSON.stringify(v.value);
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return isPlainSafe(v, inFlow) ? v : JSON.stringify(v);
}

const isScalarValue = (v: YamlValue): v is YamlScalar => v === null || typeof v !== 'object' || v instanceof Quoted;

/** A value on one line: scalars plain or quoted, collections in flow style (`{ a: 1 }`, `[a, b]`). */
export function flowText(v: YamlValue, inFlow = true): string {
  if (isScalarValue(v)) return scalarText(v, inFlow);
  if (Array.isArray(v)) return `[${v.map((x) => flowText(x)).join(', ')}]`;
  const entries = Object.entries(v);
  if (entries.length === 0) return '{}';
  return `{ ${entries.map(([k, x]) => `${scalarText(k, true)}: ${flowText(x)}`).join(', ')} }`;
}

/**
 * A collection in block style, as lines without the outer indentation: a mapping one key per line,
 * a list one `- item` per entry (mappings in a list item in block style too). Nested values stay
 * in flow style.
 */
export function blockLines(v: YamlValue): string[] {
  if (isScalarValue(v)) return [scalarText(v, false)];
  if (Array.isArray(v)) {
    if (v.length === 0) return ['[]'];
    const out: string[] = [];
    for (const item of v) {
      const lines = !isScalarValue(item) && !Array.isArray(item) && Object.keys(item).length ? blockLines(item) : [flowText(item, false)];
      out.push(`- ${lines[0]}`, ...lines.slice(1).map((l) => `  ${l}`));
    }
    return out;
  }
  const entries = Object.entries(v);
  if (entries.length === 0) return ['{}'];
  return entries.map(([k, x]) => `${scalarText(k, false)}: ${flowText(x, false)}`);
}

/** A `key: value` pair as lines; with `block`, a non-empty collection value goes on the lines below. */
function pairLines(key: string, value: YamlValue, block: boolean): string[] {
  const k = scalarText(key, false);
  const isCollection = !isScalarValue(value) && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);
  if (block && isCollection) return [`${k}:`, ...blockLines(value).map((l) => `  ${l}`)];
  return [`${k}: ${flowText(value, false)}`];
}

/** A list item's lines (the first follows `- `, the others are indented by two more spaces). */
function itemLines(item: YamlValue, style: 'flow' | 'block'): string[] {
  if (style === 'block' && !isScalarValue(item) && !Array.isArray(item) && Object.keys(item).length) return blockLines(item);
  return [flowText(item, false)];
}

// ---------------------------------------------------------------------------------------------
// Finding nodes

function rangeOf(n: PathEntry | null | undefined): [number, number] | undefined {
  if (!n) return undefined;
  if (YAML.isPair(n)) {
    const k = rangeOf(n.key as PathEntry);
    const v = rangeOf(n.value as PathEntry);
    if (!k) return v;
    return v ? [k[0], Math.max(k[1], v[1])] : k;
  }
  const r = (n as YAML.Node).range;
  return r ? [r[0], Math.max(r[0], r[1])] : undefined;
}

/** The chain of nodes (and pairs) from the root whose ranges contain `offset`, outermost first (tree.ts `locate`). */
export function pathAt(file: EditTarget, offset: number): PathEntry[] {
  return locate(file, offset).entries;
}

/** The node whose range is exactly `span` (as the SourceMap records it) and that passes `test`. */
export function nodeAt<N extends YAML.Node>(file: EditTarget, span: Span, test: (n: unknown) => n is N): NodeLoc<N> | undefined {
  if (span.start < 0 || span.end > file.text.length) return undefined;
  const path = pathAt(file, span.start);
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i];
    if (YAML.isPair(n) || !test(n)) continue;
    const r = rangeOf(n);
    if (!r || r[0] !== span.start || r[1] !== span.end) continue;
    const inFlow = path.slice(0, i).some((p) => YAML.isCollection(p) && (p as YAML.YAMLMap).flow === true);
    return { node: n, path: path.slice(0, i + 1), inFlow };
  }
  return undefined;
}

/** The mapping or list of a converted value (a model's `raw` object, a list), found by its SourceMap span. */
export function collectionOf(file: EditTarget, value: unknown): YAML.YAMLMap | YAML.YAMLSeq | undefined {
  const span = file.parsed.map.node(value);
  if (!span) return undefined;
  return nodeAt(file, span, (n): n is YAML.YAMLMap | YAML.YAMLSeq => YAML.isMap(n) || YAML.isSeq(n))?.node;
}

export function mapOf(file: EditTarget, value: unknown): YAML.YAMLMap | undefined {
  const c = collectionOf(file, value);
  return c && YAML.isMap(c) ? c : undefined;
}

/** The pair of a mapping node with this key (a scalar key). */
export function pairOf(map: YAML.YAMLMap, key: string): YAML.Pair | undefined {
  return map.items.find((p) => YAML.isScalar(p.key) && String((p.key as YAML.Scalar).value) === key) as YAML.Pair | undefined;
}

/** Offset just after the last character of a node's content (trailing comments and line breaks excluded). */
function contentEnd(text: string, n: PathEntry | null | undefined): number | undefined {
  if (!n) return undefined;
  if (YAML.isPair(n)) {
    const v = n.value as YAML.Node | null;
    const vr = v && YAML.isNode(v) ? rangeOf(v) : undefined;
    if (v && vr && vr[1] > vr[0]) return contentEnd(text, v);
    const kr = rangeOf(n.key as YAML.Node);
    if (!kr) return undefined;
    // `key:` without a value: the content ends after the colon.
    let i = kr[1];
    while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
    return text[i] === ':' ? i + 1 : kr[1];
  }
  if (YAML.isCollection(n) && !(n as YAML.YAMLMap).flow) {
    const items = (n as YAML.YAMLMap | YAML.YAMLSeq).items as PathEntry[];
    const last = items[items.length - 1];
    return last ? contentEnd(text, last) : rangeOf(n)?.[1];
  }
  const r = rangeOf(n);
  if (!r) return undefined;
  let end = r[1];
  // Block scalars include their final line breaks.
  while (end > r[0] && isBreak(text.charCodeAt(end - 1))) end--;
  return end;
}

/** The end of the last line of a node's content: where a new line after it is inserted. */
function lineEndAfter(text: string, n: PathEntry): number | undefined {
  const end = contentEnd(text, n);
  if (end === undefined) return undefined;
  return lineEndAt(text, Math.max(0, end - 1));
}

/** The bracket that closes a flow collection, if the text has it where the range says. */
function flowBrackets(text: string, n: YAML.YAMLMap | YAML.YAMLSeq): { open: number; close: number } | undefined {
  const r = rangeOf(n);
  if (!r) return undefined;
  const [o, c] = YAML.isMap(n) ? ['{', '}'] : ['[', ']'];
  if (text[r[0]] !== o || text[r[1] - 1] !== c) return undefined;
  return { open: r[0], close: r[1] - 1 };
}

// ---------------------------------------------------------------------------------------------
// Edits

function edit(file: EditTarget, start: number, end: number, newText: string): TextEdit {
  return { uri: file.uri, span: { start, end }, newText };
}

/**
 * Replaces the scalar at `span` (a value or a key) by `value`, keeping its quoting style: a
 * double- or single-quoted string stays quoted the same way; a plain one stays plain when it can.
 * With `expect`, nothing is offered when the scalar no longer holds that value (a stale span).
 */
export function replaceScalar(file: EditTarget, span: Span, value: YamlScalar, expect?: string): TextEdit | undefined {
  const loc = nodeAt(file, span, YAML.isScalar);
  if (!loc) return undefined;
  const node = loc.node;
  if (expect !== undefined && String(node.value) !== expect) return undefined;
  if (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') return undefined;
  let text: string;
  if (typeof value === 'string' && node.type === 'QUOTE_DOUBLE') text = JSON.stringify(value);
  else if (typeof value === 'string' && node.type === 'QUOTE_SINGLE' && !/[\r\n]/.test(value)) text = `'${value.replace(/'/g, "''")}'`;
  else text = scalarText(value, loc.inFlow);
  const r = rangeOf(node)!;
  if (file.text.slice(r[0], r[1]) === text) return undefined;
  return edit(file, r[0], r[1], text);
}

function placeIndex(map: YAML.YAMLMap, place: Place): { index: number; before: boolean } | undefined {
  const n = map.items.length;
  if (place === 'first') return n ? { index: 0, before: true } : undefined;
  if (place === 'last') return n ? { index: n - 1, before: false } : undefined;
  const key = 'after' in place ? place.after : place.before;
  const i = map.items.findIndex((p) => YAML.isScalar(p.key) && String((p.key as YAML.Scalar).value) === key);
  if (i < 0) return n ? { index: n - 1, before: false } : undefined;
  return { index: i, before: 'before' in place };
}

/**
 * Inserts `key: value` pairs into a mapping node. Block mapping: new lines at the mapping's
 * indentation (after the chosen pair's last line, or before it); with `block`, a collection value
 * is written in block style below its key. Flow mapping: `, key: value` after the chosen pair
 * (before the closing brace when last), or `key: value, ` before it. Keys already present are an
 * error of the caller: nothing is offered.
 */
export function insertPairs(
  file: EditTarget,
  map: YAML.YAMLMap,
  entries: [string, YamlValue][],
  opts: { place?: Place; block?: boolean } = {},
): TextEdit | undefined {
  const text = file.text;
  if (!entries.length || entries.some(([k]) => pairOf(map, k))) return undefined;
  const eol = eolOf(text);
  if (map.flow) {
    const br = flowBrackets(text, map);
    if (!br) return undefined;
    const inline = entries.map(([k, v]) => `${scalarText(k, true)}: ${flowText(v)}`).join(', ');
    const at = placeIndex(map, opts.place ?? 'last');
    if (!at) return edit(file, br.open + 1, br.close, ` ${inline} `);
    const pair = map.items[at.index] as YAML.Pair;
    if (at.before) {
      const start = rangeOf(pair)?.[0];
      return start === undefined ? undefined : edit(file, start, start, `${inline}, `);
    }
    const end = contentEnd(text, pair);
    return end === undefined ? undefined : edit(file, end, end, `, ${inline}`);
  }
  const first = map.items[0] as YAML.Pair | undefined;
  const firstStart = rangeOf(first)?.[0];
  if (!first || firstStart === undefined) return undefined;
  const indent = ' '.repeat(columnOf(text, firstStart));
  const lines = entries.flatMap(([k, v]) => pairLines(k, v, !!opts.block));
  const at = placeIndex(map, opts.place ?? 'last')!;
  const pair = map.items[at.index] as YAML.Pair;
  if (at.before) {
    const start = rangeOf(pair)?.[0];
    if (start === undefined) return undefined;
    let lineStart = lineStartAt(text, start);
    if (text.slice(lineStart, start).trim() !== '') {
      // At the key's own column: on a list item's first line the text after `- ` moves down.
      return edit(file, start, start, lines.map((l) => l + eol + indent).join(''));
    }
    // Above the comment lines that belong to the key (a `# poc-studio-disable-next-line` must
    // stay right above the line it silences).
    for (let prev = previousLineStart(text, lineStart); prev !== undefined; prev = previousLineStart(text, prev)) {
      if (!/^[ \t]*#/.test(text.slice(prev, lineEndAt(text, prev)))) break;
      lineStart = prev;
    }
    return edit(file, lineStart, lineStart, lines.map((l) => indent + l + eol).join(''));
  }
  const pos = lineEndAfter(text, pair);
  if (pos === undefined) return undefined;
  return edit(file, pos, pos, lines.map((l) => eol + indent + l).join(''));
}

export function insertPair(
  file: EditTarget,
  map: YAML.YAMLMap,
  key: string,
  value: YamlValue,
  opts: { place?: Place; block?: boolean } = {},
): TextEdit | undefined {
  return insertPairs(file, map, [[key, value]], opts);
}

/**
 * Sets the value of `key` in a mapping: replaces a written scalar (keeping its quoting), fills an
 * empty `key:`, or inserts the pair at `place` when the key is absent.
 */
export function setPairValue(
  file: EditTarget,
  map: YAML.YAMLMap,
  key: string,
  value: YamlScalar,
  opts: { place?: Place } = {},
): TextEdit | undefined {
  const pair = pairOf(map, key);
  if (!pair) return insertPair(file, map, key, value, opts);
  const v = pair.value as YAML.Node | null;
  const vr = v && YAML.isNode(v) ? rangeOf(v) : undefined;
  if (v && vr && vr[1] > vr[0]) {
    if (!YAML.isScalar(v)) return undefined;
    return replaceScalar(file, { start: vr[0], end: vr[1] }, value);
  }
  const end = contentEnd(file.text, pair);
  if (end === undefined || file.text[end - 1] !== ':') return undefined;
  return edit(file, end, end, ` ${scalarText(value, !!map.flow)}`);
}

/**
 * Appends an item to a list node. Block list: a new `- item` line at the list's indentation after
 * the last item; a mapping item in `block` style spans several lines, in `flow` style one
 * (`auto`: like the last item). Flow list: `, item` before the closing bracket.
 */
export function appendItem(
  file: EditTarget,
  seq: YAML.YAMLSeq,
  item: YamlValue,
  style: 'flow' | 'block' | 'auto' = 'auto',
): TextEdit | undefined {
  const text = file.text;
  if (seq.flow) {
    const br = flowBrackets(text, seq);
    if (!br) return undefined;
    const last = seq.items[seq.items.length - 1] as YAML.Node | undefined;
    if (!last) return edit(file, br.open + 1, br.close, flowText(item));
    const end = contentEnd(text, last);
    return end === undefined ? undefined : edit(file, end, end, `, ${flowText(item)}`);
  }
  const last = seq.items[seq.items.length - 1] as YAML.Node | undefined;
  const start = rangeOf(seq)?.[0];
  if (!last || start === undefined || text[start] !== '-') return undefined;
  const pos = lineEndAfter(text, last);
  if (pos === undefined) return undefined;
  const resolved = style === 'auto' ? (YAML.isMap(last) && !last.flow ? 'block' : 'flow') : style;
  return edit(file, pos, pos, blockItemText(itemLines(item, resolved), ' '.repeat(columnOf(text, start)), eolOf(text)));
}

function blockItemText(lines: string[], indent: string, eol: string): string {
  return eol + indent + '- ' + lines[0] + lines.slice(1).map((l) => eol + indent + '  ' + l).join('');
}

/** Whether `offset` is inside a scalar that started on an earlier line (a multi-line string). */
function insideMultilineScalar(file: EditTarget, offset: number): boolean {
  const path = pathAt(file, offset);
  const last = path[path.length - 1];
  if (!last || YAML.isPair(last) || !YAML.isScalar(last)) return false;
  const r = rangeOf(last)!;
  return r[0] < offset && offset < r[1];
}

/**
 * Inserts a whole line above the line that contains `offset`, with that line's indentation
 * (`# …` above `  - { id: T1 … }` is indented by two spaces). Nothing inside a multi-line string.
 */
export function insertLineAbove(file: EditTarget, offset: number, line: string): TextEdit | undefined {
  const text = file.text;
  if (offset < 0 || offset > text.length) return undefined;
  const start = lineStartAt(text, offset);
  if (insideMultilineScalar(file, start)) return undefined;
  const indent = /^[ \t]*/.exec(text.slice(start, lineEndAt(text, start)))![0];
  return edit(file, start, start, indent + line + eolOf(text));
}

/** The top-level mapping of a block-style document, if that is what the file holds. */
function rootMap(file: EditTarget): YAML.YAMLMap | undefined {
  const root = rootOf(file.parsed);
  return root && YAML.isMap(root) ? root : undefined;
}

/**
 * Adds an item to the top-level list section `key`: appended to the list when there is one,
 * under `key:` when it is empty, else a new section — after the last of `after` present in the
 * file (the keys that come before it in the usual order), or at the end of the file. A new
 * section is separated by a blank line when the file separates its sections that way.
 * `style` is the item's style when the list has no item to follow (else the last item's).
 */
export function insertSectionItem(
  file: EditTarget,
  key: string,
  item: YamlValue,
  opts: { style?: 'flow' | 'block'; after?: readonly string[] } = {},
): TextEdit | undefined {
  const text = file.text;
  const eol = eolOf(text);
  const style = opts.style ?? 'flow';
  const root = rootMap(file);
  const docRoot = rootOf(file.parsed);
  if (!root && docRoot !== null && docRoot !== undefined) return undefined; // a list or a scalar at the top
  if (root?.flow) return insertPair(file, root, key, [item]);
  const lines = itemLines(item, style);
  const pair = root && pairOf(root, key);
  if (pair) {
    const v = pair.value as YAML.Node | null;
    if (v && YAML.isSeq(v)) return appendItem(file, v, item, v.items.length ? 'auto' : style);
    const vr = v && YAML.isNode(v) ? rangeOf(v) : undefined;
    if (v && !(YAML.isScalar(v) && v.value === null && vr && vr[1] === vr[0])) return undefined;
    const pos = lineEndAfter(text, pair);
    if (pos === undefined) return undefined;
    const keyStart = rangeOf(pair)![0];
    return edit(file, pos, pos, blockItemText(lines, ' '.repeat(columnOf(text, keyStart) + 2), eol));
  }
  const section = [`${scalarText(key, false)}:`, ...blockItemText(lines, '  ', eol).split(eol).slice(1)];
  const sectionText = section.join(eol);
  const items = (root?.items ?? []) as YAML.Pair[];
  // After the last of the keys that usually come before it.
  if (opts.after && items.length) {
    let prev: YAML.Pair | undefined;
    for (const p of items) if (YAML.isScalar(p.key) && opts.after.includes(String((p.key as YAML.Scalar).value))) prev = p;
    if (prev && prev !== items[items.length - 1]) {
      const pos = lineEndAfter(text, prev);
      const next = items[items.indexOf(prev) + 1];
      const nextStart = rangeOf(next)?.[0];
      if (pos !== undefined && nextStart !== undefined) {
        const between = text.slice(pos, lineStartAt(text, nextStart));
        const blank = /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)/.test(between) ? eol : '';
        return edit(file, pos, pos, eol + blank + sectionText);
      }
    }
  }
  // At the end of the file (after the document's content if a second document or `...` follows).
  const rootEnd = docRoot && YAML.isNode(docRoot) ? rangeOf(docRoot)?.[1] : undefined;
  if (rootEnd !== undefined && /^(---|\.\.\.)/m.test(text.slice(rootEnd))) {
    const last = items[items.length - 1];
    const pos = last ? lineEndAfter(text, last) : undefined;
    return pos === undefined ? undefined : edit(file, pos, pos, eol + sectionText);
  }
  if (text.trim() === '') return edit(file, text.length, text.length, sectionText + eol);
  const endsWithBreak = isBreak(text.charCodeAt(text.length - 1));
  let blank = '';
  const lastPair = items[items.length - 1];
  const lastStart = rangeOf(lastPair)?.[0];
  if (lastStart !== undefined && items.length > 1) {
    // The last section is preceded by a blank line (above its comments, if any).
    let prevLine = previousLineStart(text, lineStartAt(text, lastStart));
    while (prevLine !== undefined && /^[ \t]*#/.test(text.slice(prevLine, lineEndAt(text, prevLine)))) prevLine = previousLineStart(text, prevLine);
    const endsWithBlank = /(\r\n|\r|\n)[ \t]*(\r\n|\r|\n)[ \t]*$/.test(text);
    if (prevLine !== undefined && isBlankLine(text, prevLine) && !endsWithBlank) blank = eol;
  }
  return edit(file, text.length, text.length, (endsWithBreak ? '' : eol) + blank + sectionText + (endsWithBreak ? eol : ''));
}

/** Applies edits of one file to its text (non-overlapping edits, any order). */
export function applyEdits(text: string, edits: readonly { span: Span; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
