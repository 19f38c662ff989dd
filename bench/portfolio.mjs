#!/usr/bin/env node
/**
 * A delivery department's portfolio (issue 17 "Scale"): 300 customer folders, 10,000 artifact
 * files, 150 people shared across the customers (bench/portfolio-generate.mjs), and the 1,000-file
 * variant (30 folders, 15 people) for the growth ratio. The language server is started with every
 * folder as a workspace folder; measured:
 *   - cold start: spawn → every file has had its first publishDiagnostics; the server's peak RSS;
 *   - an edit in one plan (moving a two-week task of a shared engineer onto, then off, their
 *     bookings in other customers' plans) → that plan's diagnostics, and → the over-allocated
 *     findings of the other plans involved updated (the last of them);
 *   - `poc-studio load <all folders> --format json` wall time.
 * Used by bench/run.mjs (`node bench/run.mjs portfolio` runs it alone); runs alone too:
 *
 *   node bench/portfolio.mjs [--sizes 1000,10000] [--cold-runs 3] [--edits 10] [--work-dir DIR]
 *
 * Run `node esbuild.mjs --production` first: the server measured is dist/server.js.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as cp from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspServer, killAll } from './lsp.mjs';
import { defaultWorkDir } from './generate.mjs';
import { generatePortfolio, PORTFOLIO_SIZES } from './portfolio-generate.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');
const SERVER = path.join(REPO, 'bin', 'poc-studio-language-server.js');
const CLI = path.join(REPO, 'bin', 'poc-studio.js');
export const PORTFOLIO_BUDGETS = { coldMs: 10000, memoryMB: 1024, editOwnMs: 50, editOthersMs: 500, growth: 12 };
/** The load view's window: every week of the portfolio's plans. */
const LOAD_ARGS = ['--format', 'json', '--from', '2030-01-07', '--weeks', '160'];
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function stats(samples) {
  if (!samples.length) return null;
  const s = [...samples].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 100) / 100;
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, min: r(s[0]), median: r(mid), p95: r(s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]), max: r(s[s.length - 1]) };
}

const CAPS = {
  workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, didChangeConfiguration: { dynamicRegistration: true } },
  textDocument: { synchronization: { dynamicRegistration: false, didSave: true }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
};

function server(nodeArgs, script = SERVER) {
  return new LspServer({ name: 'POC Studio', script, cwd: REPO, nodeArgs, configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? {} : null)) });
}

/** Waits until no publish arrived for `quietMs`; returns the time of the last publish. */
async function quiet(s, quietMs, timeoutMs) {
  let seen = s.seq;
  let since = performance.now();
  const deadline = since + timeoutMs;
  while (performance.now() - since < quietMs && performance.now() < deadline) {
    await sleep(50);
    if (s.seq !== seen) {
      seen = s.seq;
      since = performance.now();
    }
  }
}

/** Over-allocated findings of a publish that involve the edited plan (a related place in it). */
const involving = (rec, uri) => (rec.diagnostics ?? []).filter((d) => d.code === 'over-allocated' && (d.relatedInformation ?? []).some((r) => r.location.uri === uri));

/**
 * One server on the portfolio: cold start; with `edits`, then the edit benchmark on the same
 * server. Returns the figures of this run.
 */
export async function portfolioSession(m, { edits = 0, warmup = 2, timeout = 300000, nodeArgs, script, log = console.error } = {}) {
  const uris = m.files.map((f) => pathToFileURL(f).href);
  const s = server(nodeArgs, script);
  const out = {};
  try {
    await s.start({ workspaceFolders: m.folders.map((d) => ({ uri: pathToFileURL(d).href, name: path.basename(d) })), capabilities: CAPS, timeoutMs: timeout });
    await s.waitUntil(() => s.firstByUri.size >= uris.length && uris.every((u) => s.firstByUri.has(u)), { timeoutMs: timeout, label: `waiting for the first diagnostics of all ${uris.length} files (got ${s.firstByUri.size})` });
    out.allDiagnosticsMs = Math.max(...uris.map((u) => s.firstByUri.get(u).t)) - s.t0;
    out.cpuMs = s.cpuMs();
    out.publishesUntilAll = s.seq;
    await quiet(s, 1000, timeout);
    out.settledMs = Math.max(...[...s.lastByUri.values()].map((r) => r.t)) - s.t0;
    out.publishesTotal = s.seq;
    out.diagnostics = 0;
    out.overAllocated = 0;
    const persons = new Set();
    for (const u of uris) {
      const rec = s.lastByUri.get(u);
      out.diagnostics += rec?.count ?? 0;
      for (const d of rec?.diagnostics ?? []) {
        if (d.code !== 'over-allocated') continue;
        out.overAllocated++;
        if (d.data?.person) persons.add(d.data.person);
      }
    }
    out.overAllocatedPeople = persons.size;
    out.peakMemoryMB = s.peakMemoryMB();
    if (edits) Object.assign(out, await editBench(s, m, { edits, warmup, timeout, log }));
    out.peakMemoryAfterEditsMB = s.peakMemoryMB();
  } finally {
    await s.stop();
  }
  return out;
}

/**
 * Opens the plan of the edit scenario and moves its two-week task between the free fortnight and
 * the busy one, alternately: → the plan's own diagnostics (with that version), → every other plan
 * involved publishing over-allocated findings that name (busy) or no longer name (free) the plan.
 */
async function editBench(s, m, { edits, warmup, timeout, log }) {
  const e = m.edit;
  const uri = pathToFileURL(e.file).href;
  const others = e.others.map((f) => pathToFileURL(f).href);
  const text = fs.readFileSync(e.file, 'utf8');
  const lines = text.split('\n');
  const taskLine = lines.indexOf(`  - id: ${e.taskId}`);
  let line = -1;
  for (let i = taskLine + 1; i < lines.length && /^    /.test(lines[i]); i++) if (lines[i].startsWith('    start: ')) line = i;
  if (taskLine < 0 || line < 0) throw new Error(`no block-style task ${e.taskId} with a start in ${e.file}`);
  const character = '    start: '.length;
  let version = 1;
  const opened = s.waitPublish((r) => r.uri === uri && r.version === 1, { timeoutMs: timeout, label: `waiting for diagnostics after opening ${path.basename(e.file)}` });
  s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'poc-yaml', version, text } });
  await opened;
  await quiet(s, 300, timeout);
  const out = { editOwn: [], editOthers: [], editOwnByDirection: { appear: [], disappear: [] }, editOthersByDirection: { appear: [], disappear: [] }, editPublishes: [], editOthersFiles: others.length };
  let busy = false;
  for (let k = 0; k < warmup + edits; k++) {
    busy = !busy;
    const v = ++version;
    const before = s.seq;
    // Read at arrival: a later publish of the same file drops the diagnostics of this record.
    const own = s.waitPublish((r) => r.uri === uri && r.version === v && ((r.over = (r.diagnostics ?? []).filter((d) => d.code === 'over-allocated' && (d.relatedInformation ?? []).some((x) => others.includes(x.location.uri))).length), true), { timeoutMs: timeout, label: `waiting for the edited plan's diagnostics (version ${v})` });
    const theirs = others.map((o) =>
      s.waitPublish((r) => r.uri === o && r.seq > before && (involving(r, uri).length > 0) === busy, { timeoutMs: timeout, label: `waiting for over-allocated in ${path.relative(m.dir, fileURLToPath(o))} to ${busy ? 'appear' : 'disappear'}` }),
    );
    const t = performance.now();
    s.notify('textDocument/didChange', {
      textDocument: { uri, version: v },
      contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 10 } }, rangeLength: 10, text: busy ? e.busyStart : e.freeStart }],
    });
    const mine = await own;
    const recs = await Promise.all(theirs);
    const ownMs = mine.t - t;
    const othersMs = Math.max(...recs.map((r) => r.t)) - t;
    if ((mine.over > 0) !== busy) throw new Error(`the edited plan ${busy ? 'lacks' : 'still has'} the over-allocated finding with the other plans after edit ${v}`);
    await quiet(s, 300, timeout);
    if (k < warmup) continue;
    out.editOwn.push(ownMs);
    out.editOthers.push(othersMs);
    out.editOwnByDirection[busy ? 'appear' : 'disappear'].push(ownMs);
    out.editOthersByDirection[busy ? 'appear' : 'disappear'].push(othersMs);
    out.editPublishes.push(s.seq - before);
  }
  // Leave it as it was on disk (a free fortnight).
  if (busy) {
    const v = ++version;
    const p = s.waitPublish((r) => r.uri === uri && r.version === v, { timeoutMs: timeout, label: 'restore' });
    s.notify('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: { line, character }, end: { line, character: character + 10 } }, rangeLength: 10, text: e.freeStart }] });
    await p;
  }
  log(`  edit → own diagnostics ${stats(out.editOwn).median} ms, → ${others.length} other plans' over-allocated ${stats(out.editOthers).median} ms (${stats(out.editPublishes).median} publishes per edit)`);
  return out;
}

/** `poc-studio load <all folders> --format json` (3 runs): wall time, rows. */
function cliLoad(m, runs = 3) {
  const times = [];
  let rows = 0;
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = cp.spawnSync(process.execPath, [CLI, 'load', ...m.folders, ...LOAD_ARGS], { cwd: REPO, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: '' } });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`poc-studio load exited with ${r.status}: ${r.stderr.slice(-2000)}`);
    bytes = Buffer.byteLength(r.stdout);
    rows = JSON.parse(r.stdout).length;
  }
  return { times, rows, bytes };
}

/** Both portfolios: generated, cold-started (the last run also edits), and the CLI's load view. */
export async function portfolioBench({ sizes = [1000, 10000], coldRuns = 3, edits = 10, warmup = 2, cliRuns = 3, timeout = 300000, workDir = defaultWorkDir(), log = console.error } = {}) {
  const out = {};
  for (const size of sizes) {
    const t0 = performance.now();
    const m = generatePortfolio(workDir, size);
    log(`portfolio of ${m.files.length} files in ${m.folders.length} folders (${m.plans} plans, ${m.tasks} tasks, ${m.people} people; generated in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    const cold = [];
    let editRun;
    for (let r = 0; r < coldRuns; r++) {
      const last = r === coldRuns - 1;
      const c = await portfolioSession(m, { edits: last ? edits : 0, warmup, timeout, log });
      cold.push(c);
      if (last) editRun = c;
      log(`  cold start ${r + 1}: all diagnostics after ${c.allDiagnosticsMs.toFixed(0)} ms (server CPU ${c.cpuMs} ms; settled ${c.settledMs.toFixed(0)} ms, ${c.publishesTotal} publishes, ${c.diagnostics} diagnostics, ${c.overAllocated} over-allocated on ${c.overAllocatedPeople} people), peak ${c.peakMemoryMB?.toFixed(0)} MB`);
    }
    const load = cliLoad(m, cliRuns);
    log(`  poc-studio load: ${stats(load.times).median} ms (${load.rows} rows)`);
    out[size] = {
      files: m.files.length,
      folders: m.folders.length,
      plans: m.plans,
      tasks: m.tasks,
      people: m.people,
      bytes: m.bytes,
      lent: m.overAllocated.length,
      edit: { ...m.edit, file: path.relative(m.dir, m.edit.file), others: m.edit.others.map((f) => path.relative(m.dir, f)) },
      cold: stats(cold.map((c) => c.allDiagnosticsMs)),
      coldCpu: stats(cold.map((c) => c.cpuMs).filter((x) => x != null)),
      settled: stats(cold.map((c) => c.settledMs)),
      memory: stats(cold.map((c) => c.peakMemoryMB).filter((x) => x != null)),
      memoryAfterEdits: editRun.peakMemoryAfterEditsMB,
      diagnostics: cold[0].diagnostics,
      overAllocated: cold[0].overAllocated,
      overAllocatedPeople: cold[0].overAllocatedPeople,
      publishes: cold.map((c) => c.publishesTotal),
      editOwn: stats(editRun.editOwn),
      editOthers: stats(editRun.editOthers),
      editByDirection: Object.fromEntries(['appear', 'disappear'].map((d) => [d, { own: stats(editRun.editOwnByDirection[d]), others: stats(editRun.editOthersByDirection[d]) }])),
      editPublishes: stats(editRun.editPublishes),
      load: { ...stats(load.times), rows: load.rows, bytes: load.bytes },
      raw: { cold: cold.map((c) => ({ ...c, editOwn: undefined, editOthers: undefined, editOwnByDirection: undefined, editOthersByDirection: undefined })), editOwn: editRun.editOwn, editOthers: editRun.editOthers, load: load.times },
    };
  }
  if (out[1000] && out[10000]) {
    out.growth = Math.round((out[10000].cold.median / out[1000].cold.median) * 100) / 100;
    if (out[1000].coldCpu && out[10000].coldCpu) out.growthCpu = Math.round((out[10000].coldCpu.median / out[1000].coldCpu.median) * 100) / 100;
  }
  return out;
}

const N = (n) => n.toLocaleString('en-US');

/**
 * The figures, budgets and note of a portfolioBench result, through run.mjs's `fig` and `budget`
 * (same shapes as the other figures). Ids start with `portfolio-`.
 */
export function portfolioFigures(p, { fig, budget, fmtMs, fmtX, fmtMB }) {
  for (const size of [1000, 10000]) {
    const r = p[size];
    if (!r) continue;
    const what = `${N(r.files)} files, ${r.folders} folders, ${r.people} people`;
    fig(`portfolio-cold-${size}`, `Portfolio cold start (${what}) → all diagnostics`, 'ms', r.cold, null, null, { settled: r.settled, diagnostics: r.diagnostics, overAllocated: r.overAllocated, overAllocatedPeople: r.overAllocatedPeople, publishes: r.publishes });
    if (r.coldCpu) fig(`portfolio-cold-cpu-${size}`, `Portfolio cold start (${N(r.files)} files): server CPU time (user + system)`, 'ms', r.coldCpu, null, null);
    fig(`portfolio-memory-${size}`, `Portfolio cold start (${N(r.files)} files): peak memory (VmHWM)`, 'MB', r.memory, null, null, { afterEdits: r.memoryAfterEdits });
    fig(`portfolio-edit-own-${size}`, `Portfolio (${N(r.files)} files): edit in one plan → its diagnostics`, 'ms', r.editOwn, null, null, { byDirection: r.editByDirection, publishes: r.editPublishes });
    fig(`portfolio-edit-others-${size}`, `Portfolio (${N(r.files)} files): edit → over-allocated in the ${r.edit.others.length} other plans updated`, 'ms', r.editOthers, null, null, { others: r.edit.others });
    fig(`portfolio-load-${size}`, `Portfolio (${N(r.files)} files): \`poc-studio load\` (all folders, JSON, 160 weeks)`, 'ms', r.load, null, null, { rows: r.load.rows });
  }
  if (p.growth != null) fig('portfolio-growth-cold', 'Growth 1,000 → 10,000 portfolio files: cold start', '×', { median: p.growth }, null, null, { cpu: p.growthCpu });
  const B = PORTFOLIO_BUDGETS;
  const big = p[10000];
  if (big) {
    budget('portfolio-cold', 'Portfolio of 10,000 files (300 folders): cold start → all diagnostics', '< 10 s', big.cold.median, B.coldMs, `${fmtMs(big.cold.median)} (${N(big.diagnostics)} diagnostics${big.coldCpu ? `; server CPU ${fmtMs(big.coldCpu.median)}` : ''})`);
    const peak = big.memory ? Math.max(big.memory.max, big.memoryAfterEdits ?? 0) : null;
    budget('portfolio-memory', 'Portfolio of 10,000 files: peak memory', '< 1 GB', peak, B.memoryMB, peak == null ? 'n/a (no /proc)' : fmtMB(peak));
    budget('portfolio-edit-own', 'Portfolio: edit in one plan → its diagnostics', '< 50 ms', big.editOwn.median, B.editOwnMs, fmtMs(big.editOwn.median));
    budget('portfolio-edit-others', "Portfolio: edit → other plans' over-allocated updated", '< 500 ms', big.editOthers.median, B.editOthersMs, `${fmtMs(big.editOthers.median)} (last of ${big.edit.others.length} plans)`);
  }
  if (p.growth != null) budget('portfolio-growth', 'Growth 1,000 → 10,000 portfolio files (cold start)', '≤ 12×', p.growth, B.growth, `${fmtX(p.growth)} (${fmtMs(p[1000].cold.median)} → ${fmtMs(big.cold.median)}${p.growthCpu != null ? `; CPU time ${fmtX(p.growthCpu)}` : ''})`);
  const sizes = [1000, 10000].filter((n) => p[n]);
  return `**Portfolio** (issue 17; bench/portfolio-generate.mjs, seeded): a delivery department — ${sizes.map((n) => `${N(p[n].files)} files in ${p[n].folders} customer folders (${(p[n].bytes / 1048576).toFixed(1)} MiB: ${p[n].plans} POCs and projects of 10–40 tasks, ${N(p[n].tasks)} tasks in all, stakeholders, requirements, phase checklists and site inspections) staffed from a pool of ${p[n].people} people`).join('; and ')}. Every plan's team is picked from the pool with allocations of 30–100 %, nobody above 100 % on any day except ${sizes.map((n) => `${p[n].lent} of ${p[n].people}`).join(' / ')} people lent to another customer for three days (POC Studio finds ${sizes.map((n) => `${p[n].overAllocated} over-allocated findings on ${p[n].overAllocatedPeople} people`).join(' / ')}). The server is started with every customer folder as a workspace folder; cold start is spawn → every file's first publishDiagnostics (with the server's CPU time, user + system from /proc, which does not grow when other processes compete for the cores), peak memory the server's VmHWM. The edit moves a two-week task of one engineer (\`start:\` of ${sizes.map((n) => `${p[n].edit.file}`).join(' / ')}) onto their bookings in ${sizes.map((n) => p[n].edit.others.length).join(' / ')} other plans and back, alternately (${big?.editOwn?.n ?? p[sizes[0]].editOwn.n} timed edits after 2 warm-ups): → that plan's publishDiagnostics with the edit's version, and → the last of the other plans publishing over-allocated findings that name (or no longer name) the edited plan. \`poc-studio load <all folders> --format json --from 2030-01-07 --weeks 160\`: wall time of the process (3 runs). Growth: the 10,000-file cold start divided by the 1,000-file one (10× the files, folders and people).`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs --production` first');
  const sizes = opt('--sizes', '1000,10000').split(',').map(Number).filter((n) => PORTFOLIO_SIZES[n]);
  portfolioBench({ sizes, coldRuns: Number(opt('--cold-runs', 3)), edits: Number(opt('--edits', 10)), workDir: opt('--work-dir', defaultWorkDir()) }).then(
    (r) => {
      for (const n of sizes) r[n].raw = undefined;
      console.log(JSON.stringify(r, null, 2));
      process.exit(0);
    },
    (e) => {
      console.error(e?.stack ?? e);
      killAll();
      process.exit(1);
    },
  );
}
