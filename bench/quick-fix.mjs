#!/usr/bin/env node
/**
 * The quick fix on a large plan (moved here from a wall-clock assertion in code-actions.test.ts):
 * a plan of 2,000 flow-style tasks where the last one is `done` at 50 % (status-progress), the code
 * action asked on that diagnostic — the first request after the file was opened, then warm. The
 * answer must not cost whole-file work beyond the lookup of the item: budget p95 < 100 ms warm.
 * Used by bench/run.mjs; runs alone too:
 *
 *   node bench/quick-fix.mjs [--runs 15] [--warmup 3] [--work-dir DIR]
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
export const QUICK_FIX_TASKS = 2000;
export const QUICK_FIX_BUDGET_MS = 100;

export function quickFixPlan(n = QUICK_FIX_TASKS) {
  const L = ['kind: project', 'id: big', 'title: 大项目', 'team:', '  - { id: zhao, name: 赵六, role: engineer }', 'tasks:'];
  for (let i = 1; i <= n; i++) L.push(`  - { id: T${i}, name: 任务${i}, owner: zhao, start: 2027-01-04, duration: 1d, status: done, progress: ${i === n ? 50 : 100} }`);
  return `${L.join('\n')}\n`;
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (x) => Math.round(x * 100) / 100;
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return { n: s.length, min: r(s[0]), median: r(mid), p95: r(s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)]), max: r(s[s.length - 1]) };
}

/** First and warm textDocument/codeAction on the status-progress diagnostic of the large plan. */
export async function quickFixBench({ runs = 15, warmup = 3, timeout = 120000, workDir = path.join(os.tmpdir(), 'poc-studio-bench'), log = console.error } = {}) {
  const dir = path.join(workDir, 'quick-fix');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'big.project.yaml');
  const text = quickFixPlan();
  fs.writeFileSync(file, text);
  const uri = pathToFileURL(file).href;
  const s = new LspServer({ name: 'POC Studio', script: SERVER, cwd: REPO, configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? { today: '2027-01-04' } : null)) });
  const out = { tasks: QUICK_FIX_TASKS, first: [], warm: [] };
  try {
    await s.start({
      rootDir: dir,
      rootUri: pathToFileURL(dir).href,
      timeoutMs: timeout,
      capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
    });
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
      // A text the server has not seen: the run number in a comment.
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'poc-yaml', version: v, text: `# run ${k + 1}\n${text}` } });
      const rec = await p;
      const diagnostic = rec.diagnostics.find((d) => d.code === 'status-progress');
      if (!diagnostic) throw new Error(`no status-progress diagnostic on the large plan: ${rec.diagnostics.map((d) => d.code).join(', ')}`);
      const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } };
      const first = await s.timedRequest('textDocument/codeAction', params, timeout);
      const titles = (first.result ?? []).map((a) => a.title);
      if (!titles.some((t) => /100/.test(t))) throw new Error(`the quick fix is missing: ${titles.join(' | ')}`);
      const warm = await s.timedRequest('textDocument/codeAction', params, timeout);
      if (k >= warmup) {
        out.first.push(first.ms);
        out.warm.push(warm.ms);
      }
    }
    out.peakMemoryMB = s.peakMemoryMB();
  } finally {
    await s.stop();
  }
  const r = { ...out, firstStats: stats(out.first), warmStats: stats(out.warm) };
  log(`quick fix on ${QUICK_FIX_TASKS} flow-style tasks: first after open ${r.firstStats.median} ms (p95 ${r.firstStats.p95}), warm ${r.warmStats.median} ms (p95 ${r.warmStats.p95})`);
  return r;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : dflt;
  };
  if (!fs.existsSync(path.join(REPO, 'dist', 'server.js'))) throw new Error('dist/server.js is missing: run `node esbuild.mjs --production` first');
  quickFixBench({ runs: Number(opt('--runs', 15)), warmup: Number(opt('--warmup', 3)), workDir: opt('--work-dir', undefined) }).then(
    (r) => {
      console.log(JSON.stringify({ ...r, first: undefined, warm: undefined }, null, 2));
      const met = r.warmStats.p95 < QUICK_FIX_BUDGET_MS;
      console.log(`warm quick fix p95 ${r.warmStats.p95} ms (budget < ${QUICK_FIX_BUDGET_MS} ms): ${met ? 'met' : 'NOT met'}`);
      process.exit(met ? 0 : 1);
    },
    (e) => {
      console.error(e?.stack ?? e);
      killAll();
      process.exit(1);
    },
  );
}
