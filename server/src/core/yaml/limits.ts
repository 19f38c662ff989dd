/**
 * Resource limits of parsing: size, binary content, nesting. Hostile input becomes a finding
 * instead of a hang or a crash (see SECURITY.md).
 */
import * as YAML from 'yaml';

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

/** Heuristic: NUL characters mean a binary file, not YAML that merely contains odd characters. */
export function looksBinary(text: string): boolean {
  const head = text.length > 65536 ? text.slice(0, 65536) : text;
  return head.includes('\u0000');
}

export const PARSE_OPTIONS: YAML.ParseOptions & YAML.DocumentOptions & YAML.SchemaOptions = {
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
export const NESTING_GUARD = 300;

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

