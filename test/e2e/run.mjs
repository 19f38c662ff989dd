#!/usr/bin/env node
// End-to-end launcher: runs the mocha suite of test/e2e/suite inside a real VS Code
// (code-server 4.100.3 = VS Code 1.100.3), driven by headless Debian Chromium through
// playwright-core. See test/e2e/README.md.
//
// Usage:  node test/e2e/run.mjs [--build]
//   --build   run `node esbuild.mjs` and `npx tsc -p .` first
//
// Environment (all optional):
//   POC_STUDIO_E2E_WORKSPACE   folder to open (copied to a temp dir first); default examples/
//   POC_STUDIO_E2E_EXTENSION   extensionDevelopmentPath; default the repo root
//   POC_STUDIO_E2E_TESTS       extensionTestsPath; default out/test/e2e/suite/index.js
//   POC_STUDIO_E2E_TIMEOUT_MS  overall timeout; default 600000 (10 minutes)
//   POC_STUDIO_E2E_GREP        only run tests whose full title matches this regexp
//   POC_STUDIO_E2E_KEEP=1      keep the temp dir (user data, logs, workspace copy)
//   POC_STUDIO_E2E_VERBOSE=1   print code-server's log and the browser console even on success
//   POC_STUDIO_E2E_LOCALE      VS Code display language (code-server --locale), e.g. zh-cn
//   POC_STUDIO_E2E_RESTRICTED=1  workspace trust on and the folder not trusted (restricted mode)
//   POC_STUDIO_E2E_MULTIROOT=1   open a multi-root workspace (a .code-workspace file) whose folders
//                              are the subfolders of the workspace folder (default
//                              test/fixtures/portfolio: bank/ and broker/), and run the suite of
//                              test/e2e/multiroot instead of test/e2e/suite
//
// Exit code: 0 when every test passed (and at least one ran); 1 otherwise, including a
// timeout or a run that did not complete; 130 when interrupted.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPrerequisites, ensureCodeServer } from '../../scripts/ensure-code-server.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const opts = {
  multiRoot: env.POC_STUDIO_E2E_MULTIROOT === '1',
  workspace: path.resolve(env.POC_STUDIO_E2E_WORKSPACE || path.join(repoRoot, env.POC_STUDIO_E2E_MULTIROOT === '1' ? 'test/fixtures/portfolio' : 'examples')),
  extensionPath: path.resolve(env.POC_STUDIO_E2E_EXTENSION || repoRoot),
  testsPath: path.resolve(env.POC_STUDIO_E2E_TESTS || path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js')),
  timeoutMs: Number(env.POC_STUDIO_E2E_TIMEOUT_MS || 10 * 60_000),
  keep: env.POC_STUDIO_E2E_KEEP === '1',
  verbose: env.POC_STUDIO_E2E_VERBOSE === '1',
  build: process.argv.includes('--build'),
};
const CHROMIUM = '/usr/bin/chromium';
const resultsDir = path.join(repoRoot, 'test-results');
const screenshotPath = path.join(resultsDir, `e2e-workbench${env.POC_STUDIO_E2E_LOCALE ? `-${env.POC_STUDIO_E2E_LOCALE}` : ''}${env.POC_STUDIO_E2E_RESTRICTED === '1' ? '-restricted' : ''}.png`);
const logsCopyDir = path.join(resultsDir, 'e2e-logs');

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);

// ---------------------------------------------------------------- state for cleanup
let tmpDir;
let codeServer; // ChildProcess, leader of its own process group
let codeServerExited = false;
let context; // playwright BrowserContext (persistent: owns the Chromium process)
let page;
const browserConsole = [];
let abortRun; // rejects the race in main()

function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function run(cmd, args, cwd) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
}

function checkInputs() {
  if (!fs.existsSync(opts.workspace) || !fs.statSync(opts.workspace).isDirectory()) {
    throw new Error(`workspace folder not found: ${opts.workspace} (POC_STUDIO_E2E_WORKSPACE)`);
  }
  const pkgFile = path.join(opts.extensionPath, 'package.json');
  if (!fs.existsSync(pkgFile)) throw new Error(`no package.json in the extension folder ${opts.extensionPath}`);
  const pkg = JSON.parse(fs.readFileSync(pkgFile, 'utf8'));
  if (pkg.main) {
    const main = path.resolve(opts.extensionPath, pkg.main);
    if (!fs.existsSync(main) && !fs.existsSync(`${main}.js`)) {
      throw new Error(`the extension's main ${pkg.main} is missing: build it first (node esbuild.mjs), or run with --build`);
    }
  }
  if (!fs.existsSync(opts.testsPath)) {
    throw new Error(`the compiled suite ${path.relative(repoRoot, opts.testsPath)} is missing: run npx tsc -p . first, or run with --build`);
  }
  return `${pkg.publisher}.${pkg.name}`;
}

function writeSettings(userDataDir) {
  const settings = {
    'security.workspace.trust.enabled': env.POC_STUDIO_E2E_RESTRICTED === '1',
    'security.workspace.trust.untrustedFiles': 'open',
    'security.workspace.trust.emptyWindow': false,
    'security.workspace.trust.startupPrompt': 'never',
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'workbench.enableExperiments': false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'chat.commandCenter.enabled': false,
    'git.enabled': false,
    'git.autoRepositoryDetection': false,
    'npm.autoDetect': 'off',
    'typescript.tsserver.experimental.enableProjectDiagnostics': false,
    'files.autoSave': 'off',
    'window.restoreWindows': 'none',
  };
  for (const sub of ['User', 'Machine']) {
    fs.mkdirSync(path.join(userDataDir, sub), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, sub, 'settings.json'), JSON.stringify(settings, null, 2));
  }
}

/**
 * VS Code only switches its display language (vscode.env.language) when a language pack for it is
 * installed. The real packs come from the marketplace, which these machines cannot reach, so the
 * run registers a stub pack (test/e2e/langpack-<locale>: translates nothing) in the profile's
 * languagepacks.json, the file VS Code reads to resolve the display language at start.
 */
function installLanguagePack(locale, userDataDir) {
  const id = locale.toLowerCase();
  const translations = path.join(repoRoot, 'test', 'e2e', `langpack-${id}`, 'translations', 'main.i18n.json');
  if (!fs.existsSync(translations)) throw new Error(`no test language pack for ${locale} (expected ${path.relative(repoRoot, translations)})`);
  const packs = {
    [id]: {
      hash: `poc-studio-test-${id}`,
      extensions: [{ extensionIdentifier: { id: `poc-studio-test.langpack-${id}` }, version: '0.0.1' }],
      label: id,
      translations: { vscode: translations },
    },
  };
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs, null, 2));
  log(`display language ${id}: test language pack registered`);
}

function childEnv(extra) {
  const out = {};
  for (const [k, v] of Object.entries(process.env)) {
    // Never let a VS Code we may be running inside leak into the one under test.
    if (k.startsWith('VSCODE_') || k.startsWith('ELECTRON_')) continue;
    out[k] = v;
  }
  return { ...out, ...extra };
}

async function waitForHealthy(port, ms) {
  const deadline = Date.now() + ms;
  let lastErr;
  while (Date.now() < deadline) {
    if (codeServerExited) throw new Error('code-server exited during startup');
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
      lastErr = new Error(`HTTP ${res.status}`);
    } catch (err) {
      lastErr = err;
    }
    await sleep(250);
  }
  throw new Error(`code-server did not answer on 127.0.0.1:${port} within ${ms} ms (${lastErr?.message})`);
}

/** True once code-server logged that an extension host process ended (in a test run it ends only after run()). */
function extensionHostExited() {
  try {
    return /Extension Host Process exited with code/.test(fs.readFileSync(path.join(tmpDir, 'code-server.log'), 'utf8'));
  } catch {
    return false;
  }
}

async function waitForResults(file, ms) {
  const deadline = Date.now() + ms;
  let hostGoneSince = 0;
  while (!fs.existsSync(file)) {
    if (codeServerExited) throw new Error('code-server exited before the suite wrote its results');
    if (Date.now() > deadline) throw new Error(`no results from the suite within ${Math.round(ms / 1000)} s`);
    if (!hostGoneSince && extensionHostExited()) hostGoneSince = Date.now();
    if (hostGoneSince && Date.now() - hostGoneSince > 3_000) {
      throw new Error(
        'the extension host exited before the suite wrote its results: the test runner could not be loaded ' +
          'or crashed (see the logs below, the browser console has the error)',
      );
    }
    await sleep(250);
  }
}

// ---------------------------------------------------------------- logs
function listLogFiles(dir) {
  const out = [];
  if (!dir || !fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listLogFiles(full));
    else if (e.isFile() && e.name.endsWith('.log')) out.push(full);
  }
  return out.sort();
}

function tail(text, maxLines) {
  const lines = text.split('\n');
  return lines.length > maxLines ? [`... (${lines.length - maxLines} earlier lines omitted)`, ...lines.slice(-maxLines)].join('\n') : text;
}

function collectLogs() {
  if (!tmpDir) return [];
  const files = [path.join(tmpDir, 'code-server.log'), ...listLogFiles(path.join(tmpDir, 'user-data', 'logs'))];
  return files.filter((f) => fs.existsSync(f));
}

function saveLogs() {
  try {
    fs.rmSync(logsCopyDir, { recursive: true, force: true });
    fs.mkdirSync(logsCopyDir, { recursive: true });
    for (const f of collectLogs()) {
      const rel = path.relative(tmpDir, f).replace(/[\\/]/g, '__');
      fs.copyFileSync(f, path.join(logsCopyDir, rel));
    }
    fs.writeFileSync(path.join(logsCopyDir, 'browser-console.log'), browserConsole.join('\n') + '\n');
  } catch (err) {
    console.error(`[e2e] could not save logs: ${err.message}`);
  }
}

function printLogs() {
  for (const f of collectLogs()) {
    const text = fs.readFileSync(f, 'utf8').trimEnd();
    if (!text) continue;
    console.log(`\n----- ${path.relative(tmpDir, f)} -----`);
    console.log(tail(text, 200));
  }
  if (browserConsole.length) {
    console.log('\n----- browser console -----');
    console.log(tail(browserConsole.join('\n'), 100));
  }
  console.log(`\n(logs also copied to ${path.relative(repoRoot, logsCopyDir)}/)`);
}

// ---------------------------------------------------------------- cleanup
async function takeScreenshot() {
  if (!page || page.isClosed()) return;
  try {
    fs.mkdirSync(resultsDir, { recursive: true });
    await page.screenshot({ path: screenshotPath, timeout: 15_000 });
    log(`screenshot: ${path.relative(repoRoot, screenshotPath)}`);
  } catch (err) {
    log(`screenshot failed: ${err.message}`);
  }
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}

/** pids of processes whose command line mentions our temp dir (Chromium, stray helpers). */
function pidsMentioning(needle) {
  const pids = [];
  if (process.platform !== 'linux' || !needle) return pids;
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(needle)) pids.push(Number(d));
    } catch {
      /* gone */
    }
  }
  return pids;
}

let cleanedUp = false;
async function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  if (context) {
    try {
      await withTimeout(context.close(), 10_000, 'closing Chromium');
    } catch (err) {
      log(`closing Chromium: ${err.message}`);
    }
  }
  if (codeServer && !codeServerExited) {
    killGroup(codeServer, 'SIGTERM');
    const deadline = Date.now() + 5_000;
    while (!codeServerExited && Date.now() < deadline) await sleep(100);
    killGroup(codeServer, 'SIGKILL');
  } else if (codeServer) {
    killGroup(codeServer, 'SIGKILL'); // its children (extension host, pty host) may outlive it
  }
  // Anything we started that still runs with our temp dir on its command line.
  for (const pid of pidsMentioning(tmpDir)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      /* gone */
    }
  }
  saveLogs();
}

function removeTmp() {
  if (!tmpDir) return;
  if (opts.keep) {
    log(`kept temp dir ${tmpDir}`);
    return;
  }
  try {
    fs.rmSync(tmpDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (err) {
    log(`could not remove ${tmpDir}: ${err.message}`);
  }
}

// ---------------------------------------------------------------- main flow
async function runSuite() {
  if (opts.build) {
    run('node', ['esbuild.mjs'], repoRoot);
    run('npx', ['tsc', '-p', '.'], repoRoot);
  }
  checkPrerequisites({ needChromium: true });
  const extensionId = checkInputs();
  const cs = await ensureCodeServer();
  const { chromium } = await import('playwright-core');

  tmpDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-e2e-')));
  const userDataDir = path.join(tmpDir, 'user-data');
  const extensionsDir = path.join(tmpDir, 'extensions');
  const browserProfile = path.join(tmpDir, 'chromium-profile');
  const xdg = path.join(tmpDir, 'xdg');
  const workspaceCopy = path.join(tmpDir, 'workspace', path.basename(opts.workspace));
  const resultsFile = path.join(tmpDir, 'results.json');
  const releaseFile = path.join(tmpDir, 'release');
  for (const d of [userDataDir, extensionsDir, browserProfile, path.join(xdg, 'config'), path.join(xdg, 'data')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  fs.cpSync(opts.workspace, workspaceCopy, { recursive: true });
  // Multi-root: a .code-workspace file naming every subfolder of the copy (sorted) as a folder.
  let workspaceFile;
  if (opts.multiRoot) {
    const folders = fs
      .readdirSync(workspaceCopy, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => ({ path: path.join(workspaceCopy, e.name) }))
      .sort((a, b) => (a.path < b.path ? -1 : 1));
    // The workspace's settings (window-scoped ones such as pocStudio.today live there, not in a folder).
    const settingsFile = path.join(workspaceCopy, 'workspace-settings.json');
    const settings = fs.existsSync(settingsFile) ? JSON.parse(fs.readFileSync(settingsFile, 'utf8')) : {};
    workspaceFile = path.join(tmpDir, 'workspace', 'portfolio.code-workspace');
    fs.writeFileSync(workspaceFile, JSON.stringify({ folders, settings }, null, 2));
  }
  writeSettings(userDataDir);
  log(`workspace ${path.relative(repoRoot, opts.workspace) || '.'} copied to ${workspaceCopy}`);
  if (env.POC_STUDIO_E2E_LOCALE) installLanguagePack(env.POC_STUDIO_E2E_LOCALE, userDataDir);

  // ---- code-server
  const port = await freePort();
  const csLog = fs.openSync(path.join(tmpDir, 'code-server.log'), 'a');
  const args = [
    cs.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    ...(env.POC_STUDIO_E2E_RESTRICTED === '1' ? [] : ['--disable-workspace-trust']),
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--config', path.join(tmpDir, 'code-server-config.yaml'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...(env.POC_STUDIO_E2E_LOCALE ? ['--locale', env.POC_STUDIO_E2E_LOCALE] : []),
    workspaceFile ?? workspaceCopy,
  ];
  fs.writeFileSync(path.join(tmpDir, 'code-server-config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  log(`starting code-server ${cs.version} on 127.0.0.1:${port}`);
  codeServer = spawn(process.execPath, args, {
    cwd: tmpDir,
    detached: true, // own process group: we kill the server with its extension host and helpers
    stdio: ['ignore', csLog, csLog],
    env: childEnv({
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      POC_STUDIO_E2E_RESULTS: resultsFile,
      POC_STUDIO_E2E_RELEASE: releaseFile,
      POC_STUDIO_E2E_WORKSPACE_PATH: workspaceCopy,
      ...(opts.multiRoot ? { POC_STUDIO_E2E_SUITE: 'multiroot' } : {}),
    }),
  });
  fs.closeSync(csLog);
  codeServer.on('exit', (code, signal) => {
    codeServerExited = true;
    if (!cleanedUp) abortRun?.(new Error(`code-server exited unexpectedly (${code ?? signal})`));
  });
  await waitForHealthy(port, 60_000);
  log('code-server is up');

  // ---- Chromium
  const authority = `127.0.0.1:${port}`;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${opts.extensionPath}`],
    ['extensionTestsPath', `vscode-remote://${authority}${opts.testsPath}`],
  ];
  const where = workspaceFile ? { workspace: workspaceFile } : { folder: workspaceCopy };
  const url = `http://${authority}/?${new URLSearchParams({ ...where, payload: JSON.stringify(payload) })}`;
  context = await chromium.launchPersistentContext(browserProfile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Our own signal handlers take the screenshot and close everything, in that order.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => browserConsole.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => browserConsole.push(`[pageerror] ${e.message}`));
  log(`opening the workbench (extension ${extensionId}, tests ${path.relative(repoRoot, opts.testsPath)})`);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForSelector('.monaco-workbench', { state: 'attached', timeout: 120_000 });
  log('workbench loaded; waiting for the suite');

  await waitForResults(resultsFile, Math.max(0, t0 + opts.timeoutMs - Date.now()));
  const results = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
  log(`suite finished in ${(results.durationMs / 1000).toFixed(1)}s (VS Code ${results.vscodeVersion ?? '?'})`);
  await sleep(500); // let the workbench paint what the last test did
  await takeScreenshot();
  fs.writeFileSync(releaseFile, 'done\n'); // lets the suite's run() return
  return results;
}

async function main() {
  let results;
  let error;
  let exitCode = 1;
  const aborted = new Promise((_, reject) => {
    abortRun = reject;
  });
  aborted.catch(() => {});
  const overall = setTimeout(
    () => abortRun(new Error(`the e2e run timed out after ${Math.round(opts.timeoutMs / 1000)} s`)),
    opts.timeoutMs,
  );
  const onSignal = (sig) => {
    exitCode = 130;
    abortRun(new Error(`interrupted by ${sig}`));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);

  try {
    results = await Promise.race([runSuite(), aborted]);
  } catch (err) {
    error = err;
  }
  clearTimeout(overall);

  if (error) {
    console.error(`\n[e2e] ERROR: ${error.message}`);
    await takeScreenshot();
  }
  await cleanup();

  let ok = false;
  if (results) {
    console.log('\n' + results.output.trimEnd() + '\n');
    if (results.error) console.log(`suite error: ${results.error}`);
    ok = results.completed && results.failures === 0 && results.passes > 0;
    if (results.completed && results.passes + results.failures === 0) console.log('[e2e] no test ran');
    const skipped = results.pending ? `, ${results.pending} skipped` : '';
    console.log(`e2e: ${results.passes} passed, ${results.failures} failed${skipped}`);
  } else if (exitCode !== 130) {
    console.log('e2e: 0 passed, 1 failed');
  }
  if (!ok || opts.verbose) printLogs();
  removeTmp();
  log(ok ? 'e2e run passed' : 'e2e run FAILED');
  process.exit(ok ? 0 : exitCode);
}

main().catch(async (err) => {
  console.error(`[e2e] unexpected: ${err?.stack ?? err}`);
  await cleanup();
  removeTmp();
  process.exit(1);
});
