/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Injection: the payloads of test/fixtures/injection/payloads.json in every text field of every
 * kind (injection-corpus.ts) rendered in real headless Chromium by every page that shows user text
 * — the Gantt panel's page fed by the server's pocStudio/gantt, the Gantt HTML export (server and
 * CLI) and the HTML reports (CLI) — with a trap: `window.__pwned` records calls, dialogs (alert…)
 * are recorded, Content-Security-Policy violations and every request that is not file: are
 * recorded. Asserts none of them happened, that no element of the page carries an event handler
 * or a javascript: URL, and that each payload is shown as text wherever the original text of its
 * field is shown (compared with the same page rendered from the untouched example).
 *
 * A new panel or export is one entry of TARGETS.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { Browser, Page } from 'playwright-core';
import { TestClient, REPO } from '../protocol/lsp-client';
import { ganttPageHtml, GANTT_STRINGS } from '../../client/src/panels/gantt-page';
import { stakeholdersPageHtml, STAKEHOLDERS_STRINGS } from '../../client/src/panels/stakeholders-page';
import { progressPageHtml, PROGRESS_STRINGS } from '../../client/src/panels/progress-page';
import { loadPageHtml, LOAD_STRINGS } from '../../client/src/panels/load-page';
import { fileEnv, launch, moveMouse, openPage } from './browser';
import { PAYLOADS, writeInjectionFolder, type Placed } from './injection-corpus';

const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const TODAY = '2027-01-27';

interface Ctx {
  dir: string;
  client: TestClient;
  out: string;
  uri(file: string): string;
}

/** A page showing user text: a panel page fed with data, or a standalone HTML file. */
type Target =
  | { name: string; panel: () => string; data: (c: Ctx) => Promise<Record<string, unknown>> }
  | { name: string; file: (c: Ctx) => Promise<string> };

const ganttData = (params: (c: Ctx) => Record<string, unknown>) => async (c: Ctx) => {
  const r = await c.client.request<Record<string, unknown>>('pocStudio/gantt', params(c));
  assert.ok(r && 'chart' in r, JSON.stringify(r).slice(0, 300));
  return { type: 'data', seq: 1, ...r };
};
const viewData = (request: string) => async (c: Ctx) => {
  const r = await c.client.request<Record<string, unknown>>(request, { uri: c.uri('bank-log.project.yaml'), folderUri: pathToFileURL(c.dir).href });
  assert.ok(r && !('error' in r), JSON.stringify(r).slice(0, 300));
  return { type: 'data', seq: 1, ...r };
};
const cli = (args: string[], out: string) => (c: Ctx) => {
  const file = path.join(c.out, out);
  const r = cp.spawnSync(process.execPath, [BIN, ...args, '--today', TODAY, '--locale', 'en', '--out', file, '--force'], { cwd: c.dir, encoding: 'utf8', timeout: 60000 });
  assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
  assert.ok(fs.existsSync(file), r.stderr);
  return Promise.resolve(file);
};

export const TARGETS: Target[] = [
  { name: 'Gantt panel: project', panel: () => ganttPageHtml(fileEnv('en'), GANTT_STRINGS), data: ganttData((c) => ({ uri: c.uri('bank-log.project.yaml'), scope: 'file' })) },
  { name: 'Gantt panel: POC', panel: () => ganttPageHtml(fileEnv('en'), GANTT_STRINGS), data: ganttData((c) => ({ uri: c.uri('bank-log.poc.yaml'), scope: 'file' })) },
  { name: 'Gantt panel: portfolio', panel: () => ganttPageHtml(fileEnv('en'), GANTT_STRINGS), data: ganttData((c) => ({ folderUri: pathToFileURL(c.dir).href, scope: 'portfolio' })) },
  { name: 'Gantt panel: portfolio filtered by owner (load strip)', panel: () => ganttPageHtml(fileEnv('en'), GANTT_STRINGS), data: ganttData((c) => ({ folderUri: pathToFileURL(c.dir).href, scope: 'portfolio', owner: 'zhao' })) },
  { name: 'stakeholder map panel', panel: () => stakeholdersPageHtml(fileEnv('en'), STAKEHOLDERS_STRINGS), data: viewData('pocStudio/stakeholders') },
  { name: 'progress panel', panel: () => progressPageHtml(fileEnv('en'), PROGRESS_STRINGS), data: viewData('pocStudio/progress') },
  { name: 'team load panel', panel: () => loadPageHtml(fileEnv('en'), LOAD_STRINGS), data: viewData('pocStudio/teamLoad') },
  {
    name: 'Gantt HTML export (pocStudio/ganttExport)',
    file: async (c) => {
      const r = await c.client.request<{ text: string; name: string }>('pocStudio/ganttExport', { uri: c.uri('bank-log.project.yaml'), scope: 'file', format: 'html' });
      assert.ok(r && typeof r.text === 'string', JSON.stringify(r).slice(0, 300));
      const file = path.join(c.out, 'export.gantt.html');
      fs.writeFileSync(file, r.text);
      return file;
    },
  },
  { name: 'Gantt HTML export (CLI gantt --format html)', file: cli(['gantt', 'bank-log.project.yaml', '--format', 'html'], 'project.gantt.html') },
  { name: 'team load HTML (CLI load --format html)', file: cli(['load', '.', '--format', 'html'], 'load.html') },
  { name: 'weekly report HTML (CLI)', file: cli(['report', 'weekly', 'bank-log.project.yaml', '--week', '2027-W04', '--format', 'html'], 'weekly.html') },
  { name: 'POC report HTML (CLI)', file: cli(['report', 'poc', 'bank-log.poc.yaml', '--format', 'html'], 'poc.html') },
  { name: 'acceptance report HTML (CLI)', file: cli(['report', 'acceptance', 'bank-log.project.yaml', '--format', 'html'], 'acceptance.html') },
];

/** Installed before any script of the page runs. */
const TRAP = () => {
  const w = window as unknown as { __pwned: (x?: unknown) => void; __pwnedCalls: string[]; __violations: string[] };
  w.__pwnedCalls = [];
  w.__violations = [];
  w.__pwned = (x?: unknown) => void w.__pwnedCalls.push(String(x));
  document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
};

interface Seen {
  pwned: string[];
  violations: string[];
  dialogs: string[];
  requests: string[];
  errors: string[];
  handlers: string[];
  text: string;
}

/** What the page shows as text (outside the diagrams, whose labels are rewritten for Mermaid), plus tooltips and option labels. */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const handlers: string[] = [];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name)) handlers.push(`<${el.tagName} ${a.name}>`);
        if (/^\s*(javascript|vbscript|data:text\/html)/i.test(a.value) && /href|src|action|data/i.test(a.name)) handlers.push(`<${el.tagName} ${a.name}=${a.value.slice(0, 60)}>`);
      }
      if (/^(IFRAME|OBJECT|EMBED|BASE|META|LINK|FORM)$/.test(el.tagName) && !el.closest('head')) handlers.push(`<${el.tagName}>`);
    }
    // Scripts other than the page's own (which carry its nonce, or are JSON data).
    for (const s of Array.from(document.querySelectorAll('script'))) {
      if (!s.nonce && s.type !== 'application/json') handlers.push(`<script>${(s.textContent ?? '').slice(0, 60)}`);
    }
    const clone = document.body.cloneNode(true) as HTMLElement;
    for (const x of Array.from(clone.querySelectorAll('svg, script, style, pre, template'))) x.remove();
    const tips = Array.from(document.querySelectorAll('svg title')).map((t) => t.textContent ?? '');
    return { handlers, text: [clone.textContent ?? '', ...tips, document.title].join('\n') };
  });

async function render(browser: Browser, target: Target, c: Ctx): Promise<Seen> {
  const dialogs: string[] = [];
  const requests: string[] = [];
  let page: Page;
  let errors: string[];
  const watch = async (p: Page) => {
    await p.addInitScript(TRAP);
    p.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    p.on('request', (q) => {
      if (!q.url().startsWith('file:') && !q.url().startsWith('data:')) requests.push(q.url());
    });
  };
  if ('panel' in target) {
    const loaded = await openPage(browser, target.panel(), undefined, watch);
    page = loaded.page;
    errors = loaded.errors;
    await loaded.send(await target.data(c));
  } else {
    const file = await target.file(c);
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await watch(page);
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => document.body.getAttribute('data-rendered') !== null, undefined, { timeout: 20000 });
  }
  // Hover handlers, image errors, frames: wait until the page has dispatched the move and settled.
  await moveMouse(page, 300, 300);
  const trap = await page.evaluate(() => {
    const w = window as unknown as { __pwnedCalls: string[]; __violations: string[] };
    return { pwned: w.__pwnedCalls.slice(), violations: w.__violations.slice() };
  });
  const { handlers, text } = await visibleText(page);
  await page.close();
  return { ...trap, dialogs, requests, errors, handlers, text };
}

const norm = (s: string) => s.replace(/[\s\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();

describe('injection corpus in headless Chromium: panels, exports and reports', function () {
  this.timeout(120000);
  let browser: Browser;
  let injected: Ctx;
  let original: Ctx;
  let placed: Placed[];

  const ctx = async (fill: (dir: string) => void): Promise<Ctx> => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-injection-'));
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-injection-out-'));
    fill(dir);
    const client = await TestClient.start({ folder: dir, locale: 'en', settings: { today: TODAY } });
    await client.waitFor(pathToFileURL(path.join(dir, 'bank-log.project.yaml')).href, () => true, 20000);
    return { dir, out, client, uri: (f) => pathToFileURL(path.join(dir, f)).href };
  };

  before(async () => {
    browser = await launch();
    injected = await ctx((dir) => (placed = writeInjectionFolder(dir)));
    original = await ctx((dir) => fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true }));
  });
  after(async () => {
    for (const c of [injected, original]) {
      await c?.client.stop();
      if (c) for (const d of [c.dir, c.out]) fs.rmSync(d, { recursive: true, force: true });
    }
    await browser?.close();
  });

  it(`the corpus has at least 50 payloads, each placed in a text field, and every kind holds payloads`, () => {
    assert.ok(PAYLOADS.length >= 50, `${PAYLOADS.length} payloads`);
    assert.deepStrictEqual(new Set(placed.map((p) => p.payload)).size, PAYLOADS.length);
    const kinds = new Set(placed.map((p) => /\.(\w+)\.yaml$/.exec(p.file)![1]));
    assert.deepStrictEqual([...kinds].sort(), ['checklist', 'poc', 'project', 'requirements', 'stakeholders']);
  });

  for (const target of TARGETS) {
    it(`${target.name}: no script runs, nothing loads, payloads are shown as text`, async () => {
      const seen = await render(browser, target, injected);
      assert.deepStrictEqual(seen.pwned, [], 'payload code ran');
      assert.deepStrictEqual(seen.dialogs, [], 'a dialog was opened');
      assert.deepStrictEqual(seen.requests, [], 'something was requested from outside');
      assert.deepStrictEqual(seen.violations, [], 'Content-Security-Policy violations');
      assert.deepStrictEqual(seen.handlers, [], 'elements with event handlers, javascript: URLs or foreign scripts');
      assert.deepStrictEqual(seen.errors.filter((e) => /__pwned|alert/.test(e)), []);
      // Wherever the page shows the original text of a field, it shows that field's payload, as text.
      const base = norm((await render(browser, target, original)).text);
      const text = norm(seen.text);
      // Fields whose original text is its own (not also the text, or part of the text, of another field).
      const unique = placed.filter((p) => !placed.some((q) => q !== p && norm(q.original).includes(norm(p.original))));
      const shown = unique.filter((p) => norm(p.original).length >= 2 && base.includes(norm(p.original)));
      assert.ok(shown.length > 0, 'the page shows some user text');
      const missing = shown.filter((p) => !text.includes(norm(p.payload)));
      assert.deepStrictEqual(missing.map((p) => `${p.file} ${p.field}: ${JSON.stringify(p.payload)}`), [], 'payloads not shown as text');
    });
  }
});
