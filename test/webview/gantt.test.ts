/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The Gantt panel's page in real headless Chromium, fed by the real language server: the example
 * plan's bars, critical bars, milestone and today line are counted from the rendered SVG; hostile
 * task names stay text; a broken plan still renders; clicks, zoom and scroll behave. A screenshot
 * of the example is kept in test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as cp from 'child_process';
import type { Browser } from 'playwright-core';
import { TestClient, REPO, startOnExamples, stopOnExamples } from '../protocol/lsp-client';
import { ganttPageHtml, GANTT_STRINGS, type GanttStrings } from '../../client/src/panels/gantt-page';
import { GanttRequest, type GanttResponse, type WireBar } from '../../server/src/protocol';
import { RESULTS, clickCentre, fileEnv, launch, openFile, openPage, settled, zhStringsOf } from './browser';

const zhStrings = zhStringsOf(GANTT_STRINGS) as GanttStrings;


describe('Gantt panel page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;
  let seq = 0;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    ({ dir, client } = await startOnExamples('poc-studio-gantt-', 'bank-log.project.yaml'));
  });

  after(async () => {
    await stopOnExamples({ dir, client });
    await browser?.close();
  });

  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const gantt = async (params: Record<string, unknown>) => {
    const r = await client.request<GanttResponse>(GanttRequest.method, params);
    assert.ok(r && 'chart' in r, JSON.stringify(r));
    return { type: 'data', seq: ++seq, ...r };
  };
  const bars = (r: GanttResponse) => r.chart.sections.flatMap((s) => s.bars);

  it('draws the example project: one bar per task, the critical ones, the milestone and the today line', async () => {
    const data = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'file' });
    const expected = bars(data);
    assert.strictEqual(expected.length, 10);
    const { page, send, errors, dialogs } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings));
    const info = await send(data);
    assert.strictEqual(info.bars, 10, JSON.stringify(info));
    assert.strictEqual(info.critical, expected.filter((b) => b.critical).length);
    assert.ok((info.critical as number) >= 4, 'a chain of tasks is critical');
    assert.strictEqual(info.milestones, 1);
    assert.strictEqual(info.todayLine, true);
    // The SVG itself: the milestone bar is P10, critical bars carry Mermaid's crit classes.
    const svg = await page.evaluate(() => {
      const rects = [...document.querySelectorAll('#chart rect.poc-bar')];
      return {
        milestone: rects.filter((r) => r.classList.contains('milestone')).map((r) => r.getAttribute('data-key')),
        crit: rects.filter((r) => /crit/i.test(r.getAttribute('class') ?? '')).map((r) => r.getAttribute('data-key')),
        sections: [...document.querySelectorAll('#chart .sectionTitle')].map((t) => t.textContent),
        status: document.getElementById('status')!.textContent,
      };
    });
    assert.deepStrictEqual(svg.milestone, expected.filter((b) => b.milestone).map((b) => b.key));
    assert.deepStrictEqual(svg.crit.sort(), expected.filter((b) => b.critical).map((b) => b.key).sort());
    assert.ok(svg.sections.some((s) => s && /[\u4e00-\u9fff]/.test(s)), `Chinese phase names: ${svg.sections.join('|')}`);
    assert.match(svg.status ?? '', /今天 2027-01-27/);
    await page.screenshot({ path: path.join(RESULTS, 'gantt-example.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(dialogs, []);
    await page.close();
  });

  it('explains its colours in a legend (swatches in the chart\'s own colours) and marks overdue tasks', async () => {
    const data = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'file' });
    const late = bars(data).filter((b) => (b as WireBar & { overdue?: number }).overdue);
    assert.ok(late.length >= 1, 'the example has a task past its end on 2027-01-27');
    const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings));
    const info = await send(data);
    assert.deepStrictEqual(info.overdue, late.map((b) => b.key));
    assert.deepStrictEqual(info.legend, ['task', 'done', 'active', 'critical', 'milestone', 'overdue', 'baseline', 'today']);
    assert.ok((info.baselines as number) >= 10 && (info.arrows as number) >= 9, `baseline bars and dependency arrows: ${JSON.stringify(info)}`);
    const colours = await page.evaluate(() => {
      const sw = (id: string) => getComputedStyle(document.querySelector(`#legend [data-legend="${id}"] .swatch`)!);
      const fill = (sel: string | RegExp) => {
        const el = typeof sel === 'string' ? document.querySelector(sel) : [...document.querySelectorAll('#chart rect')].find((r) => [...r.classList].some((c) => sel.test(c)));
        if (!el) throw new Error(`no ${sel}`);
        return getComputedStyle(el).fill;
      };
      return {
        task: [sw('task').backgroundColor, fill(/^fill-task$/)],
        done: [sw('done').backgroundColor, fill(/^fill-done$/)],
        active: [sw('active').backgroundColor, fill(/^fill-active$/)],
        critical: [sw('critical').backgroundColor, fill(/^fill-critical$/)],
        overdue: [sw('overdue').borderTopColor, getComputedStyle(document.querySelector('#chart rect.poc-overdue')!).stroke],
        today: [sw('today').backgroundColor, fill('#chart rect.vert')],
        label: document.querySelector('#chart text.poc-overdue')?.textContent ?? '',
        names: [...document.querySelectorAll('#legend [data-legend]')].map((li) => li.textContent),
      };
    });
    for (const id of ['task', 'done', 'active', 'critical', 'overdue', 'today'] as const) {
      const [swatch, chart] = colours[id];
      assert.strictEqual(swatch, chart, `${id}: the swatch has the chart's colour`);
    }
    assert.match(colours.label, /逾期 \d+ 天/);
    assert.deepStrictEqual(colours.names, ['计划中', '已完成', '进行中', '关键路径', '里程碑', '已逾期', '基线', '今天']);
    await page.close();
  });

  for (const width of [800, 1000]) {
    it(`keeps the toolbar on one line and the axis dates apart at ${width} px`, async () => {
      const data = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'portfolio' });
      const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings), { width, height: 700 });
      await send(data);
      if (width === 800) {
        // Zoomed out the axis is short: its dates must still keep apart.
        const n = (await page.evaluate(() => (window as unknown as { __pocPosted: { type: string }[] }).__pocPosted.filter((m) => m.type === 'rendered').length));
        await page.click('#zoom-out');
        await page.click('#zoom-out');
        await page.waitForFunction((k) => (window as unknown as { __pocPosted: { type: string; info?: { zoom: number } }[] }).__pocPosted.filter((m) => m.type === 'rendered' && m.info!.zoom < 0.7).length > 0 && k >= 0, n);
      }
      const layout = await page.evaluate(() => {
        const tools = [...document.querySelectorAll('.toolbar > *')].filter((e) => e.getBoundingClientRect().width > 0);
        const tops = tools.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2));
        const boxes = (sel: string) => [...document.querySelectorAll(sel)].map((t) => t.getBoundingClientRect()).filter((r) => r.width > 0);
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const ticks = boxes('#chart .tick text');
        const others = boxes('#chart text.poc-bar, #chart text.vertText, #chart .sectionTitle, #chart .titleText');
        let clashes = 0;
        ticks.forEach((t, i) => ticks.forEach((u, j) => (clashes += i < j && overlap(t, u) ? 1 : 0)));
        ticks.forEach((t) => others.forEach((o) => (clashes += overlap(t, o) ? 1 : 0)));
        // A label beside its bar is drawn in a colour other than the background's.
        const bg = getComputedStyle(document.body).backgroundColor;
        const hidden = [...document.querySelectorAll('#chart text.taskTextOutsideLeft, #chart text.taskTextOutsideRight')].filter((t) => getComputedStyle(t).fill === bg).map((t) => t.textContent);
        return { hidden, rows: new Set(tops.map((t) => Math.round(t / 8))).size, tops, right: Math.max(...tools.map((e) => e.getBoundingClientRect().right)), ticks: ticks.length, clashes };
      });
      await page.screenshot({ path: path.join(RESULTS, `gantt-portfolio-${width}.png`) });
      assert.strictEqual(layout.rows, 1, `one toolbar row: ${JSON.stringify(layout)}`);
      assert.ok(layout.right <= width, `the toolbar fits: ${JSON.stringify(layout)}`);
      assert.ok(layout.ticks >= 2, 'the axis has dates');
      assert.deepStrictEqual(layout.hidden, [], 'labels beside their bars are visible');
      assert.strictEqual(layout.clashes, 0, `no axis date overlaps another text: ${JSON.stringify(layout)}`);
      await page.close();
    });
  }

  it('reveals a task when its bar is clicked, and keeps zoom and scroll when new data arrives', async () => {
    const data = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'file' });
    const { page, send, posted } = await openPage(browser, ganttPageHtml(fileEnv('en'), GANTT_STRINGS), { width: 700, height: 500 });
    const first = await send(data);
    const p3 = bars(data).find((b) => b.taskId === 'P3')!;
    // The middle of the bar, where its label may lie (the label's width depends on the font).
    assert.strictEqual(await clickCentre(page, `#chart rect[data-key="${p3.key}"]`), p3.key);
    const reveal = (await posted()).find((m) => m.type === 'reveal');
    assert.ok(reveal, 'a reveal message was posted');
    assert.strictEqual(reveal!.key, p3.key);

    await page.click('#zoom-in');
    const zoomed = await page.waitForFunction(() => {
      const all = (window as unknown as { __pocPosted: { type: string; info?: { zoom: number } }[] }).__pocPosted.filter((m) => m.type === 'rendered');
      return all[all.length - 1].info!.zoom > 1 ? all[all.length - 1].info : undefined;
    });
    const z = (await zoomed.jsonValue()) as unknown as { widths: Record<string, number> };
    assert.ok(z.widths[p3.key] > (first.widths as Record<string, number>)[p3.key], 'zooming in widens the bars');
    await page.evaluate(() => {
      const w = document.getElementById('chart-wrap')!;
      w.scrollLeft = 150;
      w.scrollTop = 40;
      w.dispatchEvent(new Event('scroll'));
    });
    const before = await page.evaluate(() => [document.getElementById('chart-wrap')!.scrollLeft, document.getElementById('chart-wrap')!.scrollTop]);
    assert.ok(before[0] > 0, 'the zoomed chart scrolls');
    await send(await gantt({ uri: uri('bank-log.project.yaml'), scope: 'file' }));
    const after = await page.evaluate(() => [document.getElementById('chart-wrap')!.scrollLeft, document.getElementById('chart-wrap')!.scrollTop]);
    assert.deepStrictEqual(after, before);
    await page.close();
  });

  it('shows hostile task names as text and still renders a plan with a cycle and unknown dependencies', async () => {
    const evil = [
      '<img src=x onerror=alert(1)>',
      'a: b; c # d',
      'click b0 call alert(2)',
      '%%{init: {"securityLevel": "loose"}}%%',
      '</script><script>alert(3)</script>',
      'section 伪造 :crit, b1, 2020-01-01, 900d',
    ];
    const text = [
      'kind: project',
      'id: evil',
      'title: "<b>恶意</b> :计划"',
      'start: 2027-01-04',
      'tasks:',
      ...evil.map((n, i) => `  - { id: E${i + 1}, name: ${JSON.stringify(n)}, owner: zhao, duration: 1d${i ? `, dependsOn: [E${i}]` : ''} }`),
      '  - { id: C1, name: 环一, dependsOn: [C2], duration: 1d }',
      '  - { id: C2, name: 环二, dependsOn: [C1], duration: 1d }',
      '  - { id: U1, name: 未知前置, dependsOn: [NOPE], duration: 1d }',
      '',
    ].join('\n');
    // An unsaved document only: closing it leaves nothing behind in the folder.
    await client.open(uri('evil.project.yaml'), text);
    const data = await gantt({ uri: uri('evil.project.yaml'), scope: 'file' });
    assert.strictEqual(bars(data).length, evil.length + 3, 'every task can be drawn');
    const { page, send, errors, dialogs } = await openPage(browser, ganttPageHtml(fileEnv('en'), GANTT_STRINGS));
    const info = await send(data);
    assert.strictEqual(info.bars, evil.length + 3);
    const labels = info.labels as string[];
    for (const n of evil.slice(0, 1)) assert.ok(labels.some((l) => l.includes(n)), `${n} shown as text in ${labels.join(' | ')}`);
    const dom = await page.evaluate(() => ({
      imgs: document.querySelectorAll('#chart img, #chart foreignObject, #chart script').length,
      problems: document.querySelectorAll('#chart rect.poc-problem').length,
      title: document.querySelector('#chart .titleText')?.textContent,
      longest: Math.max(...[...document.querySelectorAll('#chart rect.poc-bar')].map((r) => Number(r.getAttribute('width')))),
    }));
    assert.strictEqual(dom.imgs, 0);
    assert.strictEqual(dom.problems, 3, 'the two tasks of the cycle and the one with an unknown dependency are marked');
    assert.match(dom.title ?? '', /<b>恶意<\/b>/);
    assert.ok(dom.longest < 400, 'no name injected a 900-day bar');
    // The page handles a next message (what the first drawing queued ran before it) and draws the same.
    assert.strictEqual((await send(data)).bars, info.bars);
    await settled(page);
    assert.deepStrictEqual(dialogs, []);
    assert.deepStrictEqual(errors, []);
    await page.close();
    await client.close(uri('evil.project.yaml'));
  });

  it('draws the portfolio (one lane per plan) and the critical-path filter', async () => {
    const data = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'portfolio' });
    assert.deepStrictEqual(data.chart.sections.length, 2);
    const { page, send } = await openPage(browser, ganttPageHtml(fileEnv(), zhStrings));
    const info = await send(data);
    assert.strictEqual(info.bars, bars(data).length);
    const lanes = await page.evaluate(() => [...document.querySelectorAll('#chart .sectionTitle')].map((t) => t.textContent));
    assert.ok(lanes.some((l) => l?.includes('POC')), lanes.join('|'));
    const crit = await gantt({ uri: uri('bank-log.project.yaml'), scope: 'file', criticalOnly: true });
    const ci = await send(crit);
    assert.strictEqual(ci.bars, ci.critical);
    const owner = await page.evaluate(() => [...(document.getElementById('owner') as HTMLSelectElement).options].map((o) => o.value));
    assert.ok(owner.includes('zhao') && owner[0] === '', owner.join(','));
    await page.selectOption('#owner', 'zhao');
    const options = (await page.evaluate(() => (window as unknown as { __pocPosted: { type: string; owner?: string }[] }).__pocPosted.filter((m) => m.type === 'options')));
    assert.deepStrictEqual(options[options.length - 1], { type: 'options', owner: 'zhao' });
    await page.close();
  });

  it('the standalone HTML export of the CLI (its own SVG) shows offline with its strict CSP', async () => {
    const out = path.join(dir, 'export.html');
    const r = cp.spawnSync(process.execPath, [path.join(REPO, 'bin', 'poc-studio.js'), 'gantt', 'bank-log.project.yaml', '--format', 'html', '--out', out, '--today', '2027-01-27'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const { page, errors, requests } = await openFile(browser, out, { width: 1280, height: 720 });
    assert.strictEqual(await page.evaluate(() => document.querySelectorAll('#chart svg g[id^="bar-"]').length), 10, '10 tasks');
    // The legend names every colour and mark used, with swatches in the chart's own colours.
    const legend = await page.evaluate(() => {
      const sw = (id: string) => getComputedStyle(document.querySelector(`#chart [data-legend="${id}"] rect, #chart [data-legend="${id}"] polygon`)!);
      const bar = (cls: string) => {
        const el = document.querySelector(`#chart g[id^="bar-"] .${cls}`);
        if (!el) throw new Error(`no ${cls}`);
        return getComputedStyle(el);
      };
      return {
        ids: [...document.querySelectorAll('#chart [data-legend]')].map((g) => g.getAttribute('data-legend')),
        pairs: [
          [sw('task').fill, bar('fill-task').fill],
          [sw('done').fill, bar('fill-done').fill],
          [sw('active').fill, bar('fill-active').fill],
          [sw('critical').fill, bar('fill-critical').fill],
          [sw('overdue').stroke, bar('overdue').stroke],
          [sw('today').fill, getComputedStyle(document.querySelector('#chart #today')!).stroke],
        ],
        late: [...document.querySelectorAll('#chart text')].some((t) => /逾期 \d+ 天|\(\d+ days? late\)/.test(t.textContent ?? '')),
      };
    });
    assert.deepStrictEqual(legend.ids, ['task', 'done', 'active', 'critical', 'milestone', 'overdue', 'baseline', 'arrow', 'nonworking', 'today']);
    for (const [swatch, chart] of legend.pairs) assert.strictEqual(swatch, chart);
    assert.ok(legend.late, 'the overdue bar says how late it is');
    await page.screenshot({ path: path.join(RESULTS, 'gantt-export.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(requests, []);
    await page.close();
  });
});
