/**
 * A fast reader for the common shape of one list item — a task, a team member, a risk — written
 * as a one-line flow mapping (`- { id: T1, name: 启动会 }`), a block mapping of one-line values, or
 * a one-line scalar. It gives exactly what the `yaml` library plus parse.ts's Converter give for
 * the same chunk: the same values and the same spans (parse-fast.test.ts compares both on every
 * example and on many thousands of mutated items). Anything outside that shape — anchors, tags,
 * block scalars, multi-line scalars, escapes, comments inside nested blocks, an empty last value,
 * a duplicate key, a tab, a control character — is refused (undefined), and the caller parses the
 * chunk with `yaml` as before. It exists because `yaml` spends most of a large plan's open on its
 * general lexer and parser; see BENCHMARKS.md.
 */
import * as YAML from 'yaml';
import type { Span } from './text';

/** The item as parseItemChunk reports it; offsets are relative to the chunk. */
export interface FastItem {
  value: unknown;
  /** The item node's span. */
  itemSpan: Span;
  /** The one-item sequence's span (from the dash to the end of the item). */
  seqSpan: Span;
  /** The sequence's end including trailing comments (yaml's range[2]); undefined when comment or blank lines follow the item. */
  end?: number;
}

/**
 * Records the spans of a converted mapping or sequence (parse.ts's SourceMap.setCompact): a
 * mapping's key names with four offsets per key (key start, key end, value start, value end), a
 * list's two offsets per item. A node recorded before the reader gives up is simply dropped.
 */
export type Register = (target: object, start: number, end: number, names: string[] | undefined, offs: number[]) => void;

/** Mappings with more keys than this are left to yaml (key lookups in the compact form are linear). */
const MAX_KEYS = 200;

const BAIL: unique symbol = Symbol('bail');

const NL = 10;
const SP = 32;
const HASH = 35;
const DASH = 45;
const COLON = 58;
const COMMA = 44;
const DQ = 34;
const SQ = 39;
const LBRACK = 91;
const RBRACK = 93;
const LBRACE = 123;
const RBRACE = 125;
const BACKSLASH = 92;

/** Characters this reader never handles: tabs, CR, other controls, NEL/C1, BOM, line separators, non-characters. */
const REFUSED_CHARS = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/;

/** First characters of a plain scalar that YAML gives a meaning (indicators), refused here. */
const INDICATOR = new Set([..."-?:,[]{}#&*!|>'\"%@`"].map((c) => c.charCodeAt(0)));

/** The core schema's scalar tags that a plain scalar may resolve to (null, bool, int, float), in yaml's order. */
const TAGS = new YAML.Schema({ merge: true }).tags.filter(
  (t): t is YAML.ScalarTag & { test: RegExp } => t.default === true && 'test' in t && t.test instanceof RegExp,
);
const RESOLVE_OPTIONS = { intAsBigInt: false } as unknown as YAML.ParseOptions;

/** Whether a plain scalar may be anything but a string: only these first characters can start a null, bool or number. */
function mayBeTyped(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 /* + */ || c === DASH || c === 46 /* . */ || c === 126 /* ~ */ || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70;
}

/** A plain scalar's value, as yaml's core schema resolves it. */
function resolvePlain(s: string): unknown {
  if (!mayBeTyped(s.charCodeAt(0))) return s;
  for (const tag of TAGS) {
    if (!tag.test.test(s)) continue;
    let failed = false;
    const v = tag.resolve(s, () => (failed = true), RESOLVE_OPTIONS);
    if (failed) throw BAIL;
    const out = YAML.isScalar(v) ? v.value : v;
    if (typeof out === 'bigint') throw BAIL;
    return out;
  }
  return s;
}

interface Read {
  value: unknown;
  start: number;
  end: number;
  /** yaml's range[2] of the node in block context: the start of the line after it (or the text's end). */
  after: number;
}

class Reader {
  private nodes = 0;

  constructor(
    private readonly s: string,
    private readonly register: Register,
    private readonly maxDepth: number,
    private readonly maxNodes: number,
  ) {}

  private count(depth: number): void {
    if (depth > this.maxDepth || ++this.nodes > this.maxNodes) throw BAIL;
  }

  /** The start of the line after the one holding `p` (or the text's end). */
  private nextLine(p: number): number {
    const nl = this.s.indexOf('\n', p);
    return nl < 0 ? this.s.length : nl + 1;
  }

  private indentAt(lineStart: number): number {
    let i = lineStart;
    while (this.s.charCodeAt(i) === SP) i++;
    return i - lineStart;
  }

  /** Whether the line starting at `lineStart` is blank (spaces only) or a comment. */
  private blankOrComment(lineStart: number): boolean {
    const c = this.s.charCodeAt(lineStart + this.indentAt(lineStart));
    return c === NL || c === HASH || Number.isNaN(c);
  }

  private isDash(p: number): boolean {
    const n = this.s.charCodeAt(p + 1);
    return this.s.charCodeAt(p) === DASH && (n === SP || n === NL || Number.isNaN(n));
  }

  /** After a one-line value ending at `p`: spaces, then an optional comment, then the line's end. Returns the next line's start. */
  private restOfLine(p: number): number {
    const s = this.s;
    let i = p;
    while (s.charCodeAt(i) === SP) i++;
    const c = s.charCodeAt(i);
    if (c === HASH) {
      if (i === p) throw BAIL; // `value#…` right after a quote or bracket
      return this.nextLine(i);
    }
    if (c === NL) return i + 1;
    if (Number.isNaN(c)) return i;
    throw BAIL;
  }

  /**
   * Where the plain key starting at `p` ends (its colon), when the line is `key: …` or `key:`;
   * -1 when the line is not a plain key (the caller reads it as a value).
   */
  private keyColon(p: number): number {
    const s = this.s;
    const first = s.charCodeAt(p);
    if (first === LBRACK || first === LBRACE || first === DQ || first === SQ) return -1;
    for (let i = p; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === NL) return -1;
      if (c === HASH && s.charCodeAt(i - 1) === SP) return -1;
      if (c === COLON) {
        const n = s.charCodeAt(i + 1);
        if (n === SP || n === NL || Number.isNaN(n)) return i;
      }
    }
    return -1;
  }

  /** The plain key `s[p, colon)`, resolved and stringified as Converter does. */
  private keyText(p: number, colon: number): string {
    const c = this.s.charCodeAt(p);
    if (INDICATOR.has(c) || c === SP || colon - p > 1000 || this.s.charCodeAt(colon - 1) === SP) throw BAIL;
    const raw = resolvePlain(this.s.slice(p, colon));
    return raw === null || raw === undefined ? '' : String(raw);
  }

  /** A one-item block sequence chunk (parseItemChunk's input). */
  item(): FastItem {
    const s = this.s;
    const d = this.indentAt(0);
    if (s.charCodeAt(d) !== DASH || s.charCodeAt(d + 1) !== SP) throw BAIL;
    let c = d + 2;
    while (s.charCodeAt(c) === SP) c++;
    const ch = s.charCodeAt(c);
    if (ch === NL || ch === HASH || Number.isNaN(ch)) throw BAIL;
    const r = this.keyColon(c) >= 0 ? this.blockMap(c, c, 2, true) : this.inline(c, 2);
    // Only comment lines no deeper than the dash, and blank lines, may follow the item.
    for (let p = r.after; p < s.length; p = this.nextLine(p)) {
      const indent = this.indentAt(p);
      const k = s.charCodeAt(p + indent);
      if (k === NL || Number.isNaN(k)) continue;
      if (k !== HASH || indent > d) throw BAIL;
    }
    return {
      value: r.value,
      itemSpan: { start: r.start, end: r.end },
      seqSpan: { start: d, end: r.after },
      end: r.after === s.length ? r.after : undefined,
    };
  }

  /**
   * A block mapping whose first key starts at `p`, in column `col`. In the item's own mapping
   * (`top`), comment and blank lines may stand between pairs whose value is one line; anywhere
   * else they are refused (yaml's ranges then depend on where it attaches them).
   */
  private blockMap(p: number, col: number, depth: number, top: boolean): Read {
    this.count(depth);
    const s = this.s;
    const obj: Record<string, unknown> = Object.create(null);
    const names: string[] = [];
    const offs: number[] = [];
    const start = p;
    let last: Read;
    for (;;) {
      const colon = this.keyColon(p);
      if (colon < 0) throw BAIL;
      const key = this.keyText(p, colon);
      if (names.indexOf(key) >= 0 || names.length >= MAX_KEYS) throw BAIL;
      names.push(key);
      offs.push(p, colon);
      let q = colon + 1;
      while (s.charCodeAt(q) === SP) q++;
      const c = s.charCodeAt(q);
      let block = false;
      if (c === HASH) throw BAIL;
      if (c === NL || Number.isNaN(c)) {
        // A nested block on the next lines, or an empty value (null).
        const nl = q + 1;
        const indent = nl < s.length ? this.indentAt(nl) : -1;
        if (nl < s.length && this.blankOrComment(nl)) throw BAIL;
        if (indent > col || (indent === col && this.isDash(nl + indent))) {
          const at = nl + indent;
          if (this.isDash(at)) last = this.blockSeq(at, indent, depth + 1);
          else if (this.keyColon(at) >= 0) last = this.blockMap(at, indent, depth + 1, false);
          else throw BAIL; // a scalar on the next line
          block = true;
          offs.push(last.start, last.end);
        } else {
          this.count(depth + 1);
          // yaml's empty scalar: Converter gives it the key's span. Its range as the last value is
          // not what the rest of this reader assumes: refused below if nothing follows.
          last = { value: null, start: q, end: q, after: -1 };
          offs.push(p, colon);
          if (nl >= s.length) throw BAIL;
          last.after = nl;
        }
      } else {
        last = this.inline(q, depth + 1);
        offs.push(last.start, last.end);
      }
      obj[key] = last.value;
      // The next pair, or the end of the mapping.
      let next = last.after;
      let gap = false;
      while (next < s.length && this.blankOrComment(next)) {
        gap = true;
        next = this.nextLine(next);
      }
      const indent = next < s.length ? this.indentAt(next) : -1;
      if (indent === col && !this.isDash(next + indent)) {
        if (gap && (!top || block)) throw BAIL;
        p = next + indent;
        continue;
      }
      if (indent > col) throw BAIL; // a continuation line or bad indentation
      if (last.value === null && last.start === last.end) throw BAIL; // an empty last value
      if (gap && (!top || block)) throw BAIL;
      break;
    }
    this.register(obj, start, last.after, names, offs);
    return { value: obj, start, end: last.after, after: last.after };
  }

  /** A block sequence whose first dash is at `p`, in column `col`; each item one line or a block mapping. */
  private blockSeq(p: number, col: number, depth: number): Read {
    this.count(depth);
    const s = this.s;
    const arr: unknown[] = [];
    const offs: number[] = [];
    const start = p;
    let last: Read;
    for (;;) {
      let q = p + 1;
      while (s.charCodeAt(q) === SP) q++;
      const c = s.charCodeAt(q);
      if (c === NL || c === HASH || Number.isNaN(c) || this.isDash(q)) throw BAIL;
      const lineStart = p - col;
      last = this.keyColon(q) >= 0 ? this.blockMap(q, q - lineStart, depth + 1, false) : this.inline(q, depth + 1);
      arr.push(last.value);
      offs.push(last.start, last.end);
      const next = last.after;
      if (next >= s.length) break;
      if (this.blankOrComment(next)) throw BAIL;
      const indent = this.indentAt(next);
      if (indent === col && this.isDash(next + indent)) {
        p = next + indent;
        continue;
      }
      if (indent > col) throw BAIL;
      break;
    }
    this.register(arr, start, last.after, undefined, offs);
    return { value: arr, start, end: last.after, after: last.after };
  }

  /** A one-line value in block context: flow collection, quoted or plain scalar, then the rest of its line. */
  private inline(p: number, depth: number): Read {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACK || c === LBRACE) {
      const r = this.flow(p, depth);
      return { value: r.value, start: p, end: r.end, after: this.restOfLine(r.end) };
    }
    if (c === DQ || c === SQ) {
      this.count(depth);
      const r = this.quoted(p);
      return { value: r.value, start: p, end: r.end, after: this.restOfLine(r.end) };
    }
    if (INDICATOR.has(c) && !(c === DASH && s.charCodeAt(p + 1) !== SP && s.charCodeAt(p + 1) !== NL && p + 1 < s.length)) throw BAIL;
    this.count(depth);
    // A plain scalar: to the comment or the line's end, trailing spaces trimmed.
    let e = p;
    let end = p;
    for (; e < s.length; e++) {
      const k = s.charCodeAt(e);
      if (k === NL) break;
      if (k === HASH && s.charCodeAt(e - 1) === SP) break;
      if (k === COLON) {
        const n = s.charCodeAt(e + 1);
        if (n === SP || n === NL || Number.isNaN(n)) throw BAIL; // a mapping inside a plain value
      }
      if (k !== SP) end = e + 1;
    }
    const after = e < s.length ? this.nextLine(e) : s.length;
    return { value: resolvePlain(s.slice(p, end)), start: p, end, after };
  }

  /** A quoted scalar on one line, without escapes. */
  private quoted(p: number): { value: string; end: number } {
    const s = this.s;
    const q = s.charCodeAt(p);
    if (q === DQ) {
      for (let i = p + 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c === DQ) return { value: s.slice(p + 1, i), end: i + 1 };
        if (c === BACKSLASH || c === NL) throw BAIL;
      }
      throw BAIL;
    }
    let out = '';
    let from = p + 1;
    for (let i = p + 1; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === NL) throw BAIL;
      if (c !== SQ) continue;
      if (s.charCodeAt(i + 1) === SQ) {
        out += s.slice(from, i + 1);
        from = i + 2;
        i++;
        continue;
      }
      return { value: out + s.slice(from, i), end: i + 1 };
    }
    throw BAIL;
  }

  /** A flow sequence or mapping on one line, starting at its bracket; `end` is after the closing bracket. */
  private flow(p: number, depth: number): { value: unknown; end: number } {
    this.count(depth);
    const s = this.s;
    const isSeq = s.charCodeAt(p) === LBRACK;
    const close = isSeq ? RBRACK : RBRACE;
    const arr: unknown[] = [];
    const obj: Record<string, unknown> = Object.create(null);
    const names: string[] = [];
    const offs: number[] = [];
    let i = p + 1;
    const skip = () => {
      while (s.charCodeAt(i) === SP) i++;
    };
    skip();
    if (s.charCodeAt(i) === close) i++;
    else {
      for (;;) {
        if (isSeq) {
          const v = this.flowValue(i, depth + 1);
          arr.push(v.value);
          offs.push(i, v.end);
          i = v.end;
        } else {
          const k0 = i;
          const k = s.charCodeAt(i);
          if (INDICATOR.has(k) || k === SP) throw BAIL;
          while (i < s.length) {
            const c = s.charCodeAt(i);
            if (c === COLON || c === NL || c === COMMA || c === LBRACK || c === RBRACK || c === LBRACE || c === RBRACE || c === HASH) break;
            i++;
          }
          if (s.charCodeAt(i) !== COLON || s.charCodeAt(i + 1) !== SP || s.charCodeAt(i - 1) === SP || i - k0 > 1000) throw BAIL;
          const rawKey = resolvePlain(s.slice(k0, i));
          const key = rawKey === null || rawKey === undefined ? '' : String(rawKey);
          if (names.indexOf(key) >= 0 || names.length >= MAX_KEYS) throw BAIL;
          names.push(key);
          offs.push(k0, i);
          i += 2;
          skip();
          const c = s.charCodeAt(i);
          if (c === COMMA || c === close) throw BAIL; // an empty value
          const v = this.flowValue(i, depth + 1);
          obj[key] = v.value;
          offs.push(i, v.end);
          i = v.end;
        }
        skip();
        const c = s.charCodeAt(i);
        if (c === COMMA) {
          i++;
          skip();
          if (s.charCodeAt(i) === close || s.charCodeAt(i) === COMMA) throw BAIL; // a trailing or doubled comma
          continue;
        }
        if (c === close) {
          i++;
          break;
        }
        throw BAIL; // a line break, a comment or anything else inside the brackets
      }
    }
    this.register(isSeq ? arr : obj, p, i, isSeq ? undefined : names, offs);
    return { value: isSeq ? arr : obj, end: i };
  }

  /** A value inside a flow collection: nested collection, quoted or plain scalar (no `:` inside). */
  private flowValue(p: number, depth: number): { value: unknown; end: number } {
    const s = this.s;
    const c = s.charCodeAt(p);
    if (c === LBRACK || c === LBRACE) return this.flow(p, depth);
    this.count(depth);
    if (c === DQ || c === SQ) return this.quoted(p);
    if (INDICATOR.has(c) && !(c === DASH && isPlainSafe(s.charCodeAt(p + 1)))) throw BAIL;
    let i = p;
    let end = p;
    for (; i < s.length; i++) {
      const k = s.charCodeAt(i);
      if (k === COMMA || k === RBRACK || k === RBRACE || k === NL) break;
      if (k === LBRACK || k === LBRACE || k === COLON) throw BAIL;
      if (k === HASH && s.charCodeAt(i - 1) === SP) throw BAIL;
      if (k !== SP) end = i + 1;
    }
    if (end === p) throw BAIL;
    return { value: resolvePlain(s.slice(p, end)), end };
  }
}

/** Whether a character after a leading `-` keeps it a plain scalar in flow context. */
function isPlainSafe(c: number): boolean {
  return !(Number.isNaN(c) || c === SP || c === NL || c === COMMA || c === RBRACK || c === RBRACE || c === LBRACK || c === LBRACE);
}

/**
 * Reads a chunk holding one block-sequence item (`  - …` up to the next item), as parse.ts's
 * parseItemChunk would with yaml; undefined when the item is outside the shape this reader
 * handles (then yaml reads it).
 */
export function readItemChunk(chunk: string, register: Register, maxDepth: number, maxNodes: number): FastItem | undefined {
  if (REFUSED_CHARS.test(chunk)) return undefined;
  try {
    return new Reader(chunk, register, maxDepth, maxNodes).item();
  } catch {
    // BAIL: a shape this reader leaves to yaml. Anything else would be a bug here; yaml still
    // reads the chunk correctly, so the user never sees it (the tests' acceptance counts would).
    return undefined;
  }
}
