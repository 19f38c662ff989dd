/**
 * Markdown and Mermaid text helpers for the reports. Every piece of user text (task names,
 * reasons, evidence …) goes through `md()` (inline Markdown, table cells included) or `mm()`
 * (Mermaid labels), so that `|`, `:`, `#`, `;`, backticks or `<script>` in a plan can break
 * neither a table nor a diagram nor the HTML a previewer renders.
 */

/** Inline Markdown text: safe in a paragraph, a list item, a heading and a table cell. */
export function md(value: unknown): string {
  const text = oneLine(value);
  return text
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/([\\`*_[\]|~$])/g, '\\$1');
}

/** User text as one line: control characters and line breaks become single spaces. */
export function oneLine(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

const MERMAID_MAP: Record<string, string> = {
  ':': '：',
  ';': '；',
  '#': '＃',
  '%': '％',
  '"': '＂',
  "'": '＇',
  '`': '｀',
  '<': '‹',
  '>': '›',
  '{': '｛',
  '}': '｝',
  '[': '［',
  ']': '］',
  '(': '（',
  ')': '）',
  '|': '｜',
  '&': '＆',
  '\\': '＼',
  ',': '，',
};

/**
 * A label inside a Mermaid diagram (gantt task, pie slice, title): characters that Mermaid reads as
 * syntax (`:` field separator, `;` and `#` and `%%`, quotes, brackets) or that an HTML renderer would
 * interpret (`<`, `&`) are replaced by their full-width look-alikes; the text stays readable.
 */
export function mm(value: unknown, maxLength = 60): string {
  let text = oneLine(value).replace(/[:;#%"'`<>{}[\]()|&\\,]/g, (c) => MERMAID_MAP[c] ?? ' ');
  if ([...text].length > maxLength) text = [...text].slice(0, maxLength - 1).join('') + '…';
  return text || '-';
}

/** A Markdown table; an empty list of rows gives the `none` line instead (never a broken table). */
export function table(header: string[], rows: string[][], none: string): string {
  if (rows.length === 0) return none;
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map((r) => line(header.map((_, i) => r[i] ?? '')))].join('\n');
}

/** A bullet list; an empty list gives the `none` line. */
export function bullets(items: string[], none: string): string {
  return items.length === 0 ? none : items.map((i) => `- ${i}`).join('\n');
}

/** A fenced Mermaid block. */
export function mermaid(lines: string[]): string {
  return ['```mermaid', ...lines, '```'].join('\n');
}
