// Diagnostics in a real VS Code: the built extension on (a copy of) examples/, through the public
// API `vscode.languages.getDiagnostics`, as a user sees them in the Problems view.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXAMPLE_FINDINGS } from '../../examples-expected';

const EXTENSION_ID = 'poc-studio.poc-studio';
const FILES = ['bank-log.poc.yaml', 'bank-log.project.yaml', 'bank.requirements.yaml', 'bank.stakeholders.yaml', 'machine-readiness.checklist.yaml', 'closing.checklist.yaml'];

const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const ours = (file: string) => vscode.languages.getDiagnostics(uriOf(file)).filter((d) => d.source === 'POC Studio');
const summary = (file: string) => ours(file).map((d) => `${d.range.start.line + 1} ${codeOf(d)}`).sort();
const expected = (file: string) => EXAMPLE_FINDINGS.filter((f) => f.file === file).map((f) => `${f.line} ${f.rule}`).sort();

async function waitFor(cond: () => boolean, what: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Replaces every occurrence of `from` by `to` in an open document, without saving. */
async function replaceInDocument(file: string, from: string, to: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(uriOf(file));
  const edit = new vscode.WorkspaceEdit();
  const text = doc.getText();
  for (let i = text.indexOf(from); i >= 0; i = text.indexOf(from, i + from.length)) {
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(i), doc.positionAt(i + from.length)), to);
  }
  assert.ok(await vscode.workspace.applyEdit(edit), `edit of ${file} applied`);
  return doc;
}

describe('diagnostics in VS Code', function () {
  this.timeout(120_000);

  before(async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
    assert.ok(ext);
    await (await ext.activate()).ready;
  });

  after(async () => {
    // Leave the project file and the Problems view open for the screenshot kept as a test artifact.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml')));
    await vscode.commands.executeCommand('workbench.actions.view.problems');
  });

  it('shows the expected rule ids on the expected lines of every example file, without opening them', async () => {
    await waitFor(
      () => FILES.every((f) => JSON.stringify(summary(f)) === JSON.stringify(expected(f))),
      () => FILES.map((f) => `${f}: got ${JSON.stringify(summary(f))}, want ${JSON.stringify(expected(f))}`).join('\n'),
      60_000,
    );
    const typo = ours('bank-log.project.yaml').find((d) => codeOf(d) === 'unknown-ref')!;
    assert.equal(typo.severity, vscode.DiagnosticSeverity.Error);
    assert.match(typo.message, /'sunn'.*'sun'/);
    const info = ours('bank-log.project.yaml').find((d) => codeOf(d) === 'acceptance-category-missing')!;
    assert.equal(info.severity, vscode.DiagnosticSeverity.Information);
    assert.equal(ours('bank.stakeholders.yaml')[0].severity, vscode.DiagnosticSeverity.Warning);
  });

  it('messages follow the display language of VS Code', async () => {
    await waitFor(() => ours('bank-log.project.yaml').length > 0, () => 'diagnostics');
    const zh = vscode.env.language.toLowerCase().startsWith('zh');
    for (const d of FILES.flatMap(ours)) {
      // Names and titles are the user's (Chinese) text in both languages; the wording around them is not.
      if (zh) assert.match(d.message, /[的未不请应无没已]/, `Chinese message expected for ${vscode.env.language}: ${d.message}`);
      else assert.match(d.message, /\b(the|is|has|was|of|no|not|are)\b/i, `English message expected for ${vscode.env.language}: ${d.message}`);
    }
    const typo = ours('bank-log.project.yaml').find((d) => codeOf(d) === 'unknown-ref')!;
    assert.match(typo.message, zh ? /是否应为/ : /did you mean/);
  });

  it('gives artifact files the poc-yaml language, and leaves other YAML to other extensions', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.poc.yaml'));
    assert.equal(doc.languageId, 'poc-yaml');
    const notes = vscode.Uri.joinPath(folder(), 'notes.yaml');
    await vscode.workspace.fs.writeFile(notes, Buffer.from('meeting: [unclosed\n'));
    const other = await vscode.workspace.openTextDocument(notes);
    assert.equal(other.languageId, 'yaml');
    // No fixed sleep: an edit of an artifact sent after the open comes back checked, so the server
    // has handled everything sent before it (a check of notes.yaml would have been published first).
    await replaceInDocument('bank-log.project.yaml', 'owner: sunn', 'owner: sun');
    await waitFor(() => !summary('bank-log.project.yaml').includes('35 unknown-ref'), () => `the edit checked, got ${summary('bank-log.project.yaml')}`);
    assert.deepEqual(vscode.languages.getDiagnostics(notes).filter((d) => d.source === 'POC Studio'), []);
    await replaceInDocument('bank-log.project.yaml', 'owner: sun, dependsOn: [P8]', 'owner: sunn, dependsOn: [P8]');
    await waitFor(() => summary('bank-log.project.yaml').includes('35 unknown-ref'), () => 'unknown-ref back');
  });

  it('updates diagnostics as a document is edited: fixing the typo clears the error', async () => {
    const doc = await replaceInDocument('bank-log.project.yaml', 'owner: sunn', 'owner: sun');
    await waitFor(() => !summary('bank-log.project.yaml').includes('35 unknown-ref'), () => `no unknown-ref, got ${summary('bank-log.project.yaml')}`);
    await replaceInDocument('bank-log.project.yaml', 'owner: sun, dependsOn: [P8]', 'owner: sunn, dependsOn: [P8]');
    await waitFor(() => summary('bank-log.project.yaml').includes('35 unknown-ref'), () => 'unknown-ref back');
    assert.equal(doc.isDirty, true, 'nothing was saved: the server works on the editor text');
  });

  it('re-checks the files that depend on a renamed stakeholder id at once', async () => {
    await replaceInDocument('bank.stakeholders.yaml', 'id: sec-zhou', 'id: sec-zhou2');
    // sec-zhou is the demo audience (POC), the requester of CR1 (project), the source of R3 and R5.
    await waitFor(
      () =>
        summary('bank-log.poc.yaml').includes('110 unknown-ref') &&
        summary('bank-log.project.yaml').includes('45 unknown-ref') &&
        ours('bank.requirements.yaml').filter((d) => codeOf(d) === 'unknown-ref').length === 2,
      () => `unknown-ref in dependents: poc ${summary('bank-log.poc.yaml')}; project ${summary('bank-log.project.yaml')}; req ${summary('bank.requirements.yaml')}`,
    );
    await replaceInDocument('bank.stakeholders.yaml', 'id: sec-zhou2', 'id: sec-zhou');
    await waitFor(
      () => FILES.every((f) => !summary(f).some((s) => s.endsWith('unknown-ref') && s !== '35 unknown-ref')),
      () => 'dependents clean again',
    );
  });

  it('follows pocStudio.rules settings: a rule can be turned off', async () => {
    const config = vscode.workspace.getConfiguration('pocStudio');
    await config.update('rules', { 'blocker-unmanaged': 'off', 'demo-too-long': 'error' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(
        () => summary('bank.stakeholders.yaml').length === 0 && ours('bank-log.poc.yaml').some((d) => codeOf(d) === 'demo-too-long' && d.severity === vscode.DiagnosticSeverity.Error),
        () => `settings applied: stakeholders ${summary('bank.stakeholders.yaml')}`,
      );
    } finally {
      await config.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await waitFor(() => summary('bank.stakeholders.yaml').length === 1, () => 'blocker-unmanaged back');
  });
});
