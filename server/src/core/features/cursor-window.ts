/**
 * Text windows around a cursor, found by line scans without a parse (cursor.ts parses only what
 * they delimit): the top-level block around an offset, the item of a top-level block list that
 * holds it, the column of a flow list item, whether a flow collection may be open above, and the
 * other top-level keys.
 */
import type { Span } from '../text';

/** Line helpers over one text (offsets of line starts; indentation in spaces). */
function lineTools(text: string) {
  const lineStartOf = (o: number) => text.lastIndexOf('\n', o - 1) + 1;
  const lineEndOf = (ls: number) => {
    const e = text.indexOf('\n', ls);
    return e < 0 ? text.length : e;
  };
  const indentOf = (ls: number) => {
    let i = ls;
    while (text[i] === ' ') i++;
    return i - ls;
  };
  const isBlank = (ls: number) => {
    const ch = text[ls + indentOf(ls)];
    return ch === undefined || ch === '\n' || ch === '\r' || ch === '#';
  };
  return { lineStartOf, lineEndOf, indentOf, isBlank };
}

/** Start and end offsets of the top-level block (a column-0 key and everything under it) around `offset`. */
export function topLevelBlock(text: string, offset: number): Span {
  const isTopLine = (lineStart: number) => {
    const ch = text[lineStart];
    if (ch === undefined || ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '#' || ch === '-') return false;
    return true;
  };
  let start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
  while (start > 0 && !isTopLine(start)) start = text.lastIndexOf('\n', start - 2) + 1;
  let end = text.indexOf('\n', offset);
  while (end >= 0 && !isTopLine(end + 1) && end + 1 < text.length) end = text.indexOf('\n', end + 1);
  return { start, end: end < 0 ? text.length : end + 1 };
}

export interface ItemWindow {
  /** The item: from its `- ` line to the next line at its indentation or less. */
  from: number;
  to: number;
  /** The top-level key line of the list (`tasks:`), parsed in front of the item. */
  header: string;
  key: string;
  /** The item's index in the list. */
  index: number;
}

/**
 * The item of a top-level block list (`tasks:` followed by `  - …` lines) that holds the word at
 * `at`, found by indentation: a few scans of the lines above and below, no parse. Undefined when
 * the cursor is not inside such an item, or the layout is unusual (list items at column 0, a
 * flow list, several documents); the caller then parses more.
 */
export function itemWindow(text: string, at: number, cursorLine: number): ItemWindow | undefined {
  const { lineStartOf, lineEndOf, indentOf, isBlank } = lineTools(text);
  const isDash = (ls: number) => {
    const i = ls + indentOf(ls);
    return text[i] === '-' && (i + 1 >= text.length || /[ \t\r\n]/.test(text[i + 1]));
  };
  const cursorCol = at - cursorLine;
  const cursorIndent = isBlank(cursorLine) ? cursorCol : indentOf(cursorLine);
  if (cursorIndent === 0) return undefined;

  // The top-level key line above: `key:` with nothing after it.
  let top = -1;
  for (let ls = cursorLine; ls > 0; ) {
    ls = lineStartOf(ls - 1);
    if (isBlank(ls) || indentOf(ls) > 0) continue;
    if (isDash(ls) || text.startsWith('---', ls) || text.startsWith('...', ls)) return undefined;
    top = ls;
    break;
  }
  if (top < 0) return undefined;
  const m = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(#.*)?\r?$/.exec(text.slice(top, lineEndOf(top)));
  if (!m) return undefined;

  // The indentation of the list's items: the first line under the key must be a `- ` line.
  let first = lineEndOf(top) + 1;
  while (first < cursorLine && isBlank(first)) first = lineEndOf(first) + 1;
  if (first > cursorLine || !isDash(first)) return undefined;
  const d = indentOf(first);
  if (d === 0) return undefined;

  // The item's `- ` line: the cursor line itself, or the nearest one above at indentation d.
  let item = -1;
  if (isDash(cursorLine) && indentOf(cursorLine) === d) {
    if (cursorCol <= d) return undefined;
    item = cursorLine;
  } else {
    if (cursorIndent <= d) return undefined;
    for (let ls = cursorLine; ls > top; ) {
      ls = lineStartOf(ls - 1);
      if (isBlank(ls)) continue;
      const ind = indentOf(ls);
      if (ind > d) continue;
      if (ind < d || !isDash(ls)) return undefined;
      item = ls;
      break;
    }
  }
  if (item < 0) return undefined;

  // Its index: the `- ` lines at indentation d before it.
  let index = 0;
  for (let ls = first; ls < item; ls = lineEndOf(ls) + 1) if (!isBlank(ls) && indentOf(ls) === d && isDash(ls)) index++;

  // Its end: the next line at indentation d or less.
  let to = text.length;
  for (let ls = lineEndOf(cursorLine) + 1; ls < text.length; ls = lineEndOf(ls) + 1) {
    if (!isBlank(ls) && indentOf(ls) <= d) {
      to = ls;
      break;
    }
  }
  return { from: item, to, header: `${m[1]}:\n`, key: m[1], index };
}

/**
 * The key of the top-level block list (`tasks:` followed by `  - …` lines) when the line starting
 * at `lineStart` is blank up to `column`, which is the column of the list's dashes, and the line
 * is still inside the list (every line from the key down is blank or indented at least as much):
 * there a new item of the list goes, not a top-level key.
 */
export function listItemColumn(text: string, lineStart: number, column: number): string | undefined {
  if (column === 0) return undefined;
  const { lineStartOf, lineEndOf, indentOf, isBlank } = lineTools(text);
  let first = -1; // the topmost non-blank line under the key seen so far
  for (let ls = lineStart; ls > 0; ) {
    ls = lineStartOf(ls - 1);
    if (isBlank(ls)) continue;
    const ind = indentOf(ls);
    if (ind === 0) {
      const m = /^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(#.*)?\r?$/.exec(text.slice(ls, lineEndOf(ls)));
      if (!m || first < 0) return undefined;
      const i = first + indentOf(first);
      const dash = text[i] === '-' && /[ \t\r\n]/.test(text[i + 1] ?? '\n');
      return dash && indentOf(first) === column ? m[1] : undefined;
    }
    if (ind < column) return undefined;
    first = ls;
  }
  return undefined;
}

/**
 * Whether a column-0 word at `end` may not be a top-level key of the first document: a line above
 * opens more `[`/`{` than it closes (comments aside; the text may be inside a flow collection
 * written over several lines), or a `---` / `...` line starts another document.
 */
export function unsureAbove(text: string, end: number): boolean {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const ch = text[i];
    if (i > 0 && text[i - 1] === '\n' && (text.startsWith('---', i) || text.startsWith('...', i))) return true;
    if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth--;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? end : nl - 1;
    } else if (ch === '\n') {
      if (depth > 0) return true;
      depth = 0;
    }
  }
  return depth > 0;
}

/** Keys written at column 0 (the top-level keys), for a context found by parsing one block. */
export function topLevelKeys(text: string, except: Span): string[] {
  const out: string[] = [];
  const re = /^([A-Za-z_][\w.-]*)[ \t]*:/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m.index < except.start || m.index >= except.end) out.push(m[1]);
  return out;
}

/**
 * The YAML context at `offset` in `text`, or undefined where nothing can be completed (a comment,
 * inside a longer scalar, after the document).
 */
