/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The report preview's page (client/src/panels/report-preview-page.ts, what the extension shows
 * before VS Code 1.121) in real headless Chromium: the weekly report of the example, from the real
 * server, with every Mermaid block drawn as an SVG picture under the page's strict CSP; raw HTML
 * in a report stays text. Screenshot kept in test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser } from 'playwright-core';
import { TestClient, startOnExamples, stopOnExamples } from '../protocol/lsp-client';
import { reportPreviewHtml } from '../../client/src/panels/report-preview-page';
import { RESULTS, fileEnv, launch, openPage } from './browser';

interface Info {
  diagrams: number;
  svgs: number;
  errors: string[];
}

describe('report preview page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    ({ dir, client } = await startOnExamples('poc-studio-report-preview-', 'bank-log.project.yaml'));
  });
  after(async () => {
    await stopOnExamples({ dir, client });
    await browser?.close();
  });

  const rendered = async (html: string) => {
    const loaded = await openPage(browser, html, { width: 1100, height: 1400 });
    await loaded.page.waitForFunction(() => ((window as unknown as { __pocPosted?: { type: string }[] }).__pocPosted ?? []).some((m) => m.type === 'rendered'), undefined, { timeout: 30000 });
    const info = ((await loaded.posted()).find((m) => m.type === 'rendered') as unknown as { info: Info }).info;
    return { ...loaded, info };
  };

  it('draws every Mermaid block of the weekly report as a picture', async () => {
    const r = await client.request<{ markdown: string }>('pocStudio/report', { uri: pathToFileURL(path.join(dir, 'bank-log.project.yaml')).href, kind: 'weekly', week: '2027-W04' });
    const blocks = (r.markdown.match(/^```mermaid$/gm) ?? []).length;
    assert.ok(blocks > 0);
    const { page, info, errors } = await rendered(reportPreviewHtml(fileEnv('zh-CN'), '周报', r.markdown, 1));
    assert.deepStrictEqual(info.errors, []);
    assert.deepStrictEqual([info.diagrams, info.svgs], [blocks, blocks]);
    assert.strictEqual(await page.locator('.diagram > svg').count(), blocks);
    assert.match((await page.locator('h1').textContent()) ?? '', /^周报 · 某银行日志分析平台一期实施 · 2027-W04$/);
    assert.ok((await page.locator('table').count()) > 0, 'tables are tables');
    assert.deepStrictEqual(errors, []);
    await page.screenshot({ path: path.join(RESULTS, 'report-preview.png'), fullPage: true });
  });

  it('shows raw HTML of a report as text; nothing of it runs', async () => {
    const md = '# T\n\n<script>window.__pwned = 1</script>\n\n<img src=x onerror="window.__pwned = 2">\n\n[x](javascript:window.__pwned=3)\n';
    const { page, info } = await rendered(reportPreviewHtml(fileEnv('en'), 'T', md, 1));
    assert.strictEqual(info.diagrams, 0);
    assert.strictEqual(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.strictEqual(await page.locator('main img, main script').count(), 0);
    assert.match((await page.locator('main').textContent()) ?? '', /<script>window.__pwned = 1<\/script>/);
  });
});
