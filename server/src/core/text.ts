/** A half-open range of UTF-16 offsets into a document's text. */
export interface Span {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 character, as in LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Maps offsets to line/character and back. Handles \n, \r\n and lone \r. */
export class LineIndex {
  private readonly starts: ArrayLike<number>;
  /** Whether the text has a carriage return (then derive() builds afresh). */
  private readonly cr: boolean;

  constructor(
    readonly text: string,
    starts?: Int32Array,
  ) {
    if (starts) {
      this.starts = starts;
      this.cr = false;
      return;
    }
    this.cr = text.includes('\r');
    this.starts = LineIndex.scan(text, this.cr);
  }

  private static scan(text: string, cr: boolean): number[] {
    const starts = [0];
    if (!cr) {
      // The common case, with the native search: large plans are indexed on every edit.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10) starts.push(i + 1);
        else if (c === 13) {
          if (text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    return starts;
  }

  /**
   * The index of `text` from the index of an earlier version of it: the lines of the common prefix
   * and suffix are kept (the suffix's moved), only the changed middle is scanned. The same result
   * as `new LineIndex(text)`, without scanning a large file again on every keystroke.
   */
  static derive(prev: LineIndex, text: string): LineIndex {
    const old = prev.text;
    if (prev.cr || old === text) return old === text ? prev : new LineIndex(text);
    const min = Math.min(old.length, text.length);
    // Common prefix and suffix, a block at a time first (substrings share the text: no copies).
    const B = 4096;
    let p = 0;
    while (p + B <= min && old.substring(p, p + B) === text.substring(p, p + B)) p += B;
    while (p < min && old.charCodeAt(p) === text.charCodeAt(p)) p++;
    let q = 0;
    while (q + B <= min - p && old.substring(old.length - q - B, old.length - q) === text.substring(text.length - q - B, text.length - q)) q += B;
    while (q < min - p && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q)) q++;
    const midEnd = text.length - q;
    // A rewrite rather than an edit (or a carriage return in it): index the text afresh.
    if (midEnd - p > text.length / 2 || text.substring(p, midEnd).includes('\r')) return new LineIndex(text);
    const middle: number[] = [];
    for (let i = text.indexOf('\n', p); i >= 0 && i < midEnd; i = text.indexOf('\n', i + 1)) middle.push(i + 1);
    const starts = prev.starts;
    const n = starts.length;
    // Lines starting in the prefix (their line break lies before p) stay; those whose line break lies in
    // the old suffix move by the length difference.
    let head = 0;
    while (head < n && starts[head] <= p) head++;
    const oldSuffix = old.length - q;
    let tail = head;
    while (tail < n && starts[tail] - 1 < oldSuffix) tail++;
    const out = new Int32Array(head + middle.length + (n - tail));
    if (starts instanceof Int32Array) out.set(starts.subarray(0, head));
    else for (let i = 0; i < head; i++) out[i] = starts[i];
    for (let i = 0; i < middle.length; i++) out[head + i] = middle[i];
    const delta = text.length - old.length;
    for (let i = tail, j = head + middle.length; i < n; i++, j++) out[j] = starts[i] + delta;
    return new LineIndex(text, out);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }

  /** Offset just after the last character of the line, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.text.length;
    let end = this.starts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[Math.max(0, pos.line)];
    return Math.min(start + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  range(span: Span): Range {
    return { start: this.positionAt(span.start), end: this.positionAt(span.end) };
  }
}
