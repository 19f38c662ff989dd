/**
 * Gantt figures for `npm run bench`: the panel's page (client/src/panels/gantt-page.ts +
 * media/gantt.js: POC Studio's own SVG of the server's layout, the rows on screen) in real
 * headless Chromium, fed by the real language server.
 *   - render: data posted to the page → SVG drawn and reported back, for plans of 1,000 and 5,000 tasks
 *   - edit → updated chart on the example plan and on the 5,000-task plan: didChange →
 *     pocStudio/gantt → post → drawn
 * Usable alone: `node bench/gantt.mjs [--runs N]` prints the figures as JSON.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import * as esbuild from 'esbuild';
import { LspServer } from './lsp.mjs';

const require = createRequire(import.meta.url);
const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');
const CHROMIUM = process.env.CHROMIUM_PATH || ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => fs.existsSync(p));

/** The panels' debounce after an edit (client/src/panels/view-panel.ts, refreshSoon). */
export const PANEL_DEBOUNCE_MS = 60;

const PHASES = ['kickoff', 'implementation', 'closing', 'departure'];
const WORDS = ['日志接入', '告警规则配置', '报表开发', '数据迁移', '性能调优', '安全加固', '用户培训', '验收测试', '接口联调', '环境部署'];

/** A deterministic project plan of `n` tasks: chains with cross-dependencies, phases, owners, milestones. */
export function ganttPlan(n) {
  const lines = ['kind: project', `id: gantt-${n}`, `title: 甘特图基准 ${n} 个任务`, 'customer: 某银行', 'start: 2027-01-04', 'calendar:', '  holidays: ["2027-02-10..2027-02-17"]', 'team:'];
  const team = ['zhao', 'wang', 'sun', 'li', 'zhou', 'wu'];
  for (const t of team) lines.push(`  - { id: ${t}, name: 工程师${t}, role: engineer }`);
  lines.push('tasks:');
  for (let i = 1; i <= n; i++) {
    const deps = [];
    if (i > 1 && i % 7 !== 1) deps.push(`G${i - 1}`);
    if (i > 10 && i % 5 === 0) deps.push(`G${i - 10}`);
    const milestone = i % 50 === 0;
    const dur = milestone ? '0d' : `${1 + (i % 4)}d`;
    const status = i < n / 5 ? 'done' : i < n / 4 ? 'doing' : 'todo';
    lines.push(
      `  - { id: G${i}, name: ${WORDS[i % WORDS.length]}${i}, phase: ${PHASES[Math.min(PHASES.length - 1, Math.floor((i * PHASES.length) / (n + 1)))]}, owner: ${team[i % team.length]}, ${deps.length ? `dependsOn: [${deps.join(', ')}], ` : `start: 2027-01-${String(4 + (i % 20)).padStart(2, '0')}, `}duration: ${dur}, status: ${status} }`,
    );
  }
  return lines.join('\n') + '\n';
}

async function pageModule(outDir) {
  const out = path.join(outDir, 'gantt-page.cjs');
  await esbuild.build({ entryPoints: [path.join(REPO, 'client/src/panels/gantt-page.ts')], outfile: out, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
  return require(out);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : null;
};
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return null;
  return { n: s.length, min: s[0], median: median(s), p95: s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)], max: s[s.length - 1] };
};

/**
 * Runs the Gantt figures. Returns { render: {1000: stats, 5000: stats}, edit, edit5000, bars,
 * typingWithout, typingWith, typingRatio } in ms.
 */
export async function ganttBench({ runs = 7, warmup = 2, timeout = 60000, log = () => {} } = {}) {
  if (!CHROMIUM) throw new Error('no Chromium found (set CHROMIUM_PATH)');
  const { chromium } = await import('playwright-core');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-bench-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const server = new LspServer({
    name: 'POC Studio',
    script: path.join(REPO, 'bin', 'poc-studio-language-server.js'),
    cwd: REPO,
    configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? { today: '2027-01-27' } : null)),
  });
  try {
    fs.cpSync(path.join(REPO, 'examples'), path.join(work, 'ws'), { recursive: true });
    for (const n of [1000, 5000]) fs.writeFileSync(path.join(work, 'ws', `gantt-${n}.project.yaml`), ganttPlan(n));
    const { ganttPageHtml, GANTT_STRINGS } = await pageModule(work);
    const html = ganttPageHtml({ cspSource: 'file:', resource: (p) => pathToFileURL(path.join(REPO, p)).href, lang: 'zh-CN' }, GANTT_STRINGS);
    const pageFile = path.join(work, 'gantt.html');
    fs.writeFileSync(pageFile, html);
    const root = path.join(work, 'ws');
    await server.start({ rootDir: root, rootUri: pathToFileURL(root).href, capabilities: { workspace: { configuration: true, workspaceFolders: true } }, timeoutMs: timeout, locale: 'zh-CN' });
    const uri = (f) => pathToFileURL(path.join(root, f)).href;
    await server.waitUntil(() => ['gantt-1000.project.yaml', 'gantt-5000.project.yaml', 'bank-log.project.yaml'].every((f) => server.firstByUri.has(uri(f))), { timeoutMs: timeout, label: 'first diagnostics' });

    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(pathToFileURL(pageFile).href);
    await page.waitForFunction(() => (window.__pocPosted ?? []).some((m) => m.type === 'ready'));
    let seq = 0;
    /** Posts data and resolves when the page reports it drawn; returns ms and the page's summary. */
    const draw = async (data) => {
      const s = ++seq;
      const t0 = await page.evaluate(() => performance.now());
      await page.evaluate((m) => window.postMessage(m, '*'), { type: 'data', seq: s, ...data });
      const handle = await page.waitForFunction((k) => (window.__pocPosted ?? []).find((m) => m.type === 'rendered' && m.info.seq === k)?.info, s, { timeout, polling: 'raf' });
      const info = await handle.jsonValue();
      const t1 = await page.evaluate(() => performance.now());
      return { ms: t1 - t0, info };
    };

    const render = {};
    const bars = {};
    for (const n of [1000, 5000]) {
      const data = await server.request('pocStudio/gantt', { uri: uri(`gantt-${n}.project.yaml`), scope: 'file' }, timeout);
      const samples = [];
      for (let i = 0; i < warmup + runs; i++) {
        const { ms, info } = await draw(data);
        if (info.error) throw new Error(`gantt render failed: ${info.error}`);
        // A large chart's answer is a window of its rows (GanttParams.rows): the page counts the whole chart.
        const expected = data.totals?.scheduled ?? data.chart.sections.reduce((k, sec) => k + sec.bars.length, 0);
        if (info.totalBars !== expected) throw new Error(`gantt render laid out ${info.totalBars} bars of ${expected}`);
        bars[n] = info.bars;
        // From the page receiving the data to the frame after the chart is in the DOM (what a user
        // waits for); the harness's own transfer of the data into the page is not counted.
        if (i >= warmup) samples.push(info.ms);
        if (process.env.GANTT_DEBUG) log(`    ${n}: ${ms.toFixed(0)} ms total, page ${info.ms} ms`);
      }
      render[n] = stats(samples);
      log(`  gantt render ${n} tasks: median ${render[n].median.toFixed(0)} ms (${bars[n]} bars drawn of ${n})`);
    }

    // Edit → updated chart on the example plan, as the panel does it: the editor sends the change,
    // the panel asks the server for the chart and posts it to the page, which draws it.
    const f = 'bank-log.project.yaml';
    const base = fs.readFileSync(path.join(root, f), 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(f), languageId: 'poc-yaml', version: 1, text: base } });
    let version = 1;
    const edits = [];
    for (let i = 0; i < warmup + runs * 2; i++) {
      const text = base.replace('duration: 2w', `duration: ${2 + (i % 3)}w`);
      const t0 = performance.now();
      server.notify('textDocument/didChange', { textDocument: { uri: uri(f), version: ++version }, contentChanges: [{ text }] });
      // The panel waits PANEL_DEBOUNCE_MS after the last keystroke before it asks (client/src/panels/view-panel.ts, refreshSoon).
      await new Promise((r) => setTimeout(r, PANEL_DEBOUNCE_MS));
      const data = await server.request('pocStudio/gantt', { uri: uri(f), scope: 'file' }, timeout);
      const requestMs = performance.now() - t0;
      const { info } = await draw(data);
      if (i >= warmup) edits.push(requestMs + info.ms);
    }
    const edit = stats(edits);
    log(`  gantt edit → updated chart (example plan): median ${edit.median.toFixed(0)} ms`);

    // The same on the 5,000-task plan: one duration edited, the chart after the debounce.
    const big = 'gantt-5000.project.yaml';
    const bigBase = fs.readFileSync(path.join(root, big), 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(big), languageId: 'poc-yaml', version: 1, text: bigBase } });
    let bigVersion = 1;
    const bigEdits = [];
    for (let i = 0; i < warmup + runs; i++) {
      const text = bigBase.replace(/(id: G2500, [^\n]*duration: )\d+d/, `$1${2 + (i % 3)}d`);
      const t0 = performance.now();
      server.notify('textDocument/didChange', { textDocument: { uri: uri(big), version: ++bigVersion }, contentChanges: [{ text }] });
      await new Promise((r) => setTimeout(r, PANEL_DEBOUNCE_MS));
      const t1 = performance.now();
      const data = await server.request('pocStudio/gantt', { uri: uri(big), scope: 'file' }, timeout);
      const requestMs = performance.now() - t1;
      const { info } = await draw(data);
      // After the debounce: the server's answer and the page's drawing.
      if (i >= warmup) bigEdits.push(requestMs + info.ms);
      if (process.env.GANTT_DEBUG) log(`    5000 edit: request ${requestMs.toFixed(0)} ms, page ${info.ms} ms`);
      void t0;
    }
    const edit5000 = stats(bigEdits);
    log(`  gantt edit → updated chart (5,000 tasks, after the debounce): median ${edit5000.median.toFixed(0)} ms`);
    await page.close();

    // Typing with the panel open: keystroke → diagnostics on the 1,000-task plan, one character
    // every 150 ms into a task's name, without and then with the panel (which asks for the chart
    // PANEL_DEBOUNCE_MS after each keystroke, as view-panel.ts does), then without again; the
    // ratio is the median with the panel over the median of both runs without it.
    const typed = 'gantt-1000.project.yaml';
    const typedBase = fs.readFileSync(path.join(root, typed), 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri: uri(typed), languageId: 'poc-yaml', version: 1, text: typedBase } });
    let typedVersion = 1;
    const typing = async (withPanel) => {
      const lat = [];
      for (let i = 0; i < warmup + runs * 3; i++) {
        const text = typedBase.replace(/(id: G500, name: )([^,]*)/, `$1$2${'键'.repeat((i % 6) + 1)}`);
        const v = ++typedVersion;
        const t0 = performance.now();
        const published = server.waitPublish((r) => r.uri === uri(typed) && r.version === v, { timeoutMs: timeout, label: `diagnostics of version ${v}` });
        server.notify('textDocument/didChange', { textDocument: { uri: uri(typed), version: v }, contentChanges: [{ text }] });
        const panel = withPanel ? new Promise((r) => setTimeout(r, PANEL_DEBOUNCE_MS)).then(() => server.request('pocStudio/gantt', { uri: uri(typed), scope: 'file' }, timeout)) : undefined;
        const rec = await published;
        if (i >= warmup) lat.push(rec.t - t0);
        await panel;
        const left = 150 - (performance.now() - t0);
        if (left > 0) await new Promise((r) => setTimeout(r, left));
      }
      return lat;
    };
    const without1 = await typing(false);
    const withPanel = await typing(true);
    const without2 = await typing(false);
    const typingWithout = stats([...without1, ...without2]);
    const typingWith = stats(withPanel);
    const typingRatio = typingWith.median / typingWithout.median;
    log(`  typing → diagnostics (1,000 tasks): median ${typingWithout.median.toFixed(0)} ms without the panel, ${typingWith.median.toFixed(0)} ms with it (ratio ${typingRatio.toFixed(2)})`);
    return { render, edit, edit5000, bars, runs, warmup, typingWithout, typingWith, typingRatio };
  } finally {
    await server.stop().catch(() => {});
    await browser.close().catch(() => {});
    fs.rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Number(process.argv[i + 1]) : 7;
  ganttBench({ runs, log: (...a) => console.error(...a) }).then(
    (r) => {
      console.log(JSON.stringify(r, null, 2));
      process.exit(0);
    },
    (e) => {
      console.error(e?.stack ?? e);
      process.exit(1);
    },
  );
}
