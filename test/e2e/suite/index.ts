// Entry point of the end-to-end suite, loaded by VS Code's extension host as
// `extensionTestsPath` (compiled to out/test/e2e/suite/index.js). VS Code calls run();
// it runs mocha over every *.e2e.test.js file in this folder (and below), in the
// extension host, with the full `vscode` API and the extension under development loaded.
//
// Launchers (see test/e2e/README.md):
//   - test/e2e/run.mjs           code-server + headless Chromium (works on these machines)
//   - test/e2e/run-electron.mjs  @vscode/test-electron (needs a desktop and the network)
//
// Environment (all optional):
//   POC_STUDIO_E2E_RESULTS  file to write the results to as JSON (see E2eResults)
//   POC_STUDIO_E2E_RELEASE  after writing the results, wait (up to 60 s) until this file
//                           exists before returning, so that the launcher can take its
//                           screenshot while the extension is still running
//   POC_STUDIO_E2E_GREP     only run tests whose full title matches this regexp
//   POC_STUDIO_E2E_SUITE    `multiroot`: run test/e2e/multiroot (a multi-root workspace) instead
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export interface E2eFailure {
  title: string;
  fullTitle: string;
  message: string;
  stack?: string;
}

export interface E2eResults {
  /** true when mocha ran to its end (false when the suite itself could not be loaded/run) */
  completed: boolean;
  passes: number;
  failures: number;
  pending: number;
  total: number;
  durationMs: number;
  files: string[];
  failureDetails: E2eFailure[];
  passed: string[];
  /** the spec reporter's text output, without colours */
  output: string;
  /** an error outside any test (loading the files, etc.) */
  error?: string;
  vscodeVersion?: string;
}

function findTestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.e2e.test.js')) out.push(full);
  }
  return out.sort();
}

function writeResults(results: E2eResults): void {
  const file = process.env.POC_STUDIO_E2E_RESULTS;
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(results, null, 2));
  fs.renameSync(tmp, file); // atomic: the launcher never reads a half-written file
}

async function waitForRelease(): Promise<void> {
  const file = process.env.POC_STUDIO_E2E_RELEASE;
  if (!file) return;
  const deadline = Date.now() + 60_000;
  while (!fs.existsSync(file) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 200));
  }
}

function vscodeVersion(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vscode = require('vscode') as typeof import('vscode');
    return `${vscode.version}, display language ${vscode.env.language}`;
  } catch {
    return undefined;
  }
}

export async function run(): Promise<void> {
  const started = Date.now();
  const lines: string[] = [];
  type ConsoleLog = (...args: unknown[]) => void;
  const Base = Mocha.reporters.Base as unknown as { consoleLog: ConsoleLog; useColors: boolean };
  const originalLog = Base.consoleLog;
  Base.useColors = false;
  Base.consoleLog = (...args: unknown[]) => {
    lines.push(format(...args));
    originalLog(...args); // still goes to the extension host's log / the terminal
  };

  const results: E2eResults = {
    completed: false,
    passes: 0,
    failures: 0,
    pending: 0,
    total: 0,
    durationMs: 0,
    files: [],
    failureDetails: [],
    passed: [],
    output: '',
    vscodeVersion: vscodeVersion(),
  };

  try {
    const mocha = new Mocha({
      ui: 'bdd',
      reporter: 'spec',
      color: false,
      timeout: 30_000,
      slow: 5_000,
      forbidOnly: !!process.env.CI,
    });
    if (process.env.POC_STUDIO_E2E_GREP) mocha.grep(new RegExp(process.env.POC_STUDIO_E2E_GREP));
    // POC_STUDIO_E2E_SUITE=multiroot (run.mjs POC_STUDIO_E2E_MULTIROOT=1): the multi-root workspace's own suite.
    results.files = findTestFiles(process.env.POC_STUDIO_E2E_SUITE === 'multiroot' ? path.join(__dirname, '..', 'multiroot') : __dirname);
    for (const f of results.files) mocha.addFile(f);
    lines.push(`e2e suite: ${results.files.length} file(s): ${results.files.map((f) => path.basename(f)).join(', ')}`);

    await mocha.loadFilesAsync();
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => results.passed.push(test.fullTitle()));
      runner.on('fail', (test, err: Error) => {
        results.failureDetails.push({
          title: test.title,
          fullTitle: test.fullTitle(),
          message: err?.message ?? String(err),
          stack: err?.stack,
        });
      });
      runner.on('end', () => {
        const s = runner.stats;
        results.passes = s?.passes ?? results.passed.length;
        results.failures = s?.failures ?? results.failureDetails.length;
        results.pending = s?.pending ?? 0;
        results.total = runner.total;
      });
    });
    results.completed = true;
  } catch (err) {
    const e = err as Error;
    results.error = e?.stack ?? String(err);
    lines.push(`e2e suite error: ${results.error}`);
  } finally {
    Base.consoleLog = originalLog;
    results.durationMs = Date.now() - started;
    results.output = lines.join('\n');
    writeResults(results);
  }

  await waitForRelease();
  if (!results.completed) throw new Error(`e2e suite did not run: ${results.error}`);
  if (results.failures > 0) throw new Error(`${results.failures} e2e test(s) failed.`);
}
