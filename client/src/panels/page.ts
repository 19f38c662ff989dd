/**
 * What every POC Studio webview shares: a strict Content Security Policy with a per-load nonce
 * (only the extension's own scripts run; nothing remote is loaded), the page shell, and the
 * localized strings the page script shows (passed as JSON, never as markup). No `vscode` import:
 * the same page is loaded by the headless-Chromium tests.
 */
import { randomBytes } from 'crypto';
import { htmlText, scriptJson } from '../../../server/src/core/html';

export function makeNonce(): string {
  return randomBytes(18).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

/** Where the page runs: a VS Code webview, or a file:// page in the browser tests. */
export interface PageEnv {
  /** `webview.cspSource` (or `file:` in tests). */
  cspSource: string;
  /** The URL of a file inside the extension, e.g. `media/gantt.js`. */
  resource(path: string): string;
  lang: 'zh-CN' | 'en';
}

export interface PageOptions {
  title: string;
  /** Paths inside the extension: scripts run in this order. */
  scripts: string[];
  styles: string[];
  /** Strings for the page script, by key. */
  strings: Record<string, string>;
  /** Static body markup (no user text). */
  body: string;
}

export { scriptJson };

export function pageHtml(env: PageEnv, opts: PageOptions): string {
  const nonce = makeNonce();
  const src = (p: string) => htmlText(env.resource(p));
  // Mermaid writes a <style> element into each SVG, hence 'unsafe-inline' for styles only.
  const csp = [
    "default-src 'none'",
    `img-src ${env.cspSource} data:`,
    `style-src ${env.cspSource} 'unsafe-inline'`,
    `font-src ${env.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  const lang = env.lang;
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(opts.title)}</title>
${opts.styles.map((s) => `<link rel="stylesheet" href="${src(s)}">`).join('\n')}
</head>
<body>
${opts.body}
<script type="application/json" id="poc-strings">${scriptJson(opts.strings)}</script>
${opts.scripts.map((s) => `<script nonce="${nonce}" src="${src(s)}"></script>`).join('\n')}
</body>
</html>`;
}
