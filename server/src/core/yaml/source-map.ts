/**
 * Spans of converted values: every mapping and list records, on the value itself (slot.ts), its
 * own span and those of its keys and values (or items), in one compact form relative to the chunk
 * that holds it (`base`).
 */
import type { Span } from '../text';
import { Slot } from '../slot';

/**
 * Where a chunk of the text starts; spans of a cached chunk are relative to it (see chunks.ts).
 * A chunk kept by a later version of the text moves: `offset` is its place in the newest version
 * that holds it (`owner`, that version's layout); a SourceMap of an older version finds the
 * chunk's place in its own layout instead (SourceMap.positions), so a published version never
 * changes.
 */
export interface Base {
  offset: number;
  owner?: object;
}
export const ZERO: Base = Object.freeze({ offset: 0 });

/**
 * The spans of one mapping or list: a mapping's key names with four offsets per key in `offs`
 * (key start, key end, value start, value end); a list's two offsets per item in `offs`, without
 * names. All offsets, and `start`/`end` (the collection's own span), are relative to `base`.
 * Numbers in arrays rather than span objects: fewer objects for the garbage collector on large plans.
 */
export interface NodeInfo {
  base: Base;
  start: number;
  end: number;
  names?: string[];
  offs: number[];
}

/**
 * One table serves all files: converted values are never shared between two places of one text
 * (a value shared by two versions is at the same place of its chunk in both).
 */
const INFO = new Slot<NodeInfo>('poc-studio.spans');
export const infoOf = (target: object): NodeInfo | undefined => INFO.get(target);

/** Where each chunk of one version starts (chunks.ts): for reading spans of a version that is not the newest. */
export interface Positions {
  owner: object;
  /** The chunk's start in this version, or undefined when the chunk is not part of it. */
  offsetOf(base: Base): number | undefined;
}

/** Spans of the collections, keys and values of a converted document. */
export class SourceMap {
  /** `positions`: the version this map reads (chunked texts); absent for a whole parse and for the model's table. */
  constructor(private readonly positions?: Positions) {}

  /** Records a collection's spans: `names` for a mapping, undefined for a list (see NodeInfo). */
  setCompact(target: object, start: number, end: number, names: string[] | undefined, offs: number[], base: Base = ZERO): void {
    // Copies of exactly their length: arrays grown by push keep spare capacity (a plan of 20,000
    // tasks held ~7 MB of it), and these live as long as their chunk.
    INFO.set(target, { base, start, end, names: names?.slice(), offs: offs.slice() });
  }

  private info(target: unknown): NodeInfo | undefined {
    return target && typeof target === 'object' ? infoOf(target) : undefined;
  }

  private offset(b: Base): number {
    const p = this.positions;
    if (!p || b.owner === undefined || b.owner === p.owner) return b.offset;
    return p.offsetOf(b) ?? b.offset;
  }

  private at(i: NodeInfo, j: number): Span | undefined {
    const offs = i.offs;
    if (j < 0 || j + 1 >= offs.length) return undefined;
    const o = this.offset(i.base);
    return { start: offs[j] + o, end: offs[j + 1] + o };
  }

  /** Span of a mapping or sequence value. */
  node(target: unknown): Span | undefined {
    const i = this.info(target);
    if (!i) return undefined;
    const o = this.offset(i.base);
    return { start: i.start + o, end: i.end + o };
  }

  key(target: unknown, key: string): Span | undefined {
    const i = this.info(target);
    return i?.names ? this.at(i, 4 * i.names.indexOf(key)) : undefined;
  }

  value(target: unknown, key: string): Span | undefined {
    const i = this.info(target);
    if (!i?.names) return undefined;
    const k = i.names.indexOf(key);
    return k < 0 ? undefined : this.at(i, 4 * k + 2);
  }

  item(target: unknown, index: number): Span | undefined {
    const i = Array.isArray(target) ? infoOf(target) : undefined;
    return i && !i.names && Number.isInteger(index) ? this.at(i, 2 * index) : undefined;
  }

  /** The span of a key/value pair (key start → value end), or of the key alone. */
  pair(target: unknown, key: string): Span | undefined {
    const k = this.key(target, key);
    const v = this.value(target, key);
    if (!k) return v;
    return v && v.end > k.end ? { start: k.start, end: v.end } : k;
  }
}
