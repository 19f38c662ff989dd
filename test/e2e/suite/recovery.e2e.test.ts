// Crash recovery in a real VS Code: the language server process is killed (SIGKILL, as the OOM
// killer or a crash would); vscode-languageclient's default error handler restarts it (up to 4
// times in 3 minutes), the diagnostics of the example come back, and no file of the workspace
// changed on disk.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXAMPLE_FINDINGS } from '../../examples-expected';

const EXTENSION_ID = 'poc-studio.poc-studio';

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const summary = (file: string) =>
  vscode.languages
    .getDiagnostics(vscode.Uri.joinPath(folder(), file))
    .filter((d) => d.source === 'POC Studio')
    .map((d) => `${d.range.start.line + 1} ${codeOf(d)}`)
    .sort();
const FILES = [...new Set(EXAMPLE_FINDINGS.map((f) => f.file))];
const expected = (file: string) => EXAMPLE_FINDINGS.filter((f) => f.file === file).map((f) => `${f.line} ${f.rule}`).sort();

async function waitFor(cond: () => boolean | Promise<boolean>, what: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** sha256 of every file under `dir` (relative path → hash). */
function hashTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out[path.relative(dir, p)] = crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('crash recovery in VS Code', function () {
  this.timeout(180_000);
  let api: { client(): LanguageClient | undefined; ready: Promise<void> };

  before(async () => {
    const ext = vscode.extensions.getExtension<typeof api>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.ready;
  });

  it('restarts a killed server: diagnostics come back and no file of the workspace changed', async () => {
    await waitFor(
      () => FILES.every((f) => JSON.stringify(summary(f)) === JSON.stringify(expected(f))),
      () => 'the example findings before the kill',
    );
    const before = hashTree(folder().fsPath);
    const client = api.client()!;
    const pid = await client.sendRequest<number>('pocStudio/pid');
    assert.ok(Number.isInteger(pid) && pid > 0 && pid !== process.pid, `server pid ${pid}`);
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !alive(pid), () => `process ${pid} to die`, 10_000);

    // A new server process answers.
    let newPid = 0;
    await waitFor(
      async () => {
        try {
          const c = api.client();
          if (!c || !c.isRunning()) return false;
          newPid = await Promise.race([c.sendRequest<number>('pocStudio/pid'), new Promise<number>((r) => setTimeout(() => r(0), 2000))]);
          return newPid > 0 && newPid !== pid;
        } catch {
          return false;
        }
      },
      () => `a restarted server (old pid ${pid})`,
      60_000,
    );
    assert.ok(alive(newPid), 'the new server runs');
    // Its diagnostics are the example's again, on every file.
    await waitFor(
      () => FILES.every((f) => JSON.stringify(summary(f)) === JSON.stringify(expected(f))),
      () => FILES.map((f) => `${f}: got ${JSON.stringify(summary(f))}, want ${JSON.stringify(expected(f))}`).join('\n'),
    );
    // Features work on the new server.
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'bank-log.project.yaml'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    assert.ok(symbols && symbols.length > 0, 'document symbols from the restarted server');
    // Nothing was written.
    assert.deepEqual(hashTree(folder().fsPath), before);
  });
});
