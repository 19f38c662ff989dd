// Workspace trust: the extension declares that it supports untrusted workspaces (it executes
// nothing from the workspace: plans are data, settings are plain values). With
// POC_STUDIO_E2E_RESTRICTED=1 (the `e2e-restricted` suite of npm test) VS Code runs with workspace
// trust on and the folder untrusted: the extension must activate and check the plans there too.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';

describe('workspace trust', function () {
  this.timeout(120_000);

  it('declares support for untrusted workspaces and no virtual workspaces', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const caps = (ext.packageJSON as { capabilities?: { untrustedWorkspaces?: { supported?: unknown }; virtualWorkspaces?: unknown } }).capabilities;
    assert.equal(caps?.untrustedWorkspaces?.supported, true);
    assert.equal(caps?.virtualWorkspaces, false);
  });

  if (process.env.POC_STUDIO_E2E_RESTRICTED === '1') {
    it('activates and checks the plans in restricted mode (folder not trusted)', async () => {
      assert.equal(vscode.workspace.isTrusted, false, 'the workspace is not trusted');
      const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID)!;
      await (await ext.activate()).ready;
      assert.equal(ext.isActive, true);
      const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, 'bank-log.project.yaml');
      const deadline = Date.now() + 60_000;
      while (!vscode.languages.getDiagnostics(uri).some((d) => d.source === 'POC Studio' && String(typeof d.code === 'object' ? d.code.value : d.code) === 'unknown-ref')) {
        if (Date.now() > deadline) throw new Error('no diagnostics in restricted mode');
        await new Promise((r) => setTimeout(r, 200));
      }
    });
  }
});
