#!/usr/bin/env node
/**
 * `npm run bench`: POC Studio's language server against its peer (yaml-language-server configured
 * with POC Studio's JSON schemas) and the floor (a full js-yaml parse of the same text), on the
 * synthetic workspaces of bench/generate.mjs. Writes bench/results.json and BENCHMARKS.md.
 *
 *   node bench/run.mjs [portfolio] [--runs 15] [--big-runs 5] [--cold-runs 3] [--completion-rounds 2]
 *                      [--warmup 3] [--sizes 200,2000,20000] [--portfolio-sizes 1000,10000]
 *                      [--no-portfolio] [--timeout 120000] [--quick]
 *                      [--work-dir DIR] [--no-write] [--json] [--report-only]
 *
 * `portfolio` runs only the portfolio benchmark (bench/portfolio.mjs, issue 17) and replaces its
 * figures and budgets in bench/results.json and BENCHMARKS.md, keeping the others.
 *
 * Run `node esbuild.mjs --production` first (the npm script does): the server measured is the
 * bundle users run, dist/server.js, started as `node bin/poc-studio-language-server.js --stdio`.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as cp from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import jsyaml from 'js-yaml';
import * as YAML from 'yaml';
import { generate, defaultWorkDir, PLAN_SIZES } from './generate.mjs';
import { LspServer, killAll } from './lsp.mjs';
import { ganttBench, PANEL_DEBOUNCE_MS } from './gantt.mjs';
import { oneOwnerBench, ONE_OWNER_TASKS } from './one-owner.mjs';
import { quickFixBench, QUICK_FIX_TASKS, QUICK_FIX_BUDGET_MS } from './quick-fix.mjs';
import { featuresBench, FEATURE_BUDGETS } from './features.mjs';
import { portfolioBench, portfolioFigures } from './portfolio.mjs';
import { PORTFOLIO_SIZES } from './portfolio-generate.mjs';

const require = createRequire(import.meta.url);
const mermaidVersion = () => JSON.parse(fs.readFileSync(require.resolve('mermaid/package.json'), 'utf8')).version;
const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');
const POC_SERVER = path.join(REPO, 'bin', 'poc-studio-language-server.js');
const YLS_PKG = path.dirname(require.resolve('yaml-language-server/package.json'));
const YLS_SERVER = path.join(YLS_PKG, 'bin', 'yaml-language-server');
const KINDS = ['poc', 'project', 'stakeholders', 'requirements', 'checklist'];
/** yaml-language-server validates 200 ms after the last change (validationDelayMs, not configurable). */
const YLS_DEBOUNCE_MS = 200;

// --- options -------------------------------------------------------------------------------------
function parseArgs(argv) {
  const o = { workDir: defaultWorkDir(), runs: 15, bigRuns: 5, coldRuns: 3, completionRounds: 2, warmup: 3, sizes: PLAN_SIZES, portfolioSizes: [1000, 10000], portfolio: true, only: undefined, timeout: 120000, write: true, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = () => {
      const n = Number(val());
      if (!Number.isFinite(n) || n < 0) throw new Error(`${a} needs a number`);
      return n;
    };
    const name = a.split('=')[0];
    if (name === '--runs') o.runs = Math.max(1, num());
    else if (name === '--big-runs') o.bigRuns = Math.max(1, num());
    else if (name === '--cold-runs') o.coldRuns = Math.max(1, num());
    else if (name === '--completion-rounds') o.completionRounds = Math.max(1, num());
    else if (name === '--warmup') o.warmup = num();
    else if (name === '--timeout') o.timeout = Math.max(1000, num());
    else if (name === '--sizes') o.sizes = val().split(',').map(Number).filter((n) => PLAN_SIZES.includes(n));
    else if (name === '--portfolio-sizes') o.portfolioSizes = val().split(',').map(Number).filter((n) => PORTFOLIO_SIZES[n]);
    else if (name === '--no-portfolio') o.portfolio = false;
    else if (name === 'portfolio') o.only = 'portfolio';
    else if (name === '--quick') Object.assign(o, { runs: 3, bigRuns: 2, coldRuns: 1, completionRounds: 1, warmup: 1 });
    else if (name === '--work-dir') o.workDir = path.resolve(val());
    else if (name === '--no-write') o.write = false;
    else if (name === '--json') o.json = true;
    else if (name === '--report-only') o.reportOnly = true;
    else if (name === '--help' || name === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0].replace(/^#!.*\n\/\*\*?/, '').replace(/^ \* ?/gm, ''));
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  if (!o.sizes.length) throw new Error(`--sizes must list some of ${PLAN_SIZES.join(',')}`);
  return o;
}

// --- statistics ----------------------------------------------------------------------------------
function stats(samples) {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))]; // nearest rank
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  const r = (x) => Math.round(x * 100) / 100;
  return { n: s.length, min: r(s[0]), median: r(mid), p95: r(q(0.95)), max: r(s[s.length - 1]), mean: r(s.reduce((a, b) => a + b, 0) / s.length) };
}
const ratio = (a, b) => (a != null && b ? Math.round((a / b) * 1000) / 1000 : null);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (...a) => console.error(...a);

/** The figure and budget constructors, pushing into these lists (the shapes of results.json). */
function makers(figures, budgets) {
  const fig = (id, title, unit, poc, peer, fl, extra = {}) => {
    const f = { id, title, unit, pocStudio: poc, peer, floor: fl, ratioToPeer: ratio(poc?.median, peer?.median), ratioToFloor: ratio(poc?.median, fl?.median), ...extra };
    figures.push(f);
    return f;
  };
  const budget = (id, title, target, measured, limit, text) => budgets.push({ id, title, target, measured, limit, measuredText: text, pass: measured == null ? null : measured <= limit });
  return { fig, budget };
}

// --- the two servers -----------------------------------------------------------------------------
function pocServer(extra = {}) {
  return new LspServer({
    name: 'POC Studio',
    script: POC_SERVER,
    cwd: REPO,
    // The `pocStudio` section is {} (defaults); other sections are not ours.
    configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? {} : null)),
    ...extra,
  });
}
const POC_CAPS = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

const YLS_SETTINGS = {
  yaml: {
    validate: true,
    completion: true,
    hover: true,
    format: { enable: false },
    schemas: Object.fromEntries(KINDS.map((k) => [pathToFileURL(path.join(REPO, 'schemas', `${k}.schema.json`)).href, [`*.${k}.yaml`, `*.${k}.yml`]])),
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  },
};
function ylsServer() {
  return new LspServer({
    name: 'yaml-language-server',
    script: YLS_SERVER,
    cwd: REPO,
    configuration: (items) =>
      items.map((it) => {
        if (it.section === 'yaml') return YLS_SETTINGS.yaml;
        if (it.section === 'http') return { proxy: '', proxyStrictSSL: false };
        if (it.section === '[yaml]' || it.section === 'editor') return {};
        return null;
      }),
  });
}
const YLS_CAPS = {
  workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    publishDiagnostics: { relatedInformation: true, versionSupport: true },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] }, contextSupport: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

/** Starts a server on a folder and waits until it is ready to be measured. */
async function startServer(kind, folder, opts, { expectFiles } = {}) {
  const rootUri = pathToFileURL(folder).href;
  if (kind === 'poc') {
    const s = pocServer();
    await s.start({ rootDir: folder, rootUri, capabilities: POC_CAPS, timeoutMs: opts.timeout });
    // It checks every artifact file of the folder at start.
    if (expectFiles) await s.waitUntil(() => expectFiles.every((u) => s.firstByUri.has(u)), { timeoutMs: opts.timeout, label: `waiting for the first diagnostics of the ${expectFiles.length} files of ${folder}` });
    return s;
  }
  const s = ylsServer();
  await s.start({ rootDir: folder, rootUri, capabilities: YLS_CAPS, timeoutMs: opts.timeout });
  s.notify('workspace/didChangeConfiguration', { settings: YLS_SETTINGS });
  // It pulls its configuration after `initialized` and again on didChangeConfiguration.
  await s.waitUntil(() => s.configRequests >= 2, { timeoutMs: 5000, label: 'waiting for it to pull its configuration' }).catch(async () => {
    if (s.configRequests < 1) throw new Error(`yaml-language-server never asked for its configuration (workspace/configuration)${s.tail()}`);
  });
  await sleep(20);
  return s;
}

const langOf = (kind) => (kind === 'poc' ? 'poc-yaml' : 'yaml');

/** didOpen; resolves with { ms, rec } at the first publish for this document after it. */
async function timedOpen(s, kind, uri, text, version, timeout) {
  const before = s.seq;
  const p = s.waitPublish((r) => r.uri === uri && r.seq > before && (r.version == null || r.version === version), { timeoutMs: timeout, label: `waiting for diagnostics after opening ${path.basename(uri)}` });
  const t = performance.now();
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: langOf(kind), version, text } });
  const rec = await p;
  return { ms: rec.t - t, rec };
}

async function closeDoc(s, uri, timeout) {
  const before = s.seq;
  const p = s.waitPublish((r) => r.uri === uri && r.seq > before, { timeoutMs: timeout, label: `waiting for the publish after closing ${path.basename(uri)}` });
  s.notify('textDocument/didClose', { textDocument: { uri } });
  await p;
}

// --- documents -------------------------------------------------------------------------------------
/**
 * A text neither server has seen before, with the same structure and findings: the first-line
 * comment and every `name:` value get the run number, so that no cache of an earlier version (of
 * the whole text or of its parts) can serve the open: the figure is the cost of checking a new text.
 */
const openVariant = (text, k) =>
  text.replace(/^([^\n]*)/, `$1 · 第 ${k + 1} 次打开`).replace(/(^|[{,] |^\s*(?:- )?)(name: )([^,\n}#]*[^,\n}# ])/gm, `$1$2$3·${k + 1}`);

/** The block-style task name nearest the middle of the file: where the edit benchmark types. */
function editTarget(text) {
  const lines = text.split('\n');
  const mid = lines.length / 2;
  let best;
  for (let i = 1; i < lines.length; i++) {
    if (!/^  - id: /.test(lines[i - 1]) || !/^    name: \S/.test(lines[i])) continue;
    if (!best || Math.abs(i - mid) < Math.abs(best.line - mid)) best = { line: i, character: lines[i].endsWith('"') ? lines[i].length - 1 : lines[i].length, name: lines[i].slice(10) };
  }
  if (!best) throw new Error('no block-style task name to edit');
  return best;
}
const TYPED = '补充说明已确认并复核完成需求调研与验收测试';

/**
 * The completion document: the plan with, in `count` block-style tasks spread over the file, the
 * owner and status values removed (`owner: ` / `status: ` as when typing them), an empty indented
 * line after the task name (where a key is typed) and the cursor inside `dependsOn: [`.
 */
function completionDoc(text, count = 12) {
  const lines = text.split('\n');
  const tasks = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^  - id: /.test(lines[i])) continue;
    const f = {};
    for (let j = i + 1; j < lines.length && /^    \S/.test(lines[j]); j++) {
      const m = /^    (\w+):/.exec(lines[j]);
      if (m) f[m[1]] = j;
      if (/#/.test(lines[j])) f.commented = true;
    }
    if (f.name && f.owner && f.status && f.dependsOn && !f.commented) tasks.push(f);
  }
  if (tasks.length < count) throw new Error(`only ${tasks.length} block-style tasks with owner, status and dependsOn`);
  const chosen = new Set();
  for (let k = 0; k < count; k++) chosen.add(tasks[Math.floor(((k + 0.5) * tasks.length) / count)]);
  const byLine = new Map();
  for (const f of chosen) {
    byLine.set(f.owner, 'owner');
    byLine.set(f.status, 'status');
    byLine.set(f.dependsOn, 'dependsOn');
    byLine.set(f.name, 'name');
  }
  const out = [];
  const positions = [];
  for (let i = 0; i < lines.length; i++) {
    const what = byLine.get(i);
    if (what === 'owner' || what === 'status') {
      out.push(`    ${what}: `);
      positions.push({ kind: what, line: out.length - 1, character: out[out.length - 1].length });
    } else if (what === 'dependsOn') {
      out.push(lines[i]);
      positions.push({ kind: 'dependsOn', line: out.length - 1, character: lines[i].indexOf('[') + 1 });
    } else if (what === 'name') {
      out.push(lines[i], '    ');
      positions.push({ kind: 'key', line: out.length - 1, character: 4 });
    } else out.push(lines[i]);
  }
  return { text: out.join('\n'), positions };
}

const itemsOf = (r) => (Array.isArray(r) ? r : r?.items ?? []);

// --- measurements ----------------------------------------------------------------------------------
/** One server on one plan: open → diagnostics, edit → diagnostics, completion. */
async function planSession(kind, size, plan, opts) {
  const big = size >= 20000;
  const runs = big ? opts.bigRuns : opts.runs;
  const warmup = big ? Math.min(1, opts.warmup) : opts.warmup;
  // On 20,000 tasks the peer takes seconds per completion: fewer positions, one round.
  const rounds = big ? 1 : opts.completionRounds;
  const folderUris = plan.files.map((f) => pathToFileURL(f).href);
  const uri = pathToFileURL(plan.planFile).href;
  const base = fs.readFileSync(plan.planFile, 'utf8');
  const s = await startServer(kind, plan.dir, opts, { expectFiles: kind === 'poc' ? folderUris : undefined });
  const out = { open: [], edit: [], completion: [], completionByKind: {}, completionItems: {} };
  try {
    // open → diagnostics (a text the server has not seen: different first-line comment each time)
    let version = 0;
    let last;
    for (let k = 0; k < warmup + runs; k++) {
      if (k > 0) await closeDoc(s, uri, opts.timeout);
      await sleep(10);
      const r = await timedOpen(s, kind, uri, openVariant(base, k), ++version, opts.timeout);
      if (k >= warmup) out.open.push(r.ms);
      last = r.rec;
    }
    out.diagnosticsOnOpen = last.count;
    out.diagnosticsSample = (last.diagnostics ?? []).slice(0, 5).map((d) => `${d.range.start.line + 1}: ${d.code ?? ''} ${String(d.message).slice(0, 100)}`);

    // one-character edit → diagnostics, typing into a task name in the middle of the file
    const target = editTarget(base);
    let ch = target.character;
    for (let k = 0; k < warmup + runs; k++) {
      const c = TYPED[k % TYPED.length];
      const v = ++version;
      const before = s.seq;
      const p = s.waitPublish((r) => r.uri === uri && r.seq > before && (r.version == null || r.version === v), { timeoutMs: opts.timeout, label: `waiting for diagnostics after edit version ${v}` });
      const t = performance.now();
      s.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line: target.line, character: ch }, end: { line: target.line, character: ch } }, rangeLength: 0, text: c }],
      });
      const rec = await p;
      ch += c.length;
      if (k >= warmup) out.edit.push(rec.t - t);
      out.diagnosticsAfterEdit = rec.count;
      await sleep(10);
    }
    out.editTarget = { line: target.line + 1, name: target.name };

    // completion at many positions
    const cdoc = completionDoc(base, big ? 4 : 12);
    await closeDoc(s, uri, opts.timeout);
    await timedOpen(s, kind, uri, cdoc.text, ++version, opts.timeout);
    await sleep(50);
    for (let round = 0; round < 1 + rounds; round++) {
      for (const pos of round === 0 && big ? cdoc.positions.slice(0, 4) : cdoc.positions) {
        const { ms, result } = await s.timedRequest(
          'textDocument/completion',
          { textDocument: { uri }, position: { line: pos.line, character: pos.character }, context: { triggerKind: 1 } },
          opts.timeout,
        );
        if (round === 0) {
          (out.completionItems[pos.kind] ??= []).push(itemsOf(result).length);
          continue; // warm-up round
        }
        out.completion.push(ms);
        (out.completionByKind[pos.kind] ??= []).push(ms);
      }
    }
    out.completionPositions = cdoc.positions.length;
    out.completionSampleLabels = {};
    for (const kindOfPos of ['owner', 'status', 'dependsOn', 'key']) {
      const pos = cdoc.positions.find((p) => p.kind === kindOfPos);
      const r = await s.request('textDocument/completion', { textDocument: { uri }, position: pos, context: { triggerKind: 1 } }, opts.timeout);
      out.completionSampleLabels[kindOfPos] = itemsOf(r).slice(0, 6).map((i) => i.label);
    }
    out.peakMemoryMB = s.peakMemoryMB();
  } finally {
    await s.stop();
  }
  return out;
}

/** Cold start of the 1,000-file folder: spawn → every file has had its first publishDiagnostics. */
async function coldStart(kind, folder, opts) {
  const uris = folder.files.map((f) => pathToFileURL(f).href);
  const rootUri = pathToFileURL(folder.dir).href;
  let s;
  let texts;
  if (kind === 'yls') texts = folder.files.map((f) => fs.readFileSync(f, 'utf8')); // the editor has the text
  try {
    if (kind === 'poc') {
      s = pocServer();
      await s.start({ rootDir: folder.dir, rootUri, capabilities: POC_CAPS, timeoutMs: opts.timeout });
    } else {
      s = await startServer('yls', folder.dir, opts);
      // It does not scan folders: open all files, as an editor would to see them checked.
      uris.forEach((uri, i) => s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: texts[i] } }));
    }
    await s.waitUntil(() => s.firstByUri.size >= uris.length && uris.every((u) => s.firstByUri.has(u)), {
      timeoutMs: opts.timeout,
      label: `waiting for the first diagnostics of all ${uris.length} files (got ${s.firstByUri.size})`,
    });
    const lastFirst = Math.max(...uris.map((u) => s.firstByUri.get(u).t));
    const publishesUntilAll = s.seq;
    // Then until it is quiet (no publish for 1 s): re-publishing after the first pass shows here.
    let seen = s.seq;
    let quietSince = performance.now();
    const deadline = performance.now() + opts.timeout;
    while (performance.now() - quietSince < 1000 && performance.now() < deadline) {
      await sleep(100);
      if (s.seq !== seen) {
        seen = s.seq;
        quietSince = performance.now();
      }
    }
    const lastPublish = Math.max(...[...s.lastByUri.values()].map((r) => r.t));
    const diagnostics = uris.reduce((n, u) => n + (s.lastByUri.get(u)?.count ?? 0), 0);
    return {
      allDiagnosticsMs: lastFirst - s.t0,
      settledMs: lastPublish - s.t0,
      publishesUntilAll,
      publishesTotal: s.seq,
      diagnostics,
      peakMemoryMB: s.peakMemoryMB(),
    };
  } finally {
    if (s) await s.stop();
  }
}

/** The floor: js-yaml's full parse of the same text, in this process. */
function floorParse(text, runs, warmup = 5) {
  for (let i = 0; i < warmup; i++) jsyaml.load(text);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    jsyaml.load(text);
    out.push(performance.now() - t);
  }
  return out;
}
function yamlParseDocument(text, runs) {
  YAML.parseDocument(text);
  const out = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    YAML.parseDocument(text);
    out.push(performance.now() - t);
  }
  return out;
}

/** Both servers must see our schema errors, else the comparison is meaningless. */
async function schemaSanity(check, opts) {
  const uri = pathToFileURL(check.file).href;
  const text = fs.readFileSync(check.file, 'utf8');
  const result = {};
  for (const kind of ['yls', 'poc']) {
    const s = await startServer(kind, check.dir, opts, { expectFiles: kind === 'poc' ? [uri] : undefined });
    try {
      const { rec } = await timedOpen(s, kind, uri, text, 1, opts.timeout);
      const onLine = rec.diagnostics.filter((d) => d.range.start.line === check.errorLine);
      result[kind] = { diagnostics: rec.diagnostics.length, onErrorLine: onLine.map((d) => `${d.code ?? ''} ${d.message}`.trim()) };
      if (!onLine.length) {
        throw new Error(
          `${s.name} did not report the deliberate schema error on line ${check.errorLine + 1} of ${check.file}; ` +
            `it reported: ${JSON.stringify(rec.diagnostics.map((d) => `${d.range.start.line + 1}: ${d.message}`))}. ` +
            (kind === 'yls' ? 'It is not validating against schemas/*.schema.json, so the comparison would be meaningless (note: its `yaml.schemas` globs never match files under a dot-directory; choose another --work-dir).' : ''),
        );
      }
    } finally {
      await s.stop();
    }
  }
  return result;
}

// --- machine -----------------------------------------------------------------------------------------
function machine() {
  const cpus = os.cpus();
  let gitCommit = null;
  let uncommitted = null;
  try {
    const git = (...a) => cp.execFileSync('git', a, { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    gitCommit = git('rev-parse', '--short', 'HEAD').trim();
    // What was measured: the working tree, which may differ from the commit.
    uncommitted = git('status', '--porcelain', '--', 'server', 'schemas', 'esbuild.mjs').split('\n').filter(Boolean).length;
  } catch {
    // not a git checkout
  }
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.platform()}/${os.arch()})`,
    pocStudio: JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version,
    gitCommit,
    uncommittedServerFiles: uncommitted,
    yamlLanguageServer: JSON.parse(fs.readFileSync(path.join(YLS_PKG, 'package.json'), 'utf8')).version,
    jsYaml: JSON.parse(fs.readFileSync(require.resolve('js-yaml/package.json'), 'utf8')).version,
    yaml: JSON.parse(fs.readFileSync(require.resolve('yaml/package.json'), 'utf8')).version,
  };
}

// --- report --------------------------------------------------------------------------------------------
const fmtMs = (x) => (x == null ? 'n/a' : x >= 100 ? `${Math.round(x).toLocaleString('en-US')} ms` : `${x.toFixed(1)} ms`);
const fmtX = (x) => (x == null ? 'n/a' : `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`);
const fmtMB = (x) => (x == null ? 'n/a' : `${Math.round(x)} MB`);
const fmtVal = (v, unit) => (unit === 'MB' ? fmtMB(v) : unit === '×' ? fmtX(v) : fmtMs(v));

function buildReport(res) {
  const { figures, budgets, machine: m, date, options, notes } = res;
  const L = [];
  L.push('# Benchmarks', '');
  L.push(`POC Studio's language server against **yaml-language-server ${m.yamlLanguageServer}** (the peer, configured with POC Studio's JSON schemas \`schemas/*.schema.json\`) and the **floor**: a full parse of the same text by **js-yaml ${m.jsYaml}**, the fastest YAML parser in JavaScript. Generated by \`npm run bench\` (bench/run.mjs); the raw figures are in \`bench/results.json\`.`, '');
  L.push(`- Date: ${date}`);
  L.push(`- Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB RAM; ${m.os}; Node ${m.node}`);
  L.push(`- POC Studio ${m.pocStudio}${m.gitCommit ? ` (commit ${m.gitCommit}${m.uncommittedServerFiles ? ` + uncommitted changes to ${m.uncommittedServerFiles} file(s) of server/ and schemas/` : ''})` : ''}, production bundle dist/server.js; yaml ${m.yaml} inside it`);
  L.push(`- Runs: median of ${options.runs} timed runs after ${options.warmup} warm-up runs (${options.bigRuns} runs after 1 warm-up on the 20,000-task plan), cold start ${options.coldRuns}× per server, completion ${options.completionRounds} rounds over ${res.completionPositions} positions after a warm-up round (1 round over 16 positions on 20,000)`);
  if (res.portfolio && res.portfolio.date !== date) {
    const pm = res.portfolio.machine;
    L.push(`- Portfolio (issue 17) measured separately: ${res.portfolio.date} (\`node bench/run.mjs portfolio\`, ${res.portfolio.coldRuns} cold start(s) per size, the last one followed by the edits), ${pm.cpu}, ${pm.cores} cores, POC Studio commit ${pm.gitCommit ?? 'n/a'}${pm.uncommittedServerFiles ? ` + uncommitted changes to ${pm.uncommittedServerFiles} file(s) of server/ and schemas/` : ''}`);
  }
  L.push('');
  L.push('## Budgets (2,000-task plan, 1,000-file folder, 10,000-file portfolio)', '');
  L.push('| Budget | Target | Measured | |', '|---|---|---|---|');
  for (const b of budgets) L.push(`| ${b.title} | ${b.target} | ${b.measuredText} | ${b.pass == null ? 'n/a' : b.pass ? '✅' : '❌'} |`);
  L.push('');
  L.push('## Figures', '');
  L.push('Medians; "vs peer" and "vs floor" are POC Studio\'s median divided by the peer\'s and the floor\'s (lower is better, < 1 is faster).', '');
  L.push('| Figure | POC Studio | yaml-language-server | js-yaml floor | vs peer | vs floor |', '|---|---|---|---|---|---|');
  for (const f of figures) {
    const peer = f.peer ? fmtVal(f.peer.median, f.unit) + (f.peerNet ? ` (${fmtVal(f.peerNet.median, f.unit)} net of its ${YLS_DEBOUNCE_MS} ms debounce)` : '') : 'n/a';
    const vsPeer = fmtX(f.ratioToPeer) + (f.ratioToPeerNet != null ? ` (${fmtX(f.ratioToPeerNet)} net)` : '');
    L.push(`| ${f.title} | ${fmtVal(f.pocStudio?.median, f.unit)} | ${peer} | ${f.floor ? fmtVal(f.floor.median, f.unit) : 'n/a'} | ${f.peer ? vsPeer : 'n/a'} | ${f.floor ? fmtX(f.ratioToFloor) : 'n/a'} |`);
  }
  L.push('');
  L.push('### Spread (min / median / p95)', '');
  L.push('| Figure | POC Studio | yaml-language-server | js-yaml floor |', '|---|---|---|---|');
  const spread = (st, unit) => (st ? `${fmtVal(st.min, unit)} / ${fmtVal(st.median, unit)} / ${fmtVal(st.p95, unit)} (n=${st.n})` : 'n/a');
  for (const f of figures) {
    if (f.unit !== 'ms' || f.id.startsWith('completion-p95')) continue;
    const title = f.id.startsWith('completion-p50') ? f.title.replace('Completion p50', 'Completion (min / p50 / p95)') : f.title;
    L.push(`| ${title} | ${spread(f.pocStudio, f.unit)} | ${spread(f.peer, f.unit)} | ${spread(f.floor, f.unit)} |`);
  }
  L.push('');
  L.push('### Completion by position (p50 / p95, items returned)', '');
  L.push('| Position | Tasks | POC Studio | yaml-language-server |', '|---|---|---|---|');
  const KIND_TITLE = { owner: 'after `owner: `', dependsOn: 'inside `dependsOn: [`', key: 'new key in a task', status: 'after `status: `' };
  for (const kind of ['owner', 'dependsOn', 'key', 'status']) {
    for (const f of figures.filter((x) => x.id.startsWith('completion-p50'))) {
      const cell = (who) => {
        const st = f.byKind[who][kind];
        const items = f.items[who][kind] ?? [];
        const avg = items.length ? Math.round(items.reduce((a, b) => a + b, 0) / items.length) : 0;
        return st ? `${fmtMs(st.median)} / ${fmtMs(st.p95)} (${avg.toLocaleString('en-US')} items)` : 'n/a';
      };
      L.push(`| ${KIND_TITLE[kind]} | ${f.id.split('-').pop().replace(/\B(?=(\d{3})+$)/g, ',')} | ${cell('pocStudio')} | ${cell('peer')} |`);
    }
  }
  L.push('');
  L.push('## What is measured', '');
  for (const n of notes) L.push(`- ${n}`);
  L.push('');
  L.push('## How to reproduce', '');
  L.push('```sh', 'npm ci', 'npm run bench                 # = node esbuild.mjs --production && node bench/run.mjs', 'node bench/run.mjs --quick    # a quick look: 3 runs, 1 cold start', 'node bench/run.mjs portfolio  # the portfolio alone (10,000 and 1,000 files); its figures replace the earlier ones', '```', '');
  L.push('Options of `node bench/run.mjs`: `--runs N` timed runs per figure on the 200- and 2,000-task plans (default 15), `--big-runs N` on the 20,000-task plan (5), `--cold-runs N` cold starts of the 1,000-file folder per server (3), `--completion-rounds N` rounds over all completion positions (2), `--warmup N` (3), `--sizes 200,2000,20000`, `--portfolio-sizes 1000,10000`, `--no-portfolio`, `--timeout MS` per measurement (120000), `--quick`, `--work-dir DIR` where the workspaces are generated (default `$TMPDIR/poc-studio-bench`, or `POC_STUDIO_BENCH_DIR`), `--no-write` (print only), `--json` (print results.json), `--report-only` (re-render BENCHMARKS.md from bench/results.json). `node bench/generate.mjs [dir]` writes the workspaces alone (deterministic, default `$TMPDIR/poc-studio-bench`). `node bench/profile.mjs` profiles the server during the edit benchmark (`--cpu-prof`) and lists the top functions.');
  L.push('');
  return L.join('\n');
}

// --- the portfolio alone ---------------------------------------------------------------------------------
const portfolioWorkspaces = (p) => Object.fromEntries(Object.entries(p).filter(([k]) => PORTFOLIO_SIZES[k]).map(([k, r]) => [k, { files: r.files, folders: r.folders, plans: r.plans, tasks: r.tasks, people: r.people, bytes: r.bytes, lent: r.lent, edit: r.edit }]));
const portfolioRaw = (p) => Object.fromEntries(Object.entries(p).filter(([k]) => PORTFOLIO_SIZES[k]).map(([k, r]) => [k, r.raw]));

/**
 * `node bench/run.mjs portfolio`: measures the portfolio only and puts its figures, budgets and note
 * into bench/results.json (replacing the earlier portfolio ones, keeping the others) and BENCHMARKS.md.
 */
async function portfolioOnly(opts) {
  const started = performance.now();
  const date = new Date().toISOString();
  const file = path.join(BENCH, 'results.json');
  const res = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : { date, machine: machine(), options: {}, figures: [], budgets: [], notes: [], workspaces: {}, raw: {} };
  const p = await portfolioBench({ sizes: opts.portfolioSizes, coldRuns: opts.coldRuns, edits: Math.max(4, Math.min(opts.runs, 10)), timeout: Math.max(opts.timeout, 300000), workDir: opts.workDir, log });
  res.figures = res.figures.filter((f) => !f.id.startsWith('portfolio-'));
  res.budgets = res.budgets.filter((b) => !b.id.startsWith('portfolio-'));
  res.notes = res.notes.filter((n) => !n.startsWith('**Portfolio**'));
  const { fig, budget } = makers(res.figures, res.budgets);
  res.notes.push(portfolioFigures(p, { fig, budget, fmtMs, fmtX, fmtMB }));
  res.portfolio = { date, machine: machine(), coldRuns: opts.coldRuns, durationSeconds: Math.round((performance.now() - started) / 1000) };
  (res.workspaces ??= {}).portfolio = portfolioWorkspaces(p);
  (res.raw ??= {}).portfolio = portfolioRaw(p);
  const report = buildReport(res);
  if (opts.write) {
    fs.writeFileSync(file, JSON.stringify(res, null, 2) + '\n');
    fs.writeFileSync(path.join(REPO, 'BENCHMARKS.md'), report);
    log(`\nwrote bench/results.json and BENCHMARKS.md (portfolio: ${res.portfolio.durationSeconds} s)`);
  }
  // The portfolio's rows of the report's tables.
  const L = ['| Budget | Target | Measured | |', '|---|---|---|---|'];
  for (const b of res.budgets.filter((x) => x.id.startsWith('portfolio-'))) L.push(`| ${b.title} | ${b.target} | ${b.measuredText} | ${b.pass == null ? 'n/a' : b.pass ? '✅' : '❌'} |`);
  L.push('', '| Figure | POC Studio | spread (min / median / p95) |', '|---|---|---|');
  for (const f of res.figures.filter((x) => x.id.startsWith('portfolio-'))) L.push(`| ${f.title} | ${fmtVal(f.pocStudio?.median, f.unit)} | ${f.pocStudio?.n ? `${fmtVal(f.pocStudio.min, f.unit)} / ${fmtVal(f.pocStudio.median, f.unit)} / ${fmtVal(f.pocStudio.p95, f.unit)} (n=${f.pocStudio.n})` : ''} |`);
  console.log(opts.json ? JSON.stringify({ figures: res.figures.filter((x) => x.id.startsWith('portfolio-')), budgets: res.budgets.filter((x) => x.id.startsWith('portfolio-')) }, null, 2) : L.join('\n'));
}

// --- main ----------------------------------------------------------------------------------------------
async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.reportOnly) {
    // Re-renders BENCHMARKS.md from bench/results.json without measuring.
    const res = JSON.parse(fs.readFileSync(path.join(BENCH, 'results.json'), 'utf8'));
    const report = buildReport(res);
    if (opts.write) fs.writeFileSync(path.join(REPO, 'BENCHMARKS.md'), report);
    console.log(report);
    return;
  }
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs --production` first (or `npm run bench`)');
  if (opts.only === 'portfolio') return portfolioOnly(opts);
  if (!fs.existsSync(YLS_SERVER)) throw new Error(`yaml-language-server is not installed (${YLS_SERVER}): run npm ci`);
  const started = performance.now();
  const date = new Date().toISOString();
  log(`generating workspaces in ${opts.workDir} …`);
  const manifest = generate(opts.workDir);
  const sizes = opts.sizes;

  log('checking that both servers report a deliberate schema error …');
  const sanity = await schemaSanity(manifest.schemaCheck, opts);
  log(`  yaml-language-server: ${sanity.yls.onErrorLine[0]}\n  POC Studio: ${sanity.poc.onErrorLine[0]}`);

  // Floors (in this process, before any server runs, so nothing competes for the CPU).
  const floor = {};
  const parseDocument = {};
  for (const n of sizes) {
    const text = fs.readFileSync(manifest.plans[n].planFile, 'utf8');
    floor[n] = floorParse(text, n >= 20000 ? 10 : n >= 2000 ? 30 : 50, n >= 20000 ? 3 : 20);
    parseDocument[n] = yamlParseDocument(text, n >= 20000 ? 3 : 10);
    log(`floor ${n}: js-yaml ${stats(floor[n]).median} ms, yaml.parseDocument ${stats(parseDocument[n]).median} ms`);
  }
  const folderFloor = [];
  for (let r = 0; r < 10; r++) {
    const t = performance.now();
    for (const f of manifest.folder.files) jsyaml.load(fs.readFileSync(f, 'utf8'));
    if (r >= 2) folderFloor.push(performance.now() - t);
  }

  // Plans: each server in turn (never both at once), on the same files.
  const plans = {};
  for (const n of sizes) {
    plans[n] = {};
    for (const kind of ['poc', 'yls']) {
      log(`plan of ${n} tasks: ${kind === 'poc' ? 'POC Studio' : 'yaml-language-server'} …`);
      const t = performance.now();
      plans[n][kind] = await planSession(kind, n, manifest.plans[n], opts);
      const r = plans[n][kind];
      log(`  open ${stats(r.open).median} ms, edit ${stats(r.edit).median} ms, completion p50 ${stats(r.completion).median} / p95 ${stats(r.completion).p95} ms, ${r.diagnosticsOnOpen} diagnostics, peak ${r.peakMemoryMB?.toFixed(0)} MB (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
  }

  // Cold start of the 1,000-file folder, alternating the servers.
  const cold = { poc: [], yls: [] };
  for (let r = 0; r < opts.coldRuns; r++) {
    for (const kind of ['poc', 'yls']) {
      log(`cold start of ${manifest.folder.files.length} files, run ${r + 1}: ${kind === 'poc' ? 'POC Studio' : 'yaml-language-server'} …`);
      const c = await coldStart(kind, manifest.folder, opts);
      cold[kind].push(c);
      log(`  all diagnostics after ${c.allDiagnosticsMs.toFixed(0)} ms (settled ${c.settledMs.toFixed(0)} ms, ${c.publishesTotal} publishes, ${c.diagnostics} diagnostics), peak ${c.peakMemoryMB?.toFixed(0)} MB`);
    }
  }

  // One person on 1,000 parallel two-week tasks (issue 12: over-allocated must stay near-linear).
  log(`\n== one owner on ${ONE_OWNER_TASKS} two-week tasks ==`);
  const oneOwner = await oneOwnerBench({ runs: opts.runs, warmup: opts.warmup, timeout: opts.timeout, workDir: opts.workDir, log });

  // The quick fix on a large plan (was a wall-clock assertion in code-actions.test.ts).
  log(`\n== quick fix on ${QUICK_FIX_TASKS} flow-style tasks ==`);
  const quickFix = await quickFixBench({ runs: opts.runs, warmup: opts.warmup, timeout: opts.timeout, workDir: opts.workDir, log });
  log('\n== Hover, definition, references, code action after an edit ==');
  const features = await featuresBench({ sizes: opts.sizes.filter((n) => FEATURE_BUDGETS[n]), runs: Math.max(2, Math.min(opts.runs, 10)), timeout: opts.timeout, workDir: opts.workDir, log });

  // Figures.
  const figures = [];
  const budgets = [];
  const { fig, budget } = makers(figures, budgets);
  const net = (xs) => stats(xs.map((x) => Math.max(0, x - YLS_DEBOUNCE_MS)));
  for (const n of sizes) {
    const p = plans[n];
    const N = n.toLocaleString('en-US');
    const pn = net(p.yls.open);
    fig(`open-${n}`, `Open → diagnostics, ${N} tasks`, 'ms', stats(p.poc.open), stats(p.yls.open), stats(floor[n]), {
      peerNet: pn,
      ratioToPeerNet: ratio(stats(p.poc.open).median, pn.median),
      diagnostics: { pocStudio: p.poc.diagnosticsOnOpen, peer: p.yls.diagnosticsOnOpen },
    });
  }
  for (const n of sizes) {
    const p = plans[n];
    const N = n.toLocaleString('en-US');
    const pn = net(p.yls.edit);
    fig(`edit-${n}`, `One-character edit → diagnostics, ${N} tasks`, 'ms', stats(p.poc.edit), stats(p.yls.edit), stats(floor[n]), {
      peerNet: pn,
      ratioToPeerNet: ratio(stats(p.poc.edit).median, pn.median),
      target: p.poc.editTarget,
    });
  }
  for (const n of sizes) {
    const p = plans[n];
    const N = n.toLocaleString('en-US');
    const ps = stats(p.poc.completion);
    const ys = stats(p.yls.completion);
    fig(`completion-p50-${n}`, `Completion p50, ${N} tasks`, 'ms', ps, ys, null, {
      byKind: { pocStudio: Object.fromEntries(Object.entries(p.poc.completionByKind).map(([k, v]) => [k, stats(v)])), peer: Object.fromEntries(Object.entries(p.yls.completionByKind).map(([k, v]) => [k, stats(v)])) },
      items: { pocStudio: p.poc.completionItems, peer: p.yls.completionItems },
      sampleLabels: { pocStudio: p.poc.completionSampleLabels, peer: p.yls.completionSampleLabels },
    });
    const p95 = (st) => st && { ...st, median: st.p95 };
    fig(`completion-p95-${n}`, `Completion p95, ${N} tasks`, 'ms', p95(ps), p95(ys), null);
  }
  const coldFig = (k) => stats(cold[k].map((c) => c.allDiagnosticsMs));
  const memFig = (k) => stats(cold[k].map((c) => c.peakMemoryMB).filter((x) => x != null));
  const nFiles = manifest.folder.files.length.toLocaleString('en-US');
  fig('cold-1000', `Cold start, ${nFiles}-file folder → all diagnostics`, 'ms', coldFig('poc'), coldFig('yls'), stats(folderFloor), {
    settled: { pocStudio: stats(cold.poc.map((c) => c.settledMs)), peer: stats(cold.yls.map((c) => c.settledMs)) },
    publishes: { pocStudio: cold.poc.map((c) => c.publishesTotal), peer: cold.yls.map((c) => c.publishesTotal) },
    diagnostics: { pocStudio: cold.poc[0]?.diagnostics, peer: cold.yls[0]?.diagnostics },
  });
  const memPoc = memFig('poc');
  const memYls = memFig('yls');
  fig('cold-1000-memory', `Cold start, ${nFiles}-file folder: peak memory (VmHWM)`, 'MB', memPoc.n ? memPoc : null, memYls.n ? memYls : null, null);
  if (sizes.includes(2000) && sizes.includes(20000)) {
    const g = (id) => {
      const a = figures.find((f) => f.id === `${id}-2000`);
      const b = figures.find((f) => f.id === `${id}-20000`);
      const one = (k) => (a[k] && b[k] ? { median: ratio(b[k].median, a[k].median) } : null);
      return { poc: one('pocStudio'), peer: one('peer'), floor: one('floor') };
    };
    for (const [id, title] of [['open', 'Growth 2,000 → 20,000 tasks: open → diagnostics'], ['edit', 'Growth 2,000 → 20,000 tasks: edit → diagnostics'], ['completion-p95', 'Growth 2,000 → 20,000 tasks: completion p95']]) {
      const r = g(id);
      fig(`growth-${id}`, title, '×', r.poc, r.peer, r.floor);
    }
  }

  // Budgets.
  const F = (id) => figures.find((f) => f.id === id);
  if (F('edit-2000')) {
    const e = F('edit-2000');
    budget('edit-vs-peer', 'Edit → diagnostics vs yaml-language-server', '≤ 0.25×', e.ratioToPeer, 0.25, `${fmtX(e.ratioToPeer)} (${fmtMs(e.pocStudio.median)} vs ${fmtMs(e.peer.median)}; ${fmtX(e.ratioToPeerNet)} vs its time net of the ${YLS_DEBOUNCE_MS} ms debounce)`);
    budget('edit-vs-floor', 'Edit → diagnostics vs js-yaml full parse', '≤ 3×', e.ratioToFloor, 3, `${fmtX(e.ratioToFloor)} (${fmtMs(e.pocStudio.median)} vs ${fmtMs(e.floor.median)})`);
  }
  if (F('open-2000')) {
    const o = F('open-2000');
    budget('open-vs-peer', 'Open → diagnostics vs yaml-language-server', '≤ 0.5×', o.ratioToPeer, 0.5, `${fmtX(o.ratioToPeer)} (${fmtMs(o.pocStudio.median)} vs ${fmtMs(o.peer.median)}; ${fmtX(o.ratioToPeerNet)} net of debounce)`);
  }
  if (F('completion-p95-2000')) {
    const c = F('completion-p95-2000');
    budgets.push({ id: 'completion-p95', title: 'Completion p95', target: '< 30 ms', measured: c.pocStudio.median, limit: 30, measuredText: fmtMs(c.pocStudio.median), pass: c.pocStudio.median < 30 });
  }
  {
    const c = F('cold-1000');
    budgets.push({ id: 'cold-time', title: `${nFiles}-file folder fully checked`, target: '< 3 s', measured: c.pocStudio.median, limit: 3000, measuredText: fmtMs(c.pocStudio.median), pass: c.pocStudio.median < 3000 });
    const m = F('cold-1000-memory');
    const peak = m.pocStudio ? m.pocStudio.max : null;
    budgets.push({ id: 'cold-memory', title: `${nFiles}-file folder: peak memory`, target: '< 300 MB', measured: peak, limit: 300, measuredText: peak == null ? 'n/a (no /proc)' : `${fmtMB(peak)} (max of ${m.pocStudio.n})`, pass: peak == null ? null : peak < 300 });
  }
  for (const id of ['edit', 'open']) {
    const g = F(`growth-${id}`);
    if (g) budget(`growth-${id}`, `Growth 2,000 → 20,000 tasks (${id} → diagnostics)`, '≤ 12×', g.pocStudio?.median, 12, `${fmtX(g.pocStudio?.median)} (peer ${fmtX(g.peer?.median)}, floor ${fmtX(g.floor?.median)})`);
  }

  fig('one-owner-open', `Open → diagnostics, one owner on ${ONE_OWNER_TASKS.toLocaleString('en-US')} parallel tasks`, 'ms', oneOwner.openStats, null, null, { diagnostics: oneOwner.diagnostics, overAllocated: oneOwner.overAllocated });
  fig('one-owner-edit', `One-character edit → diagnostics, one owner on ${ONE_OWNER_TASKS.toLocaleString('en-US')} parallel tasks`, 'ms', oneOwner.editStats, null, null);
  budget('one-owner-edit', `One owner on ${ONE_OWNER_TASKS.toLocaleString('en-US')} parallel two-week tasks: edit → diagnostics`, '< 50 ms', oneOwner.editStats.median, 50, `${fmtMs(oneOwner.editStats.median)} (${oneOwner.overAllocated} over-allocated finding${oneOwner.overAllocated === 1 ? '' : 's'})`);

  fig('quick-fix-first', `Quick fix (code action on a diagnostic), first after open, ${QUICK_FIX_TASKS.toLocaleString('en-US')} flow-style tasks`, 'ms', quickFix.firstStats, null, null);
  fig('quick-fix-warm', `Quick fix (code action on a diagnostic), warm, ${QUICK_FIX_TASKS.toLocaleString('en-US')} flow-style tasks`, 'ms', quickFix.warmStats, null, null);
  budget('quick-fix-warm', `Quick fix on ${QUICK_FIX_TASKS.toLocaleString('en-US')} flow-style tasks, warm p95`, `< ${QUICK_FIX_BUDGET_MS} ms`, quickFix.warmStats.p95, QUICK_FIX_BUDGET_MS, fmtMs(quickFix.warmStats.p95));

  for (const [n, r] of Object.entries(features)) {
    const b = FEATURE_BUDGETS[n];
    const tasks = Number(n).toLocaleString('en-US');
    for (const x of ['hover', 'definition', 'references', 'codeAction']) {
      fig(`${x}-first-${n}`, `${x}, first request after an edit, ${tasks} block-style tasks`, 'ms', r[x].first, null, null, { peakMemoryMB: r.peakMemoryMB });
      fig(`${x}-warm-${n}`, `${x}, warm, ${tasks} block-style tasks`, 'ms', r[x].warm, null, null, { peakMemoryMB: r.peakMemoryMB });
      budget(`${x}-first-${n}`, `${x} on ${tasks} tasks, first after an edit, p95`, `< ${b.ms} ms`, r[x].first.p95, b.ms, fmtMs(r[x].first.p95));
    }
    budget(`features-memory-${n}`, `Server peak memory, editing features on ${tasks} tasks`, `≤ ${b.mb} MB`, r.peakMemoryMB, b.mb, `${r.peakMemoryMB?.toFixed(0)} MB`);
  }

  // The Gantt panel (issue 5): the page in headless Chromium, fed by the server.
  log('\n== Gantt panel in headless Chromium ==');
  const gantt = await ganttBench({ runs: Math.max(3, Math.min(opts.runs, 9)), warmup: 2, timeout: opts.timeout, log });
  for (const n of [1000, 5000]) fig(`gantt-render-${n}`, `Gantt drawn in Chromium, ${n.toLocaleString('en-US')} tasks`, 'ms', gantt.render[n], null, null);
  fig('gantt-edit', 'Edit → updated Gantt chart, example plan', 'ms', gantt.edit, null, null);
  fig('gantt-edit-5000', 'Edit → updated Gantt chart, 5,000 tasks (after the debounce)', 'ms', gantt.edit5000, null, null);
  budget('gantt-1000', 'Gantt: 1,000 tasks, first draw', '< 300 ms', gantt.render[1000]?.median, 300, fmtMs(gantt.render[1000]?.median));
  budget('gantt-5000', 'Gantt: 5,000 tasks, first draw', '< 1 s', gantt.render[5000]?.median, 1000, fmtMs(gantt.render[5000]?.median));
  budget('gantt-edit', 'Gantt: edit reflected in the chart (example plan)', '< 300 ms', gantt.edit?.median, 300, `${fmtMs(gantt.edit?.median)} (with the panel's ${PANEL_DEBOUNCE_MS} ms debounce)`);
  budget('gantt-edit-5000', 'Gantt: edit in a 5,000-task plan → updated chart, after the debounce', '< 200 ms', gantt.edit5000?.median, 200, fmtMs(gantt.edit5000?.median));
  fig('gantt-typing-without', 'Keystroke → diagnostics, 1,000-task plan, schedule panel closed', 'ms', gantt.typingWithout, null, null);
  fig('gantt-typing-with', 'Keystroke → diagnostics, 1,000-task plan, schedule panel open', 'ms', gantt.typingWith, null, null);
  budget('gantt-typing-ratio', 'Gantt: the open panel does not slow typing (keystroke → diagnostics, open / closed)', '≤ 1.1', gantt.typingRatio, 1.1, gantt.typingRatio == null ? '—' : `${gantt.typingRatio.toFixed(2)} (${fmtMs(gantt.typingWith?.median)} / ${fmtMs(gantt.typingWithout?.median)})`);

  // A delivery department's portfolio (issue 17): 10,000 files in 300 folders, and 1,000 in 30.
  let portfolio;
  let portfolioNote;
  if (opts.portfolio) {
    log('\n== Portfolio: customer folders sharing people ==');
    portfolio = await portfolioBench({ sizes: opts.portfolioSizes, coldRuns: opts.coldRuns, edits: Math.max(4, Math.min(opts.runs, 10)), timeout: Math.max(opts.timeout, 300000), workDir: opts.workDir, log });
    portfolioNote = portfolioFigures(portfolio, { fig, budget, fmtMs, fmtX, fmtMB });
  }

  const mach = machine();
  const completionPositions = plans[sizes[0]].poc.completionPositions;
  const notes = [
    `**Workspaces** (bench/generate.mjs, seeded, identical on every run): implementation plans of ${sizes.map((n) => n.toLocaleString('en-US')).join(', ')} tasks (${sizes.map((n) => `${Math.round(manifest.plans[n].planBytes / 1024).toLocaleString('en-US')} KiB`).join(', ')}), each in a folder with its stakeholders and requirements: Chinese names, one owner per workstream, dependsOn chains and diamonds, phases, durations, statuses, flow-style lines and comments, valid against the schemas. A folder of ${nFiles} files (${Math.round(manifest.folder.bytes / 1024).toLocaleString('en-US')} KiB) of all five kinds in ${100} customer sub-folders that reference each other's stakeholders, requirements and team members. Dates lie in 2030–2032, so the findings are the same few whatever day the bench runs (POC Studio finds ${sizes.map((n) => plans[n].poc.diagnosticsOnOpen).join(' / ')} on the plans; yaml-language-server ${sizes.map((n) => plans[n].yls.diagnosticsOnOpen).join(' / ')}).`,
    `**Servers**: POC Studio is \`node bin/poc-studio-language-server.js --stdio\` (the production bundle), started on the plan's folder (settings: \`pocStudio\` = {}); it checks every artifact file of the folder at start. yaml-language-server ${mach.yamlLanguageServer} is \`node node_modules/yaml-language-server/bin/yaml-language-server --stdio\`, configured through workspace/didChangeConfiguration and workspace/configuration with \`yaml.schemas\` mapping each \`schemas/<kind>.schema.json\` to \`*.<kind>.yaml\` (schema store off), documents opened with languageId \`yaml\`. Before measuring, the harness asserts that both report a deliberate schema error (${JSON.stringify(sanity.yls.onErrorLine[0])}).`,
    `**Open → diagnostics**: didOpen of the plan, until the first publishDiagnostics for it (POC Studio: with the opened version); closed again between runs. Each run opens a text neither server has seen (the run number appended to the first-line comment and to every \`name:\`), so that no cache of an earlier version can serve it: this is the cost of checking a whole new text. (Opening a file exactly as the server read it from disk can be cheaper.)`,
    `**One-character edit → diagnostics**: incremental didChange typing one Chinese character at a time into the name of the task in the middle of the file (line ${plans[sizes[0]].poc.editTarget.line} on the smallest plan), until publishDiagnostics with that version (POC Studio) or the first publish after the change (yaml-language-server sends no version).`,
    `**yaml-language-server debounce**: it validates ${YLS_DEBOUNCE_MS} ms after the last change (\`validationDelayMs\`, not configurable), also on open. Its figures are wall-clock, as a user sees them; "net" subtracts the ${YLS_DEBOUNCE_MS} ms to show the work itself. The budgets use the wall-clock figure, as specified; the net ratio is shown beside it.`,
    `**Completion**: textDocument/completion (invoked) at ${completionPositions} positions spread over the file, a quarter each: after \`owner: \`, inside \`dependsOn: [\`, a key on a new indented line in a task, and after \`status: \` (values removed, as while typing). One warm-up round, then p50/p95 over all requests. Items returned (POC Studio / peer, first position of each kind): ${['owner', 'dependsOn', 'key', 'status'].map((k) => `${k} ${plans[sizes[0]].poc.completionItems[k]?.[0] ?? 0}/${plans[sizes[0]].yls.completionItems[k]?.[0] ?? 0}`).join(', ')}.`,
    `**Cold start**: from spawning the server to the moment every one of the ${nFiles} files has had its first publishDiagnostics. POC Studio finds and reads the files itself; yaml-language-server does not scan folders, so all files are opened (texts read beforehand, as an editor has them). Peak memory is the server process's VmHWM from /proc. POC Studio published ${cold.poc[0]?.publishesTotal ?? 'n/a'} times for ${nFiles} files (settled after ${fmtMs(stats(cold.poc.map((c) => c.settledMs))?.median)}).`,
    `**Floor**: \`js-yaml.load\` of the same text in the harness process (median of 30 runs, 10 on 20,000 tasks); for the folder, reading and loading all ${nFiles} files. For reference, \`yaml.parseDocument\` (the library POC Studio builds on; list items of the usual shapes are read by its own reader, server/src/core/parse-fast.ts, which gives the same values and spans) takes ${sizes.map((n) => `${fmtMs(stats(parseDocument[n]).median)} (${fmtX(ratio(stats(parseDocument[n]).median, stats(floor[n]).median))})`).join(', ')} on the same plans.`,
    `**Gantt**: the panel's own page (client/src/panels/gantt-page.ts, media/gantt.js: POC Studio's SVG of the server's layout, the rows on screen) in headless Chromium at 1400×900, fed by the server's \`pocStudio/gantt\` answer for generated plans of 1,000 and 5,000 tasks (bench/gantt.mjs: phases, chains, milestones, a holiday range). "Drawn" is from the page receiving the data to the frame after the SVG is in the document (the harness's own transfer of the data into the page is not counted). "Edit → updated chart": didChange of a duration in examples/bank-log.project.yaml, the panel's ${PANEL_DEBOUNCE_MS} ms debounce, the request, and the page drawing it. "Typing with the panel open": one character every 150 ms into a task name of the 1,000-task plan, keystroke → publishDiagnostics of that version, without the panel, with it (a \`pocStudio/gantt\` request ${PANEL_DEBOUNCE_MS} ms after each keystroke, as the panel asks), and without again; the ratio is the median with the panel over the median without.`,
    `**One owner**: bench/one-owner.mjs, a plan of ${ONE_OWNER_TASKS.toLocaleString('en-US')} two-week tasks of one engineer starting over six weeks (hundreds overlap every working day): open and one-character edit of a task name → diagnostics, as above; over-allocated reports each conflict once (${oneOwner.overAllocated} finding${oneOwner.overAllocated === 1 ? '' : 's'}), the other tasks in relatedInformation.`,
    `**Quick fix**: bench/quick-fix.mjs, a plan of ${QUICK_FIX_TASKS.toLocaleString('en-US')} flow-style tasks whose last is \`done\` at 50 % (status-progress): textDocument/codeAction on that diagnostic, the first request after each open of a new text and the same request again (warm).`,
    `**Editing features** (issue 13): bench/features.mjs, a block-style plan of 2,000 / 20,000 tasks (each depending on the one before, the last \`done\` at 50 %): an edit of one task name in the middle (an incremental didChange of that range, as editors send it), then hover on a task id, definition from a \`dependsOn\` entry, references of a task id, or codeAction on the status-progress diagnostic — the first request after the edit and the same request again (warm); 10 rounds of each. Peak memory: the server's VmHWM at the end.`,
    `**Growth**: the 20,000-task figure divided by the 2,000-task figure (10× the tasks; linear growth is 10×).`,
    ...(portfolioNote ? [portfolioNote] : []),
  ];

  const results = {
    date,
    machine: mach,
    options: { runs: opts.runs, bigRuns: opts.bigRuns, coldRuns: opts.coldRuns, completionRounds: opts.completionRounds, warmup: opts.warmup, sizes, timeoutMs: opts.timeout },
    durationSeconds: Math.round((performance.now() - started) / 1000),
    workspaces: {
      plans: Object.fromEntries(sizes.map((n) => [n, { tasks: n, file: manifest.plans[n].planFile, bytes: manifest.plans[n].planBytes, lines: manifest.plans[n].planLines, team: manifest.plans[n].team }])),
      folder: { files: manifest.folder.files.length, bytes: manifest.folder.bytes, dir: manifest.folder.dir },
      ...(portfolio ? { portfolio: portfolioWorkspaces(portfolio) } : {}),
    },
    sanity,
    figures,
    budgets,
    floorReference: { yamlParseDocument: Object.fromEntries(sizes.map((n) => [n, stats(parseDocument[n])])) },
    raw: {
      plans: Object.fromEntries(sizes.map((n) => [n, Object.fromEntries(['poc', 'yls'].map((k) => [k === 'poc' ? 'pocStudio' : 'peer', { ...plans[n][k], completionByKind: undefined }]))])),
      cold: { pocStudio: cold.poc, peer: cold.yls },
      oneOwner: { open: oneOwner.open, edit: oneOwner.edit },
      quickFix: { first: quickFix.first, warm: quickFix.warm },
      floor: Object.fromEntries(sizes.map((n) => [n, floor[n]])),
      folderFloor,
      ...(portfolio ? { portfolio: portfolioRaw(portfolio) } : {}),
    },
    completionPositions,
    notes,
  };
  const report = buildReport(results);
  if (opts.write) {
    fs.writeFileSync(path.join(BENCH, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    fs.writeFileSync(path.join(REPO, 'BENCHMARKS.md'), report);
    log(`\nwrote bench/results.json and BENCHMARKS.md (${results.durationSeconds} s)`);
  }
  console.log(opts.json ? JSON.stringify(results, null, 2) : report);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`\nbench failed: ${e?.stack ?? e}`);
    killAll();
    process.exit(1);
  },
);
