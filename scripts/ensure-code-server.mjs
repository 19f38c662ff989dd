#!/usr/bin/env node
// Installs code-server (a real VS Code: browser workbench + Node extension host) into
// .cache/code-server, once. Used by test/e2e/run.mjs; safe to run again (it returns at
// once when the pinned version is already installed).
//
// Usage: node scripts/ensure-code-server.mjs [--force]
//
// Why code-server and not @vscode/test-electron: machines of this project have no
// network to the VS Code update servers, so test-electron cannot download VS Code.
// code-server comes from the npm registry. 4.100.3 (VS Code 1.100.3) is the newest
// release that accepts Node 20.
//
// Its install compiles native modules (kerberos needs libkrb5-dev) and its
// @vscode/ripgrep postinstall would download ripgrep from GitHub; we hand it the Debian
// ripgrep binary instead, packed into the tarball that the postinstall looks for in its
// cache folder under os.tmpdir().
//
// Exports ensureCodeServer() for run.mjs; returns { version, entry, bin, root }.

import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
// @vscode/ripgrep version and ripgrep build that code-server@4.100.3 depends on.
const VSCODE_RIPGREP_VERSION = '1.15.11';
const RIPGREP_TARBALL = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// POC_STUDIO_CODE_SERVER_DIR may point elsewhere (e.g. to share one install between clones).
export const CODE_SERVER_ROOT = path.resolve(process.env.POC_STUDIO_CODE_SERVER_DIR || path.join(repoRoot, '.cache', 'code-server'));
const MARKER = path.join(CODE_SERVER_ROOT, '.installed');
const LOCK = `${CODE_SERVER_ROOT}.lock`;

function log(msg) {
  console.log(`[ensure-code-server] ${msg}`);
}

function paths() {
  const pkgDir = path.join(CODE_SERVER_ROOT, 'node_modules', 'code-server');
  return {
    root: CODE_SERVER_ROOT,
    pkgDir,
    entry: path.join(pkgDir, 'out', 'node', 'entry.js'),
    bin: path.join(pkgDir, 'out', 'node', 'entry.js'),
  };
}

/** True when the pinned version is installed completely (the marker is written last). */
export function isInstalled() {
  const p = paths();
  try {
    const marker = fs.readFileSync(MARKER, 'utf8').trim();
    const pkg = JSON.parse(fs.readFileSync(path.join(p.pkgDir, 'package.json'), 'utf8'));
    return (
      marker === CODE_SERVER_VERSION &&
      pkg.version === CODE_SERVER_VERSION &&
      fs.existsSync(p.entry) &&
      // made by code-server's postinstall after it installed the VS Code server's dependencies
      fs.existsSync(path.join(p.pkgDir, 'lib', 'vscode', 'node_modules.asar'))
    );
  } catch {
    return false;
  }
}

export function which(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

export function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

/** Checks the Debian packages the install and the e2e run need; throws naming the missing ones. */
export function checkPrerequisites({ needChromium = true } = {}) {
  const missing = [];
  const hasDpkg = which('dpkg-query') !== null;
  // libkrb5-dev: headers for code-server's native `kerberos` module.
  const krbOk = hasDpkg
    ? dpkgInstalled('libkrb5-dev')
    : fs.existsSync('/usr/include/gssapi/gssapi.h') || fs.existsSync('/usr/include/krb5.h');
  if (!krbOk) missing.push('libkrb5-dev');
  if (!fs.existsSync('/usr/bin/rg') && !which('rg')) missing.push('ripgrep');
  if (needChromium && !fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (missing.length && aptInstall(missing)) return;
  // Chromium is there but no CJK font: the tests pass without one (they never measure text they
  // did not draw), but screenshots would show boxes for the Chinese text. Best effort only.
  if (!missing.length && needChromium && !hasCjkFont()) aptInstall([]);
  if (missing.length) {
    throw new Error(
      `missing Debian package(s): ${missing.join(', ')}.\n` +
        `  Install them first:  apt-get update && apt-get install -y ${missing.join(' ')}\n` +
        `  (libkrb5-dev: to build code-server's native kerberos module; ripgrep: replaces the\n` +
        `  ripgrep download of @vscode/ripgrep; chromium: the browser that runs the workbench)`,
    );
  }
}

/**
 * On a fresh Debian machine, running as root (as CI and these machines do), installs the missing
 * packages with apt-get, plus a CJK font so that screenshots show the Chinese text. Returns false
 * when it cannot (not root, no apt-get) or the install failed; the caller then names the packages.
 */
function hasCjkFont() {
  if (which('dpkg-query') && dpkgInstalled('fonts-wqy-microhei')) return true;
  if (!which('fc-list')) return false;
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

function aptInstall(missing) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) return false;
  const pkgs = [...missing];
  if (which('dpkg-query') && !dpkgInstalled('fonts-wqy-microhei')) pkgs.push('fonts-wqy-microhei');
  if (!pkgs.length) return true;
  log(`installing Debian package(s) with apt-get: ${pkgs.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...pkgs], { stdio: 'inherit', env });
  if (!install || install.status !== 0) {
    log('apt-get install failed');
    return false;
  }
  return true;
}

/** Packs /usr/bin/rg as `rg` into the tarball the @vscode/ripgrep postinstall takes from its cache. */
function prepareRipgrepCache() {
  const rg = fs.existsSync('/usr/bin/rg') ? '/usr/bin/rg' : which('rg');
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${VSCODE_RIPGREP_VERSION}`);
  const tarball = path.join(cacheDir, RIPGREP_TARBALL);
  if (fs.existsSync(tarball) && fs.statSync(tarball).size > 0) {
    log(`ripgrep cache present: ${tarball}`);
    return;
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    fs.copyFileSync(rg, path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    const tmp = `${tarball}.${process.pid}.tmp`;
    const r = spawnSync('tar', ['-czf', tmp, '-C', stage, 'rg'], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error(`tar failed packing ${rg} (exit ${r.status})`);
    fs.renameSync(tmp, tarball);
    log(`ripgrep cache prepared from ${rg}: ${tarball}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}

/** A lock file, so that two runs at once (two terminals, npm test twice) do not install over each other. */
async function acquireLock() {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 15 * 60_000;
  let told = false;
  for (;;) {
    try {
      fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(LOCK, { force: true });
    } catch (err) {
      if (err.code !== 'EEXIST') throw err;
    }
    const owner = Number(fs.readFileSync(LOCK, 'utf8').trim()) || 0;
    if (!owner || !pidAlive(owner)) {
      fs.rmSync(LOCK, { force: true }); // stale: its process is gone
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK} (held by pid ${owner})`);
    if (!told) log(`another install (pid ${owner}) is running; waiting for it...`);
    told = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function run(cmd, args, opts) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: 'inherit', ...opts });
    // npm is silent for a minute or more while it builds native modules: show that it is alive.
    const heartbeat = setInterval(() => log(`... still installing (${Math.round((Date.now() - started) / 1000)}s)`), 15_000);
    const done = (err) => {
      clearInterval(heartbeat);
      err ? reject(err) : resolve();
    };
    child.on('error', done);
    child.on('exit', (code, signal) =>
      done(code === 0 ? undefined : new Error(`${cmd} ${args.join(' ')} failed (exit ${code ?? signal})`)),
    );
  });
}

export async function ensureCodeServer({ force = false } = {}) {
  const p = paths();
  if (!force && isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION} already installed in ${p.root}`);
    return { version: CODE_SERVER_VERSION, ...p };
  }
  checkPrerequisites({ needChromium: false });
  const release = await acquireLock();
  try {
    if (!force && isInstalled()) {
      log(`code-server ${CODE_SERVER_VERSION} was installed meanwhile by another run`);
      return { version: CODE_SERVER_VERSION, ...p };
    }
    return await install(p);
  } finally {
    release();
  }
}

async function install(p) {
  const started = Date.now();
  log(`installing code-server@${CODE_SERVER_VERSION} into ${p.root} (about 2 minutes, ~300 MB)...`);
  prepareRipgrepCache();
  fs.rmSync(MARKER, { force: true });
  fs.mkdirSync(p.root, { recursive: true });
  // A package.json of its own, so that npm does not walk up to the repo's package.json.
  const ownPkg = path.join(p.root, 'package.json');
  if (!fs.existsSync(ownPkg)) {
    fs.writeFileSync(ownPkg, JSON.stringify({ name: 'poc-studio-code-server-cache', private: true }, null, 2) + '\n');
  }
  const env = {
    ...process.env,
    npm_config_yes: 'true',
    npm_config_unsafe_perm: 'true', // installing as root: let lifecycle scripts run as root
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await run(
    npm,
    ['install', '--prefix', p.root, '--no-save', '--no-package-lock', '--loglevel', 'warn', `code-server@${CODE_SERVER_VERSION}`],
    { cwd: p.root, env },
  );
  if (!fs.existsSync(p.entry)) throw new Error(`code-server installed but ${p.entry} is missing`);
  if (!fs.existsSync(path.join(p.pkgDir, 'lib', 'vscode', 'node_modules.asar'))) {
    throw new Error(
      `code-server's postinstall did not complete (no lib/vscode/node_modules.asar): see the npm output above; ` +
        `did npm skip install scripts?`,
    );
  }
  fs.writeFileSync(MARKER, CODE_SERVER_VERSION + '\n');
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  log(`code-server ${CODE_SERVER_VERSION} installed in ${secs}s`);
  return { version: CODE_SERVER_VERSION, ...p };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureCodeServer({ force: process.argv.includes('--force') }).then(
    (r) => log(`ready: node ${r.entry.startsWith(repoRoot) ? path.relative(repoRoot, r.entry) : r.entry}`),
    (err) => {
      console.error(`[ensure-code-server] ERROR: ${err.message}`);
      process.exit(1);
    },
  );
}
