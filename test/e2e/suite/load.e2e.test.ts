// The team load panel in a real VS Code: the command opens its webview and the page draws the
// example (today 2027-01-27: the window starts in 2027-W04, zhao over with P5 and P6); paging asks
// the server again for other weeks; opening a task of a cell puts the cursor on its entry.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';

interface LoadInfo {
  weeks: string[];
  rows: { person: string; hidden: boolean; cells: { key: string; text: string; state: string }[] }[];
}
interface LoadPanel {
  page(from: string | undefined): Promise<void>;
  task(key: string, index: number): { id: string; uri: string } | undefined;
  openTask(key: string, index: number): Promise<vscode.TextEditor | undefined>;
}
interface Api {
  ready: Promise<void>;
  loadPanel(): LoadPanel | undefined;
  onLoadRendered: vscode.Event<LoadInfo>;
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

describe('team load panel in VS Code', function () {
  this.timeout(180_000);
  let api: Api;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.ready;
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Show Team Load draws person × week from today’s week; zhao is over in 2027-W04', async () => {
    const zhao = (r: LoadInfo) => r.rows.find((x) => x.person === 'zhao');
    const drawn = next(api.onLoadRendered, (r) => r.weeks[0] === '2027-W04' && !!zhao(r), 'the team load drawn');
    await vscode.commands.executeCommand('pocStudio.showTeamLoad');
    assert.ok(api.loadPanel(), 'the panel is open');
    const info = await drawn;
    assert.equal(info.weeks.length, 8);
    assert.equal(zhao(info)!.cells[0].state, 'over');
    assert.match(zhao(info)!.cells[0].text, /^\d+%$/);
    assert.ok(['li', 'sun', 'wang', 'zhang'].every((p) => info.rows.some((r) => r.person === p)));
  });

  it('pages by weeks and opens a task of a cell at its entry', async () => {
    const panel = api.loadPanel()!;
    const paged = next(api.onLoadRendered, (r) => r.weeks[0] === '2027-W02', 'the earlier weeks');
    await panel.page('2027-01-11');
    await paged;
    const back = next(api.onLoadRendered, (r) => r.weeks[0] === '2027-W04', 'today’s week again');
    await panel.page(undefined);
    await back;
    const t = panel.task('zhao|0', 0);
    assert.ok(t, 'zhao has a task in 2027-W04');
    const editor = await panel.openTask('zhao|0', 0);
    assert.ok(editor);
    assert.match(editor.document.uri.path, /bank-log\.project\.yaml$/);
    assert.match(editor.document.lineAt(editor.selection.active.line).text, new RegExp(`id: ${t.id},`));
  });
});
