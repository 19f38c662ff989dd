/**
 * User text as the exports write it (workbook, CSV, calendar): what no file format can hold is
 * taken out once, here, so that the three exports carry the same text and a test can say what
 * arrives.
 *
 * Decisions:
 * - Line breaks become LF (CRLF and CR too): what a cell holds (XML reads CRLF as LF) and what
 *   the calendar escapes as `\n`.
 * - Control characters other than tab and line breaks (C0, DEL, C1) are removed: XML 1.0 (the
 *   workbook) cannot hold them, RFC 5545 TEXT forbids them, and printed to a terminal (CSV and
 *   calendar go to stdout) they are escape sequences. exceljs drops the same C0 characters.
 * - A lone surrogate becomes U+FFFD (UTF-8 has no encoding for it); U+FFFE and U+FFFF, which are
 *   not XML characters, are removed.
 * - Everything else stays as written: markup, quotes, bidirectional marks, emoji, long text.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A text value of a plan as the exports write it ('' for nothing). */
export function exportText(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  return s.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\ufffd');
}

/** Display width: CJK and full-width characters take two columns (column widths of the workbook). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.length > 1 ? 2 : 1;
  return w;
}
