/**
 * Chunked parsing: the text cut into chunks YAML guarantees to be independent, each parsed alone
 * and cached by its text (ChunkCache), the converted root assembled from them.
 */
import * as YAML from 'yaml';
import type { Span } from '../text';
import { readItemChunk } from '../parse-fast';
import { Converter, spanOf } from './convert';
import { deeperThan, NESTING_GUARD, PARSE_OPTIONS, type ParseLimits } from './limits';
import type { ParsedYaml } from './result';
import { infoOf, SourceMap, type Base, type Positions } from './source-map';
import { isItemLine, isSingleItem, NOT_CHUNKABLE, splitTopLevel } from './lines';

/**
 * The parsed chunks of one file's last version: an edit re-parses only the chunks it touched.
 * Owned by the caller (one per file).
 */
export class ChunkCache {
  /** How the last version was cut, with each chunk's parse. */
  last?: Layout;
  /** Chunks parsed so far (for tests and the benchmark). */
  parsed = 0;
  /** Of those, the items read by the fast reader (parse-fast.ts) rather than yaml. */
  fast = 0;

  clear(): void {
    this.last = undefined;
  }

  /**
   * The last version's chunks by text, for a new version that must be cut afresh (identical
   * chunks, e.g. two equal items, share a key). Built when asked: opening a text never needs it.
   */
  byText(): Map<string, CachedChunk[]> | undefined {
    const last = this.last;
    if (!last) return undefined;
    const out = new Map<string, CachedChunk[]>();
    for (const piece of last.pieces) {
      for (const leaf of piece.kind === 'entry' ? [piece.leaf] : piece.items) {
        const chunk = last.text.slice(leaf.start, leaf.end);
        const list = out.get(chunk);
        if (list) list.push(leaf.chunk);
        else out.set(chunk, [leaf.chunk]);
      }
    }
    return out;
  }
}

/** One chunk's parse, shared by every version that holds the same chunk text; spans relative to `base`. */
export interface CachedChunk {
  readonly base: Base;
  /** The converted value: the entry's mapping, or the list item. */
  readonly value: unknown;
  /** For an entry chunk, the keys and the spans of its pairs. */
  readonly pairs?: readonly { key: string; keySpan: Span; valueSpan: Span; value: unknown }[];
  /** For an item chunk: its list's span (the chunk's `- ` to the item's end) and the item's span. */
  readonly seqStart?: number;
  readonly seqEnd?: number;
  readonly itemStart?: number;
  readonly itemEnd?: number;
  /**
   * End of the chunk's collection (the top-level mapping or the list), as the whole parse's range
   * ends. Only the last chunk's counts; the fast reader leaves it undefined when comments follow
   * the item, and assemble() asks yaml then (itemChunkEnd).
   */
  end?: number;
}

// A plan of thousands of tasks is one long top-level list. Re-parsing it whole on every keystroke
// costs ten times a fast parser's full parse, so the text is cut into chunks that YAML guarantees
// to be independent: each top-level `key:` entry, and each item of a top-level block list. Chunks
// are parsed alone and cached by their text; an edit re-parses the chunks it touched. The result
// must be exactly what parseWhole gives (tests check it on every example and on random edits), so
// anything unusual — anchors and aliases, merge keys, directives, several documents, tabs, a
// top-level list, a syntax error, a duplicate top-level key — falls back to parsing the whole text.

/** A chunk of the text as laid out in one version: where it is, and its parse. Never changed once laid out. */
export interface Leaf {
  readonly start: number;
  readonly end: number;
  readonly chunk: CachedChunk;
}

export type LaidPiece =
  | { readonly kind: 'entry'; readonly leaf: Leaf }
  | { readonly kind: 'list'; readonly key: string; readonly keyStart: number; readonly indent: number; readonly items: readonly Leaf[] };

/**
 * How one version of a text is cut into chunks: kept by its ParsedYaml (tree.ts parses the chunk
 * an editing feature touches) and by the ChunkCache for the fast path of the next edit. A new
 * version gets a new layout; leaves that did not move are shared.
 */
export interface Layout {
  readonly text: string;
  readonly pieces: readonly LaidPiece[];
}

function parseChunkDoc(chunk: string): YAML.Document.Parsed | undefined {
  if (deeperThan(chunk, NESTING_GUARD) >= 0) return undefined; // parseWhole reports it
  const doc = YAML.parseDocument(chunk, PARSE_OPTIONS);
  return doc.errors.length === 0 && doc.warnings.length === 0 ? doc : undefined;
}

function parseEntryChunk(chunk: string, base: Base, limits: ParseLimits, cache: ChunkCache): CachedChunk | undefined {
  cache.parsed++;
  const doc = parseChunkDoc(chunk);
  if (!doc || !YAML.isMap(doc.contents)) return undefined;
  const conv = new Converter(doc, new SourceMap(), limits, chunk.length, base);
  const obj = conv.convert(doc.contents, 0) as Record<string, unknown>;
  if (conv.limitFinding) return undefined;
  const { names, offs } = infoOf(obj)!;
  const pairs = names!.map((key, k) => ({
    key,
    keySpan: { start: offs[4 * k], end: offs[4 * k + 1] },
    valueSpan: { start: offs[4 * k + 2], end: offs[4 * k + 3] },
    value: obj[key],
  }));
  return { base, value: obj, pairs, end: doc.contents.range[1] };
}

function parseItemChunk(chunk: string, base: Base, limits: ParseLimits, cache: ChunkCache): CachedChunk | undefined {
  cache.parsed++;
  // The common shapes are read without yaml (parse-fast.ts gives exactly what yaml gives).
  const map = new SourceMap();
  const fast = readItemChunk(chunk, (target, start, end, names, offs) => map.setCompact(target, start, end, names, offs, base), limits.maxDepth, limits.maxNodes);
  if (fast) {
    cache.fast++;
    const { seqSpan, itemSpan } = fast;
    return { base, value: fast.value, seqStart: seqSpan.start, seqEnd: seqSpan.end, itemStart: itemSpan.start, itemEnd: itemSpan.end, end: fast.end };
  }
  return parseItemChunkYaml(chunk, base, limits);
}

function parseItemChunkYaml(chunk: string, base: Base, limits: ParseLimits): CachedChunk | undefined {
  const doc = parseChunkDoc(chunk);
  if (!doc || !YAML.isSeq(doc.contents) || doc.contents.items.length !== 1) return undefined;
  const item = doc.contents.items[0] as YAML.Node | null;
  const conv = new Converter(doc, new SourceMap(), limits, chunk.length, base);
  const value = item === null ? null : conv.convert(item, 2);
  if (conv.limitFinding) return undefined;
  const seq = doc.contents.range!;
  const itemSpan = spanOf(item, { start: seq[0], end: seq[0] });
  return { base, value, seqStart: seq[0], seqEnd: seq[1], itemStart: itemSpan.start, itemEnd: itemSpan.end, end: seq[2] };
}

/** Parses the text chunk by chunk with the cache; undefined when the whole text must be parsed instead. */
export function parseChunked(text: string, limits: ParseLimits, cache: ChunkCache): ParsedYaml | undefined {
  const layout = (cache.last && fastLayout(cache.last, text, cache, limits)) ?? fullLayout(text, cache, limits);
  if (!layout) return undefined;
  const result = assemble(layout);
  cache.last = result ? layout : undefined;
  return result;
}

/** The chunk `c` starts at `start` in the version laid out by `owner` (the newest that holds it). */
function place(c: CachedChunk, start: number, owner: Layout): void {
  c.base.offset = start;
  c.base.owner = owner;
}

/** Splits the whole text and takes each chunk from the cache, or parses it. */
function fullLayout(text: string, cache: ChunkCache, limits: ParseLimits): Layout | undefined {
  const pieces = splitTopLevel(text);
  if (!pieces || pieces.length === 0) return undefined;
  const old = cache.byText();
  const take = (start: number, end: number, parse: typeof parseEntryChunk): Leaf | undefined => {
    const chunk = text.slice(start, end);
    const c = old?.get(chunk)?.pop() ?? parse(chunk, { offset: start }, limits, cache);
    return c && { start, end, chunk: c };
  };
  const laid: LaidPiece[] = [];
  for (const piece of pieces) {
    if (piece.kind === 'entry') {
      const leaf = take(piece.start, piece.end, parseEntryChunk);
      if (!leaf) return undefined;
      laid.push({ kind: 'entry', leaf });
    } else {
      const items: Leaf[] = [];
      for (const it of piece.items) {
        const leaf = take(it.start, it.end, parseItemChunk);
        if (!leaf) return undefined;
        items.push(leaf);
      }
      const first = piece.items[0].start;
      let indent = 0;
      while (text.charCodeAt(first + indent) === 32) indent++;
      laid.push({ kind: 'list', key: piece.key, keyStart: piece.keyStart, indent, items });
    }
  }
  const layout: Layout = { text, pieces: laid };
  for (const pc of laid) for (const l of pc.kind === 'entry' ? [pc.leaf] : pc.items) place(l.chunk, l.start, layout);
  return layout;
}

/**
 * The common edit — typing inside one task, one stakeholder, one top-level entry — re-parses that
 * chunk alone: the changed region is found from the common prefix and suffix with the previous
 * text, and the other chunks only move. Undefined when the edit crosses chunks or changes how the
 * text is cut (a new item, a new top-level key …): then the whole text is split again.
 */
function fastLayout(last: Layout, text: string, cache: ChunkCache, limits: ParseLimits): Layout | undefined {
  const old = last.text;
  const min = Math.min(old.length, text.length);
  // Common prefix and suffix, a block at a time first (substrings share the text: no copies).
  const B = 4096;
  let p = 0;
  while (p + B <= min && old.substring(p, p + B) === text.substring(p, p + B)) p += B;
  while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  if (p === old.length && p === text.length) return last; // the same text
  let q = 0;
  while (q + B <= min - p && old.substring(old.length - q - B, old.length - q) === text.substring(text.length - q - B, text.length - q)) q += B;
  while (q < min - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
  const oldEnd = old.length - q;
  const delta = text.length - old.length;

  // The one leaf that holds the whole changed region (strictly inside, so that its boundaries are kept).
  let target: { leaf: Leaf; item?: number } | undefined;
  let pieceIndex = -1;
  for (let i = 0; i < last.pieces.length && !target; i++) {
    const piece = last.pieces[i];
    const leaves = piece.kind === 'entry' ? [piece.leaf] : piece.items;
    const lastLeaf = leaves[leaves.length - 1];
    if (lastLeaf.end < p) continue;
    for (let j = 0; j < leaves.length; j++) {
      const l = leaves[j];
      if (l.start < p && oldEnd < l.end) {
        target = { leaf: l, item: piece.kind === 'list' ? j : undefined };
        pieceIndex = i;
      }
      if (l.start >= p) break;
    }
    if (!target) return undefined;
  }
  if (!target) return undefined;

  const leaf = target.leaf;
  const newEnd = leaf.end + delta;
  const chunk = text.slice(leaf.start, newEnd);
  if (NOT_CHUNKABLE.test(chunk) || chunk.includes('\r')) return undefined;
  // The chunk must still be cut the same way.
  const piece = last.pieces[pieceIndex];
  if (piece.kind === 'entry') {
    const cut = splitTopLevel(chunk);
    if (!cut || cut.length !== 1 || cut[0].kind !== 'entry') return undefined;
  } else if (!isSingleItem(chunk, piece.indent) || (newEnd < text.length && !isItemLine(text, newEnd, piece.indent))) {
    return undefined;
  }

  const fresh = (piece.kind === 'entry' ? parseEntryChunk : parseItemChunk)(chunk, { offset: leaf.start }, limits, cache);
  if (!fresh) return undefined;

  // A new layout: the pieces before the edited one are shared, the edited leaf gets its new chunk,
  // the leaves after it move by delta (new leaves; the previous version keeps its own).
  const edited: Leaf = { start: leaf.start, end: newEnd, chunk: fresh };
  const moved = (l: Leaf): Leaf => (delta === 0 ? l : { start: l.start + delta, end: l.end + delta, chunk: l.chunk });
  const pieces: LaidPiece[] = last.pieces.slice(0, pieceIndex);
  for (let i = pieceIndex; i < last.pieces.length; i++) {
    const pc = last.pieces[i];
    if (pc.kind === 'entry') pieces.push(i === pieceIndex ? { kind: 'entry', leaf: edited } : { kind: 'entry', leaf: moved(pc.leaf) });
    else if (i === pieceIndex) {
      const j = target.item!;
      const items = pc.items.slice(0, j);
      items.push(edited);
      for (let k = j + 1; k < pc.items.length; k++) items.push(moved(pc.items[k]));
      pieces.push({ ...pc, items });
    } else pieces.push({ ...pc, keyStart: pc.keyStart + delta, items: pc.items.map(moved) });
  }
  const layout: Layout = { text, pieces };
  // The chunks' newest places: every chunk from the edited one on (those before it did not move).
  for (let i = pieceIndex; i < pieces.length; i++) {
    const pc = pieces[i];
    const leaves = pc.kind === 'entry' ? [pc.leaf] : pc.items;
    for (let k = i === pieceIndex && target.item !== undefined ? target.item : 0; k < leaves.length; k++) place(leaves[k].chunk, leaves[k].start, layout);
  }
  return layout;
}

/**
 * The end of an item chunk's list including the comments after the item, for a chunk read
 * without it (parse-fast.ts): yaml decides which comments belong to the list. Computed once per
 * chunk (a property of its text).
 */
const chunkEnds = new WeakMap<CachedChunk, number | undefined>();
function itemChunkEnd(c: CachedChunk, chunk: string): number | undefined {
  if (c.end !== undefined) return c.end;
  if (!chunkEnds.has(c)) {
    const doc = parseChunkDoc(chunk);
    chunkEnds.set(c, doc && YAML.isSeq(doc.contents) ? doc.contents.range[2] : undefined);
  }
  return chunkEnds.get(c);
}

/**
 * Where each chunk starts in one version, for reading its spans after a later version moved the
 * chunk: built on the first such read.
 */
function positionsOf(layout: Layout): Positions {
  let starts: Map<Base, number> | undefined;
  return {
    owner: layout,
    offsetOf(base) {
      if (!starts) {
        starts = new Map();
        for (const pc of layout.pieces) for (const l of pc.kind === 'entry' ? [pc.leaf] : pc.items) starts.set(l.chunk.base, l.start);
      }
      return starts.get(base);
    },
  };
}

/** The converted root and its spans, from the laid-out chunks. */
function assemble(layout: Layout): ParsedYaml | undefined {
  const { text } = layout;
  const map = new SourceMap(positionsOf(layout));
  const root: Record<string, unknown> = Object.create(null);
  const names: string[] = [];
  const offs: number[] = [];
  let rootStart = -1;
  let rootEnd = 0;
  const add = (key: string, ks: number, ke: number, vs: number, ve: number, value: unknown): boolean => {
    if (key in root) return false; // a duplicate key: the whole parse reports it
    root[key] = value;
    names.push(key);
    offs.push(ks, ke, vs, ve);
    if (rootStart < 0) rootStart = ks;
    return true;
  };
  for (const piece of layout.pieces) {
    if (piece.kind === 'entry') {
      const { chunk: c, start: o } = piece.leaf;
      for (const p of c.pairs!) if (!add(p.key, p.keySpan.start + o, p.keySpan.end + o, p.valueSpan.start + o, p.valueSpan.end + o, p.value)) return undefined;
      rootEnd = c.end! + o;
    } else {
      const n = piece.items.length;
      const arr: unknown[] = new Array(n);
      const itemOffs: number[] = new Array(2 * n);
      for (let i = 0; i < n; i++) {
        const { chunk: c, start: o } = piece.items[i];
        arr[i] = c.value;
        itemOffs[2 * i] = c.itemStart! + o;
        itemOffs[2 * i + 1] = c.itemEnd! + o;
      }
      const first = piece.items[0];
      const lastLeaf = piece.items[n - 1];
      const seqStart = first.chunk.seqStart! + first.start;
      const seqEnd = lastLeaf.chunk.seqEnd! + lastLeaf.start;
      const end = itemChunkEnd(lastLeaf.chunk, text.slice(lastLeaf.start, lastLeaf.end));
      if (end === undefined) return undefined;
      rootEnd = end + lastLeaf.start;
      map.setCompact(arr, seqStart, seqEnd, undefined, itemOffs);
      if (!add(piece.key, piece.keyStart, piece.keyStart + piece.key.length, seqStart, seqEnd, arr)) return undefined;
    }
  }
  map.setCompact(root, Math.max(0, rootStart), rootEnd, names, offs);
  return { text, root, map, findings: [], unreadable: false, hasSyntaxError: false, layout };
}
