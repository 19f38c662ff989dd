/**
 * Suppression comments.
 *
 *   # poc-studio-disable-next-line overdue, status-progress（客户已同意延期）   silences the next line
 *   - { id: T1, … }   # poc-studio-disable-line overdue -- 与客户确认中           silences its own line
 *
 * Decisions:
 * - A directive is `#`, optional spaces, then `poc-studio-disable-next-line` or
 *   `poc-studio-disable-line`, not followed by an id character (so `…-lines` is not one). The `#`
 *   starts the line or follows a blank, as a YAML comment does; a `#` glued to text (`a#b`) is not
 *   a comment.
 * - Rule ids follow, separated by commas (also `，`、) or blanks. An id is a run of [A-Za-z0-9-];
 *   the first other character ends the list and starts the reason: `（…）`, `(…)`, `-- …`, `：…`, or
 *   a word in Chinese. `--` alone is the classic reason marker, not an id.
 * - No id at all (only a reason, or nothing) silences every rule on that line (`*`).
 * - The next line of `disable-next-line` is the line right below, even when that is a comment;
 *   several directives for the same line add up.
 * - Cheap when there is nothing to do: a text without `poc-studio-disable-` is not scanned; else
 *   only the lines holding a directive are looked at (no split of the whole text).
 */

export const DISABLE_NEXT_LINE = 'poc-studio-disable-next-line';
export const DISABLE_LINE = 'poc-studio-disable-line';
const MARK = 'poc-studio-disable-';

const isIdChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45; // 0-9 A-Z a-z -
const isBlank = (c: number) => c === 32 || c === 9 || c === 0x3000;
const isSeparator = (c: number) => isBlank(c) || c === 44 || c === 0xff0c || c === 0x3001; // , ， 、

export interface DirectiveIds {
  /** The rule ids, in order (empty: every rule). */
  ids: string[];
  /** Offset in `rest` just after the last id (0 when there is none). */
  idsEnd: number;
}

/** The rule ids written after a directive word (`rest` is what follows it on the line). */
export function directiveIds(rest: string): DirectiveIds {
  const ids: string[] = [];
  let idsEnd = 0;
  let i = 0;
  for (;;) {
    while (i < rest.length && isSeparator(rest.charCodeAt(i))) i++;
    const start = i;
    while (i < rest.length && isIdChar(rest.charCodeAt(i))) i++;
    if (i === start) break; // end of line, or the reason starts
    const id = rest.slice(start, i);
    if (/^-+$/.test(id)) break; // `-- reason`
    ids.push(id);
    idsEnd = i;
    if (i < rest.length && !isSeparator(rest.charCodeAt(i))) break; // `overdue（reason）`
  }
  return { ids, idsEnd };
}

export interface Directive {
  /** `next`: silences the line below; `same`: its own line. */
  target: 'next' | 'same';
  /** Offset of the directive word (after `#` and blanks) in the line. */
  at: number;
  /** Offset just after the directive word. */
  end: number;
  ids: string[];
  /** Offset in the line just after the last id, else `end`. */
  idsEnd: number;
}

/** The directive in one line of text (without its line break), if any. */
export function directiveIn(line: string): Directive | undefined {
  for (let at = line.indexOf(MARK); at >= 0; at = line.indexOf(MARK, at + 1)) {
    const d = directiveAt(line, at);
    if (d) return d;
  }
  return undefined;
}

function directiveAt(line: string, at: number): Directive | undefined {
  let target: Directive['target'];
  let word: string;
  if (line.startsWith(DISABLE_NEXT_LINE, at)) [target, word] = ['next', DISABLE_NEXT_LINE];
  else if (line.startsWith(DISABLE_LINE, at)) [target, word] = ['same', DISABLE_LINE];
  else return undefined;
  const end = at + word.length;
  if (end < line.length && isIdChar(line.charCodeAt(end))) return undefined;
  let h = at - 1;
  while (h >= 0 && isBlank(line.charCodeAt(h))) h--;
  if (h < 0 || line[h] !== '#') return undefined;
  if (h > 0 && !isBlank(line.charCodeAt(h - 1))) return undefined;
  const { ids, idsEnd } = directiveIds(line.slice(end));
  return { target, at, end, ids, idsEnd: ids.length ? end + idsEnd : end };
}

/** Lines (0-based) silenced by suppression comments: line → rule ids (`*` = all rules). */
export function disabledLines(text: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  let at = text.indexOf(MARK);
  if (at < 0) return out;
  let line = 0;
  let scanned = 0; // line breaks before `scanned` are counted in `line`
  let lineStart = 0;
  while (at >= 0) {
    for (let i = scanned; i < at; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    let lineEnd = at;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const d = directiveIn(text.slice(lineStart, lineEnd));
    if (d) {
      const target = d.target === 'next' ? line + 1 : line;
      const set = out.get(target) ?? new Set<string>();
      if (d.ids.length === 0) set.add('*');
      for (const id of d.ids) set.add(id);
      out.set(target, set);
    }
    scanned = at;
    at = text.indexOf(MARK, lineEnd);
  }
  return out;
}
