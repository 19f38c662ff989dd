/**
 * HTML helpers shared by every page POC Studio writes: escaping, JSON inside <script>, and the
 * shell of a standalone offline page (strict CSP: only the page's own scripts run, nothing loads
 * from the network; inline styles are allowed because Mermaid writes a <style> into each SVG).
 */
import type { Locale } from './types';

export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that can sit inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface StandalonePage {
  locale: Locale;
  title: string;
  nonce: string;
  /** Extra CSS (no user text). */
  style: string;
  /** Body markup (user text already escaped). */
  body: string;
  /** Inline scripts, run in order with the nonce (e.g. mermaid.min.js, then the page's own); none: a page without script. */
  scripts: string[];
  /** The page is complete as written (no script draws it): `data-rendered` from the start. */
  rendered?: boolean;
}

export function standalonePage(p: StandalonePage): string {
  const scripts = p.scripts.map((js) => `<script nonce="${p.nonce}">${js.replace(/<\/script/gi, '<\\/script')}</script>`).join('\n');
  const csp = p.scripts.length ? `default-src 'none'; script-src 'nonce-${p.nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:` : `default-src 'none'; style-src 'unsafe-inline'`;
  return `<!DOCTYPE html>
<html lang="${p.locale === 'en' ? 'en' : 'zh-CN'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(p.title)}</title>
<style>
${p.style}
</style>
</head>
<body${p.rendered ? ' data-rendered="true"' : ''}>
${p.body}
${scripts ? `${scripts}\n` : ''}</body>
</html>
`;
}
