/**
 * The `yaml` nodes that editing features (hover, code actions, edits) read, without parsing the
 * whole file again: a text parsed whole keeps its document (ParsedYaml.doc); for a text parsed in
 * chunks, `rootOf` is a skeleton of the top-level mapping whose entries are parsed the first time
 * they are asked for, and whose top-level lists parse an item only when it is read (one chunk:
 * the item a cursor or a diagnostic is in). Node ranges are offsets in the whole text, as in a
 * whole parse. `locate` walks from the root to the nodes holding an offset, visiting only those.
 *
 * Memory: the nodes parsed for one version stay with that version's ParsedYaml (a WeakMap) and go
 * with it; nothing is kept across versions.
 */
import * as YAML from 'yaml';
import type { Span } from '../text';
import type { Leaf } from './chunks';
import { PARSE_OPTIONS } from './limits';
import type { ParsedYaml } from './result';

export type PathSeg = string | number;
export type PathEntry = YAML.Node | YAML.Pair;

/** A top-level list of a chunked text: items parsed when read; `leafAt` finds an item by offset without reading the others. */
class ChunkedSeq extends YAML.YAMLSeq {
  constructor(readonly leafAt: (offset: number) => number) {
    super();
  }
}

const roots = new WeakMap<ParsedYaml, YAML.Node | null>();

/** The root node of the first document (undefined when the text was not parsed, null when it is empty). */
export function rootOf(parsed: ParsedYaml): YAML.Node | null | undefined {
  if (!parsed.layout) return parsed.doc?.contents as YAML.Node | null | undefined;
  let root = roots.get(parsed);
  if (root === undefined) roots.set(parsed, (root = skeleton(parsed)));
  return root;
}

/** Parses one chunk of the text and moves its ranges to where the chunk is. */
function chunkContents(text: string, leaf: Leaf): YAML.Node | null {
  const doc = YAML.parseDocument(text.slice(leaf.start, leaf.end), PARSE_OPTIONS);
  const o = leaf.start;
  YAML.visit(doc, {
    Node(_key, node) {
      const r = node.range;
      if (r) node.range = [r[0] + o, r[1] + o, r[2] + o];
    },
  });
  return doc.contents as YAML.Node | null;
}

function skeleton(parsed: ParsedYaml): YAML.Node {
  const { text, layout, map } = parsed;
  const root = new YAML.YAMLMap();
  const span = map.node(parsed.root)!;
  root.range = [span.start, span.end, span.end];
  for (const piece of layout!.pieces) {
    if (piece.kind === 'entry') {
      const m = chunkContents(text, piece.leaf);
      if (YAML.isMap(m)) root.items.push(...(m.items as YAML.Pair<unknown, unknown>[]));
      continue;
    }
    const leaves = piece.items;
    const key = new YAML.Scalar(piece.key);
    key.range = [piece.keyStart, piece.keyStart + piece.key.length, piece.keyStart + piece.key.length];
    key.type = 'PLAIN';
    const seq = new ChunkedSeq((offset) => {
      let lo = 0;
      let hi = leaves.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (leaves[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    });
    const seqSpan = map.value(parsed.root, piece.key)!;
    seq.range = [seqSpan.start, seqSpan.end, seqSpan.end];
    const read: (YAML.Node | null | undefined)[] = new Array(leaves.length);
    const itemAt = (i: number) => {
      if (read[i] === undefined) {
        const s = chunkContents(text, leaves[i]);
        read[i] = YAML.isSeq(s) ? ((s.items[0] as YAML.Node | null) ?? null) : null;
      }
      return read[i];
    };
    seq.items = new Proxy(read, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && prop.length < 16) {
          const i = Number(prop);
          if (Number.isInteger(i) && i >= 0 && i < leaves.length && String(i) === prop) return itemAt(i);
        }
        return Reflect.get(target, prop, receiver);
      },
    }) as unknown[];
    root.items.push(new YAML.Pair(key, seq));
  }
  return root;
}

export interface Location {
  /** From the root down, pairs included: the nodes whose ranges hold the offset, outermost first. */
  entries: PathEntry[];
  /** For each entry, how many segments of `path` lead to it. */
  depths: number[];
  /** The path of the deepest entry: a key for each pair passed, an index for each list item. */
  path: PathSeg[];
}

/** A pair's key as a path segment (a null key reads `null`, as yaml prints it). */
function keyOf(pair: YAML.Pair): string {
  const k = pair.key;
  if (YAML.isScalar(k) && k.value !== null && k.value !== undefined) return String(k.value);
  return String(k ?? '');
}

/** Scalars hold their end (a cursor just after a word), collections do not. */
function holds(node: unknown, offset: number): boolean {
  const r = (node as YAML.Node | null)?.range;
  if (!r) return false;
  const end = Math.max(r[0], r[1]);
  return YAML.isScalar(node) || YAML.isAlias(node) ? r[0] <= offset && offset <= end : r[0] <= offset && offset < end;
}

/**
 * The nodes of `parsed` that hold `offset`, from the root down: in a mapping, the pair whose key
 * or value holds it; in a list, the item. Only the nodes on that path are visited (and, for a
 * chunked text, only the chunk that holds the offset is parsed).
 */
export function locate(file: { parsed: ParsedYaml }, offset: number): Location {
  const out: Location = { entries: [], depths: [], path: [] };
  const root = rootOf(file.parsed);
  const r = root?.range;
  if (!root || !r || offset < r[0] || offset > Math.max(r[0], r[1])) return out;
  const push = (e: PathEntry) => {
    out.entries.push(e);
    out.depths.push(out.path.length);
  };
  let cur: YAML.Node | undefined = root;
  for (let depth = 0; cur && depth < 200; depth++) {
    push(cur);
    let next: YAML.Node | undefined;
    if (YAML.isMap(cur)) {
      for (const pair of cur.items as YAML.Pair[]) {
        const k = pair.key as YAML.Node | null;
        const v = pair.value as YAML.Node | null;
        const inKey = YAML.isNode(k) && holds(k, offset);
        if (inKey || (YAML.isNode(v) && holds(v, offset))) {
          out.path.push(keyOf(pair));
          push(pair);
          next = inKey ? k! : v!;
          break;
        }
      }
    } else if (YAML.isSeq(cur)) {
      const items = cur.items as (YAML.Node | null)[];
      if (cur instanceof ChunkedSeq) {
        const i = cur.leafAt(offset);
        if (holds(items[i], offset)) {
          out.path.push(i);
          next = items[i]!;
        }
      } else {
        for (let i = 0; i < items.length; i++) {
          if (YAML.isNode(items[i]) && holds(items[i], offset)) {
            out.path.push(i);
            next = items[i]!;
            break;
          }
        }
      }
    }
    cur = next;
  }
  return out;
}

export type FieldRole = 'key' | 'value' | 'item';

export interface FieldAt {
  /** The path of the field (for a key: including the key itself). */
  path: PathSeg[];
  role: FieldRole;
  /** The key or scalar under the offset. */
  span: Span;
  /** The scalar's value (for a key: the key text). */
  value: unknown;
}

/** The key or scalar a location ends on, with its role; undefined when it ends on a collection (or nothing). */
export function fieldAt(loc: Location): FieldAt | undefined {
  const n = loc.entries.length;
  const last = loc.entries[n - 1];
  if (!last || !YAML.isScalar(last)) return undefined;
  const span: Span = { start: last.range![0], end: last.range![1] };
  const parent = loc.entries[n - 2];
  const role: FieldRole = YAML.isPair(parent) ? (parent.key === last ? 'key' : 'value') : YAML.isSeq(parent) ? 'item' : 'value';
  return { path: loc.path, role, span, value: last.value };
}
