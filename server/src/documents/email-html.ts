/**
 * A report (`ReportDoc`) as the HTML body of an e-mail: what Outlook (Word's HTML engine),
 * Foxmail and web mail all show the same way.
 *
 * Decisions:
 * - Only inline styles: no <style>, no class relied on, no script, no external reference (the
 *   charts are `cid:` images of the same message). Tables have border-collapse, borders and
 *   padding on each cell, shaded header cells (also `bgcolor`, for older Outlook).
 * - A CJK-friendly font stack on every block element (Outlook does not inherit it from <body>).
 * - Headings are <h2>/<h3> with inline sizes; the title an <h1>.
 * - A chart is `<img src="cid:…" alt width height>` when it has a picture, else its title and its
 *   data as a table (charts/table.ts).
 * - Every text is escaped (xmlText: & < > " ' and the characters XML forbids); a line break in
 *   user text becomes <br>.
 */
import type { Block, Chart, ChartImage, Rich, ReportDoc, SignatureBlock } from '../core/reports/doc';
import { chartTable } from '../core/reports/charts';
import { xmlText } from '../core/gantt/svg';

/** A chart's picture in the message: its Content-ID and image. */
export interface InlineImage {
  cid: string;
  image: ChartImage;
}

const FONT = "font-family:'Microsoft YaHei','PingFang SC','Noto Sans CJK SC','WenQuanYi Micro Hei',Arial,sans-serif;";
const COLOUR = '#1f2328';
const MUTED = '#57606a';
const BORDER = '#d0d7de';
const SHADE = '#f3f4f6';
const CELL = `border:1px solid ${BORDER};padding:6px 10px;vertical-align:top;text-align:left;`;

/** Text as HTML character data or attribute value; line breaks as <br> when `breaks`. */
export function htmlEscape(s: string, breaks = false): string {
  const e = xmlText(s);
  return breaks ? e.replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>') : e.replace(/[\r\n\u2028\u2029]+/g, ' ');
}

function rich(text: Rich): string {
  if (typeof text === 'string') return htmlEscape(text, true);
  return text
    .map((i) => {
      if (typeof i === 'string') return htmlEscape(i, true);
      if ('strong' in i) return `<strong>${htmlEscape(i.strong, true)}</strong>`;
      if ('em' in i) return `<em>${htmlEscape(i.em, true)}</em>`;
      return `<code style="font-family:Consolas,'Courier New',monospace;background-color:${SHADE};padding:0 3px;">${htmlEscape(i.code)}</code>`;
    })
    .join('');
}

function table(header: readonly string[], rows: readonly (readonly Rich[])[], total = false): string {
  const out = [`<table border="0" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 0 16px 0;${FONT}font-size:13px;line-height:1.5;color:${COLOUR};">`];
  out.push('<tr>' + header.map((h) => `<th align="left" bgcolor="${SHADE}" style="${CELL}background-color:${SHADE};font-weight:bold;">${htmlEscape(h)}</th>`).join('') + '</tr>');
  rows.forEach((r, i) => {
    const bold = total && i === rows.length - 1 ? 'font-weight:bold;' : '';
    const cells = header.map((_, k) => `<td style="${CELL}${bold}">${rich(r[k] ?? '')}</td>`);
    // A row longer than the header keeps its extra cells (nothing is dropped).
    for (let k = header.length; k < r.length; k++) cells.push(`<td style="${CELL}${bold}">${rich(r[k])}</td>`);
    out.push(`<tr>${cells.join('')}</tr>`);
  });
  out.push('</table>');
  return out.join('\n');
}

function chart(c: Chart, img: InlineImage | undefined, doc: ReportDoc): string {
  if (img) {
    const { width, height, alt } = img.image;
    return `<p style="margin:0 0 16px 0;"><img src="cid:${htmlEscape(img.cid)}" alt="${htmlEscape(alt)}" width="${Math.round(width)}" height="${Math.round(height)}" style="display:block;border:0;outline:none;max-width:100%;height:auto;"></p>`;
  }
  const t = chartTable(c, doc.locale);
  return `<p style="margin:0 0 6px 0;${FONT}font-weight:bold;">${htmlEscape(c.title)}</p>\n${table(t.header, t.rows)}`;
}

function signature(s: SignatureBlock): string {
  const head = `<th align="left" bgcolor="${SHADE}" style="${CELL}background-color:${SHADE};font-weight:bold;`;
  const rows: [string, (p: SignatureBlock['parties'][number]) => string, number][] = [
    [s.labels.organisation, (p) => htmlEscape(p.organisation), 0],
    [s.labels.conclusion, () => s.conclusionOptions.map((o) => htmlEscape(o)).join('&nbsp;&nbsp;'), 0],
    [s.labels.signature, () => '&nbsp;', 48],
    [s.labels.date, () => '&nbsp;', 0],
    [s.labels.seal, () => '&nbsp;', 64],
  ];
  const out = [`<table border="0" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;margin:8px 0 16px 0;${FONT}font-size:13px;line-height:1.5;color:${COLOUR};max-width:720px;">`];
  out.push(`<tr>${head}width:18%;">&nbsp;</th>${s.parties.map((p) => `${head}width:41%;">${htmlEscape(p.role)}</th>`).join('')}</tr>`);
  for (const [label, cell, h] of rows) {
    const height = h ? `height:${h}px;` : '';
    out.push(`<tr>${head}">${htmlEscape(label)}</th>${s.parties.map((p) => `<td style="${CELL}${height}">${cell(p)}</td>`).join('')}</tr>`);
  }
  out.push('</table>');
  return out.join('\n');
}

function block(b: Block, doc: ReportDoc, images: ReadonlyMap<Chart, InlineImage>): string {
  switch (b.type) {
    case 'heading':
      return b.level === 2
        ? `<h2 style="${FONT}font-size:18px;line-height:1.4;font-weight:bold;margin:24px 0 8px 0;padding:0 0 4px 0;border-bottom:1px solid ${BORDER};color:${COLOUR};">${htmlEscape(b.text)}</h2>`
        : `<h3 style="${FONT}font-size:15px;line-height:1.4;font-weight:bold;margin:16px 0 6px 0;color:${COLOUR};">${htmlEscape(b.text)}</h3>`;
    case 'paragraph': {
      const tone = b.role === 'footer' ? `font-size:12px;color:${MUTED};` : b.role === 'note' ? `font-size:13px;color:${MUTED};` : `font-size:14px;color:${COLOUR};`;
      return `<p style="${FONT}${tone}line-height:1.6;margin:0 0 10px 0;">${rich(b.text)}</p>`;
    }
    case 'list':
      return `<ul style="${FONT}font-size:14px;line-height:1.6;color:${COLOUR};margin:0 0 10px 0;padding:0 0 0 24px;">\n${b.items.map((i) => `<li style="margin:0 0 2px 0;">${rich(i)}</li>`).join('\n')}\n</ul>`;
    case 'table':
      return table(b.header, b.rows, b.total);
    case 'chart':
      return chart(b.chart, images.get(b.chart), doc);
    case 'signature':
      return signature(b.signature);
    case 'rule':
      return `<hr style="border:0;border-top:1px solid ${BORDER};height:0;margin:20px 0;">`;
  }
}

/** The HTML body; `images` holds the pictures of the charts (by chart) that the message carries. */
export function emailHtml(doc: ReportDoc, images: ReadonlyMap<Chart, InlineImage> = new Map()): string {
  const lang = doc.locale === 'en' ? 'en' : 'zh-CN';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlEscape(doc.title)}</title>
</head>
<body style="margin:0;padding:0;background-color:#ffffff;">
<div style="${FONT}font-size:14px;line-height:1.6;color:${COLOUR};padding:16px;max-width:960px;">
<h1 style="${FONT}font-size:20px;line-height:1.4;font-weight:bold;margin:0 0 16px 0;color:${COLOUR};">${htmlEscape(doc.title)}</h1>
${doc.blocks.map((b) => block(b, doc, images)).join('\n')}
</div>
</body>
</html>
`;
}
