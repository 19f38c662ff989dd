// Editing help in a real VS Code, through the same provider commands VS Code's UI uses:
// completion, quick fix (applied), go to definition, rename, hover, code lenses, and the
// "New POC folder" command — on (a copy of) examples/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);

async function waitFor<T>(get: () => T | undefined | false, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The position at the end (or start) of the first occurrence of `marker` in a document. */
function posOf(doc: vscode.TextDocument, marker: string, at: 'start' | 'end' = 'end'): vscode.Position {
  const i = doc.getText().indexOf(marker);
  assert.ok(i >= 0, `${marker} not found in ${doc.uri.path}`);
  return doc.positionAt(at === 'end' ? i + marker.length : i);
}

async function revert(doc: vscode.TextDocument): Promise<void> {
  await vscode.window.showTextDocument(doc);
  await vscode.commands.executeCommand('workbench.action.files.revert');
}

describe('editing help in VS Code', function () {
  this.timeout(120_000);

  before(async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
    assert.ok(ext);
    await (await ext.activate()).ready;
  });

  it('completes owners with team members and stakeholders (vscode.executeCompletionItemProvider)', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, posOf(doc, 'owner: sunn'));
    const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
    for (const id of ['sun', 'zhao', 'wang', 'cio-liu']) assert.ok(labels.includes(id), `${id} in ${labels.join(',')}`);
    const sun = list.items.find((i) => i.label === 'sun')!;
    assert.match(String(sun.detail ?? ''), /孙七/);
  });

  it('fixes the mistyped owner with the quick fix (vscode.executeCodeActionProvider + applyEdit)', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const diag = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'unknown-ref'), 'the unknown-ref diagnostic');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diag.range);
    const fix = actions.find((a) => a.isPreferred && a.kind?.value === 'quickfix');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(' | '));
    const before = doc.getText();
    assert.ok(await vscode.workspace.applyEdit(fix!.edit!));
    assert.equal(doc.getText(), before.replace('owner: sunn', 'owner: sun'), 'only the id changed');
    await waitFor(() => !vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'unknown-ref'), 'the error to go away');
    const silence = actions.find((a) => /disable/i.test(a.title) || /禁用/.test(a.title));
    assert.ok(silence, 'every diagnostic can be silenced with # poc-studio-disable-next-line');
    await revert(doc);
  });

  it('goes to a stakeholder defined in another file (vscode.executeDefinitionProvider)', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.poc.yaml'));
    const locs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, posOf(doc, 'sec-zh'));
    assert.equal(locs.length, 1);
    const loc = locs[0];
    const target = 'targetUri' in loc ? loc.targetUri : loc.uri;
    const range = 'targetUri' in loc ? (loc.targetSelectionRange ?? loc.targetRange) : loc.range;
    assert.equal(target.toString(), uriOf('bank.stakeholders.yaml').toString());
    const stakeholders = await vscode.workspace.openTextDocument(target);
    assert.equal(stakeholders.getText(range), 'sec-zhou');
  });

  it('renames a stakeholder in every file that names it (vscode.executeDocumentRenameProvider)', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank.stakeholders.yaml'));
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, posOf(doc, 'id: ops-m'), 'ops-majun');
    const files = edit.entries().map(([u]) => u.path.split('/').pop()).sort();
    assert.deepEqual(files, ['bank-log.project.yaml', 'bank.requirements.yaml', 'bank.stakeholders.yaml']);
    const req = await vscode.workspace.openTextDocument(uriOf('bank.requirements.yaml'));
    const reqBefore = req.getText();
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(req.getText(), reqBefore.replaceAll('source: ops-ma', 'source: ops-majun'));
    assert.ok(doc.getText().includes('id: ops-majun'));
    for (const f of ['bank.stakeholders.yaml', 'bank-log.project.yaml', 'bank.requirements.yaml']) await revert(await vscode.workspace.openTextDocument(uriOf(f)));
    // A rename onto an existing id is refused.
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, posOf(doc, 'id: ops-m'), 'cio-liu')),
    );
  });

  it("shows a task's computed dates in its hover and code lens", async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, posOf(doc, 'id: P4'));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(text, /2027-01-19/);
    assert.match(text, /2027-01-26/);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
    const p4 = lenses.find((l) => l.range.start.line === posOf(doc, 'id: P4').line);
    assert.ok(p4?.command, lenses.map((l) => `${l.range.start.line}:${l.command?.title}`).join('\n'));
    assert.match(p4!.command!.title, /2027-01-19 → 2027-01-26/);
  });

  it('creates a new POC folder from the playbook, and never writes over it', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.newPocFolder', {
      customer: '某证券',
      pocId: 'sec-log-poc',
      parent: folder(),
      qualified: { financiallyVetted: true, purchaseCommitment: true },
    });
    assert.ok(created);
    const names = (await vscode.workspace.fs.readDirectory(created!)).map(([n]) => n).sort();
    assert.ok(names.includes('sec-log-poc.poc.yaml'), names.join(','));
    assert.ok(names.some((n) => n.endsWith('.stakeholders.yaml')) && names.some((n) => n.endsWith('.requirements.yaml')) && names.some((n) => n.endsWith('.checklist.yaml')));
    const poc = vscode.Uri.joinPath(created!, 'sec-log-poc.poc.yaml');
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(poc));
    assert.match(text, /customer: 某证券/);
    assert.match(text, /financiallyVetted: true/);
    // The new files validate: once the server has seen all of them, the POC has the info about its
    // placeholder intelligence, no error, and no warning the template caused (qualification was confirmed).
    await waitFor(() => {
      const d = vscode.languages.getDiagnostics(poc);
      return d.some((x) => codeOf(x) === 'intelligence-incomplete') && !d.some((x) => x.severity === vscode.DiagnosticSeverity.Error || codeOf(x) === 'unqualified');
    }, `no error in the new POC: ${vscode.languages.getDiagnostics(poc).map((d) => `${codeOf(d)} ${d.message}`).join('; ')}`);
    // Running it again does not overwrite anything.
    await vscode.workspace.fs.writeFile(poc, new TextEncoder().encode(text + '# 用户的修改\n'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.newPocFolder', { customer: '某证券', pocId: 'sec-log-poc', parent: folder() });
    assert.equal(again, undefined);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(poc)), /# 用户的修改/);
  });

  it('New Project writes a project plan skeleton into the folder, and never writes over it', async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.newProject', { customer: '某证券', projectId: 'sec-log-impl', parent: folder() });
    assert.ok(created);
    assert.equal(created!.toString(), vscode.Uri.joinPath(folder(), 'sec-log-impl.project.yaml').toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(created!));
    assert.match(text, /\nkind: project\nid: sec-log-impl\n/);
    assert.match(text, /customer: 某证券/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created!.toString(), 'the plan is opened');
    await vscode.workspace.fs.writeFile(created!, new TextEncoder().encode(text + '# 用户的修改\n'));
    const again = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.newProject', { customer: '某证券', projectId: 'sec-log-impl', parent: folder() });
    assert.equal(again, undefined);
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(created!)), /# 用户的修改/);
    await vscode.workspace.fs.delete(created!);
  });
});
