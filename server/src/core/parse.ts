/**
 * YAML → plain JS values with exact source spans.
 *
 * The `yaml` library gives a document AST with ranges; we convert it to plain objects/arrays
 * (which ajv and the model read) and remember, in a side table, the span of every collection,
 * every key and every value. Resource limits (size, binary content, nesting, alias expansion)
 * turn hostile input into findings instead of hangs or crashes.
 */
import * as YAML from 'yaml';
import type { Finding, Localized } from './types';
import type { Span } from './text';
import { readItemChunk } from './parse-fast';
import { Slot } from './slot';

export interface ParseLimits {
  /** Files longer than this (in UTF-16 code units, ≈ bytes for ASCII) are not parsed. */
  maxChars: number;
  /** Deepest nesting of collections we convert. */
  maxDepth: number;
  /** Upper bound on the number of values after expanding aliases (billion-laughs guard). */
  maxNodes: number;
  /** Upper bound on the values that aliases add by repetition. */
  maxAliasExpansion: number;
  /**
   * Texts at least this long are parsed in cached chunks (incremental re-parsing), shorter ones
   * whole. 0 by default: with list items read by parse-fast.ts, chunks are cheaper than a whole
   * yaml parse even for a small file read for the first time (the 1,000-file cold start).
   */
  chunkMinChars: number;
}

export const DEFAULT_LIMITS: ParseLimits = {
  maxChars: 10 * 1024 * 1024,
  maxDepth: 100,
  maxNodes: 5_000_000,
  maxAliasExpansion: 100_000,
  chunkMinChars: 0,
};

/** Where a chunk of the text starts; spans of a cached chunk are relative to it (see parseChunked). */
interface Base {
  offset: number;
}
const ZERO: Base = Object.freeze({ offset: 0 });

interface NodeInfo {
  base: Base;
  span: Span;
  keys?: Map<string, Span>;
  values?: Map<string, Span>;
  items?: Span[];
  /** The spans of a list's items read when asked (a list assembled from cached chunks: its items move). */
  itemAt?: (index: number) => Span | undefined;
  /**
   * The compact form the fast reader writes (parse-fast.ts): a mapping's key names, with four
   * offsets per key in `offs` (key start, key end, value start, value end); a list's two offsets
   * per item in `offs`, without names. Fewer objects for the garbage collector on large plans.
   */
  names?: string[];
  offs?: number[];
}

/**
 * Spans of every converted mapping and sequence, kept on the value itself (slot.ts). Converted
 * values are never shared between two places of one text, so one table serves all files; the
 * spans of a cached chunk are stored relative to its base, which moves when text before the chunk
 * changes.
 */
const INFO = new Slot<NodeInfo>('poc-studio.spans');
const infoOf = (target: object): NodeInfo | undefined => INFO.get(target);

const shift = (s: Span | undefined, b: Base): Span | undefined => (s === undefined || b.offset === 0 ? s : { start: s.start + b.offset, end: s.end + b.offset });

/** The span at `offs[j]`, `offs[j + 1]` of a compact node (see NodeInfo.names). */
function compactSpan(i: NodeInfo, j: number): Span | undefined {
  const offs = i.offs!;
  if (j < 0 || j + 1 >= offs.length) return undefined;
  return { start: offs[j] + i.base.offset, end: offs[j + 1] + i.base.offset };
}

/** Spans of the collections, keys and values of a converted document. */
export class SourceMap {
  set(target: object, info: Omit<NodeInfo, 'base'>, base: Base = ZERO): void {
    INFO.set(target, { ...info, base });
  }

  /** The compact form (NodeInfo.names): `names` for a mapping, undefined for a list. */
  setCompact(target: object, start: number, end: number, names: string[] | undefined, offs: number[], base: { offset: number } = ZERO): void {
    INFO.set(target, { base, span: { start, end }, names, offs });
  }

  private info(target: unknown): NodeInfo | undefined {
    return target && typeof target === 'object' ? infoOf(target) : undefined;
  }

  /** Span of a mapping or sequence value. */
  node(target: unknown): Span | undefined {
    const i = this.info(target);
    return i && shift(i.span, i.base);
  }

  key(target: unknown, key: string): Span | undefined {
    const i = this.info(target);
    if (i?.names) return compactSpan(i, 4 * i.names.indexOf(key));
    return i && shift(i.keys?.get(key), i.base);
  }

  value(target: unknown, key: string): Span | undefined {
    const i = this.info(target);
    if (i?.names) {
      const k = i.names.indexOf(key);
      return k < 0 ? undefined : compactSpan(i, 4 * k + 2);
    }
    return i && shift(i.values?.get(key), i.base);
  }

  item(target: unknown, index: number): Span | undefined {
    const i = Array.isArray(target) ? infoOf(target) : undefined;
    if (i?.itemAt) return i.itemAt(index);
    if (i?.offs) return Number.isInteger(index) ? compactSpan(i, 2 * index) : undefined;
    return i && shift(i.items?.[index], i.base);
  }

  /** The span of a key/value pair (key start → value end), or of the key alone. */
  pair(target: unknown, key: string): Span | undefined {
    const k = this.key(target, key);
    const v = this.value(target, key);
    if (!k) return v;
    return v && v.end > k.end ? { start: k.start, end: v.end } : k;
  }
}

export interface ParsedYaml {
  text: string;
  /** The first YAML document's AST (for editing features), if the text was parsed. */
  doc?: YAML.Document.Parsed;
  /** The converted top-level value (undefined for an empty document or unparsed text). */
  root: unknown;
  map: SourceMap;
  /** yaml-syntax and file-unreadable findings. */
  findings: Finding[];
  /** True when the text could not be read as YAML at all (binary, too large…): nothing else is checked. */
  unreadable: boolean;
  /** True when there is a YAML syntax error: the content is partial. */
  hasSyntaxError: boolean;
}

const msg = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Chinese wording for the yaml library's error codes; the English text comes from the library. */
const YAML_ERRORS_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BAD_SCALAR_START: '普通标量不能以该字符开头，请加引号',
  BLOCK_AS_IMPLICIT_KEY: '此处不允许嵌套映射（冒号后缺少空格或缩进不对？）',
  BLOCK_IN_FLOW: '流式集合（[ ] 或 { }）中不能出现块结构',
  DUPLICATE_KEY: '同一映射中的键必须唯一',
  MISSING_CHAR: '缺少字符（未闭合的引号或括号，或缺少 "-" / ":"）',
  MULTILINE_IMPLICIT_KEY: '隐式键必须在同一行内',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  TAB_AS_INDENT: '不能用 Tab 缩进，请使用空格',
  UNEXPECTED_TOKEN: '意外的内容',
  BAD_ALIAS: '别名无效',
  BAD_DIRECTIVE: '指令无效',
  BAD_PROP_ORDER: '锚点和标签必须写在节点内容之前',
  KEY_OVER_1024_CHARS: '隐式键不能超过 1024 个字符',
  NON_STRING_KEY: '键必须是字符串',
  TAG_RESOLVE_FAILED: '无法解析标签',
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_COLLECTION_TYPE: '集合类型不正确',
  RESOURCE_EXHAUSTION: '嵌套过深或内容过多，无法安全读取',
  IMPOSSIBLE: 'YAML 解析器内部错误',
};

export function yamlSyntaxFinding(span: Span, en: string, zh: string): Finding {
  return { rule: 'yaml-syntax', span, message: msg(`YAML syntax error: ${en}`, `YAML 语法错误：${zh}`) };
}

/** A text that is not checked at all, with one file-unreadable finding at `offset` (else the first line). */
export function unreadableText(text: string, offset: number | undefined, en: string, zh: string): ParsedYaml {
  let span: Span;
  if (offset !== undefined) span = { start: Math.min(offset, text.length), end: Math.min(offset + 1, text.length) };
  else {
    const firstLineEnd = text.search(/\r|\n/);
    span = { start: 0, end: firstLineEnd < 0 ? Math.min(text.length, 200) : Math.min(firstLineEnd, 200) };
  }
  return {
    text,
    root: undefined,
    map: new SourceMap(),
    findings: [{ rule: 'file-unreadable', span, message: msg(en, zh) }],
    unreadable: true,
    hasSyntaxError: false,
  };
}

const unreadable = (text: string, en: string, zh: string) => unreadableText(text, undefined, en, zh);

/** Heuristic: NUL characters mean a binary file, not YAML that merely contains odd characters. */
function looksBinary(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return head.includes('\u0000');
}

function spanOf(node: { range?: YAML.Range | null } | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : fallback;
}

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

interface CachedChunk {
  base: Base;
  /** The converted value: the entry's mapping, or the list item. */
  value: unknown;
  /** For an entry chunk, the keys and the spans of its pairs (relative to base). */
  pairs?: { key: string; keySpan: Span; valueSpan: Span; value: unknown }[];
  /** For an item chunk, the item's span (relative to base). */
  itemSpan?: Span;
  /**
   * End of the chunk's collection (the top-level mapping or the list), as the whole parse's range
   * ends. Only the last chunk's counts; the fast reader leaves it undefined when comments follow
   * the item, and assemble() asks yaml then (itemChunkEnd).
   */
  end?: number;
}

export function parseYaml(text: string, limits: ParseLimits = DEFAULT_LIMITS, cache?: ChunkCache): ParsedYaml {
  if (text.length > limits.maxChars) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return unreadable(
      text,
      `File too large to check (${mb(text.length)} MB; limit ${mb(limits.maxChars)} MB, setting pocStudio.maxFileSizeMB).`,
      `文件过大，未检查（${mb(text.length)} MB，上限 ${mb(limits.maxChars)} MB，可在设置 pocStudio.maxFileSizeMB 中调整）。`,
    );
  }
  if (looksBinary(text)) {
    return unreadable(
      text,
      'This looks like a binary file (it contains NUL bytes), not YAML text; it was not checked.',
      '该文件包含 NUL 字节，像是二进制文件而不是 YAML 文本，未检查。',
    );
  }

  if (cache && text.length >= limits.chunkMinChars) {
    const chunked = parseChunked(text, limits, cache);
    if (chunked) return chunked;
    cache.clear();
  }
  return parseWhole(text, limits);
}

const PARSE_OPTIONS: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: true,
  merge: true,
  strict: true,
  keepSourceTokens: false,
};

/**
 * Texts whose nesting bound (deeperThan) passes this are not given to yaml at all. yaml's composer
 * recurses per level of nesting and runs out of stack at about 1,000 levels on Node 20; close to
 * that, V8 compiling one of yaml's regular expressions has been seen to abort the whole process
 * (a fatal error, not an exception). The bound counts at most two levels per indentation step and
 * per `- `, so real nesting of 150 levels is still read (and reported by the depth limit).
 */
const NESTING_GUARD = 300;

/** The ASCII characters deeperThan looks at within a line. */
const SIGNIFICANT = new Uint8Array(128);
for (const c of '\n#"\'[]{}') SIGNIFICANT[c.charCodeAt(0)] = 1;

/**
 * The offset where an upper bound of the text's nesting first passes `limit`, else -1. The bound
 * is flow brackets (outside comments and quoted scalars) plus, outside flow collections, two per
 * open indentation level and two per `- ` starting the line's content. It never under-counts what
 * yaml nests; it may over-count (brackets in plain scalars), which only matters for absurd texts.
 */
export function deeperThan(text: string, limit: number): number {
  const indents: number[] = [];
  let flow = 0;
  let block = 0; // the bound of the block levels open, from the last line that started outside flow
  let i = 0;
  const n = text.length;
  while (i < n) {
    // Start of a line: indentation and leading dashes, outside flow collections.
    if (flow === 0) {
      let j = i;
      while (text.charCodeAt(j) === 32) j++;
      const c = text.charCodeAt(j);
      if (c !== 10 && c !== 13 && c !== 35 && j < n) {
        const indent = j - i;
        while (indents.length && indents[indents.length - 1] >= indent) indents.pop();
        indents.push(indent);
        let dashes = 0;
        while (text.charCodeAt(j) === 45 && (text.charCodeAt(j + 1) === 32 || text.charCodeAt(j + 1) === 10)) {
          dashes++;
          j += 2;
          while (text.charCodeAt(j) === 32) j++;
        }
        block = 2 * (indents.length + dashes);
        if (block > limit) return j;
      }
      i = j;
    }
    // The rest of the line.
    let quote = 0;
    let prev = 32;
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 128 || !SIGNIFICANT[c]) {
        prev = c;
        continue;
      }
      if (c === 10) break;
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 35 /* # */ && (prev === 32 || prev === 9)) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? n : nl;
        break;
      } else if ((c === 34 || c === 39) && (prev === 32 || prev === 91 || prev === 123 || prev === 44 || prev === 58 || prev === 45)) quote = c;
      else if (c === 91 || c === 123) {
        if (++flow + block > limit) return i;
      } else if (c === 93 || c === 125) {
        if (flow > 0) flow--;
      }
      prev = c;
    }
    i++; // past the line break
  }
  return -1;
}

/**
 * Where nesting first gets deeper than `maxDepth` on the lines up to `near` (flow brackets and
 * block sequence dashes, outside quotes and comments), else the start of the line of `near`: a
 * cheap scan for the place to report when the parser overflowed its stack.
 */
export function tooDeepAt(text: string, near: number, maxDepth: number): number {
  near = Math.max(0, Math.min(near, text.length));
  const lineStart = text.lastIndexOf('\n', near - 1) + 1;
  let flow = 0;
  let dashes = 0;
  let quote = '';
  for (let i = 0; i < text.length && i <= near + 1; i++) {
    const c = text[i];
    if (c === '\n') {
      quote = '';
      dashes = 0;
    } else if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) break;
      i = nl - 1;
    } else if (c === '[' || c === '{') {
      if (++flow + dashes > maxDepth) return i;
    } else if (c === '-' && (text[i + 1] === ' ' || text[i + 1] === '\n') && (i === 0 || /[\s\-]/.test(text[i - 1]))) {
      if (flow + ++dashes > maxDepth) return i;
    } else if (c === ']' || c === '}') flow = Math.max(0, flow - 1);
  }
  return lineStart;
}

/** The whole text as one YAML stream (the reference behaviour; chunked parsing must agree with it). */
function parseWhole(text: string, limits: ParseLimits): ParsedYaml {
  const deep = deeperThan(text, NESTING_GUARD);
  if (deep >= 0) {
    // Never hand such a text to yaml: its composer recurses per level and would run the stack out.
    const at = tooDeepAt(text, deep, limits.maxDepth);
    return {
      text,
      root: undefined,
      map: new SourceMap(),
      findings: [
        yamlSyntaxFinding(
          { start: at, end: Math.min(text.length, at + 1) },
          `Nesting deeper than ${limits.maxDepth} levels; the file cannot be read safely.`,
          `嵌套超过 ${limits.maxDepth} 层，无法安全读取。`,
        ),
      ],
      unreadable: false,
      hasSyntaxError: true,
    };
  }

  let docs: YAML.Document.Parsed[];
  try {
    const parsed = YAML.parseAllDocuments(text, PARSE_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : [];
    if (!Array.isArray(parsed)) {
      // An EmptyStream: only comments or whitespace.
      return { text, root: undefined, map: new SourceMap(), findings: [], unreadable: false, hasSyntaxError: false };
    }
  } catch (e) {
    return unreadable(
      text,
      `The YAML parser failed on this file: ${(e as Error).message}`,
      `YAML 解析器无法读取该文件：${(e as Error).message}`,
    );
  }

  const findings: Finding[] = [];
  const doc = docs[0];
  let hasSyntaxError = false;
  if (doc) {
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    if (errors.length > 0) {
      hasSyntaxError = true;
      const e = errors[0];
      let start = Math.min(e.pos[0], text.length);
      // Errors found at the end of the text (unclosed quotes, brackets) point at the last real character.
      if (text.slice(start).trim() === '') start = Math.max(0, text.trimEnd().length - 1);
      const end = Math.min(Math.max(e.pos[1], start + 1), text.length);
      if (/call stack|too much recursion/i.test(e.message)) {
        // The parser itself ran out of stack on deep nesting: say so, where the nesting gets too deep.
        const at = tooDeepAt(text, e.pos[0], limits.maxDepth);
        findings.push(
          yamlSyntaxFinding(
            { start: at, end: Math.min(text.length, at + 1) },
            `Nesting deeper than ${limits.maxDepth} levels; the file cannot be read safely.`,
            `嵌套超过 ${limits.maxDepth} 层，无法安全读取。`,
          ),
        );
      } else {
        const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
        const opens = quote ? openingQuote(doc, text, quote, e.pos[0]) : undefined;
        if (opens !== undefined) {
          // An unclosed quote swallows the rest of the file: say where it opens, not where the text ends.
          const lineEnd = text.slice(opens).search(/\r|\n/);
          findings.push(
            yamlSyntaxFinding(
              { start: opens, end: lineEnd < 0 ? text.length : opens + Math.max(1, lineEnd) },
              `Unclosed quote: the string that starts here is never closed (a closing ${quote} is missing).`,
              `引号未闭合：从这里开始的字符串缺少结束的${quote === '"' ? '双引号' : '单引号'}。`,
            ),
          );
        } else {
          const en = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
          findings.push(yamlSyntaxFinding({ start, end }, en, YAML_ERRORS_ZH[e.code] ?? en));
        }
      }
    }
  }
  // Later documents with nothing in them (a trailing `---` or `...`, comments) are harmless.
  const extra = docs.slice(1).find((d) => !isEmptyDocument(d, text));
  if (extra) {
    const second = extra;
    const start = second.range ? second.range[0] : text.length;
    const span = { start, end: Math.min(text.length, start + 3) };
    if (!hasSyntaxError) {
      findings.push(
        yamlSyntaxFinding(
          span,
          'Only one YAML document per artifact file; the documents after the first "---" are ignored.',
          '每个文件只能有一个 YAML 文档；第一个 "---" 之后的文档会被忽略。',
        ),
      );
    }
  }

  const map = new SourceMap();
  let root: unknown = undefined;
  if (doc?.contents) {
    const conv = new Converter(doc, map, limits, text.length);
    // Without an alias (`*name`) nothing can expand: skip the counting walk.
    if (!text.includes('*') || conv.checkAliasExpansion(doc.contents)) root = conv.convert(doc.contents, 0);
    if (conv.limitFinding && !hasSyntaxError) findings.push(conv.limitFinding);
    if (conv.limitFinding) hasSyntaxError = true;
  }
  return { text, doc, root, map, findings, unreadable: false, hasSyntaxError };
}

/**
 * The offset of the quote that opens the string an "unclosed quote" error at `errorAt` belongs to:
 * the last quoted scalar of that quote that runs up to the error (it swallowed the rest of the text).
 */
function openingQuote(doc: YAML.Document.Parsed, text: string, quote: string, errorAt: number): number | undefined {
  const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  let found: number | undefined;
  YAML.visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (node.type === type && r && r[1] >= errorAt && text[r[0]] === quote && (found === undefined || r[0] > found)) found = r[0];
    },
  });
  return found;
}

/** A document of a stream with no content: only markers (`---`, `...`), comments or blank lines. */
function isEmptyDocument(d: YAML.Document.Parsed, text: string): boolean {
  if (d.errors.length > 0) return false;
  const c = d.contents;
  if (c === null || c === undefined) return true;
  if (!YAML.isScalar(c) || c.value !== null) return false;
  const r = c.range;
  return !r || text.slice(r[0], r[1]).trim() === '';
}

// --- chunked parsing ---------------------------------------------------------------------------
//
// A plan of thousands of tasks is one long top-level list. Re-parsing it whole on every keystroke
// costs ten times a fast parser's full parse, so the text is cut into chunks that YAML guarantees
// to be independent: each top-level `key:` entry, and each item of a top-level block list. Chunks
// are parsed alone and cached by their text; an edit re-parses the chunks it touched. The result
// must be exactly what parseWhole gives (tests check it on every example and on random edits), so
// anything unusual — anchors and aliases, merge keys, directives, several documents, tabs, a
// top-level list, a syntax error, a duplicate top-level key — falls back to parsing the whole text.

/** Text features that make chunks depend on each other or on document-level state. */
const NOT_CHUNKABLE = /(?:^|[\s[{,])[&*][^\s,\]}]|(?:^|[\s{,])<<\s*:|^(?:---|\.\.\.|%)|^\t/m;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]*(?:#.*)?$/;

interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
  indent: number;
  /** Blank or only a comment. */
  empty: boolean;
}

type Piece = { kind: 'entry'; start: number; end: number } | { kind: 'list'; key: string; keyStart: number; items: { start: number; end: number }[] };

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start < text.length) {
    let nl = text.indexOf('\n', start);
    const next = nl < 0 ? text.length : nl + 1;
    if (nl < 0) nl = text.length;
    const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    let i = start;
    while (i < end && text.charCodeAt(i) === 32) i++;
    lines.push({ start, end, next, indent: i - start, empty: i === end || text.charCodeAt(i) === 35 });
    start = next;
  }
  return lines;
}

/** Cuts the text into top-level entries and list items; undefined when it cannot be cut safely. */
function splitTopLevel(text: string): Piece[] | undefined {
  if (NOT_CHUNKABLE.test(text) || text.includes('\r') && !/^[^\r]*(\r\n[^\r]*)*$/.test(text)) return undefined;
  const lines = linesOf(text);
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.empty || l.indent > 0) continue;
    if (text.charCodeAt(l.start) === 45 /* - */) {
      if (starts.length === 0) return undefined; // a top-level list
      continue;
    }
    starts.push(i);
  }
  const pieces: Piece[] = [];
  for (let k = 0; k < starts.length; k++) {
    const first = starts[k];
    const last = k + 1 < starts.length ? starts[k + 1] : lines.length; // exclusive
    const entryStart = lines[first].start;
    const entryEnd = last < lines.length ? lines[last].start : text.length;
    const m = KEY_LINE.exec(text.slice(lines[first].start, lines[first].end));
    let items: { start: number; end: number }[] | undefined;
    if (m) {
      let j = first + 1;
      while (j < last && lines[j].empty) j++;
      const isItem = (l: Line) => text.charCodeAt(l.start + l.indent) === 45 && (l.start + l.indent + 1 >= l.end || text.charCodeAt(l.start + l.indent + 1) === 32);
      if (j < last && isItem(lines[j])) {
        const indent = lines[j].indent;
        items = [];
        for (let i = j; i < last && items; i++) {
          const l = lines[i];
          if (l.empty || l.indent > indent) continue;
          if (l.indent < indent || !isItem(l)) items = undefined;
          else items.push({ start: l.start, end: 0 });
        }
        if (items) {
          for (let i = 0; i < items.length; i++) items[i].end = i + 1 < items.length ? items[i + 1].start : entryEnd;
        }
      }
    }
    if (m && items && items.length > 0) pieces.push({ kind: 'list', key: m[1], keyStart: entryStart, items });
    else pieces.push({ kind: 'entry', start: entryStart, end: entryEnd });
  }
  return pieces;
}

/** A chunk of the text as laid out in one version: where it is, and its parse. */
interface Leaf {
  start: number;
  end: number;
  chunk: CachedChunk;
}

type LaidPiece = { kind: 'entry'; leaf: Leaf } | { kind: 'list'; key: string; keyStart: number; indent: number; items: Leaf[] };

/** The layout of the last version parsed in chunks, for the fast path of the next edit. */
interface Layout {
  text: string;
  pieces: LaidPiece[];
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
  const info = infoOf(obj)!;
  const pairs = Object.keys(obj).map((key) => ({ key, keySpan: info.keys!.get(key)!, valueSpan: info.values!.get(key)!, value: obj[key] }));
  return { base, value: obj, pairs, end: doc.contents.range[1] };
}

function parseItemChunk(chunk: string, base: Base, limits: ParseLimits, cache: ChunkCache): CachedChunk | undefined {
  cache.parsed++;
  // The common shapes are read without yaml (parse-fast.ts gives exactly what yaml gives).
  const map = new SourceMap();
  const fast = readItemChunk(chunk, (target, start, end, names, offs) => map.setCompact(target, start, end, names, offs, base), limits.maxDepth, limits.maxNodes);
  if (fast) {
    cache.fast++;
    const seq = fast.seqSpan;
    return {
      base,
      value: fast.value,
      itemSpan: fast.itemSpan,
      pairs: [{ key: '', keySpan: { start: seq.start, end: seq.start }, valueSpan: seq, value: fast.value }],
      end: fast.end,
    };
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
  return {
    base,
    value,
    itemSpan: spanOf(item, { start: seq[0], end: seq[0] }),
    pairs: [{ key: '', keySpan: { start: seq[0], end: seq[0] }, valueSpan: { start: seq[0], end: seq[1] }, value }],
    end: seq[2],
  };
}

/** Parses the text chunk by chunk with the cache; undefined when the whole text must be parsed instead. */
function parseChunked(text: string, limits: ParseLimits, cache: ChunkCache): ParsedYaml | undefined {
  const layout = (cache.last && fastLayout(cache.last, text, cache, limits)) ?? fullLayout(text, cache, limits);
  if (!layout) return undefined;
  const result = assemble(layout);
  cache.last = result ? layout : undefined;
  return result;
}

/** Splits the whole text and takes each chunk from the cache, or parses it. */
function fullLayout(text: string, cache: ChunkCache, limits: ParseLimits): Layout | undefined {
  const pieces = splitTopLevel(text);
  if (!pieces || pieces.length === 0) return undefined;
  const old = cache.byText();
  const take = (start: number, end: number, parse: typeof parseEntryChunk): Leaf | undefined => {
    const chunk = text.slice(start, end);
    let c = old?.get(chunk)?.pop();
    if (c) c.base.offset = start;
    else c = parse(chunk, { offset: start }, limits, cache);
    if (!c) return undefined;
    return { start, end, chunk: c };
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
  return { text, pieces: laid };
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

  // The layout becomes the new one in place: the edited leaf gets its new chunk, the leaves after it
  // move by delta (the previous version is not used any more).
  leaf.end = newEnd;
  leaf.chunk = fresh;
  if (delta !== 0) {
    for (let i = pieceIndex; i < last.pieces.length; i++) {
      const pc = last.pieces[i];
      if (pc.kind === 'list' && pc.keyStart > leaf.start) pc.keyStart += delta;
      const leaves = pc.kind === 'entry' ? [pc.leaf] : pc.items;
      for (let j = i === pieceIndex && target.item !== undefined ? target.item + 1 : i === pieceIndex ? 1 : 0; j < leaves.length; j++) {
        const l = leaves[j];
        l.start += delta;
        l.end += delta;
        l.chunk.base.offset = l.start;
      }
    }
  }
  last.text = text;
  return last;
}

function isItemLine(text: string, at: number, indent: number): boolean {
  for (let i = 0; i < indent; i++) if (text.charCodeAt(at + i) !== 32) return false;
  const c = text.charCodeAt(at + indent + 1);
  return text.charCodeAt(at + indent) === 45 && (Number.isNaN(c) || c === 32 || c === 10);
}

/** Whether `chunk` is exactly one list item at `indent`: its first line starts the item, no other line does or is less indented. */
function isSingleItem(chunk: string, indent: number): boolean {
  if (!isItemLine(chunk, 0, indent)) return false;
  for (let nl = chunk.indexOf('\n'); nl >= 0 && nl + 1 < chunk.length; nl = chunk.indexOf('\n', nl + 1)) {
    const at = nl + 1;
    let i = at;
    while (chunk.charCodeAt(i) === 32) i++;
    const c = chunk.charCodeAt(i);
    if (c === 10 || c === 35 || Number.isNaN(c)) continue; // blank or comment line
    if (i - at < indent || (i - at === indent && isItemLine(chunk, at, indent))) return false;
  }
  return true;
}

/**
 * The end of an item chunk's list including the comments after the item, for a chunk read
 * without it (parse-fast.ts): yaml decides which comments belong to the list. Kept on the chunk.
 */
function itemChunkEnd(c: CachedChunk, chunk: string): number | undefined {
  if (c.end === undefined) {
    const doc = parseChunkDoc(chunk);
    c.end = doc && YAML.isSeq(doc.contents) ? doc.contents.range[2] : undefined;
  }
  return c.end;
}

/** The converted root and its spans, from the laid-out chunks. */
function assemble(layout: Layout): ParsedYaml | undefined {
  const { text } = layout;
  const map = new SourceMap();
  const root: Record<string, unknown> = Object.create(null);
  const keys = new Map<string, Span>();
  const values = new Map<string, Span>();
  let rootStart = -1;
  let rootEnd = 0;
  const add = (key: string, keySpan: Span, valueSpan: Span, value: unknown): boolean => {
    if (keys.has(key)) return false; // a duplicate key: the whole parse reports it
    root[key] = value;
    keys.set(key, keySpan);
    values.set(key, valueSpan);
    if (rootStart < 0) rootStart = keySpan.start;
    return true;
  };
  for (const piece of layout.pieces) {
    if (piece.kind === 'entry') {
      const c = piece.leaf.chunk;
      const o = c.base.offset;
      for (const p of c.pairs!) {
        if (!add(p.key, { start: p.keySpan.start + o, end: p.keySpan.end + o }, { start: p.valueSpan.start + o, end: p.valueSpan.end + o }, p.value)) return undefined;
      }
      rootEnd = c.end! + o;
    } else {
      const n = piece.items.length;
      const arr: unknown[] = new Array(n);
      const chunks: CachedChunk[] = new Array(n);
      for (let i = 0; i < n; i++) {
        const c = piece.items[i].chunk;
        arr[i] = c.value;
        chunks[i] = c;
      }
      const c0 = chunks[0];
      const cn = chunks[n - 1];
      const seqStart = c0.pairs![0].valueSpan.start + c0.base.offset;
      const seqEnd = cn.pairs![0].valueSpan.end + cn.base.offset;
      const lastLeaf = piece.items[n - 1];
      const end = cn.end ?? itemChunkEnd(cn, text.slice(lastLeaf.start, lastLeaf.end));
      if (end === undefined) return undefined;
      rootEnd = end + cn.base.offset;
      // Item spans are read when asked: a list of thousands of items is assembled on every keystroke.
      const itemAt = (i: number): Span | undefined => {
        const c = chunks[i];
        return c && { start: c.itemSpan!.start + c.base.offset, end: c.itemSpan!.end + c.base.offset };
      };
      const listSpan = { start: seqStart, end: seqEnd };
      map.set(arr, { span: listSpan, itemAt });
      if (!add(piece.key, { start: piece.keyStart, end: piece.keyStart + piece.key.length }, listSpan, arr)) return undefined;
    }
  }
  map.set(root, { span: { start: Math.max(0, rootStart), end: rootEnd }, keys, values });

  const result: ParsedYaml = { text, root, map, findings: [], unreadable: false, hasSyntaxError: false };
  // The whole AST is only needed by some editing features: build it on first use.
  let doc: YAML.Document.Parsed | undefined | null = null;
  Object.defineProperty(result, 'doc', {
    enumerable: true,
    get() {
      if (doc === null) {
        const all = YAML.parseAllDocuments(text, PARSE_OPTIONS);
        doc = Array.isArray(all) ? all[0] : undefined;
      }
      return doc;
    },
  });
  return result;
}

class Converter {
  private nodes = 0;
  private readonly resolving = new Set<YAML.Node>();
  limitFinding?: Finding;

  constructor(
    private readonly doc: YAML.Document.Parsed,
    private readonly map: SourceMap,
    private readonly limits: ParseLimits,
    private readonly textLength: number,
    private readonly base: Base = ZERO,
  ) {}

  /**
   * Counts the values the document expands to (aliases repeat their target) without expanding it,
   * so that a billion-laughs document is refused in time proportional to its text.
   */
  checkAliasExpansion(rootNode: unknown): boolean {
    const memo = new Map<unknown, number>();
    const inProgress = new Set<unknown>();
    let distinct = 0;
    let firstAlias: YAML.Alias | undefined;
    const cap = this.limits.maxNodes + this.limits.maxAliasExpansion + 1;
    const childrenOf = (node: unknown): unknown[] => {
      const children: unknown[] = [];
      if (YAML.isMap(node)) for (const p of node.items) children.push(p.key, p.value);
      else if (YAML.isSeq(node)) children.push(...node.items);
      return children.filter((c) => c !== null && c !== undefined);
    };
    const size = (root: unknown): number => {
      // Iterative post-order walk; the memo makes shared (aliased) nodes cost once, and an alias
      // to a node still being walked (an alias inside its own anchor) is a cycle, counted as 0.
      const stack: [unknown, boolean][] = [[root, false]];
      while (stack.length) {
        const [node, exiting] = stack.pop()!;
        if (memo.has(node)) continue;
        if (YAML.isAlias(node)) {
          const target = node.resolve(this.doc);
          if (!exiting) {
            firstAlias ??= node;
            if (!target || inProgress.has(target)) memo.set(node, 0);
            else if (memo.has(target)) memo.set(node, memo.get(target)!);
            else stack.push([node, true], [target, false]);
          } else memo.set(node, memo.get(target) ?? 0);
          continue;
        }
        const children = childrenOf(node);
        if (!exiting) {
          inProgress.add(node);
          stack.push([node, true]);
          for (const c of children) if (!memo.has(c)) stack.push([c, false]);
          continue;
        }
        inProgress.delete(node);
        distinct++;
        let total = 1;
        for (const c of children) total = Math.min(cap, total + (memo.get(c) ?? 0));
        memo.set(node, total);
      }
      return memo.get(root) ?? 0;
    };
    const total = size(rootNode);
    if (total - distinct > this.limits.maxAliasExpansion || total > this.limits.maxNodes) {
      this.stop(
        spanOf(firstAlias ?? (rootNode as YAML.Node), { start: 0, end: 1 }),
        `Aliases expand to too many values (more than ${Math.min(total, cap - 1)}); possible alias bomb ("billion laughs").`,
        `别名展开后的值过多（超过 ${Math.min(total, cap - 1)} 个），可能是“别名炸弹”。`,
      );
      return false;
    }
    return true;
  }

  private stop(span: Span, en: string, zh: string): undefined {
    if (!this.limitFinding) this.limitFinding = yamlSyntaxFinding(span, en, zh);
    return undefined;
  }

  convert(node: unknown, depth: number): unknown {
    if (this.limitFinding) return undefined;
    if (++this.nodes > this.limits.maxNodes) {
      return this.stop(
        spanOf(node as YAML.Node, { start: 0, end: 1 }),
        `Too many values after expanding aliases (more than ${this.limits.maxNodes}); possible alias bomb.`,
        `展开别名后的值过多（超过 ${this.limits.maxNodes} 个），可能是“别名炸弹”。`,
      );
    }
    if (depth > this.limits.maxDepth) {
      return this.stop(
        spanOf(node as YAML.Node, { start: 0, end: 1 }),
        `Nesting deeper than ${this.limits.maxDepth} levels.`,
        `嵌套超过 ${this.limits.maxDepth} 层。`,
      );
    }
    if (YAML.isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target || this.resolving.has(target)) return undefined;
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    if (YAML.isScalar(node)) return normaliseScalar(node.value);
    if (YAML.isMap(node)) return this.convertMap(node, depth);
    if (YAML.isSeq(node)) {
      const arr: unknown[] = [];
      const items: Span[] = [];
      for (const item of node.items) {
        const itemSpan = spanOf(item as YAML.Node, spanOf(node, { start: 0, end: 0 }));
        arr.push(this.convert(item, depth + 1));
        items.push(itemSpan);
      }
      this.map.set(arr, { span: spanOf(node, { start: 0, end: this.textLength }), items }, this.base);
      return arr;
    }
    return undefined;
  }

  private convertMap(node: YAML.YAMLMap, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = Object.create(null);
    const keys = new Map<string, Span>();
    const values = new Map<string, Span>();
    const mapSpan = spanOf(node, { start: 0, end: this.textLength });
    const merges: unknown[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YAML.Node | null;
      const rawKey = YAML.isScalar(keyNode) ? keyNode.value : keyNode ? complexKey(keyNode) : '';
      if (typeof rawKey === 'symbol' || (YAML.isScalar(keyNode) && keyNode.source === '<<' && keyNode.type === 'PLAIN')) {
        merges.push(pair.value);
        continue;
      }
      const key = rawKey === null || rawKey === undefined ? '' : String(rawKey);
      if (keys.has(key)) continue; // duplicate keys are reported by the parser
      const keySpan = spanOf(keyNode, mapSpan);
      const valueNode = pair.value as YAML.Node | null;
      let valueSpan = spanOf(valueNode, { start: keySpan.end, end: keySpan.end });
      if (valueNode && YAML.isScalar(valueNode) && valueNode.value === null && valueSpan.start === valueSpan.end) {
        valueSpan = { start: keySpan.start, end: keySpan.end };
      }
      keys.set(key, keySpan);
      values.set(key, valueSpan);
      obj[key] = valueNode === null ? null : this.convert(valueNode, depth + 1);
    }
    // `<<: *base` merge keys: explicit keys win, merged keys keep the spans of their source.
    for (const m of merges) {
      const sources = YAML.isSeq(m) ? m.items : [m];
      for (const s of sources) {
        const merged = this.convert(s, depth + 1);
        if (!merged || typeof merged !== 'object' || Array.isArray(merged)) continue;
        for (const [k, v] of Object.entries(merged)) {
          if (k in obj) continue;
          obj[k] = v;
          const ks = this.map.key(merged, k);
          const vs = this.map.value(merged, k);
          if (ks) keys.set(k, ks);
          if (vs) values.set(k, vs);
        }
      }
    }
    this.map.set(obj, { span: mapSpan, keys, values }, this.base);
    return obj;
  }
}

/** A mapping or sequence used as a key (rare, reported by the schema as an unknown key): its YAML text, never a throw. */
function complexKey(node: YAML.Node): string {
  try {
    return String(node);
  } catch {
    return `[${node.constructor?.name ?? 'key'}]`;
  }
}

function normaliseScalar(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v instanceof Uint8Array) return undefined;
  return v;
}
