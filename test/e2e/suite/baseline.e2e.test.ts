// Baselines in a real VS Code, on (a copy of) examples/: "POC Studio: Set Baseline" writes
// <plan>.<name>.baseline.yaml next to the plan and never writes over it; the plan is then compared
// with the newest baseline (baseline-slip in the Problems view follows it), and the hover on a
// task shows the baseline, the current plan and the actual dates. The input box is bypassed
// through the command's argument.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);
const zh = () => vscode.env.language.toLowerCase().startsWith('zh');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

async function waitFor<T>(get: () => T | undefined | false, what: () => string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const slips = () => vscode.languages.getDiagnostics(uriOf('bank-log.project.yaml')).filter((d) => codeOf(d) === 'baseline-slip');

describe('baselines in VS Code', function () {
  this.timeout(120_000);
  const written = () => uriOf('bank-log.e2e.baseline.yaml');

  before(async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
    assert.ok(ext);
    await (await ext.activate()).ready;
  });

  after(async () => {
    try {
      await vscode.workspace.fs.delete(written());
    } catch {
      // not written
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('reports the unexplained slip of the example against its baseline, and shows it in the hover', async () => {
    const found = await waitFor(() => (slips().length ? slips() : undefined), () => 'baseline-slip on bank-log.project.yaml');
    assert.deepEqual(
      found.map((d) => d.range.start.line + 1),
      [31],
      'P5 only: P3 slipped too, but its delay explains it',
    );
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const at = doc.positionAt(doc.getText().indexOf('id: P5') + 5);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at);
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, zh() ? /原计划（基线“2027-01-04”）：2027-01-15 → 2027-01-26 · 晚 7 个工作日/ : /Baseline 2027-01-04: 2027-01-15 → 2027-01-26 · 7 working days late/);
    assert.match(text, zh() ? /实际：2027-01-19 开始，预计 2027-02-04 完成/ : /Actual: started 2027-01-19, forecast to finish 2027-02-04/);
  });

  it('Set Baseline writes the snapshot next to the plan; the plan is then compared with it, and it is never written over', async () => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.setBaseline', { uri: uriOf('bank-log.project.yaml'), name: 'e2e' });
    assert.equal(target?.toString(), written().toString());
    const text = await read(written());
    assert.match(text, /^kind: baseline\nplan: bank-log-impl\nname: e2e\ntaken: 2027-01-27\ntasks:\n/m);
    assert.match(text, /- \{ id: P5, start: 2027-01-19, end: 2027-02-04 \}/);
    // The newest baseline is the one just taken: nothing has slipped against it.
    await waitFor(() => slips().length === 0, () => `baseline-slip gone: ${slips().map((d) => d.message).join(' | ')}`);
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.setBaseline', { uri: uriOf('bank-log.project.yaml'), name: 'e2e' });
    assert.equal(again, undefined);
    assert.equal(await read(written()), text, 'the existing baseline is untouched');
    await vscode.workspace.fs.delete(written());
    await waitFor(() => slips().length === 1, () => 'baseline-slip back once the new baseline is gone');
  });

  it('is offered in the editor title menu of a plan only', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as { contributes: { commands: { command: string; title: string | { value: string } }[]; menus: Record<string, { command: string; when?: string }[]> } };
    const entry = pkg.contributes.menus['editor/title'].find((m) => m.command === 'pocStudio.setBaseline');
    assert.ok(entry?.when && /poc\|project/.test(entry.when));
    const cmd = pkg.contributes.commands.find((c) => c.command === 'pocStudio.setBaseline');
    // The title is a string, or { value, original } when VS Code has translated it.
    const title = cmd && (typeof cmd.title === 'string' ? cmd.title : cmd.title.value);
    assert.ok(title && /Set Baseline|设置基线|%command\.setBaseline%/.test(title), `a command of the palette, with its title: ${JSON.stringify(cmd)}`);
  });
});
