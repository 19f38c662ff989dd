/**
 * The page of the report preview: the report's Markdown rendered to markup here (by the same
 * renderer as the offline HTML export: user text escaped, raw HTML shown as text), Mermaid drawn
 * by media/report-preview.js with media/mermaid.min.js, under the strict CSP of page.ts.
 */
import { reportBodyHtml } from '../../../server/src/core/reports/html';
import { pageHtml, type PageEnv } from './page';

export function reportPreviewHtml(env: PageEnv, title: string, markdown: string, seq: number): string {
  return pageHtml(env, {
    title,
    scripts: ['media/panel-common.js', 'media/mermaid.min.js', 'media/report-preview.js'],
    styles: ['media/report-preview.css'],
    strings: {},
    body: `<main id="report" data-seq="${Math.floor(seq)}">\n${reportBodyHtml(markdown)}\n</main>`,
  });
}
