/**
 * A report in the format it leaves in: Markdown (+ Mermaid), an offline HTML page, a Word document
 * or an e-mail draft. Shared by the CLI (`report --format`) and the language server
 * (`pocStudio/report`), so both write the same bytes.
 *
 * Decisions:
 * - Word and e-mail get the charts as pictures drawn from the report's data (reports/charts →
 *   PNG with resvg and a CJK font); where resvg cannot load, the charts become tables of their data.
 * - File names: the report's name with the format's extension (.md, .html, .docx, .eml).
 */
import { randomBytes } from 'crypto';
import type { Report } from '../core/reports';
import { reportHtml } from '../core/reports/html';
import { readMermaidJs } from '../node/mermaid-js';
import { chartRenderer } from './chart-png';
import { renderDocx } from './docx';
import { renderEml } from './eml';

export type ReportFormat = 'markdown' | 'html' | 'docx' | 'eml';
export const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'html', 'docx', 'eml'];

export interface ReportOutput {
  /** Text for markdown/html, bytes for docx/eml. */
  data: string | Uint8Array;
  fileName: string;
}

export interface OutputOptions {
  /** The document's date (Word properties, the mail's Date header); default now. */
  now?: Date;
}

const EXTENSION: Record<ReportFormat, string> = { markdown: '.md', html: '.html', docx: '.docx', eml: '.eml' };

export function outputName(report: Report, format: ReportFormat): string {
  return report.fileName.replace(/\.md$/, EXTENSION[format]);
}

export async function reportOutput(report: Report, format: ReportFormat, opts: OutputOptions = {}): Promise<ReportOutput> {
  const fileName = outputName(report, format);
  if (format === 'markdown') return { data: report.markdown, fileName };
  if (format === 'html') {
    const data = reportHtml(report.markdown, { title: report.doc.title, locale: report.locale, mermaidJs: readMermaidJs(), nonce: randomBytes(16).toString('base64') });
    return { data, fileName };
  }
  const charts = chartRenderer({ locale: report.locale });
  if (format === 'docx') return { data: await renderDocx(report.doc, { charts, created: opts.now }), fileName };
  const r = report.doc.recipients;
  return { data: await renderEml(report.doc, { charts, to: r?.to, cc: r?.cc, date: opts.now }), fileName };
}
