#!/usr/bin/env node
// `npm test`: builds, then runs every suite — unit (core + rules), protocol (the real server over
// JSON-RPC), CLI, and end-to-end in a real VS Code (code-server + headless Chromium). Every suite
// runs even when an earlier one fails; the exit code is non-zero if any failed.
//   npm test                 all suites
//   npm test -- unit cli     only the named suites (unit, protocol, cli, fuzz, documents, webview, e2e,
//                            e2e-zh, e2e-restricted, e2e-multiroot)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const run = (cmd, args, env = {}) => {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32', env: { ...process.env, ...env } });
  return { ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
};

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const node = process.execPath;
const mocha = (glob) => [npx, ['mocha', '--config', '.mocharc.json', glob]];

const steps = [
  ['build', [node, ['esbuild.mjs']]],
  ['compile', [npx, ['tsc', '-p', '.']]], // build has generated the schema validators
];
const suites = {
  unit: mocha('out/{server,client}/src/**/*.test.js'),
  protocol: mocha('out/test/protocol/**/*.test.js'),
  cli: mocha('out/test/cli/**/*.test.js'),
  // The real server under a seeded random editor (short: 1,500 edits; `npm run fuzz` runs long).
  fuzz: mocha('out/test/fuzz/**/*.test.js'),
  // Generated Word documents converted to PDF by LibreOffice (headless) and read back with poppler.
  documents: mocha('out/test/documents/**/*.test.js'),
  // Panel pages in real headless Chromium, fed by the real server.
  webview: mocha('out/test/webview/**/*.test.js'),
  e2e: [node, ['test/e2e/run.mjs']],
  // The same suite with VS Code's display language set to Chinese.
  'e2e-zh': [node, ['test/e2e/run.mjs'], { POC_STUDIO_E2E_LOCALE: 'zh-cn' }],
  // Workspace trust on and the folder untrusted (restricted mode): activation, checking, crash recovery.
  'e2e-restricted': [node, ['test/e2e/run.mjs'], { POC_STUDIO_E2E_RESTRICTED: '1', POC_STUDIO_E2E_GREP: 'smoke|workspace trust|crash recovery' }],
  // A multi-root workspace of two customers' folders (test/fixtures/portfolio): one portfolio.
  'e2e-multiroot': [node, ['test/e2e/run.mjs'], { POC_STUDIO_E2E_MULTIROOT: '1' }],
};

const wanted = process.argv.slice(2).filter((a) => a in suites);
const selected = wanted.length ? wanted : Object.keys(suites);

// Browser suites need Chromium (installed with apt-get when root and missing, else named).
if (selected.some((s) => s === 'webview' || s.startsWith('e2e'))) {
  const { checkPrerequisites } = await import('./ensure-code-server.mjs');
  try {
    checkPrerequisites({ needChromium: true });
  } catch (e) {
    console.error(`\n${e.message}\n`);
  }
}

// The documents suite needs LibreOffice and poppler (installed with apt-get when root and missing, else named).
if (selected.includes('documents')) {
  const { checkOfficePrerequisites } = await import('./ensure-office.mjs');
  try {
    checkOfficePrerequisites();
  } catch (e) {
    console.error(`\n${e.message}\n`);
  }
}

// Compiled tests of deleted sources must not run: compile into an empty out/.
rmSync('out', { recursive: true, force: true });
const results = [];
for (const [name, [cmd, args]] of steps) {
  console.log(`\n=== ${name} ===`);
  const r = run(cmd, args);
  results.push([name, r]);
  if (!r.ok) {
    console.error(`\n${name} failed: no tests were run.`);
    process.exit(1);
  }
}
for (const name of selected) {
  console.log(`\n=== ${name} tests ===`);
  results.push([name, run(...suites[name])]);
}

console.log('\n=== summary ===');
for (const [name, r] of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${name} (${r.seconds}s)`);
process.exit(results.every(([, r]) => r.ok) ? 0 : 1);
