#!/usr/bin/env node
// Second launcher for the same suite (test/e2e/suite): desktop VS Code through
// @vscode/test-electron. For machines with a desktop (or xvfb-run) AND network access to
// the VS Code update servers, from which test-electron downloads VS Code into
// .vscode-test/ (git-ignored). It does NOT work on this project's own machines, which
// have no such network: there, use test/e2e/run.mjs (code-server + headless Chromium).
//
// Usage:  node test/e2e/run-electron.mjs            (Linux without a display: xvfb-run -a node ...)
//
// Environment (all optional):
//   POC_STUDIO_E2E_WORKSPACE       folder to open (copied to a temp dir first); default examples/
//   POC_STUDIO_E2E_VSCODE_VERSION  VS Code version to download, e.g. 1.100.3; default stable
//   VSCODE_EXECUTABLE_PATH         use this installed VS Code instead of downloading one
//   POC_STUDIO_E2E_GREP            only run tests whose full title matches this regexp
//   POC_STUDIO_E2E_KEEP=1          keep the temp dir
//
// Needs the extension built (node esbuild.mjs) and the suite compiled (npx tsc -p .).

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const env = process.env;
const workspace = path.resolve(env.POC_STUDIO_E2E_WORKSPACE || path.join(repoRoot, 'examples'));
const extensionDevelopmentPath = repoRoot;
const extensionTestsPath = path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js');

async function main() {
  if (!fs.existsSync(extensionTestsPath)) {
    throw new Error(`${path.relative(repoRoot, extensionTestsPath)} is missing: run npx tsc -p . first`);
  }
  if (!fs.existsSync(path.join(repoRoot, 'dist', 'extension.js'))) {
    throw new Error('dist/extension.js is missing: run node esbuild.mjs first');
  }
  const tmpDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-e2e-electron-')));
  const workspaceCopy = path.join(tmpDir, 'workspace', path.basename(workspace));
  fs.cpSync(workspace, workspaceCopy, { recursive: true });
  const userDataDir = path.join(tmpDir, 'user-data');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'security.workspace.trust.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'workbench.startupEditor': 'none',
        'git.enabled': false,
      },
      null,
      2,
    ),
  );
  const resultsFile = path.join(tmpDir, 'results.json');

  let runError;
  try {
    await runTests({
      version: env.POC_STUDIO_E2E_VSCODE_VERSION || undefined,
      vscodeExecutablePath: env.VSCODE_EXECUTABLE_PATH || undefined,
      extensionDevelopmentPath,
      extensionTestsPath,
      extensionTestsEnv: {
        POC_STUDIO_E2E_RESULTS: resultsFile,
        POC_STUDIO_E2E_WORKSPACE_PATH: workspaceCopy,
        POC_STUDIO_E2E_GREP: env.POC_STUDIO_E2E_GREP,
        CI: env.CI,
      },
      launchArgs: [
        workspaceCopy,
        '--disable-extensions', // other installed extensions; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--disable-gpu',
        '--user-data-dir', userDataDir,
        '--extensions-dir', path.join(tmpDir, 'extensions'),
      ],
    });
  } catch (err) {
    runError = err;
  }

  let ok = false;
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    console.log('\n' + r.output.trimEnd() + '\n');
    ok = r.completed && r.failures === 0 && r.passes > 0;
    console.log(`e2e: ${r.passes} passed, ${r.failures} failed${r.pending ? `, ${r.pending} skipped` : ''}`);
  } else {
    console.error(`[e2e-electron] the suite wrote no results${runError ? `: ${runError.message ?? runError}` : ''}`);
    if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN/.test(String(runError?.message))) {
      console.error('[e2e-electron] no network to download VS Code: use node test/e2e/run.mjs (code-server) here');
    }
    console.log('e2e: 0 passed, 1 failed');
  }
  if (runError && ok) ok = false;
  if (env.POC_STUDIO_E2E_KEEP === '1') console.log(`[e2e-electron] kept ${tmpDir}`);
  else fs.rmSync(tmpDir, { recursive: true, force: true });
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(`[e2e-electron] ERROR: ${err?.stack ?? err}`);
  process.exit(1);
});
