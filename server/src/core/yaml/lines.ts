/**
 * Line scanning shared by chunked parsing (where the top-level entries and list items are) and the
 * cursor context (which item of a top-level list holds the cursor): no parse, only indentation.
 */

/** Text features that make chunks depend on each other or on document-level state. */
export const NOT_CHUNKABLE = /(?:^|[\s[{,])[&*][^\s,\]}]|(?:^|[\s{,])<<\s*:|^(?:---|\.\.\.|%)|^\t/m;
export const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*:[ \t]*(?:#.*)?$/;

export interface Line {
  start: number;
  /** End of the content, before the line break. */
  end: number;
  /** Start of the next line. */
  next: number;
  indent: number;
  /** Blank or only a comment. */
  empty: boolean;
}

export type Piece = { kind: 'entry'; start: number; end: number } | { kind: 'list'; key: string; keyStart: number; items: { start: number; end: number }[] };

export function linesOf(text: string): Line[] {
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
export function splitTopLevel(text: string): Piece[] | undefined {
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

/** Whether a list item at `indent` starts at `at` (`- ` or a lone `-`). */
export function isItemLine(text: string, at: number, indent: number): boolean {
  for (let i = 0; i < indent; i++) if (text.charCodeAt(at + i) !== 32) return false;
  const c = text.charCodeAt(at + indent + 1);
  return text.charCodeAt(at + indent) === 45 && (Number.isNaN(c) || c === 32 || c === 10);
}

/** Whether `chunk` is exactly one list item at `indent`: its first line starts the item, no other line does or is less indented. */
export function isSingleItem(chunk: string, indent: number): boolean {
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
