// The schedule panel in a real VS Code: the command opens the webview, the page draws the example
// plan with Mermaid (counted from its SVG and reported back), an edit to a duration changes the
// drawn chart, clicking through reveals a task, and the Mermaid export is written where asked.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);

interface RenderInfo {
  bars: number;
  totalBars: number;
  /** The rows of a large chart's answer (a window of them). */
  window?: [number, number];
  critical: number;
  milestones: number;
  todayLine: boolean;
  labels: string[];
  widths: Record<string, number>;
  error?: string;
}
interface Panel {
  reveal(key: string): Promise<vscode.TextEditor | undefined>;
  export(format: string, target?: vscode.Uri): Promise<vscode.Uri | undefined>;
  drag(drag: Record<string, unknown>): Promise<'applied' | 'refused' | 'failed'>;
  setOptions(o: Record<string, unknown>): void;
}
interface Api {
  ready: Promise<void>;
  schedulePanel(): Panel | undefined;
  onScheduleRendered: vscode.Event<RenderInfo>;
  lastScheduleRender(): RenderInfo | undefined;
}

function nextRender(api: Api, pred: (r: RenderInfo) => boolean, what: string, timeoutMs = 45_000): Promise<RenderInfo> {
  return new Promise((resolve, reject) => {
    const last = api.lastScheduleRender();
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out waiting for ${what}; last render: ${JSON.stringify(api.lastScheduleRender())}`));
    }, timeoutMs);
    const sub = api.onScheduleRendered((r) => {
      if (!pred(r)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
    if (last && pred(last)) {
      clearTimeout(timer);
      sub.dispose();
      resolve(last);
    }
  });
}

describe('schedule panel in VS Code', function () {
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

  it('opens with the command, draws the plan, and redraws when a duration is edited', async () => {
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('pocStudio.showSchedule', doc.uri);
    assert.ok(api.schedulePanel(), 'the panel is open');
    const first = await nextRender(api, (r) => r.bars === 10, 'the example plan drawn');
    assert.equal(first.milestones, 1);
    assert.ok(first.critical >= 4, `critical bars: ${first.critical}`);
    assert.equal(first.todayLine, true);
    assert.ok(first.labels.some((l) => l.includes('报表开发')), first.labels.join(' | '));
    const key = Object.keys(first.widths).find((k) => first.labels.length && k);
    assert.ok(key);

    // P5 报表开发 takes 2w; make it 4w: its bar grows and the later tasks move.
    const marker = 'dependsOn: [P3], duration: 2w';
    const at = doc.getText().indexOf(marker);
    assert.ok(at >= 0);
    const start = doc.positionAt(at + marker.length - 2);
    const ok = await editor.edit((e) => e.replace(new vscode.Range(start, start.translate(0, 1)), '4'));
    assert.ok(ok);
    const widthsBefore = first.widths;
    const second = await nextRender(api, (r) => r.bars === 10 && JSON.stringify(r.widths) !== JSON.stringify(widthsBefore), 'the chart redrawn after the edit');
    const grown = Object.keys(second.widths).filter((k) => second.widths[k] !== widthsBefore[k]);
    assert.ok(grown.length > 0, 'some bar changed');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('reveals a task from its bar and writes the Mermaid export to the chosen file', async () => {
    const panel = api.schedulePanel();
    assert.ok(panel);
    const editor = await panel.reveal('b3');
    assert.ok(editor, 'an editor was shown');
    assert.match(editor.document.lineAt(editor.selection.active.line).text, /id: P4/);
    const target = uriOf('exported.gantt.mmd');
    const written = await panel.export('mermaid', target);
    assert.ok(written);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /^gantt\n/);
    assert.match(text, /报表开发/);
    // A second export to the same file is refused and leaves it as it was.
    assert.equal(await panel.export('mermaid', target), undefined);
    await vscode.workspace.fs.delete(target);
    // The SVG export is the server's drawing of every row (no Mermaid).
    const svgTarget = uriOf('exported.gantt.svg');
    assert.ok(await panel.export('svg', svgTarget));
    const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(svgTarget));
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.equal((svg.match(/<g id="bar-\d+"/g) ?? []).length, 10);
    await vscode.workspace.fs.delete(svgTarget);
    // PNG: the same drawing as a picture, written as bytes.
    const pngTarget = uriOf('exported.gantt.png');
    assert.ok(await panel.export('png', pngTarget));
    const png = await vscode.workspace.fs.readFile(pngTarget);
    assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    assert.ok(png.length > 2000);
    await vscode.workspace.fs.delete(pngTarget);
  });

  it('a drag on the chart changes one value of the plan, and Ctrl+Z in the editor restores it', async () => {
    const panel = api.schedulePanel();
    assert.ok(panel);
    const doc = await vscode.workspace.openTextDocument(uriOf('bank-log.project.yaml'));
    const before = doc.getText();
    await nextRender(api, (r) => r.bars === 10, 'the chart of the current text');
    // P6 (历史数据迁移, task index 5) one working day longer: 3d → 4d.
    assert.equal(await panel.drag({ kind: 'resize', index: 5, days: 1 }), 'applied');
    const after = doc.getText();
    const changed = after.split('\n').filter((l, i) => l !== before.split('\n')[i]);
    assert.deepEqual(changed, ['  - { id: P6, name: 历史数据迁移, phase: implementation, owner: zhao, start: 2027-01-25, duration: 4d, status: todo, progress: 0 }']);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.equal(doc.getText(), before, 'undone in the editor');
    await vscode.commands.executeCommand('workbench.action.files.save');
  });

  it('a plan of 2,000 tasks comes a window of rows at a time: moving the cursor to a task far down brings its rows', async () => {
    // One chain of one-day tasks of one person (ids and person of their own, nobody over-allocated:
    // nothing else in the folder changes, and the plan adds no diagnostic of its own).
    const lines = ['kind: project', 'id: e2e-big', 'title: 大型实施计划', 'start: 2027-03-01', 'team:', '  - { id: e2e-wang, name: 王五, role: engineer, capacity: 100 }', 'tasks:'];
    for (let i = 1; i <= 2000; i++) lines.push(`  - { id: W${i}, name: 大计划任务${i}, phase: implementation, owner: e2e-wang${i === 1 ? ', start: 2027-03-01' : `, dependsOn: [W${i - 1}]`}, duration: 1d }`);
    const target = uriOf('e2e-big.project.yaml');
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`${lines.join('\n')}\n`));
    try {
      const doc = await vscode.workspace.openTextDocument(target);
      const editor = await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('pocStudio.showSchedule', doc.uri);
      const top = await nextRender(api, (r) => r.totalBars === 2000, 'the top of the large plan drawn');
      assert.deepEqual(top.window, [0, 300]);
      assert.ok(!top.labels.some((l) => l.includes('大计划任务1800')));
      // The cursor on task W1800 (line 7 + 1799): the page scrolls to its row and asks for those rows.
      const line = 7 + 1799;
      assert.match(doc.lineAt(line).text, /id: W1800,/);
      editor.selection = new vscode.Selection(line, 6, line, 6);
      const far = await nextRender(api, (r) => r.totalBars === 2000 && !!r.window && r.window[0] > 0 && r.labels.some((l) => l.includes('大计划任务1800')), 'the rows around task W1800 drawn');
      assert.ok(far.window![0] <= 1801 && 1801 < far.window![1], `window ${far.window}`);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.delete(target);
      // The next suites count the folder's diagnostics: wait until the server has dropped the file.
      for (let i = 0; i < 200 && vscode.languages.getDiagnostics(target).length > 0; i++) await new Promise((r) => setTimeout(r, 100));
      assert.equal(vscode.languages.getDiagnostics(target).length, 0, 'the removed plan has no diagnostics left');
    }
  });
});
