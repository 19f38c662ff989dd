/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The team load panel's page in real headless Chromium, fed by the real language server on the
 * load fixture (two plans sharing zhao, leave, a halt, half-time qian) plus a plan whose people and
 * tasks are named by the injection corpus: cells with their percent and state (free, busy and over
 * in different theme colours), a click on a cell lists its tasks, a click on a task posts `open`
 * with its file and range, the filters hide rows, paging posts `page`, and the payloads stay text.
 * Screenshot kept in test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as YAML from 'yaml';
import type { Browser, Page } from 'playwright-core';
import { TestClient, REPO } from '../protocol/lsp-client';
import { loadPageHtml, LOAD_STRINGS, type LoadStrings } from '../../client/src/panels/load-page';
import type { LoadRenderInfo as Info } from '../../client/src/panels/load';
import { RESULTS, fileEnv, launch, openPage, settled, zhStringsOf } from './browser';
import { PAYLOADS } from './injection-corpus';

const zhStrings = zhStringsOf(LOAD_STRINGS) as LoadStrings;
const TEAM = 6;
const ENTITIES = /^(html|head|meta|title|link|body|div|span|button|input|select|option|table|thead|tbody|tfoot|tr|th|td|section|h2|p|ul|li|script)$/;

/** People and tasks named by payloads, booked in 2027-W09 (10% each). */
function hostilePlan(): string {
  return YAML.stringify({
    kind: 'project',
    id: 'hostile',
    title: PAYLOADS[0],
    customer: PAYLOADS[1],
    start: '2027-03-01',
    // A monthly inspection in the window (2027-03-03), named by the plan's hostile title.
    contract: { signed: '2027-02-03', maintenanceMonths: 12, inspectionEvery: 'monthly' },
    team: Array.from({ length: TEAM }, (_, i) => ({ id: `h${i}`, name: PAYLOADS[PAYLOADS.length - 1 - i], role: PAYLOADS[i + 2] })),
    tasks: PAYLOADS.map((p, i) => ({ id: `X${i + 1}`, name: p, owner: `h${i % TEAM}`, start: '2027-03-01', duration: '1d', allocation: 10 })),
  });
}

const TRAP = () => {
  const w = window as unknown as { __pwned: (x?: unknown) => void; __pwnedCalls: string[] };
  w.__pwnedCalls = [];
  w.__pwned = (x?: unknown) => void w.__pwnedCalls.push(String(x));
};

describe('team load page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;
  let seq = 0;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-load-page-'));
    for (const f of ['a.project.yaml', 'b.project.yaml']) fs.copyFileSync(path.join(REPO, 'test/fixtures/load', f), path.join(dir, f));
    fs.writeFileSync(path.join(dir, 'hostile.project.yaml'), hostilePlan());
    client = await TestClient.start({ folder: dir, locale: 'zh-CN', settings: { today: '2027-02-20' } });
    await client.waitFor(uri('hostile.project.yaml'), () => true, 20000);
  });
  after(async () => {
    await client?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await browser?.close();
  });

  const data = async (from = '2027-03-01') => {
    const r = await client.request<Record<string, unknown>>('pocStudio/teamLoad', { uri: uri('a.project.yaml'), from, weeks: 2 });
    assert.ok(r && 'load' in r, JSON.stringify(r).slice(0, 300));
    return { type: 'data', seq: ++seq, ...r };
  };
  const rowOf = (info: Info, person: string) => info.rows.find((r) => r.person === person)!;
  const lastRendered = async (posted: () => Promise<{ type: string; [k: string]: unknown }[]>) => {
    const all = (await posted()).filter((m) => m.type === 'rendered');
    return (all[all.length - 1] as unknown as { info: Info }).info;
  };

  it('draws each person × week with its percent, and free, busy and over in different theme colours', async () => {
    const { page, send, errors } = await openPage(browser, loadPageHtml(fileEnv(), zhStrings));
    const info = (await send(await data())) as unknown as Info;
    assert.deepStrictEqual(info.weeks, ['2027-W09', '2027-W10']);
    const cells = (p: string) => rowOf(info, p).cells.map((c) => `${c.text}:${c.state}`);
    assert.deepStrictEqual(cells('zhao'), ['60%:busy', '138%:over']);
    assert.deepStrictEqual(cells('qian'), ['100%:busy', '40%:over']);
    assert.deepStrictEqual(cells('sun'), ['0%:free', '0%:free']);
    const bg = (p: string, k: number) => rowOf(info, p).cells[k].background;
    assert.notStrictEqual(bg('sun', 0), bg('zhao', 0));
    assert.notStrictEqual(bg('zhao', 0), bg('zhao', 1));
    assert.notStrictEqual(bg('sun', 0), bg('zhao', 1));
    assert.strictEqual(bg('zhao', 1), bg('qian', 1));
    // The leave day is shown in its cell; the person column names the capacity.
    assert.match((await page.textContent('td[data-key="zhao|1"]'))!, /请假 1 天/);
    assert.match((await page.textContent('tr[data-person="qian"] th'))!, /钱八.*工作容量 50%/);
    await page.screenshot({ path: path.join(RESULTS, 'load-grid.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('shows the inspections the contracts expect in these weeks in a row of their own, as text', async () => {
    const { page, send, errors } = await openPage(browser, loadPageHtml(fileEnv(), zhStrings));
    const info = (await send(await data())) as unknown as Info;
    assert.deepStrictEqual(info.inspections, [`${PAYLOADS[0]} 第 1 次巡检，2027-03-03（待巡检）`]);
    assert.strictEqual(await page.textContent('#grid tfoot th'), '维保巡检');
    assert.strictEqual(await page.locator('#grid tfoot td').count(), 2);
    assert.ok(!info.rows.some((r) => r.person === ''), 'the row is not a person');
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('lists the tasks of a clicked cell, and posts open with the task’s file and range on a click', async () => {
    const { page, send, posted } = await openPage(browser, loadPageHtml(fileEnv('en'), LOAD_STRINGS));
    await send(await data());
    assert.strictEqual(await page.isHidden('#tasks-section'), true);
    await page.click('td[data-key="zhao|1"]');
    await page.waitForFunction(() => document.querySelectorAll('#tasks li').length === 2);
    const info = await lastRendered(posted);
    assert.strictEqual(info.selected, 'zhao|1');
    assert.strictEqual(info.tasks.length, 2);
    assert.match(info.tasks[0], /甲银行实施 · A1（部署）50% · 1 working days this week · 2027-03-01 – 2027-03-08/);
    assert.match(info.tasks[1], /乙证券实施 · B4（数据迁移）100% · 5 working days/);
    assert.match((await page.textContent('#tasks-title'))!, /赵六 in 2027-W10 \(2027-03-08 – 2027-03-14\)/);
    await page.click('#tasks li[data-task="1"]');
    await page.waitForFunction(() => ((window as unknown as { __pocPosted: { type: string }[] }).__pocPosted ?? []).some((m) => m.type === 'open'));
    const open = (await posted()).find((m) => m.type === 'open') as unknown as { key: string; index: number; uri: string; range: { start: { line: number } } };
    assert.deepStrictEqual([open.key, open.index, open.uri], ['zhao|1', 1, uri('b.project.yaml')]);
    const lines = fs.readFileSync(path.join(dir, 'b.project.yaml'), 'utf8').split('\n');
    assert.match(lines[open.range.start.line], /id: B4, name: 数据迁移/);
    // An empty cell says so.
    await page.click('td[data-key="sun|0"]');
    await page.waitForFunction(() => !(document.getElementById('tasks-empty') as HTMLElement).hidden);
    assert.strictEqual(await page.locator('#tasks li').count(), 0);
    await page.close();
  });

  it('hides rows by person, customer and role, and pages by weeks', async () => {
    const { page, send, posted } = await openPage(browser, loadPageHtml(fileEnv('en'), LOAD_STRINGS));
    await send(await data());
    const shown = async () => (await lastRendered(posted)).rows.filter((r) => !r.hidden).map((r) => r.person);
    assert.deepStrictEqual(await shown(), ['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'qian', 'sun', 'zhao']);
    await page.fill('#filter-person', '钱');
    await settled(page);
    assert.deepStrictEqual(await shown(), ['qian']);
    await page.fill('#filter-person', 'ZHA');
    await settled(page);
    assert.deepStrictEqual(await shown(), ['zhao']);
    await page.fill('#filter-person', '');
    await page.selectOption('#filter-customer', '甲银行');
    await settled(page);
    assert.deepStrictEqual(await shown(), ['sun', 'zhao']);
    await page.selectOption('#filter-customer', '');
    await page.selectOption('#filter-role', 'developer');
    await settled(page);
    assert.deepStrictEqual(await shown(), ['qian']);
    // The filters stay when new data arrives.
    const again = (await send(await data('2027-03-08'))) as unknown as Info;
    assert.deepStrictEqual(again.rows.filter((r) => !r.hidden).map((r) => r.person), ['qian']);
    assert.deepStrictEqual(again.weeks, ['2027-W10', '2027-W11']);
    await page.click('#next');
    await page.click('#prev');
    await page.click('#this-week');
    await settled(page);
    const pages = (await posted()).filter((m) => m.type === 'page').map((m) => m.from);
    assert.deepStrictEqual(pages, ['2027-03-22', '2027-02-22', null]);
    await page.close();
  });

  it('shows the injection corpus in person, role, customer and task names as text', async () => {
    const { page, send, errors, dialogs } = await openPage(browser, loadPageHtml(fileEnv('en'), LOAD_STRINGS), undefined, async (p: Page) => void (await p.addInitScript(TRAP)));
    await send(await data());
    const names = await page.$$eval('#grid tbody tr[data-person^="h"] th .name', (xs) => xs.map((x) => x.textContent));
    assert.deepStrictEqual(names, Array.from({ length: TEAM }, (_, i) => PAYLOADS[PAYLOADS.length - 1 - i].trim()));
    for (let i = 0; i < TEAM; i++) {
      await page.click(`td[data-key="h${i}|0"]`);
      await page.waitForFunction((n) => document.querySelectorAll('#tasks li').length === n, PAYLOADS.filter((_, k) => k % TEAM === i).length);
      const tasks = await page.$$eval('#tasks li .task', (xs) => xs.map((x) => x.textContent ?? ''));
      PAYLOADS.forEach((p, k) => {
        if (k % TEAM === i) assert.ok(tasks.some((t) => t.includes(p.trim())), `${k}: ${p}`);
      });
    }
    const options = await page.$$eval('#filter-customer option, #filter-role option', (xs) => xs.map((x) => x.textContent));
    assert.ok(options.includes(PAYLOADS[1].trim()) && options.includes(PAYLOADS[2].trim()), options.join('|'));
    await settled(page);
    const found = await page.evaluate((re) => {
      const bad: string[] = [];
      for (const el of Array.from(document.querySelectorAll('*'))) {
        if (!new RegExp(re).test(el.tagName.toLowerCase())) bad.push(el.tagName);
        for (const a of Array.from(el.attributes)) if (/^on/i.test(a.name)) bad.push(`${el.tagName} ${a.name}`);
      }
      return { bad, pwned: (window as unknown as { __pwnedCalls: string[] }).__pwnedCalls };
    }, ENTITIES.source);
    assert.deepStrictEqual(found, { bad: [], pwned: [] });
    assert.deepStrictEqual(dialogs, []);
    assert.deepStrictEqual(errors.filter((e) => /__pwned|alert/.test(e)), []);
    await page.close();
  });
});
