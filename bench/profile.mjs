#!/usr/bin/env node
/**
 * Where POC Studio's server spends its time while you type: bundles the server without
 * minification (into the work directory, not dist/), runs it with `node --cpu-prof`, opens the
 * plan of --size tasks, types --edits one-character edits into a task name (each waiting for its
 * diagnostics, as in the edit benchmark), and prints the functions with the most self time and
 * total time, with the source module of each (from esbuild's `// path` markers).
 *
 *   node bench/profile.mjs [--size 2000] [--edits 40] [--top 25] [--cold] [--portfolio 10000] [--work-dir DIR]
 *
 * --features N profiles bench/features.mjs on N tasks (hover, definition, references, code action
 * after edits). --cold profiles the cold start of the 1,000-file folder instead; --portfolio N the cold start of
 * the portfolio of N files (bench/portfolio-generate.mjs: 1000 or 10000) and --edits edits of its
 * edit scenario (bench/portfolio.mjs; 0: the cold start alone). The .cpuprofile file is kept
 * (its path is printed) for Chrome DevTools or speedscope.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { generate, defaultWorkDir } from './generate.mjs';
import { LspServer, killAll } from './lsp.mjs';
import { generatePortfolio } from './portfolio-generate.mjs';
import { portfolioSession } from './portfolio.mjs';
import { featuresBench } from './features.mjs';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function args() {
  const o = { size: 2000, edits: 40, top: 25, cold: false, portfolio: 0, features: 0, workDir: defaultWorkDir() };
  const a = process.argv.slice(2);
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--size') o.size = Number(a[++i]);
    else if (a[i] === '--edits') o.edits = Number(a[++i]);
    else if (a[i] === '--top') o.top = Number(a[++i]);
    else if (a[i] === '--cold') o.cold = true;
    else if (a[i] === '--portfolio') o.portfolio = Number(a[++i]);
    else if (a[i] === '--features') o.features = Number(a[++i]);
    else if (a[i] === '--work-dir') o.workDir = path.resolve(a[++i]);
    else throw new Error(`unknown option ${a[i]}`);
  }
  return o;
}

/** Self and total time per function (ms), from a V8 .cpuprofile. */
function summarize(profile, bundle, top) {
  // Module of a bundle line: the nearest preceding `// path` marker esbuild writes.
  const markers = [];
  bundle.split('\n').forEach((l, i) => {
    const m = /^\/\/ ((?:server|client|node_modules)\/\S+)$/.exec(l);
    if (m) markers.push([i, m[1]]);
  });
  const moduleOf = (line) => {
    let lo = 0;
    let hi = markers.length - 1;
    let best = '?';
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (markers[mid][0] <= line) {
        best = markers[mid][1];
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = profile.samples.length ? profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000 : 0;
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const keyOf = (n) => {
    const cf = n.callFrame;
    const where = cf.url.endsWith('server.js') ? moduleOf(cf.lineNumber) : cf.url ? path.basename(cf.url) : '';
    return `${cf.functionName || '(anonymous)'}  ${where}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
  };
  const selfBy = new Map();
  const totalBy = new Map();
  for (const [id, ms] of self) {
    const n = byId.get(id);
    selfBy.set(keyOf(n), (selfBy.get(keyOf(n)) ?? 0) + ms);
    // Inclusive time: once per distinct function on the stack.
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const k = keyOf(byId.get(x));
      if (seen.has(k)) continue;
      seen.add(k);
      totalBy.set(k, (totalBy.get(k) ?? 0) + ms);
    }
  }
  const list = (m) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `${ms.toFixed(0).padStart(8)} ms ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  const byModule = new Map();
  for (const [id, ms] of self) {
    const n = byId.get(id);
    const mod = n.callFrame.url.endsWith('server.js') ? moduleOf(n.callFrame.lineNumber) : n.callFrame.url ? 'node internals' : n.callFrame.functionName;
    byModule.set(mod, (byModule.get(mod) ?? 0) + ms);
  }
  return { total, selfTop: list(selfBy), totalTop: list(totalBy), modules: list(byModule) };
}

async function main() {
  const o = args();
  const manifest = o.portfolio || o.features ? undefined : generate(o.workDir);
  const dir = path.join(o.workDir, 'profile');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(dir)) if (f.endsWith('.cpuprofile')) fs.rmSync(path.join(dir, f));
  const bundle = path.join(dir, 'server.js');
  await esbuild.build({
    entryPoints: [path.join(REPO, 'server/src/lsp/main.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: false,
    logLevel: 'warning',
    loader: { '.json': 'json' },
    // As esbuild.mjs: the native renderer and the workbook library stay out of the bundle (loaded on first use).
    external: ['@resvg/resvg-js', 'exceljs'],
    mainFields: ['module', 'main'],
  });
  const s = new LspServer({
    name: 'POC Studio (profiled)',
    script: bundle,
    cwd: REPO,
    nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`],
    configuration: (items) => items.map((it) => (it.section === 'pocStudio' ? {} : null)),
  });
  const caps = { workspace: { configuration: true, didChangeWatchedFiles: { dynamicRegistration: true } }, textDocument: { publishDiagnostics: { versionSupport: true } } };
  let what;
  try {
    if (o.features) {
      const r = await featuresBench({ sizes: [o.features], runs: o.edits > 10 ? Math.ceil(o.edits / 4) : 10, workDir: o.workDir, script: bundle, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`], log: () => {} });
      const x = r[o.features];
      what = `features on ${o.features} tasks: ${['hover', 'definition', 'references', 'codeAction'].map((k) => `${k} first p95 ${x[k].first.p95} ms`).join(', ')}; peak ${x.peakMemoryMB?.toFixed(0)} MB`;
    } else if (o.portfolio) {
      const m = generatePortfolio(o.workDir, o.portfolio);
      const r = await portfolioSession(m, { edits: o.edits, warmup: 0, timeout: 600000, script: bundle, nodeArgs: ['--cpu-prof', `--cpu-prof-dir=${dir}`] });
      what = `portfolio of ${m.files.length} files: all diagnostics after ${r.allDiagnosticsMs.toFixed(0)} ms${o.edits ? `; ${o.edits} edits: own diagnostics median ${[...r.editOwn].sort((a, b) => a - b)[r.editOwn.length >> 1].toFixed(1)} ms, other plans ${[...r.editOthers].sort((a, b) => a - b)[r.editOthers.length >> 1].toFixed(1)} ms` : ''}`;
    } else if (o.cold) {
      const f = manifest.folder;
      await s.start({ rootDir: f.dir, rootUri: pathToFileURL(f.dir).href, capabilities: caps, timeoutMs: 300000 });
      const uris = f.files.map((x) => pathToFileURL(x).href);
      await s.waitUntil(() => uris.every((u) => s.firstByUri.has(u)), { timeoutMs: 300000, label: 'cold start' });
      what = `cold start of ${uris.length} files: ${(performance.now() - s.t0).toFixed(0)} ms, ${s.seq} publishes`;
    } else {
      const plan = manifest.plans[o.size];
      if (!plan) throw new Error(`--size must be one of ${Object.keys(manifest.plans).join(', ')}`);
      await s.start({ rootDir: plan.dir, rootUri: pathToFileURL(plan.dir).href, capabilities: caps, timeoutMs: 300000 });
      const uris = plan.files.map((x) => pathToFileURL(x).href);
      await s.waitUntil(() => uris.every((u) => s.firstByUri.has(u)), { timeoutMs: 300000, label: 'start' });
      const uri = pathToFileURL(plan.planFile).href;
      const text = fs.readFileSync(plan.planFile, 'utf8');
      const lines = text.split('\n');
      let line = -1;
      for (let i = Math.floor(lines.length / 2); i < lines.length; i++) if (/^    name: \S/.test(lines[i]) && /^  - id: /.test(lines[i - 1])) { line = i; break; }
      let v = 1;
      let p = s.waitPublish((r) => r.uri === uri && r.version === 1, { timeoutMs: 300000, label: 'open' });
      s.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'poc-yaml', version: 1, text } });
      await p;
      let ch = lines[line].length;
      const times = [];
      for (let k = 0; k < o.edits; k++) {
        const ver = ++v;
        p = s.waitPublish((r) => r.uri === uri && r.version === ver, { timeoutMs: 300000, label: `edit ${ver}` });
        const t = performance.now();
        s.notify('textDocument/didChange', { textDocument: { uri, version: ver }, contentChanges: [{ range: { start: { line, character: ch }, end: { line, character: ch } }, text: '改' }] });
        const rec = await p;
        times.push(rec.t - t);
        ch++;
      }
      times.sort((a, b) => a - b);
      what = `${o.edits} edits of the ${o.size}-task plan: median ${times[times.length >> 1].toFixed(1)} ms`;
    }
  } finally {
    if (!o.portfolio && !o.features) await s.stop();
  }
  const file = fs.readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no .cpuprofile was written in ${dir} (the server did not exit normally?)`);
  const profile = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const r = summarize(profile, fs.readFileSync(bundle, 'utf8'), o.top);
  console.log(`${what}\nprofile: ${path.join(dir, file)} (${(r.total / 1000).toFixed(1)} s sampled, whole process life)\n`);
  console.log(`Self time by module:\n${r.modules}\n`);
  console.log(`Top functions by self time:\n${r.selfTop}\n`);
  console.log(`Top functions by total time (inclusive):\n${r.totalTop}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`profile failed: ${e?.stack ?? e}`);
    killAll();
    process.exit(1);
  },
);
