// A multi-root workspace in a real VS Code (run.mjs POC_STUDIO_E2E_MULTIROOT=1): two customers'
// folders, test/fixtures/portfolio/bank and broker, that share the engineer zhao (赵六). They are one
// portfolio: each plan shows zhao over-allocated because of the other customer's plan, and the team
// load panel shows both customers' tasks in one cell. Today is 2027-01-01 (the workspace settings).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';

interface LoadInfo {
  weeks: string[];
  rows: { person: string; hidden: boolean; cells: { key: string; text: string; state: string }[] }[];
}
interface LoadPanel {
  task(key: string, index: number): { id: string; uri: string } | undefined;
  openTask(key: string, index: number): Promise<vscode.TextEditor | undefined>;
}
interface Api {
  ready: Promise<void>;
  loadPanel(): LoadPanel | undefined;
  onLoadRendered: vscode.Event<LoadInfo>;
}

function until<T>(what: string, probe: () => T | undefined, timeoutMs = 60_000): Promise<T> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = probe();
      if (v !== undefined) return resolve(v);
      if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 200);
    };
    tick();
  });
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

const overAllocated = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'over-allocated');

describe('multi-root workspace: two customers are one portfolio', function () {
  this.timeout(180_000);
  let api: Api;
  let bank: vscode.Uri;
  let broker: vscode.Uri;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.ready;
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => path.basename(f.uri.fsPath)), ['bank', 'broker']);
    bank = vscode.Uri.joinPath(folders[0].uri, 'bank.project.yaml');
    broker = vscode.Uri.joinPath(folders[1].uri, 'broker.project.yaml');
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('each customer’s plan shows the shared engineer over-allocated by the other customer’s plan', async () => {
    const inBank = await until('over-allocated in bank', () => overAllocated(bank)[0]);
    assert.match(inBank.message, /P2 \(数据接入\) overlaps Q1 \(需求调研\) in 某证券日志平台实施项目|P2（数据接入）与以下任务时间重叠：某证券日志平台实施项目 的 Q1/);
    assert.equal(inBank.range.start.line, 11);
    assert.deepEqual(inBank.relatedInformation?.map((r) => path.basename(r.location.uri.fsPath)), ['broker.project.yaml', 'broker.project.yaml']);
    const inBroker = await until('over-allocated in broker', () => overAllocated(broker)[0]);
    assert.match(inBroker.message, /某银行日志平台实施项目/);
  });

  it('editing one customer’s plan clears the other customer’s finding; undoing brings it back', async () => {
    const doc = await vscode.workspace.openTextDocument(broker);
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.lineAt(9);
    assert.match(line.text, /id: Q1/);
    // Q1 and Q2 move four weeks later: no overlap with the bank's P2 any more.
    await editor.edit((e) => e.replace(line.range, line.text.replace('2027-01-11', '2027-02-08')));
    await until('the bank finding cleared', () => (overAllocated(bank).length === 0 ? true : undefined));
    await vscode.commands.executeCommand('undo');
    await until('the bank finding back', () => overAllocated(bank)[0]);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('Show Team Load: one cell with both customers’ tasks, over; a task opens in its own folder', async () => {
    const zhao = (r: LoadInfo) => r.rows.find((x) => x.person === 'zhao');
    const drawn = next(api.onLoadRendered, (r) => r.weeks[0] === '2026-W53' && !!zhao(r), 'the team load drawn');
    await vscode.commands.executeCommand('pocStudio.showTeamLoad');
    const info = await drawn;
    const week = info.weeks.indexOf('2027-W02');
    assert.ok(week > 0, info.weeks.join(','));
    const cell = zhao(info)!.cells[week];
    assert.equal(cell.text, '170%');
    assert.equal(cell.state, 'over');
    const panel = api.loadPanel()!;
    const tasks = [0, 1, 2].map((i) => panel.task(cell.key, i));
    assert.deepEqual(tasks.map((t) => t && path.basename(vscode.Uri.parse(t.uri).fsPath)), ['bank.project.yaml', 'broker.project.yaml', 'broker.project.yaml']);
    // The panel belongs to the folder of the active editor (broker): a task of the other folder opens at its entry too.
    for (const [i, file, id] of [[1, /broker[\\/]broker\.project\.yaml$/, 'Q1'], [0, /bank[\\/]bank\.project\.yaml$/, 'P2']] as const) {
      const editor = await panel.openTask(cell.key, i);
      assert.ok(editor);
      assert.match(editor.document.uri.fsPath, file);
      assert.match(editor.document.lineAt(editor.selection.active.line).text, new RegExp(`id: ${id},`));
    }
  });
});
