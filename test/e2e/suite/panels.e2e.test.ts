// The stakeholder map and progress panels in a real VS Code: both commands open their webviews
// and the pages draw the example (read back from their DOM/SVG); ticking an item through the
// progress panel changes exactly that line of the file and the panel's figure; a tick made on
// what the panel showed before the file changed on disk is refused; New Checklist from Template
// writes a file that checks clean, never over an existing one.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);

interface StakeholdersInfo {
  points: { name: string; quadrant: string | null; attitude: string | null }[];
  treeNodes: number;
  treeLabels: string[];
  decisionMakers: number;
}
interface ProgressInfo {
  checklists: { id: string; done: number; total: number; percent: number; bar: number; overdue: number; checked: number }[];
}
interface ProgressPanel {
  keyOf(checklistId: string, itemId: string): string | undefined;
  stampOf(key: string): string | undefined;
  tick(key: string, done: boolean, stamp?: string): Promise<string>;
  undoTick(): Promise<boolean>;
}
interface Api {
  ready: Promise<void>;
  stakeholdersPanel(): unknown;
  onStakeholdersRendered: vscode.Event<StakeholdersInfo>;
  progressPanel(): ProgressPanel | undefined;
  onProgressRendered: vscode.Event<ProgressInfo>;
}

function next<T>(event: vscode.Event<T>, pred: (r: T) => boolean, what: string, timeoutMs = 45_000): Promise<T> {
  return new Promise((resolve, reject) => {
    let last: T | undefined;
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; last render: ${JSON.stringify(last)}`));
    }, timeoutMs);
    const sub = event((r) => {
      last = r;
      if (!pred(r)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

const machine = (r: ProgressInfo) => r.checklists.find((c) => c.id === 'machine-readiness');

describe('stakeholder map and progress panels in VS Code', function () {
  this.timeout(180_000);
  let api: Api;
  const file = () => uriOf('machine-readiness.checklist.yaml');
  let original: Uint8Array;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.ready;
    original = await vscode.workspace.fs.readFile(file());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Leave the example as it was for the suites that follow.
    await vscode.workspace.fs.writeFile(file(), original);
  });

  it('Show Stakeholders draws every stakeholder in its quadrant and the reportsTo tree', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank.stakeholders.yaml'));
    await vscode.window.showTextDocument(doc);
    // Earlier suites may have added people (a new POC folder): look at the example's.
    const NAMES = ['陈总', '刘总', '周经理', '马工', '吴经理'];
    const ours = (r: StakeholdersInfo) => r.points.filter((p) => NAMES.includes(p.name.replace('★ ', '')));
    const drawn = next(api.onStakeholdersRendered, (r) => ours(r).length === 5, 'the stakeholder map drawn');
    await vscode.commands.executeCommand('pocStudio.showStakeholders', doc.uri);
    assert.ok(api.stakeholdersPanel(), 'the panel is open');
    const info = await drawn;
    assert.deepEqual(
      ours(info).map((p) => `${p.name}:${p.quadrant}:${p.attitude}`),
      ['陈总:keep-satisfied:neutral', '★ 刘总:manage-closely:supporter', '周经理:manage-closely:skeptic', '马工:keep-informed:champion', '吴经理:monitor:neutral'],
    );
    for (const n of NAMES) assert.ok(info.treeLabels.some((l) => l.replace('★ ', '').startsWith(`${n} · `)), `${n} in the tree: ${info.treeLabels.join(' | ')}`);
    assert.ok(info.treeLabels.includes('★ 刘总 · CIO'), 'the decision maker is marked');
    assert.equal(info.treeNodes, info.points.length);
  });

  it('Show Progress shows the checklists; a tick writes done: true on exactly that line and the figure follows', async () => {
    const drawn = next(api.onProgressRendered, (r) => !!machine(r), 'the progress drawn');
    await vscode.commands.executeCommand('pocStudio.showProgress', file());
    const panel = api.progressPanel();
    assert.ok(panel, 'the panel is open');
    const first = machine(await drawn)!;
    assert.deepEqual([first.done, first.total, first.overdue, first.percent, first.bar], [5, 6, 1, 83, 83]);

    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(file())).split('\n');
    const key = panel.keyOf('machine-readiness', 'M6');
    assert.ok(key);
    const redrawn = next(api.onProgressRendered, (r) => machine(r)?.done === 6, 'the figure after the tick');
    assert.equal(await panel.tick(key, true), 'applied');
    const after = machine(await redrawn)!;
    assert.deepEqual([after.done, after.overdue, after.percent, after.bar, after.checked], [6, 0, 100, 100, 6]);
    const now = new TextDecoder().decode(await vscode.workspace.fs.readFile(file())).split('\n');
    assert.equal(now.length, before.length);
    const changed = now.map((l, i) => [i, l] as const).filter(([i, l]) => l !== before[i]);
    assert.equal(changed.length, 1, JSON.stringify(changed));
    assert.match(changed[0][1], /id: M6, .*done: true/);
    assert.equal(changed[0][1], before[changed[0][0]].replace('done: false', 'done: true'));
    // The checklist-overdue warning went with it.
    const deadline = Date.now() + 20_000;
    while (vscode.languages.getDiagnostics(file()).some((d) => d.code === 'checklist-overdue') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.deepEqual(vscode.languages.getDiagnostics(file()).map((d) => d.code), []);
  });

  it('refuses a tick made on what the panel showed before the file changed on disk', async () => {
    const panel = api.progressPanel()!;
    const key = panel.keyOf('machine-readiness', 'M1')!;
    const stale = panel.stampOf(key)!;
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file()));
    const changedText = text.replace('# 客户方机器准备检查', '# 客户方机器准备检查（外部修改）');
    assert.notEqual(changedText, text);
    await vscode.workspace.fs.writeFile(file(), new TextEncoder().encode(changedText));
    const doc = await vscode.workspace.openTextDocument(file());
    const deadline = Date.now() + 20_000;
    while (doc.getText() !== changedText && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(await panel.tick(key, false, stale), 'refused');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file())), changedText, 'nothing was written');
    assert.equal(doc.getText(), changedText);
  });

  it('Ctrl+Z in the panel (forwarded as undo) undoes a tick: the file on disk is the original again', async () => {
    const panel = api.progressPanel()!;
    const doc = await vscode.workspace.openTextDocument(file());
    // Back to the example (the tests above changed it), and the panel showing it.
    const shown = next(api.onProgressRendered, (r) => machine(r)?.done === 5, 'the original progress');
    await vscode.workspace.fs.writeFile(file(), original);
    const originalText = new TextDecoder().decode(original);
    const deadline = Date.now() + 20_000;
    while (doc.getText() !== originalText && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    await shown;
    const ticked = next(api.onProgressRendered, (r) => machine(r)?.done === 6, 'the tick drawn');
    assert.equal(await panel.tick(panel.keyOf('machine-readiness', 'M6')!, true), 'applied');
    await ticked;
    assert.notEqual(new TextDecoder().decode(await vscode.workspace.fs.readFile(file())), originalText, 'the tick was saved');
    const undone = next(api.onProgressRendered, (r) => machine(r)?.done === 5, 'the undo drawn');
    assert.equal(await panel.undoTick(), true);
    await undone;
    assert.equal(doc.getText(), originalText);
    assert.equal(doc.isDirty, false, 'saved again: the editor and the disk agree');
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(file())), originalText);
    // Nothing more to undo: a second Ctrl+Z in the panel changes nothing.
    assert.equal(await panel.undoTick(), false);
    assert.equal(doc.getText(), originalText);
  });

  it('New Checklist from Template writes a new file that checks clean, never over an existing one', async () => {
    const first = await vscode.commands.executeCommand<vscode.Uri>('pocStudio.newChecklist', { template: 'closing', folder: folder(), open: false });
    assert.ok(first);
    // closing.checklist.yaml exists in the example: the new one gets another name.
    assert.match(first.path, /\/closing-2\.checklist\.yaml$/);
    const doc = await vscode.workspace.openTextDocument(first);
    assert.match(doc.getText(), /kind: checklist/);
    // Its id is not the example's `closing` either.
    assert.match(doc.getText(), /\nid: closing-2\n/);
    // Shown in an editor, the file is checked at once: wait for the server's publish for it (an
    // empty list is a publish too), then read what it said.
    const published = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        sub.dispose();
        reject(new Error(`no diagnostics published for ${first.path}`));
      }, 30_000);
      const sub = vscode.languages.onDidChangeDiagnostics((e) => {
        if (!e.uris.some((u) => u.toString() === first.toString())) return;
        clearTimeout(timer);
        sub.dispose();
        resolve();
      });
    });
    await vscode.window.showTextDocument(doc);
    await published;
    const diags = vscode.languages.getDiagnostics(first);
    assert.deepEqual(diags.map((d) => `${d.code}: ${d.message}`), []);
    const example = new TextDecoder().decode(await vscode.workspace.fs.readFile(uriOf('closing.checklist.yaml')));
    assert.match(example, /项目收尾检查（平台进入试运行/, 'the example checklist is untouched');
    await vscode.workspace.fs.delete(first);
  });
});
