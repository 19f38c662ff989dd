/**
 * A report document (doc.ts) as Markdown with Mermaid diagrams — the form that Git hosts, VS Code's
 * preview and the HTML export (html.ts, through `marked`) show.
 *
 * Decisions:
 * - Every text goes through `md()` (inline Markdown escaping) and every chart label through
 *   `mm()` (Mermaid label escaping): a plan's text can break neither a table nor a diagram.
 * - Charts: a pie is a Mermaid `pie showData`; bars (hours by person) are drawn as a pie too —
 *   Mermaid has no bar chart that every Git host renders; the gantt is a Mermaid gantt by section
 *   (done / active / crit / milestone tags, calendar-day lengths).
 * - The signature block is a Markdown table (label | 甲方 | 乙方).
 */
import { formatDate } from '../dates';
import type { Block, Chart, ReportDoc, Rich, SignatureBlock } from './doc';
import { md, mermaid, mm, oneLine } from './markdown';

const round = (v: number): number => Math.round(v * 100) / 100;

/** A piece of a run: escaped like md(), keeping one space at either end where it had one. */
function piece(s: string): string {
  const inner = md(s);
  const lead = /^\s/.test(s) ? ' ' : '';
  const trail = /\s$/.test(s) ? ' ' : '';
  return inner === '' ? lead || trail : lead + inner + trail;
}

export function inlineMarkdown(text: Rich): string {
  if (typeof text === 'string') return md(text);
  return text
    .map((i) => {
      if (typeof i === 'string') return piece(i);
      if ('strong' in i) return `**${md(i.strong)}**`;
      if ('em' in i) return `*${md(i.em)}*`;
      return `\`${oneLine(i.code).replace(/`/g, "'")}\``;
    })
    .join('');
}

function tableMarkdown(header: string[], rows: Rich[][]): string {
  const line = (cells: string[]) => `| ${cells.map((c) => (c === '' ? ' ' : c)).join(' | ')} |`;
  return [line(header.map(md)), line(header.map(() => '---')), ...rows.map((r) => line(header.map((_, i) => inlineMarkdown(r[i] ?? ''))))].join('\n');
}

export function chartMermaid(c: Chart): string {
  if (c.kind === 'pie' || c.kind === 'bars') {
    const shown = (c.kind === 'pie' ? c.slices : c.bars).filter((s) => Number.isFinite(s.value) && s.value > 0);
    if (shown.length === 0) return '';
    return mermaid([`pie showData title ${mm(c.title)}`, ...shown.map((s) => `    "${mm(s.label)}" : ${round(s.value)}`)]);
  }
  const lines = ['gantt', `    title ${mm(c.title)}`, '    dateFormat YYYY-MM-DD', '    axisFormat %m-%d'];
  for (const s of c.sections) {
    if (s.rows.length === 0) continue;
    lines.push(`    section ${mm(s.title)}`);
    for (const r of s.rows) {
      const tags: string[] = [];
      if (r.done) tags.push('done');
      else if (r.active) tags.push('active');
      if ((r.critical || r.overdue) && !r.done) tags.push('crit');
      if (r.milestone) tags.push('milestone');
      const len = r.milestone ? '0d' : `${r.end - r.start + 1}d`;
      lines.push(`    ${mm(r.label)} :${[...tags, r.key, formatDate(r.start), len].join(', ')}`);
    }
  }
  return mermaid(lines);
}

function signatureMarkdown(s: SignatureBlock): string {
  const [a, b] = s.parties;
  return tableMarkdown(
    ['', a.role, b.role],
    [
      [s.labels.organisation, a.organisation, b.organisation],
      [s.labels.conclusion, s.conclusionOptions.join('　'), ''],
      [s.labels.signature, '', ''],
      [s.labels.date, '', ''],
      [s.labels.seal, '', ''],
    ],
  );
}

export function blockMarkdown(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${b.level === 2 ? '##' : '###'} ${md(b.text)}`;
    case 'paragraph':
      return b.role === 'footer' ? `*${inlineMarkdown(b.text)}*` : inlineMarkdown(b.text);
    case 'list':
      return b.items.map((i) => `- ${inlineMarkdown(i)}`).join('\n');
    case 'table':
      return tableMarkdown(b.header, b.total ? [...b.rows.slice(0, -1), b.rows[b.rows.length - 1].map((c) => [{ strong: typeof c === 'string' ? c : c.map((x) => (typeof x === 'string' ? x : Object.values(x)[0])).join('') }])] : b.rows);
    case 'chart':
      return chartMermaid(b.chart);
    case 'signature':
      return signatureMarkdown(b.signature);
    case 'rule':
      return '---';
  }
}

export function reportMarkdown(doc: ReportDoc): string {
  return [`# ${md(doc.title)}`, ...doc.blocks.map(blockMarkdown)].filter((p) => p !== '').join('\n\n') + '\n';
}
