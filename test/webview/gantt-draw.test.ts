/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The Gantt panel's own SVG in real headless Chromium, fed by the real language server: a plan of
 * 5,000 tasks draws only the rows on screen and draws new rows as it scrolls; dependency arrows
 * and baseline bars are there; a drag of a bar's end, of a bar and from one bar to another, and
 * the keyboard equivalents post the drag the server turns into an edit; the owner's load strip is
 * drawn when the portfolio is filtered by owner (the injection corpus in the person's name stays
 * text); light, dark and high-contrast screenshots are kept in test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { TestClient, startOnExamples, stopOnExamples } from '../protocol/lsp-client';
import { ganttPageHtml, GANTT_STRINGS, type GanttStrings } from '../../client/src/panels/gantt-page';
import { GANTT_WINDOW_ROWS, GanttRequest, type GanttResponse } from '../../server/src/protocol';
import { RESULTS, fileEnv, launch, openPage, zhStringsOf } from './browser';
import { PAYLOADS } from './injection-corpus';

const zhStrings = zhStringsOf(GANTT_STRINGS) as GanttStrings;

/** A plan of `n` tasks in chains of ten (each task after the one before it in its chain). */
function bigPlan(n: number): string {
  const lines = ['kind: project', 'id: big', 'title: 大型实施计划', 'start: 2027-03-01', 'team:', '  - { id: zhao, name: 赵六, role: engineer, capacity: 100 }', 'tasks:'];
  for (let i = 1; i <= n; i++) {
    const dep = i % 10 === 1 ? '' : `, dependsOn: [T${i - 1}]`;
    lines.push(`  - { id: T${i}, name: 任务${i}, phase: implementation, owner: zhao${dep}, duration: ${1 + (i % 4)}d${i % 10 === 1 ? ', start: 2027-03-01' : ''} }`);
  }
  return lines.join('\n') + '\n';
}

type Posted = { type: string; info?: Record<string, unknown>; drag?: Record<string, unknown>; key?: string };
const posted = (page: Page) => page.evaluate(() => (window as unknown as { __pocPosted: Posted[] }).__pocPosted);

describe('Gantt panel: its own SVG at scale, drags and themes', function () {
  this.timeout(120000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;
  let big: { dir: string; client: TestClient };
  let seq = 0;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    ({ dir, client } = await startOnExamples('poc-studio-gantt-draw-', 'bank-log.project.yaml'));
    const bigDir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-big-'));
    fs.writeFileSync(path.join(bigDir, 'big.project.yaml'), bigPlan(5000));
    const c = await TestClient.start({ folder: bigDir, locale: 'zh-CN', settings: { today: '2027-03-10' } });
    await c.waitFor(pathToFileURL(path.join(bigDir, 'big.project.yaml')).href, () => true);
    big = { dir: bigDir, client: c };
  });

  after(async () => {
    await stopOnExamples({ dir, client });
    await stopOnExamples(big ?? {});
    await browser?.close();
  });

  const data = async (c: TestClient, uri: string, rows?: { from: number; to: number }) => {
    const r = await c.request<GanttResponse>(GanttRequest.method, { uri, scope: 'file', ...(rows ? { rows } : {}) });
    assert.ok(r && 'chart' in r, JSON.stringify(r).slice(0, 300));
    return { type: 'data', seq: ++seq, ...r };
  };

  it('a 5,000-task plan: only the rows on screen are drawn, scrolling draws the next ones', async () => {
    const bigUri = pathToFileURL(path.join(big.dir, 'big.project.yaml')).href;
    const d = await data(big.client, bigUri);
    // The answer holds the top of the chart only (GANTT_WINDOW_ROWS rows), with totals and every task's row.
    assert.strictEqual(d.windowed, true);
    assert.deepStrictEqual(d.layout.window, { from: 0, to: GANTT_WINDOW_ROWS });
    assert.ok(d.layout.bars.length < GANTT_WINDOW_ROWS && d.layout.bars.length > 250, `${d.layout.bars.length} bars in the window`);
    assert.strictEqual(d.totals.scheduled, 5000);
    assert.strictEqual(d.lines!.length, 3 * 5000);
    assert.ok(JSON.stringify(d).length < 400_000, `a window is small: ${JSON.stringify(d).length} bytes`);
    const { page, send, posted: allPosted, errors } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1200, height: 800 });
    const info = await send(d);
    assert.strictEqual(info.totalBars, 5000);
    assert.ok((info.bars as number) > 10 && (info.bars as number) < 400, `a window of rows is drawn: ${info.bars}`);
    assert.ok((info.arrows as number) > 5, 'arrows of the rows drawn');
    const firstIds = await page.evaluate(() => [...document.querySelectorAll('#chart rect.poc-bar')].map((r) => r.id));
    assert.ok(firstIds.includes('bar-0') && !firstIds.includes('bar-4000'));
    // Scroll to row ~4,000: the page asks for those rows (as the panel would, the server answers
    // them), its bars are drawn, the first ones are gone.
    await page.evaluate(() => {
      const wrap = document.getElementById('chart-wrap')!;
      wrap.scrollTop = 36 + 4000 * 28 - 200;
    });
    await page.waitForFunction(() => ((window as unknown as { __pocPosted: Posted[] }).__pocPosted ?? []).some((m) => m.type === 'rows'));
    const ask = (await allPosted()).filter((m) => m.type === 'rows').pop() as unknown as { from: number; to: number };
    assert.ok(ask.from < 4000 && ask.to > 4010 && ask.to - ask.from < 1000, `the rows asked for: ${ask.from}–${ask.to}`);
    const next = await data(big.client, bigUri, { from: ask.from, to: ask.to });
    assert.deepStrictEqual(next.layout.window, { from: ask.from, to: ask.to });
    const scrolled = await send(next);
    assert.deepStrictEqual(scrolled.window, [ask.from, ask.to]);
    await page.waitForFunction(() => !!document.getElementById('bar-4000'));
    const after = await page.evaluate(() => [...document.querySelectorAll('#chart rect.poc-bar')].map((r) => r.id));
    assert.ok(after.includes('bar-4000') && !after.includes('bar-0'), `rows around 4,000 drawn: ${after.slice(0, 3).join(',')}`);
    assert.ok(after.length < 400);
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('drags: a bar end resizes, a bar moves, Alt+drag links two bars; Shift/Alt+arrow keys do the same by a working day', async () => {
    const d = await data(client, pathToFileURL(path.join(dir, 'bank-log.project.yaml')).href);
    const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1400, height: 900 });
    await send(d);
    const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
    const p6 = d.chart.sections.flatMap((s) => s.bars).find((b) => b.taskId === 'P6')!;
    const p4 = d.chart.sections.flatMap((s) => s.bars).find((b) => b.taskId === 'P4')!;
    const px = d.layout.pxPerDay;
    // Resize: the handle at the right end of P6, three days to the right.
    const h = await box(`#chart rect.poc-handle[data-key="${p6.key}"]`);
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2 + 3 * px, h.y + h.height / 2, { steps: 5 });
    await page.mouse.up();
    // Move: the middle of P6, two days to the left.
    const b = await box(`#chart rect.poc-bar[data-key="${p6.key}"]`);
    await page.mouse.move(b.x + b.width / 3, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width / 3 - 2 * px, b.y + b.height / 2, { steps: 5 });
    await page.mouse.up();
    // Link: Alt + drag from P6 onto P4.
    const t = await box(`#chart rect.poc-bar[data-key="${p4.key}"]`);
    await page.keyboard.down('Alt');
    await page.mouse.move(b.x + b.width / 3, b.y + b.height / 2);
    await page.mouse.down();
    await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.keyboard.up('Alt');
    // Keyboard on the focused bar.
    await page.focus(`#chart rect.poc-bar[data-key="${p6.key}"]`);
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Alt+ArrowLeft');
    const drags = (await posted(page)).filter((m) => m.type === 'drag').map((m) => ({ key: m.key, ...m.drag }));
    assert.deepStrictEqual(drags, [
      { key: p6.key, kind: 'resize', index: 5, toDate: '2027-01-30' },
      { key: p6.key, kind: 'move', index: 5, toDate: '2027-01-23' },
      { key: p6.key, kind: 'link', from: 5, to: 3 },
      { key: p6.key, kind: 'move', index: 5, days: 1 },
      { key: p6.key, kind: 'resize', index: 5, days: -1 },
    ]);
    assert.ok((await posted(page)).every((m) => m.type !== 'drag' || (m as unknown as { stamp?: string }).stamp === d.stamp), 'each drag carries the stamp of the text the chart was drawn from');
    await page.close();
  });

  it('draws the owner\'s load strip when the portfolio is filtered by owner, and none without the filter', async () => {
    const folderUri = pathToFileURL(dir).href;
    const request = async (params: Record<string, unknown>) => {
      const r = await client.request<GanttResponse>(GanttRequest.method, { folderUri, scope: 'portfolio', ...params });
      assert.ok(r && 'chart' in r, JSON.stringify(r).slice(0, 300));
      return { type: 'data', seq: ++seq, ...r };
    };
    const d = await request({ owner: 'zhao' });
    const strip = d.layout.strip!;
    assert.ok(strip && strip.cells.length > 0, 'zhao is booked in the POC and the project');
    assert.strictEqual(strip.label, '赵六 负荷');
    const { page, send, errors } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1400, height: 900 });
    const info = await send(d);
    assert.strictEqual(info.strip, strip.cells.length);
    const drawn = await page.evaluate(() => ({
      label: document.querySelector('#chart .strip-text')?.textContent,
      cells: [...document.querySelectorAll('#chart .load-strip rect')].map((r) => ({ cls: r.getAttribute('class'), percent: Number(r.getAttribute('data-percent')), title: r.querySelector('title')?.textContent })),
      legend: [...document.querySelectorAll('#legend [data-legend]')].map((li) => li.getAttribute('data-legend')),
    }));
    assert.strictEqual(drawn.label, '赵六 负荷');
    assert.deepStrictEqual(drawn.cells, strip.cells.map((c) => ({ cls: `load-${c.state}`, percent: c.percent, title: c.title })));
    assert.ok(drawn.cells.every((c) => /负荷 \d+%/.test(c.title ?? '')), drawn.cells.map((c) => c.title).join(' | '));
    for (const st of new Set(strip.cells.map((c) => c.state))) assert.ok(drawn.legend.includes(`load-${st}`), drawn.legend.join(','));
    await page.screenshot({ path: path.join(RESULTS, 'gantt-load-strip.png') });
    // Without the filter: no strip, no load legend.
    const all = await request({});
    assert.strictEqual(all.layout.strip, undefined);
    const plain = await send(all);
    assert.strictEqual(plain.strip, 0);
    assert.ok(!(plain.legend as string[]).some((id) => id.startsWith('load-')));
    assert.deepStrictEqual(errors, []);
    await page.close();
  });

  it('keeps the injection corpus in the person\'s name as text in the load strip', async () => {
    const injDir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-strip-'));
    const team = PAYLOADS.map((p, i) => `  - { id: o${i}, name: ${JSON.stringify(p)}, role: engineer }`).join('\n');
    const tasks = PAYLOADS.map((p, i) => `  - { id: T${i}, name: 任务${i}, owner: o${i}, start: 2027-03-0${1 + (i % 5)}, duration: 2d }`).join('\n');
    fs.writeFileSync(path.join(injDir, 'inj.project.yaml'), `kind: project\nid: inj\ntitle: 注入测试\nstart: 2027-03-01\nteam:\n${team}\ntasks:\n${tasks}\n`);
    const other = `kind: project\nid: other\ntitle: 另一个项目\nstart: 2027-03-01\nteam:\n${team}\ntasks:\n${PAYLOADS.map((_, i) => `  - { id: U${i}, name: 任务${i}, owner: o${i}, start: 2027-03-0${1 + (i % 5)}, duration: 1d }`).join('\n')}\n`;
    fs.writeFileSync(path.join(injDir, 'other.project.yaml'), other);
    const c = await TestClient.start({ folder: injDir, locale: 'zh-CN', settings: { today: '2027-03-10' } });
    try {
      await c.waitFor(pathToFileURL(path.join(injDir, 'inj.project.yaml')).href, () => true);
      const { page, send, errors, dialogs } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1200, height: 800 }, async (p) => {
        await p.addInitScript(() => {
          const w = window as unknown as { __pwned: (x?: unknown) => void; __pwnedCalls: string[] };
          w.__pwnedCalls = [];
          w.__pwned = (x?: unknown) => void w.__pwnedCalls.push(String(x));
        });
      });
      for (let i = 0; i < PAYLOADS.length; i++) {
        const r = await c.request<GanttResponse>(GanttRequest.method, { folderUri: pathToFileURL(injDir).href, scope: 'portfolio', owner: `o${i}` });
        assert.ok(r && 'chart' in r, JSON.stringify(r).slice(0, 300));
        const name = r.chart.owners.find((o) => o.id === `o${i}`)?.name || `o${i}`;
        assert.ok(r.layout.strip && r.layout.strip.cells.some((x) => x.state === 'over'), `o${i}: two full-time tasks on its first day`);
        await send({ type: 'data', seq: ++seq, ...r });
        const label = await page.evaluate(() => {
          const t = document.querySelector('#chart .strip-text');
          return { text: t?.textContent, children: t?.children.length, strip: document.querySelectorAll('#chart .load-strip *').length };
        });
        assert.strictEqual(label.text, `${name} 负荷`, JSON.stringify(PAYLOADS[i]));
        assert.strictEqual(label.children, 0, 'the name is text, not markup');
      }
      const pwned = await page.evaluate(() => (window as unknown as { __pwnedCalls: string[] }).__pwnedCalls);
      assert.deepStrictEqual(pwned, [], 'payload code ran');
      assert.deepStrictEqual(dialogs, []);
      assert.deepStrictEqual(errors.filter((e) => /__pwned|alert/.test(e)), []);
      await page.close();
    } finally {
      await stopOnExamples({ dir: injDir, client: c });
    }
  });

  it('updates by diffing rows: an edit redraws the bars it changed and keeps every other element', async () => {
    const file = path.join(dir, 'bank-log.project.yaml');
    const uri = pathToFileURL(file).href;
    const text = fs.readFileSync(file, 'utf8');
    await client.open(uri, text);
    try {
      const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1400, height: 900 });
      const d1 = await data(client, uri);
      const first = await send(d1);
      assert.strictEqual(first.redrawn, 10, 'the first drawing draws every bar');
      const p6 = d1.chart.sections.flatMap((s) => s.bars).find((b) => b.taskId === 'P6')!;
      const mark = () =>
        page.evaluate(() => {
          for (const g of document.querySelectorAll('#chart g.bar-group, #chart text.poc-label, #chart polyline.arrow')) (g as unknown as { kept?: boolean }).kept = true;
        });
      const kept = () => page.evaluate(() => [...document.querySelectorAll('#chart g.bar-group')].map((g) => [g.getAttribute('data-key'), !!(g as unknown as { kept?: boolean }).kept] as const));
      await mark();
      // The same chart again: nothing is redrawn.
      const same = await send({ ...d1, seq: 9000 });
      assert.strictEqual(same.redrawn, 0);
      assert.ok((await kept()).every(([, k]) => k));
      // P6 renamed: its bar (tooltip, label) is redrawn, the nine others are the same elements.
      await client.change(uri, text.replace('name: 历史数据迁移,', 'name: 历史数据迁移二期,'));
      const renamed = await send(await data(client, uri));
      assert.strictEqual(renamed.redrawn, 1);
      assert.deepStrictEqual(
        (await kept()).filter(([, k]) => !k).map(([key]) => key),
        [p6.key],
      );
      const labelsKept = await page.evaluate(() => [...document.querySelectorAll('#chart text.poc-label')].filter((t) => !(t as unknown as { kept?: boolean }).kept).map((t) => t.textContent));
      assert.deepStrictEqual(labelsKept.length, 1);
      assert.match(labelsKept[0]!, /历史数据迁移二期/);
      await page.close();
    } finally {
      await client.change(uri, text);
      await client.close(uri);
    }
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`draws the example with arrows, baselines and the overdue task in the ${theme} theme (screenshot)`, async () => {
      const d = await data(client, pathToFileURL(path.join(dir, 'bank-log.project.yaml')).href);
      const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width: 1400, height: 900 }, async (p) => {
        await p.addInitScript((t) => {
          const vars: Record<string, Record<string, string>> = {
            light: { '--vscode-editor-background': '#ffffff', '--vscode-editor-foreground': '#333333' },
            dark: { '--vscode-editor-background': '#1e1e1e', '--vscode-editor-foreground': '#d4d4d4' },
            'high-contrast': { '--vscode-editor-background': '#000000', '--vscode-editor-foreground': '#ffffff', '--vscode-focusBorder': '#f38518' },
          };
          document.addEventListener('DOMContentLoaded', () => {
            for (const [k, v] of Object.entries(vars[t])) {
              document.documentElement.style.setProperty(k, v);
              document.body.style.setProperty(k, v);
            }
            const light = t === 'light';
            for (const k of ['--vscode-foreground', '--vscode-descriptionForeground']) document.body.style.setProperty(k, light ? '#444444' : '#cccccc');
            for (const k of ['--vscode-dropdown-background', '--vscode-input-background', '--vscode-editorWidget-background']) document.body.style.setProperty(k, light ? '#f3f3f3' : t === 'dark' ? '#252526' : '#000000');
            document.body.style.color = light ? '#333333' : '#ffffff';
            document.body.style.background = vars[t]['--vscode-editor-background'];
          });
        }, theme);
      });
      const info = await send(d);
      assert.strictEqual(info.bars, 10);
      assert.ok((info.arrows as number) >= 9 && (info.baselines as number) === 10, JSON.stringify(info));
      assert.strictEqual((info.overdue as string[]).length, 1);
      await page.screenshot({ path: path.join(RESULTS, `gantt-${theme}.png`) });
      await page.close();
    });
  }
});
