/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The stakeholder map's page in real headless Chromium, fed by the real language server: one
 * point per stakeholder in the quadrant of its influence and interest, coloured by attitude (read
 * back from the SVG), the reportsTo tree with the decision maker marked, hostile names shown as
 * text, people without influence/interest listed aside, clicks reveal. Screenshot kept in
 * test-results/webview/.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser } from 'playwright-core';
import { TestClient, startOnExamples, stopOnExamples } from '../protocol/lsp-client';
import { stakeholdersPageHtml, STAKEHOLDERS_STRINGS, type StakeholdersStrings } from '../../client/src/panels/stakeholders-page';
import { RESULTS, clickCentre, fileEnv, launch, openPage, settled, zhStringsOf } from './browser';
import type { StakeholdersRenderInfo as Info } from '../../client/src/panels/stakeholders';

const zhStrings = zhStringsOf(STAKEHOLDERS_STRINGS) as StakeholdersStrings;

interface Person {
  key: string;
  id?: string;
  name: string;
  quadrant?: string;
}
interface Response {
  map: { points: Person[]; aside: Person[]; quadrants: { id: string; name: string }[] };
  quadrant: string;
  tree: string;
}

describe('stakeholder map page in headless Chromium', function () {
  this.timeout(60000);
  let browser: Browser;
  let dir: string;
  let client: TestClient;
  let seq = 0;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    fs.mkdirSync(RESULTS, { recursive: true });
    browser = await launch();
    ({ dir, client } = await startOnExamples('poc-studio-stakeholders-', 'bank.stakeholders.yaml'));
  });
  after(async () => {
    await stopOnExamples({ dir, client });
    await browser?.close();
  });

  const data = async () => {
    const r = await client.request<Response>('pocStudio/stakeholders', { uri: uri('bank.stakeholders.yaml') });
    assert.ok(r && 'map' in r, JSON.stringify(r));
    return { type: 'data', seq: ++seq, ...r };
  };

  it('draws one point per stakeholder of the example in its quadrant, coloured by attitude, and the reportsTo tree', async () => {
    const d = await data();
    const { page, send, errors, dialogs } = await openPage(browser, stakeholdersPageHtml(fileEnv(), zhStrings));
    const info = (await send(d)) as unknown as Info;
    assert.ok(!info.error, info.error);
    assert.deepStrictEqual(
      info.points.map((p) => `${p.name}:${p.quadrant}:${p.attitude}`),
      ['陈总:keep-satisfied:neutral', '★ 刘总:manage-closely:supporter', '周经理:manage-closely:skeptic', '马工:keep-informed:champion', '吴经理:monitor:neutral'],
    );
    // The quadrant read from the SVG geometry is the one the server computed.
    assert.deepStrictEqual(info.points.map((p) => p.quadrant), d.map.points.map((p) => p.quadrant));
    const fill = (name: string) => info.points.find((p) => p.name.endsWith(name))!.fill;
    assert.strictEqual(fill('周经理'), 'rgb(209, 134, 22)', 'a skeptic is drawn in the theme orange');
    assert.strictEqual(fill('马工'), 'rgb(137, 209, 133)', 'a champion in the theme green');
    assert.strictEqual(fill('刘总'), 'rgb(55, 148, 255)', 'a supporter in the theme blue');
    assert.strictEqual(info.treeNodes, 5);
    assert.strictEqual(info.treeEdges, 3);
    assert.strictEqual(info.decisionMakers, 1);
    assert.ok(info.treeLabels.includes('★ 刘总 · CIO'), info.treeLabels.join(' | '));
    assert.strictEqual(info.rows, 5);
    assert.deepStrictEqual(info.aside, []);
    const quadrantTexts = await page.evaluate(() => [...document.querySelectorAll('#grid g.quadrant text')].map((t) => t.textContent));
    assert.deepStrictEqual(quadrantTexts.sort(), ['保持满意', '及时告知', '监督观察', '重点管理'].sort());
    await page.screenshot({ path: path.join(RESULTS, 'stakeholders-example.png'), fullPage: true });
    assert.deepStrictEqual(errors, []);
    assert.deepStrictEqual(dialogs, []);
    await page.close();
  });

  it('reveals a person when the point, the tree node or the row is clicked', async () => {
    const d = await data();
    const { page, send, posted } = await openPage(browser, stakeholdersPageHtml(fileEnv('en'), STAKEHOLDERS_STRINGS));
    await send(d);
    const zhou = d.map.points.find((p) => p.id === 'sec-zhou')!;
    for (const sel of [`#grid g.poc-point[data-key="${zhou.key}"] circle`, `#tree g.poc-person[data-key="${zhou.key}"]`, `#people tr[data-key="${zhou.key}"]`]) {
      assert.strictEqual(await clickCentre(page, sel), zhou.key, sel);
    }
    const reveals = (await posted()).filter((m) => m.type === 'reveal');
    assert.deepStrictEqual(reveals.map((r) => r.key), [zhou.key, zhou.key, zhou.key]);
    await page.close();
  });

  it('keeps every tree label inside its node (long names and titles, any font), and the grid inside a narrow column', async () => {
    const text = [
      'kind: stakeholders',
      'stakeholders:',
      '  - { id: long1, name: 欧阳建国, title: 集团信息科技部副总经理兼首席信息安全官, influence: high, interest: high, attitude: supporter }',
      '  - { id: long2, name: "Alexandra Montgomery-Richardson", title: "Head of Enterprise Infrastructure", influence: low, interest: high, attitude: skeptic, reportsTo: long1 }',
      '  - { id: long3, name: 司马·WWWWWWWW·MMMMMMMM, influence: high, interest: low, attitude: neutral, reportsTo: long1 }',
      '',
    ].join('\n');
    await client.open(uri('long.stakeholders.yaml'), text);
    try {
    const d = await data();
    for (const width of [1400, 360]) {
      const { page, send, errors } = await openPage(browser, stakeholdersPageHtml(fileEnv(), zhStrings), { width, height: 900 });
      const info = (await send(d)) as unknown as Info;
      assert.ok(!info.error, info.error);
      assert.ok(info.treeLabels.includes('周经理 · 信息安全部经理'), info.treeLabels.join(' | '));
      // Every node's text lies inside its box, and every box inside the drawing (boxes from the page).
      const outside = await page.evaluate(() => {
        const bad: string[] = [];
        const svg = document.querySelector('#tree svg')!.getBoundingClientRect();
        for (const g of document.querySelectorAll('#tree g.poc-person')) {
          const t = g.querySelector('text')!.getBoundingClientRect();
          const r = g.querySelector('rect.label-container, rect.basic')!.getBoundingClientRect();
          const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
          if (!inside(t, r)) bad.push(`text of ${g.getAttribute('aria-label')} [${Math.round(t.left)}, ${Math.round(t.right)}] outside its node [${Math.round(r.left)}, ${Math.round(r.right)}]`);
          if (!inside(r, svg)) bad.push(`node of ${g.getAttribute('aria-label')} outside the drawing`);
        }
        // No node covers another.
        const nodes = [...document.querySelectorAll('#tree g.poc-person')].map((g) => [g.getAttribute('aria-label'), g.querySelector('rect.label-container, rect.basic')!.getBoundingClientRect()] as const);
        nodes.forEach(([n, a], i) => nodes.forEach(([m, b], j) => {
          if (i < j && a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) bad.push(`${n} covers ${m}`);
        }));
        return bad;
      });
      assert.deepStrictEqual(outside, [], `at ${width} px`);
      // No point's name is cut off at the grid's edge.
      const cut = await page.evaluate(() => {
        const svg = document.querySelector('#grid svg')!.getBoundingClientRect();
        return [...document.querySelectorAll('#grid g.poc-point text')]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.left < svg.left - 0.5 || r.right > svg.right + 0.5;
          })
          .map((t) => t.textContent);
      });
      assert.deepStrictEqual(cut, [], `names cut off at the grid's edge at ${width} px`);
      // The grid is not cut off: it fits its column, which fits the window.
      const grid = await page.evaluate(() => {
        const svg = document.querySelector('#grid svg')!.getBoundingClientRect();
        const pane = document.getElementById('grid')!.parentElement!;
        return { svgRight: svg.right, paneRight: pane.getBoundingClientRect().right, scroll: pane.scrollWidth - pane.clientWidth, window: window.innerWidth, page: document.documentElement.scrollWidth };
      });
      assert.ok(grid.svgRight <= grid.paneRight + 0.5 && grid.scroll <= 0, `grid fits its column at ${width} px: ${JSON.stringify(grid)}`);
      const wide = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).map((e) => e.tagName + '#' + e.id + '.' + e.getAttribute('class') + ':' + Math.round(e.getBoundingClientRect().right)).slice(0, 20));
      assert.ok(grid.page <= grid.window, `no horizontal scrolling of the page at ${width} px: ${JSON.stringify(grid)} ${wide.join(' ')}`);
      await page.screenshot({ path: path.join(RESULTS, `stakeholders-long-${width}.png`), fullPage: true });
      assert.deepStrictEqual(errors, []);
      await page.close();
    }
    } finally {
      await client.close(uri('long.stakeholders.yaml'));
    }
  });

  it('shows hostile names as text and lists people without influence or interest aside', async () => {
    const evil = ['<img src=x onerror=alert(1)>', 'a"] --> b["c', '%%{init: {"securityLevel": "loose"}}%%', '</script><script>alert(3)</script>'];
    const text = [
      'kind: stakeholders',
      'stakeholders:',
      ...evil.map((n, i) => `  - { id: e${i}, name: ${JSON.stringify(n)}, influence: ${i % 2 ? 'high' : 'low'}, interest: high, attitude: blocker${i ? `, reportsTo: e${i - 1}` : ''} }`),
      '  - { id: lost, name: "无<b>影响力</b>", interest: high, attitude: supporter }',
      '  - { id: lost2, name: 无关注度, influence: low }',
      '',
    ].join('\n');
    await client.open(uri('evil.stakeholders.yaml'), text);
    const d = await data();
    const { page, send, errors, dialogs } = await openPage(browser, stakeholdersPageHtml(fileEnv('en'), STAKEHOLDERS_STRINGS));
    const info = (await send(d)) as unknown as Info;
    assert.ok(!info.error, info.error);
    for (const n of evil) assert.ok(info.points.some((p) => p.name === n), `${n} drawn as a point: ${info.points.map((p) => p.name).join(' | ')}`);
    for (const n of evil) assert.ok(info.treeLabels.includes(n), `${n} in the tree: ${info.treeLabels.join(' | ')}`);
    assert.strictEqual(info.points.length, 5 + evil.length);
    assert.deepStrictEqual(info.aside, ['无<b>影响力</b>', '无关注度']);
    assert.strictEqual(info.treeNodes, 5 + evil.length + 2, 'people aside are still in the tree');
    const dom = await page.evaluate(() => ({
      injected: document.querySelectorAll('img, script:not([src]):not([type]), b, foreignObject').length,
      blockers: document.querySelectorAll('#grid g.poc-point.poc-att-blocker').length,
    }));
    assert.strictEqual(dom.injected, 0);
    assert.strictEqual(dom.blockers, evil.length);
    // The page handles a next message (what the first drawing queued ran before it) and draws the same.
    assert.strictEqual(((await send(d)) as unknown as Info).points.length, info.points.length);
    await settled(page);
    assert.deepStrictEqual(dialogs, []);
    assert.deepStrictEqual(errors, []);
    await page.close();
    await client.close(uri('evil.stakeholders.yaml'));
  });
});
