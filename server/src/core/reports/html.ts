/**
 * A report as a standalone offline HTML page: the Markdown rendered with `marked` (user text was
 * already escaped by the generators, and raw HTML in the Markdown is escaped again here), Mermaid
 * inlined and run with `securityLevel: 'strict'` under a CSP that only lets the page's own scripts
 * run. Nothing is loaded from the network.
 */
import { Marked } from 'marked';
import { htmlText, standalonePage } from '../html';
import type { Locale } from '../types';

export interface ReportHtmlOptions {
  title: string;
  locale: Locale;
  /** The text of mermaid.min.js. */
  mermaidJs: string;
  nonce: string;
}

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    // No raw HTML passes through: it is shown as text.
    html({ text }) {
      return htmlText(text);
    },
  },
});

/**
 * The report's Markdown as HTML body markup (raw HTML in it shown as text); Mermaid blocks stay
 * `<pre><code class="language-mermaid">` for a page script to draw. Also used by the editor's
 * report preview (client/src/panels/report-preview.ts).
 */
export function reportBodyHtml(markdown: string): string {
  return marked.parse(markdown) as string;
}

export function reportHtml(markdown: string, opts: ReportHtmlOptions): string {
  const body = reportBodyHtml(markdown);
  return standalonePage({
    locale: opts.locale,
    title: opts.title,
    nonce: opts.nonce,
    style: `body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; line-height: 1.6; }
table { border-collapse: collapse; margin: 1rem 0; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; text-align: left; vertical-align: top; }
th { background: #f6f8fa; } code { background: #f6f8fa; padding: 0 4px; border-radius: 3px; }
pre.mermaid-src { display: none; } .diagram { margin: 1rem 0; overflow-x: auto; }
@media print { .diagram { page-break-inside: avoid; } }`,
    body,
    scripts: [
      opts.mermaidJs,
      `(function () {
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10000000, theme: 'default' });
  var blocks = Array.prototype.slice.call(document.querySelectorAll('pre > code.language-mermaid'));
  var n = 0;
  Promise.all(blocks.map(function (code) {
    var pre = code.parentNode;
    var div = document.createElement('div');
    div.className = 'diagram';
    pre.parentNode.insertBefore(div, pre);
    pre.className = 'mermaid-src';
    return mermaid.render('report-diagram-' + (n++), code.textContent).then(function (r) { div.innerHTML = r.svg; })
      .catch(function (e) { div.textContent = String(e && e.message || e); pre.className = ''; });
  })).then(function () { document.body.setAttribute('data-rendered', String(blocks.length)); });
})();`,
    ],
  });
}
