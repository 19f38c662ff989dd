/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The offline HTML reports (`poc-studio report … --format html`) in real headless Chromium: every
 * Mermaid block becomes an SVG under the page's strict CSP, nothing is fetched, no script other
 * than the page's own runs. Screenshots go to test-results/webview/.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { REPO } from '../protocol/lsp-client';
import { RESULTS, launch, openFile } from './browser';

describe('offline HTML reports in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-report-html-'));
    fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [kind, file, extra] of [
    ['weekly', 'bank-log.project.yaml', ['--week', '2027-W04']],
    ['poc', 'bank-log.poc.yaml', []],
    ['acceptance', 'bank-log.project.yaml', []],
  ] as const) {
    it(`${kind}: every diagram is drawn, offline, with no error`, async () => {
      const out = path.join(dir, `${kind}.html`);
      const r = cp.spawnSync(process.execPath, [path.join(REPO, 'bin', 'poc-studio.js'), 'report', kind, file, ...extra, '--locale', 'zh-CN', '--format', 'html', '--out', out, '--force'], { cwd: dir, encoding: 'utf8' });
      assert.strictEqual(r.status, 0, r.stderr);
      const blocks = (fs.readFileSync(out, 'utf8').match(/<code class="language-mermaid">/g) ?? []).length;
      assert.ok(blocks >= 1, 'the report has diagrams');
      const { page, errors, requests } = await openFile(browser, out);
      const dom = await page.evaluate(() => ({
        rendered: document.body.getAttribute('data-rendered'),
        svgs: document.querySelectorAll('.diagram svg').length,
        failed: [...document.querySelectorAll('.diagram')].filter((d) => !d.querySelector('svg')).map((d) => d.textContent),
        tables: document.querySelectorAll('table').length,
        h1: document.querySelector('h1')?.textContent,
      }));
      assert.strictEqual(dom.rendered, String(blocks));
      assert.strictEqual(dom.svgs, blocks, JSON.stringify(dom.failed));
      assert.ok(dom.tables > 0);
      assert.match(dom.h1 ?? '', /[\u4e00-\u9fff]/);
      assert.deepStrictEqual(errors, []);
      assert.deepStrictEqual(requests, []);
      await page.screenshot({ path: path.join(RESULTS, `report-${kind}.png`), fullPage: true });
      await page.close();
    });
  }
});
