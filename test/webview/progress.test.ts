/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The progress panel's page in real headless Chromium, fed by the real language server: the
 * example's checklists (figures and bar widths read from the DOM), phases, success criteria and
 * plan progress; ticking a box posts a tick; a server-side tick changes the figures; hostile
 * item texts stay text. Screenshot kept in test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser } from 'playwright-core';
import { TestClient, startOnExamples, stopOnExamples } from '../protocol/lsp-client';
import { progressPageHtml, PROGRESS_STRINGS, type ProgressStrings } from '../../client/src/panels/progress-page';
import { RESULTS, fileEnv, launch, openPage, settled, zhStringsOf } from './browser';
import type { ProgressRenderInfo as Info } from '../../client/src/panels/progress';

const zhStrings = zhStringsOf(PROGRESS_STRINGS) as ProgressStrings;

interface Item {
  key: string;
  index: number;
  id?: string;
}
interface Response {
  view: { checklists: { id?: string; uri: string; stamp: string; items: Item[] }[]; plans: { percent?: number }[] };
}

describe('progress page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;
  let seq = 0;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    ({ dir, client } = await startOnExamples('poc-studio-progress-', 'machine-readiness.checklist.yaml'));
  });
  after(async () => {
    await stopOnExamples({ dir, client });
    await browser?.close();
  });

  const data = async () => {
    const r = await client.request<Response>('pocStudio/progress', { uri: uri('machine-readiness.checklist.yaml') });
    assert.ok(r && 'view' in r, JSON.stringify(r));
    return { type: 'data', seq: ++seq, ...r };
  };

  it('shows the example checklists, phases, criteria and plans with their figures and bars', async () => {
    const d = await data();
    const { page, send, errors } = await openPage(browser, progressPageHtml(fileEnv(), zhStrings));
    const info = (await send(d)) as unknown as Info;
    const m = info.checklists.find((c) => c.id === 'machine-readiness')!;
    assert.deepStrictEqual([m.total, m.done, m.required, m.requiredDone, m.overdue, m.percent, m.bar, m.checked, m.boxes], [6, 5, 6, 5, 1, 83, 83, 5, 6]);
    assert.match(m.figures, /已完成 5\/6 · 必做 5\/6 · 83% · 逾期 1/);
    const c = info.checklists.find((x) => x.id === 'closing')!;
    assert.deepStrictEqual([c.total, c.done, c.bar, c.boxes, c.checked], [8, 0, 0, 8, 0]);
    assert.deepStrictEqual(info.phases.map((p) => [p.phase, p.bar, p.overdue]), [['environment', 83, 1], ['closing', 0, 0]]);
    assert.deepStrictEqual(info.criteria.length, 1);
    assert.strictEqual(info.plans.length, 2);
    for (const [i, p] of info.plans.entries()) assert.strictEqual(p.bar, d.view.plans[i].percent ?? 0);
    const dom = await page.evaluate(() => ({
      overdueItems: [...document.querySelectorAll('#checklists li.overdue')].map((li) => li.getAttribute('data-item')),
      groups: [...document.querySelectorAll('#checklists .group-name')].map((g) => g.textContent),
      releases: [...document.querySelectorAll('#plans .release')].map((r) => `${r.getAttribute('data-release')}: ${r.querySelector('.figures')?.textContent}`),
    }));
    // The example project lists 基础版 / 标准版 (issue 18): one row each under its plan.
    assert.strictEqual(dom.releases.length, 2, dom.releases.join('\n'));
    assert.ok(dom.releases.every((r) => /^(basic|standard): .*需求 \d+\/\d+ · 验收项 0\/0$/.test(r)), dom.releases.join('\n'));
    assert.deepStrictEqual(dom.overdueItems, ['M6']);
    assert.ok(dom.groups.some((g) => g?.startsWith('产品培训')), dom.groups.join('|'));
    await page.screenshot({ path: path.join(RESULTS, 'progress-example.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('posts a tick when a box is ticked, and shows the new figures once the file has changed', async () => {
    const d = await data();
    const { page, send, posted } = await openPage(browser, progressPageHtml(fileEnv('en'), PROGRESS_STRINGS));
    await send(d);
    const list = d.view.checklists.find((c) => c.id === 'machine-readiness')!;
    const m6 = list.items.find((i) => i.id === 'M6')!;
    await page.click(`input[data-key="${m6.key}"]`);
    const ticks = (await posted()).filter((m) => m.type === 'tick');
    assert.deepStrictEqual(ticks, [{ type: 'tick', key: m6.key, done: true }]);
    // What the extension does with it: ask the server for the edit and change the file.
    const t = await client.request<{ edit: { range: { start: { line: number; character: number }; end: { character: number } }; newText: string } }>('pocStudio/tick', { uri: list.uri, index: m6.index, id: 'M6', done: true, stamp: list.stamp });
    const text = fs.readFileSync(path.join(dir, 'machine-readiness.checklist.yaml'), 'utf8').split('\n');
    const l = t.edit.range.start.line;
    text[l] = text[l].slice(0, t.edit.range.start.character) + t.edit.newText + text[l].slice(t.edit.range.end.character);
    await client.open(list.uri, text.join('\n'));
    const info = (await send(await data())) as unknown as Info;
    const m = info.checklists.find((c) => c.id === 'machine-readiness')!;
    assert.deepStrictEqual([m.done, m.overdue, m.percent, m.bar, m.checked], [6, 0, 100, 100, 6]);
    await client.close(list.uri);
    await page.close();
  });

  it('forwards Ctrl+Z / Cmd+Z to the extension as undo (the webview would swallow it)', async () => {
    const { page, send, posted } = await openPage(browser, progressPageHtml(fileEnv('en'), PROGRESS_STRINGS));
    await send(await data());
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Meta+z');
    await page.keyboard.press('Control+Shift+z');
    assert.deepStrictEqual((await posted()).filter((m) => m.type === 'undo'), [{ type: 'undo' }, { type: 'undo' }]);
    await page.close();
  });

  it('shows hostile item texts and titles as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    await client.open(uri('evil.checklist.yaml'), ['kind: checklist', 'id: evil', `title: "${evil}"`, 'items:', `  - { id: X1, text: "${evil}", done: false }`, `  - group: "<b>g</b>"`, '    items: [ { id: X2, text: "</script><script>alert(2)</script>", done: true } ]', ''].join('\n'));
    const d = await data();
    const { page, send, errors, dialogs } = await openPage(browser, progressPageHtml(fileEnv('en'), PROGRESS_STRINGS));
    const info = (await send(d)) as unknown as Info;
    assert.ok(info.checklists.some((c) => c.id === 'evil' && c.total === 2 && c.done === 1));
    const dom = await page.evaluate(() => ({
      injected: document.querySelectorAll('img, b, script:not([src]):not([type])').length,
      texts: [...document.querySelectorAll('.checklist[data-id="evil"] .text, .checklist[data-id="evil"] .title, .checklist[data-id="evil"] .group-name')].map((t) => t.textContent),
    }));
    assert.strictEqual(dom.injected, 0);
    assert.ok(dom.texts.includes(evil) && dom.texts.includes('X1 ' + evil) && dom.texts.includes('X2 </script><script>alert(2)</script>'), dom.texts.join(' | '));
    // The page handles a next message (what the first drawing queued ran before it) and draws the same.
    assert.strictEqual(((await send(d)) as unknown as Info).checklists.length, info.checklists.length);
    await settled(page);
    assert.deepStrictEqual(dialogs, []);
    assert.deepStrictEqual(errors, []);
    await page.close();
    await client.close(uri('evil.checklist.yaml'));
  });
});
