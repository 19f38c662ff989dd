#!/usr/bin/env node
/**
 * One person on many parallel tasks (issue 12): a plan of 1,000 two-week tasks, all owned by one
 * engineer, starting over six weeks, so that up to hundreds of them overlap on every working day.
 * over-allocated used to be quadratic here (seconds per keystroke); the budget is edit →
 * diagnostics < 50 ms. Used by bench/run.mjs; runs alone too:
 *
 *   node bench/one-owner.mjs [--runs 15] [--warmup 3] [--work-dir DIR]
 *
 * Run `node esbuild.mjs --production` first: the server measured is dist/server.js.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LspServer, killAll } from './lsp.mjs';

const BENCH = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH, '..');
const SERVER = path.join(REPO, 'bin', 'poc-studio-language-server.js');
export const ONE_OWNER_TASKS = 1000;
const TYPED = '补充说明已确认并复核完成需求调研与验收测试';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The plan text: block-style tasks, starts on the working days of six weeks from 2031-03-03. */
export function oneOwnerPlan(n = ONE_OWNER_TASKS) {
  const L = ['# 一人承担大量并行任务（性能基准）', 'kind: project', 'id: one-owner', 'title: 单人并行任务计划', 'start: 2031-03-03', 'end: 2031-06-30', 'team:', '  - { id: zhao, name: 赵六, role: engineer }', 'tasks:'];
  const base = Date.UTC(2031, 2, 3) / 86400000; // a Monday
  for (let i = 1; i <= n; i++) {
    const k = (i * 7) % 30; // 30 working days = six weeks
    const day = base + Math.floor(k / 5) * 7 + (k % 5);
    const start = new Date(day * 86400000).toISOString().slice(0, 10);
    L.push(`  - id: T${i}`, `    name: 数据接入任务${i}`, '    owner: zhao', `    start: ${start}`, '    duration: 2w', '    status: todo');
  }
  return L.join('\n') + '\n';
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 100) / 100;
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, min: r(s[0]), median: r(mid), p95: r(s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]), max: r(s[s.length - 1]) };
}

/** Open → diagnostics and one-character edit → diagnostics on the one-owner plan. */
export async function oneOwnerBench({ runs = 15, warmup = 3, timeout = 120000, workDir = path.join(os.tmpdir(), 'poc-studio-bench'), log = console.error } = {}) {
  const dir = path.join(workDir, 'one-owner');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'one-owner.project.yaml');
  const text = oneOwnerPlan();
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const s = new LspServer({ name: 'POC Studio', script: SERVER, cwd: REPO, configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? {} : null)) });
  const out = { tasks: ONE_OWNER_TASKS, open: [], edit: [] };
  try {
    await s.start({
      rootDir: dir,
      rootUri: pathToFileURL(dir).href,
      timeoutMs: timeout,
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
    await s.waitUntil(() => s.firstByUri.has(uri), { timeoutMs: timeout, label: 'waiting for the first diagnostics of the one-owner plan' });
    let version = 0;
    for (let k = 0; k < warmup + runs; k++) {
      if (k > 0) {
        const before = s.seq;
        const closed = s.waitPublish((r) => r.uri === uri && r.seq > before, { timeoutMs: timeout, label: 'close' });
        s.notify('textDocument/didClose', { textDocument: { uri } });
        await closed;
      }
      const v = ++version;
      const before = s.seq;
      const p = s.waitPublish((r) => r.uri === uri && r.seq > before && r.version === v, { timeoutMs: timeout, label: 'open' });
      const t = performance.now();
      // A text the server has not seen: the run number in the first line.
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'poc-yaml', version: v, text: text.replace(/^([^\n]*)/, `$1 · 第 ${k + 1} 次打开`) } });
      const rec = await p;
      if (k >= warmup) out.open.push(rec.t - t);
      out.diagnostics = rec.count;
      out.overAllocated = rec.diagnostics.filter((d) => d.code === 'over-allocated').length;
      await sleep(10);
    }
    // Typing into the name of the task in the middle of the file.
    const lines = text.replace(/^([^\n]*)/, `$1 · 第 ${warmup + runs} 次打开`).split('\n');
    const line = lines.findIndex((l) => l === `    name: 数据接入任务${ONE_OWNER_TASKS / 2}`);
    let ch = lines[line].length;
    for (let k = 0; k < warmup + runs; k++) {
      const c = TYPED[k % TYPED.length];
      const v = ++version;
      const before = s.seq;
      const p = s.waitPublish((r) => r.uri === uri && r.seq > before && r.version === v, { timeoutMs: timeout, label: `edit ${v}` });
      const t = performance.now();
      s.notify('textDocument/didChange', {
        textDocument: { uri, version: v },
        contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, rangeLength: 0, text: c }],
      });
      const rec = await p;
      ch += c.length;
      if (k >= warmup) out.edit.push(rec.t - t);
      await sleep(10);
    }
    out.peakMemoryMB = s.peakMemoryMB();
  } finally {
    await s.stop();
  }
  log(`one owner, ${ONE_OWNER_TASKS} two-week tasks: open ${stats(out.open).median} ms, edit ${stats(out.edit).median} ms, ${out.diagnostics} diagnostics (${out.overAllocated} over-allocated)`);
  return { ...out, openStats: stats(out.open), editStats: stats(out.edit) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs --production` first');
  oneOwnerBench({ runs: Number(opt('--runs', 15)), warmup: Number(opt('--warmup', 3)), workDir: opt('--work-dir', undefined) }).then(
    (r) => {
      console.log(JSON.stringify({ ...r, open: undefined, edit: undefined }, null, 2));
      console.log(`edit → diagnostics median ${r.editStats.median} ms (budget < 50 ms): ${r.editStats.median < 50 ? 'met' : 'NOT met'}`);
      process.exit(0);
    },
    (e) => {
      console.error(e?.stack ?? e);
      killAll();
      process.exit(1);
    },
  );
}
