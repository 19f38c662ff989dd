/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Headless Chromium (the system's, via playwright-core) loading a panel page from disk exactly as
 * the extension builds it (client/src/panels/*-page.ts), with VS Code's webview API replaced by a
 * recorder (see media/*.js): tests post the server's data and read what the page posted back.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO } from '../protocol/lsp-client';
import type { PageEnv } from '../../client/src/panels/page';

export const CHROMIUM = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p)) || '/usr/bin/chromium';
export const RESULTS = path.join(REPO, 'test-results', 'webview');

/**
 * `POC_STUDIO_NO_CJK_FONT=1`: Chromium sees the DejaVu fonts only (a fontconfig file of its own),
 * as on a fresh machine without a CJK font. The tests must pass either way: they click what the
 * user clicks and compare boxes measured in the page, never widths that depend on a font.
 */
export function fontEnv(): Record<string, string> | undefined {
  if (!process.env.POC_STUDIO_NO_CJK_FONT) return undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-fonts-'));
  const conf = path.join(dir, 'fonts.conf');
  const dejavu = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu'].filter((d) => fs.existsSync(d));
  fs.writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n${dejavu.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${path.join(dir, 'cache')}</cachedir>\n</fontconfig>\n`);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  return { ...env, FONTCONFIG_FILE: conf };
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], env: fontEnv() });
}

export const fileEnv = (lang: 'zh-CN' | 'en' = 'zh-CN'): PageEnv => ({
  cspSource: 'file:',
  resource: (p) => pathToFileURL(path.join(REPO, p)).href,
  lang,
});

export interface LoadedPage {
  page: Page;
  /** Messages the page posted (ready, rendered, reveal, export …). */
  posted(): Promise<{ type: string; [k: string]: unknown }[]>;
  /** Posts `message` to the page as the extension would and waits for the next `rendered`. */
  send(message: unknown): Promise<Record<string, unknown>>;
  errors: string[];
  dialogs: string[];
}

/** Writes the page to a temp file and opens it, with the VS Code theme variables of a dark theme. */
export async function openPage(browser: Browser, html: string, size = { width: 1400, height: 900 }, before?: (page: Page) => Promise<void>): Promise<LoadedPage> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-webview-'));
  const file = path.join(dir, 'index.html');
  // The theme variables VS Code injects into every webview (a few of Dark Modern's).
  const themed = html.replace(
    '<body>',
    `<body style="--vscode-editor-background:#1f1f1f;--vscode-editor-foreground:#cccccc;--vscode-foreground:#cccccc;--vscode-charts-blue:#3794ff;--vscode-charts-red:#f14c4c;--vscode-charts-green:#89d185;--vscode-charts-orange:#d18616;--vscode-editorLineNumber-foreground:#6e7681;--vscode-font-family:'WenQuanYi Micro Hei',sans-serif;--vscode-font-size:13px;background:#1f1f1f">`,
  );
  fs.writeFileSync(file, themed);
  const page = await browser.newPage({ viewport: size });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  if (before) await before(page);
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => ((window as unknown as { __pocPosted?: { type: string }[] }).__pocPosted ?? []).some((m) => m.type === 'ready'));
  const posted = () => page.evaluate(() => (window as unknown as { __pocPosted: { type: string }[] }).__pocPosted.slice());
  const send = async (message: unknown) => {
    const before = (await posted()).filter((m) => m.type === 'rendered').length;
    await page.evaluate((m) => window.postMessage(m, '*'), message);
    await page.waitForFunction((n) => (window as unknown as { __pocPosted: { type: string }[] }).__pocPosted.filter((m) => m.type === 'rendered').length > n, before, { timeout: 15000 });
    const rendered = (await posted()).filter((m) => m.type === 'rendered');
    return (rendered[rendered.length - 1] as { info?: Record<string, unknown> }).info as Record<string, unknown>;
  };
  return { page, posted, send, errors, dialogs };
}

/**
 * Resolves once the page has run what its last action queued — instead of a fixed sleep before
 * asserting that nothing (a dialog, an error, an injected handler) happened: every image loaded or
 * failed (its error event dispatched), fonts ready, two frames drawn, and a task run after them.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), undefined, { timeout: 15000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        void document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 0))));
      }),
  );
}

/**
 * Moves the mouse to (x, y) and resolves once the page has dispatched the move: the `mousemove`
 * reached the window's listeners, after the handlers of the element under the pointer (and its
 * mouseover / mouseenter ones, which come first). Then waits for the page to settle.
 */
export async function moveMouse(page: Page, x: number, y: number): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __pocMoved?: Promise<void> };
    w.__pocMoved = new Promise<void>((resolve) => window.addEventListener('mousemove', () => resolve(), { once: true }));
  });
  await page.mouse.move(x, y);
  await page.evaluate(() => (window as unknown as { __pocMoved: Promise<void> }).__pocMoved);
  await settled(page);
}

/**
 * Clicks the middle of the element's own box, as a user aims at it: whatever is drawn there gets
 * the click (a bar's label lies over its bar, and how far it reaches depends on the font). Returns
 * the `data-key` of what was hit, for the test to compare with what the page did.
 */
export async function clickCentre(page: Page, selector: string): Promise<string | null> {
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const hit = await page.evaluate(([px, py]) => document.elementFromPoint(px, py)?.closest('[data-key]')?.getAttribute('data-key') ?? null, [x, y]);
  await page.mouse.click(x, y);
  return hit;
}

const zhBundle = JSON.parse(fs.readFileSync(path.join(REPO, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;

/** A page's strings as VS Code shows them in Chinese (through l10n/bundle.l10n.zh-cn.json). */
/**
 * Opens a standalone page (a CLI export or report) from its file, offline: requests other than
 * file: are recorded and aborted, page and console errors collected; resolves once it has drawn.
 */
export async function openFile(browser: Browser, file: string, size = { width: 1100, height: 900 }): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: size });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => document.body.getAttribute('data-rendered') !== null, undefined, { timeout: 20000 });
  return { page, errors, requests };
}

export function zhStringsOf<T extends Record<string, string>>(table: T): Record<keyof T, string> {
  return Object.fromEntries(Object.entries(table).map(([k, v]) => [k, zhBundle[v] ?? v])) as Record<keyof T, string>;
}
