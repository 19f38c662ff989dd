// Smoke test: runs inside a real VS Code (see test/e2e/README.md).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';

async function waitFor(cond: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('smoke', () => {
  it('runs in a real VS Code', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/);
    assert.equal(typeof vscode.workspace.openTextDocument, 'function');
  });

  it(`has the extension ${EXTENSION_ID} and activates it`, async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not installed in this VS Code`);
    await ext.activate();
    await waitFor(() => ext.isActive, 20_000, `${EXTENSION_ID} to be active`);
    assert.equal(ext.isActive, true);
  });

  it('starts the language server', async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void>; client(): { isRunning(): boolean } | undefined }>(EXTENSION_ID);
    assert.ok(ext);
    const api = await ext.activate();
    await api.ready;
    assert.equal(api.client()?.isRunning(), true);
  });

  it('has the workspace folder open', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.equal(folders.length, 1, `expected one workspace folder, got ${folders.length}`);
    const expected = process.env.POC_STUDIO_E2E_WORKSPACE_PATH;
    if (expected) {
      assert.equal(path.resolve(folders[0].uri.fsPath), path.resolve(expected));
    }
  });
});
