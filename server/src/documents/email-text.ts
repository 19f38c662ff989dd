/**
 * A report (`ReportDoc`) as the plain-text part of an e-mail, readable in a plain-text mail
 * client with a fixed-width font.
 *
 * Decisions:
 * - The title between lines of "=", a section heading underlined with "=", a sub-heading with
 *   "-"; the underline is as wide as the text (a Chinese character counts two columns).
 * - A table as aligned "a | b" columns (display width aware) while it fits MAX_WIDTH columns;
 *   a wider one as numbered records, one "header：value" line a cell (empty cells left out).
 * - A chart as "[图表] title" and its data as a table; the signature block as one indented list a
 *   party with lines to sign on.
 * - Control characters of user text become U+FFFD (no terminal escape sequences); line breaks
 *   inside a cell or heading become spaces.
 */
import type { Block, Rich, ReportDoc, SignatureBlock } from '../core/reports/doc';
import { plainText } from '../core/reports/doc';
import { chartTable } from '../core/reports/charts';
import type { Locale } from '../core/types';

export const MAX_WIDTH = 78;

const CHART = { en: '[Chart] ', 'zh-CN': '【图表】' };
const colon = (l: Locale) => (l === 'en' ? ': ' : '：');

/** Columns a text takes in a fixed-width font (East Asian wide and full-width characters: 2). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c < 0x20 || (c >= 0x300 && c < 0x370) || c === 0x200b) continue;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/** User text made safe for a text part: control characters replaced, optionally on one line. */
export function cleanText(s: string, oneLine = false): string {
  // eslint-disable-next-line no-control-regex
  const t = s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '\ufffd');
  return oneLine ? t.replace(/[\n\t\u2028\u2029]+/g, ' ').trim() : t.replace(/[\u2028\u2029]/g, '\n');
}

const line = (s: Rich) => cleanText(plainText(s), true);
const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));

/** A table as text: aligned columns, or records when too wide. */
export function textTable(header: readonly string[], rows: readonly (readonly Rich[])[], locale: Locale): string {
  const head = header.map((h) => cleanText(h, true));
  const cells = rows.map((r) => head.map((_, k) => line(r[k] ?? '')).concat(r.slice(head.length).map(line)));
  const cols = Math.max(head.length, ...cells.map((r) => r.length));
  const widths = Array.from({ length: cols }, (_, k) => Math.max(displayWidth(head[k] ?? ''), ...cells.map((r) => displayWidth(r[k] ?? ''))));
  const total = widths.reduce((a, b) => a + b, 0) + 3 * (cols - 1);
  if (total <= MAX_WIDTH) {
    const fmt = (r: readonly string[]) => widths.map((w, k) => pad(r[k] ?? '', w)).join(' | ').trimEnd();
    return [fmt(head), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.map(fmt)].join('\n');
  }
  const c = colon(locale);
  return cells
    .map((r, i) => {
      const lead = `${i + 1}. `;
      return r
        .map((v, k) => (k > 0 && v === '' ? undefined : `${k === 0 ? lead : ' '.repeat(lead.length)}${head[k] ?? ''}${head[k] ? c : ''}${v}`))
        .filter((l) => l !== undefined)
        .join('\n');
    })
    .join('\n\n');
}

function signature(s: SignatureBlock, locale: Locale): string {
  const c = colon(locale);
  const blank = '________________';
  return s.parties
    .map((p) =>
      [
        cleanText(p.role, true),
        `  ${cleanText(s.labels.organisation, true)}${c}${cleanText(p.organisation, true) || blank}`,
        `  ${cleanText(s.labels.conclusion, true)}${c}${s.conclusionOptions.map((o) => cleanText(o, true)).join('  ')}`,
        `  ${cleanText(s.labels.signature, true)}${c}${blank}`,
        `  ${cleanText(s.labels.date, true)}${c}${blank}`,
        `  ${cleanText(s.labels.seal, true)}${c}`,
      ].join('\n'),
    )
    .join('\n\n');
}

function block(b: Block, doc: ReportDoc): string {
  switch (b.type) {
    case 'heading': {
      const t = cleanText(b.text, true);
      return `${t}\n${(b.level === 2 ? '=' : '-').repeat(Math.max(3, displayWidth(t)))}`;
    }
    case 'paragraph':
      return cleanText(plainText(b.text));
    case 'list':
      return b.items.map((i) => `  - ${cleanText(plainText(i)).replace(/\n/g, '\n    ')}`).join('\n');
    case 'table':
      return textTable(b.header, b.rows, doc.locale);
    case 'chart': {
      const t = chartTable(b.chart, doc.locale);
      return `${CHART[doc.locale]}${cleanText(b.chart.title, true)}\n\n${textTable(t.header, t.rows, doc.locale)}`;
    }
    case 'signature':
      return signature(b.signature, doc.locale);
    case 'rule':
      return '-'.repeat(40);
  }
}

/** The plain-text part. */
export function emailText(doc: ReportDoc): string {
  const title = cleanText(doc.title, true);
  const bar = '='.repeat(Math.max(3, displayWidth(title)));
  return [`${bar}\n${title}\n${bar}`, ...doc.blocks.map((b) => block(b, doc))].join('\n\n') + '\n';
}
