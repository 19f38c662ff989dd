/**
 * The YAML context at a cursor, in block and flow style, also in documents with syntax errors
 * elsewhere.
 *
 * `markerContext` uses the technique of the Red Hat YAML server: the partial word at the cursor
 * is replaced by a marker identifier, that text is parsed with the `yaml` package, and the marker
 * scalar is looked up in the AST. Where it sits (a mapping key, a mapping value, a list item) and
 * the path to it from the root say what may be written there. When the marker is not found as a
 * scalar of its own (an unclosed quote or bracket earlier in the file swallowed it), the top-level
 * block around the cursor is parsed alone.
 *
 * Cost: inside an item of a top-level list (a task of `tasks:`, a stakeholder, a requirement, a
 * checklist entry), only that item is parsed, after a line scan of the list above it to find the
 * item and its index: O(item) parse + O(lines above) scan. A word alone at column 0 is a
 * top-level key without any parse (a character scan checks no flow collection is open above).
 * Elsewhere (small sections, unusual layouts, or when the item alone does not parse) the whole
 * text is parsed, O(file), and after a failure the top-level block around the cursor. The marker
 * lookup only descends into the nodes that contain the cursor. All of it is in `markerContext`.
 *
 * `pathAt` (yaml/tree.ts `locate`) answers the same question for the real (unmodified) document, for hover.
 */
import * as YAML from 'yaml';
import type { ArtifactFile } from '../rules/api';
import type { Span } from '../text';
import type { PathSeg } from './schema-nav';
import { deeperThan } from '../parse';
import { fieldAt, locate, type FieldAt } from '../yaml/tree';
import { itemWindow, listItemColumn, topLevelBlock, topLevelKeys, unsureAbove } from './cursor-window';

export type { PathSeg } from './schema-nav';

export const MARKER = 'pocStudioCursor_x7q';

export type CursorRole = 'key' | 'value' | 'item';

export interface CursorContext {
  /**
   * - `key`: the cursor is where a mapping key goes; `path` is the path of that mapping.
   * - `value`: the cursor is the value of a key; `path` ends with that key.
   * - `item`: the cursor is an item of a list; `path` ends with its index.
   */
  role: CursorRole;
  path: PathSeg[];
  /** `key`: the other keys of the mapping; `item`: the other scalar items of the list. */
  siblings: string[];
  /** The mapping or list that holds the cursor is in flow style (`{ … }`, `[ … ]`). */
  flow: boolean;
  /** The partial word at the cursor (may be empty) and its span: what a completion replaces. */
  word: string;
  span: Span;
  /** Nothing but indentation (and `- `) before the word and nothing after it on the line. */
  lineAlone: boolean;
  /** A `:` already follows the word (completing an existing key: insert the name only). */
  hasColon: boolean;
  /** The word directly follows `key:` with no space: an inserted value needs a leading space. */
  needsSpace: boolean;
  /** In flow style, another entry follows the word without a comma (`{ id: T2, | name: x }`). */
  entryFollows: boolean;
  /** The word is inside quotes: insert values unquoted. */
  quoted: boolean;
  /** Column of the word's start, and indentation of its line (in characters). */
  column: number;
  lineIndent: number;
  /**
   * The YAML nodes along the path: `nodes[i]` is the node at `path.slice(0, i)` (`nodes[0]` is the
   * root). When only the cursor's item was parsed, the list holds only that item: read the other
   * items from the file's model.
   */
  nodes: unknown[];
}

/** A character that belongs to a word at the cursor (ids, enum values, dates, keys, Chinese text). */
function isWordChar(ch: string): boolean {
  return ch !== '' && !/[\s,[\]{}:#"'`|>&*!%@]/.test(ch);
}

interface Found {
  role: CursorRole;
  path: PathSeg[];
  nodes: unknown[];
  siblings: string[];
  flow: boolean;
  quoted: boolean;
  /** The map that holds the marker as a key (to recognise a `marker:` the colon trick turned into a map). */
  keyMap?: YAML.YAMLMap;
}

/** Whether a node's range holds `at`: end-inclusive for a scalar (a cursor just after a word), half-open for a collection. */
function contains(node: unknown, at: number): boolean {
  const r = (node as YAML.Node | null)?.range;
  if (!r) return false;
  return YAML.isScalar(node) ? r[0] <= at && at <= r[1] : r[0] <= at && at < r[1];
}

function scalarText(node: unknown): string | undefined {
  if (!YAML.isScalar(node)) return undefined;
  const v = node.value;
  return v === null || v === undefined ? undefined : String(v);
}

/** Looks for the marker scalar at offset `at`, descending only into nodes that contain it. */
function findMarker(doc: YAML.Document.Parsed, at: number): Found | undefined {
  const root = doc.contents;
  const isMarker = (n: unknown) => YAML.isScalar(n) && n.value === MARKER;
  const quotedOf = (n: unknown) => YAML.isScalar(n) && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE');
  if (isMarker(root)) return { role: 'key', path: [], nodes: [root], siblings: [], flow: false, quoted: quotedOf(root) };
  const path: PathSeg[] = [];
  const nodes: unknown[] = [];
  let node: unknown = root;
  for (let depth = 0; depth < 200 && node; depth++) {
    nodes.push(node);
    if (YAML.isMap(node)) {
      let next: unknown;
      for (const pair of node.items) {
        if (isMarker(pair.key) && contains(pair.key, at)) {
          const siblings = node.items.filter((p) => p !== pair).map((p) => scalarText(p.key)).filter((k): k is string => k !== undefined);
          return { role: 'key', path, nodes, siblings, flow: !!node.flow, quoted: quotedOf(pair.key), keyMap: node };
        }
        if (isMarker(pair.value) && contains(pair.value, at)) {
          return { role: 'value', path: [...path, keyOf(pair)], nodes: [...nodes], siblings: [], flow: !!node.flow, quoted: quotedOf(pair.value) };
        }
        if (contains(pair.value, at) && (YAML.isMap(pair.value) || YAML.isSeq(pair.value))) {
          path.push(keyOf(pair));
          next = pair.value;
          break;
        }
      }
      node = next;
    } else if (YAML.isSeq(node)) {
      let next: unknown;
      for (let i = 0; i < node.items.length; i++) {
        const item = node.items[i];
        if (isMarker(item) && contains(item, at)) {
          const siblings = node.items.filter((x) => x !== item).map(scalarText).filter((k): k is string => k !== undefined);
          return { role: 'item', path: [...path, i], nodes: [...nodes], siblings, flow: !!node.flow, quoted: quotedOf(item) };
        }
        if (contains(item, at) && (YAML.isMap(item) || YAML.isSeq(item))) {
          path.push(i);
          next = item;
          break;
        }
      }
      node = next;
    } else return undefined;
  }
  return undefined;
}

function keyOf(pair: YAML.Pair): string {
  return scalarText(pair.key) ?? String(pair.key ?? '');
}

function parse(text: string): YAML.Document.Parsed | undefined {
  if (deeperThan(text, 300) >= 0) return undefined; // too deep for yaml (parse.ts NESTING_GUARD)
  try {
    return YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: false, keepSourceTokens: false, strict: false });
  } catch {
    // yaml reports syntax errors in the document; a throw here is its own limit (e.g. alias
    // expansion): the cursor then has no tree, like text too deep above.
    return undefined;
  }
}

/**
 * `opts.window: false` always parses the whole text (no item window, no column-0 shortcut): the
 * reference the shortcuts are tested against.
 */
export function markerContext(text: string, offset: number, opts: { window?: boolean } = {}): CursorContext | undefined {
  const at = Math.max(0, Math.min(offset, text.length));
  let start = at;
  let end = at;
  while (start > 0 && isWordChar(text[start - 1])) start--;
  while (end < text.length && isWordChar(text[end])) end++;
  const word = text.slice(start, end);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).replace(/\r$/, '');
  if (/(^|\s)#/.test(before)) return undefined; // in a comment
  if (/^\s*-$/.test(before + word) && word === '-') return undefined; // a dash not yet followed by a space
  if (/^\s*---/.test(before) || /^\s*\.\.\./.test(before)) return undefined;

  const lineIndent = /^[ \t]*/.exec(before)![0].length;
  const dashed = /^[ \t]*(-[ \t]+)+$/.test(before);
  const lineAlone = (/^[ \t]*$/.test(before) || dashed) && /^[ \t]*(#.*)?$/.test(after);
  const hasColon = /^[ \t]*:([ \t]|$)/.test(after);
  const needsSpace = /(^|[\s{,[])[^\s:#{}[\],]+:$/.test(before);

  // On a line of its own, `marker:` makes a key (a bare word there would run into the next line as
  // one multi-line scalar). After `- ` it is a key only when more of that item follows below.
  let suffix = '';
  if (lineAlone && !dashed) suffix = after.startsWith('#') ? ': ' : ':';
  else if (lineAlone && dashed) {
    const next = /\n([ \t]*)[^\s#]/.exec(text.slice(lineEnd));
    if (next && next[1].length > before.lastIndexOf('-')) suffix = after.startsWith('#') ? ': ' : ':';
  }
  const prefix = needsSpace ? ' ' : '';
  const inserted = `${prefix}${MARKER}${suffix}`;
  const markerAt = start + prefix.length;

  // Parses `header` + text[from, to) with the marker in place of the word.
  const attempt = (from: number, to: number, header: string, marker: string): Found | undefined => {
    const doc = parse(header + text.slice(from, start) + marker + text.slice(end, to));
    return doc ? findMarker(doc, header.length + markerAt - from) : undefined;
  };
  let entryFollows = false;
  const search = (from: number, to: number, header: string): Found | undefined => {
    const found = attempt(from, to, header, inserted);
    if (found || lineAlone || !/^[ \t]+[^\s,\]}#]/.test(after)) return found;
    // `{ id: T2, | name: x }`: a new entry before an existing one; a comma keeps them apart.
    const withComma = attempt(from, to, header, `${prefix}${MARKER},`);
    entryFollows = !!withComma?.flow;
    return entryFollows ? withComma : undefined;
  };

  // A word alone at column 0 is a top-level key, unless a flow collection is still open above.
  if (opts.window !== false && lineAlone && !dashed && start === lineStart && !unsureAbove(text, lineStart)) {
    return {
      role: 'key',
      path: [],
      siblings: topLevelKeys(text, { start: lineStart, end: lineEnd }),
      flow: false,
      word,
      span: { start, end },
      lineAlone,
      hasColon: false,
      needsSpace: false,
      entryFollows: false,
      quoted: false,
      column: 0,
      lineIndent: 0,
      nodes: [],
    };
  }

  // On a blank line at the dashes' column of a top-level list: a new item of that list goes here.
  const listKey = lineAlone && !dashed ? listItemColumn(text, lineStart, start - lineStart) : undefined;
  if (listKey !== undefined) {
    return {
      role: 'key',
      path: [listKey],
      siblings: [],
      flow: false,
      word,
      span: { start, end },
      lineAlone,
      hasColon: false,
      needsSpace: false,
      entryFollows: false,
      quoted: false,
      column: start - lineStart,
      lineIndent,
      nodes: [],
    };
  }

  let found: Found | undefined;
  // In an item of a top-level list (a task of `tasks:` …), parse that item alone.
  const win = opts.window === false ? undefined : itemWindow(text, start, lineStart);
  if (win) {
    found = search(win.from, win.to, win.header);
    if (found && found.path[0] === win.key && found.path[1] === 0) found.path[1] = win.index;
    else found = undefined;
  }
  if (!found) found = search(0, text.length, '');
  let blockOnly: Span | undefined;
  if (!found) {
    const block = topLevelBlock(text, start);
    if (block.start > 0 || block.end < text.length) {
      found = search(block.start, block.end, '');
      blockOnly = block;
    }
  }
  if (!found) return undefined;

  let { role, path, siblings, nodes } = found;
  let flow = found.flow;
  // `[T1,\n  marker:\n]`: the colon made a one-pair map inside a flow list; it is a list item.
  if (role === 'key' && suffix && found.keyMap?.flow && found.keyMap.items.length === 1 && path.length > 0) {
    const parent = nodes[nodes.length - 2];
    if (YAML.isSeq(parent) && parent.flow && typeof path[path.length - 1] === 'number') {
      role = 'item';
      nodes = nodes.slice(0, -1);
      siblings = parent.items.filter((x) => x !== found!.keyMap).map(scalarText).filter((k): k is string => k !== undefined);
      flow = true;
    }
  }
  if (blockOnly && role === 'key' && path.length === 0) siblings = [...new Set([...siblings, ...topLevelKeys(text, blockOnly)])];
  return {
    role,
    path,
    siblings,
    flow,
    word,
    span: { start, end },
    lineAlone,
    hasColon: role === 'key' && hasColon,
    needsSpace,
    entryFollows,
    quoted: found.quoted,
    column: start - lineStart,
    lineIndent,
    nodes,
  };
}

export function cursorContext(file: ArtifactFile, offset: number): CursorContext | undefined {
  return markerContext(file.text, offset);
}

/** The string value of `key` in the mapping at `nodes[depth]` of a context (e.g. the id of the enclosing task). */
export function valueIn(ctx: Pick<CursorContext, 'nodes'>, depth: number, key: string): string | undefined {
  const node = ctx.nodes[depth];
  if (!YAML.isMap(node)) return undefined;
  for (const pair of node.items) if (scalarText(pair.key) === key) return scalarText(pair.value);
  return undefined;
}

/** The string values of `key` in the mappings of the list at `nodes[depth]` (e.g. the ids of the other tasks). */
export function itemValues(ctx: Pick<CursorContext, 'nodes'>, depth: number, key: string): string[] {
  const node = ctx.nodes[depth];
  if (!YAML.isSeq(node)) return [];
  const out: string[] = [];
  for (const item of node.items) {
    if (!YAML.isMap(item)) continue;
    for (const pair of item.items) {
      if (scalarText(pair.key) !== key) continue;
      const v = scalarText(pair.value);
      if (v !== undefined && v !== MARKER) out.push(v);
    }
  }
  return out;
}

/** The key or scalar at `offset` in the file's real document (end inclusive): `locate` of yaml/tree.ts, its last entry. */
export function pathAt(file: Pick<ArtifactFile, 'parsed'>, offset: number): FieldAt | undefined {
  return fieldAt(locate(file, offset));
}
