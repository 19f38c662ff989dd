// The export commands in a real VS Code, on (a copy of) examples/: "Export Tasks to Excel / as CSV /
// to Calendar" and "Export to MS Project (XML)…" write the plan's file next to it under a free
// name (`name (2).ext` the second time, the first file untouched). The Microsoft Project file is
// read back with fast-xml-parser: it holds the plan's tasks and their finish-to-start links.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'yaml';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);
const bytes = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri));
const baseName = (uri: vscode.Uri) => uri.path.split('/').pop()!;

interface XmlTask {
  UID: number;
  Name: string;
  Summary?: number;
  PredecessorLink?: { PredecessorUID: number; Type: number }[];
}

describe('export commands in VS Code', function () {
  this.timeout(120_000);
  const plan = () => uriOf('bank-log.project.yaml');
  const written: vscode.Uri[] = [];
  const run = async (command: string, args: Record<string, unknown> = {}) => {
    const target = await vscode.commands.executeCommand<vscode.Uri | undefined>(command, { uri: plan(), notify: false, ...args });
    assert.ok(target, `${command} wrote a file`);
    written.push(target);
    return target;
  };

  before(async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
    assert.ok(ext);
    await (await ext.activate()).ready;
  });

  after(async () => {
    for (const u of written) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
  });

  it('contributes the four export commands, with English and Chinese titles', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    const contributed = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.commands as { command: string; title: string }[];
    for (const c of ['pocStudio.exportXlsx', 'pocStudio.exportCsv', 'pocStudio.exportIcs', 'pocStudio.exportMspdi']) {
      assert.ok(all.has(c), `${c} is registered`);
      assert.ok(contributed.some((x) => x.command === c), `${c} is contributed`);
    }
  });

  it('Export to MS Project (XML)…: the plan as Microsoft Project XML next to it, with its tasks and links; again: a new file, the first untouched', async () => {
    const target = await run('pocStudio.exportMspdi');
    assert.equal(baseName(target), 'bank-log-impl.xml');
    assert.equal(vscode.Uri.joinPath(target, '..').fsPath, folder().fsPath, 'next to the plan');
    const source = parse(new TextDecoder().decode(await bytes(plan()))) as { title: string; tasks: { id: string; name: string; dependsOn?: string[] }[] };
    const xml = new XMLParser({ isArray: (name) => name === 'Task' || name === 'PredecessorLink' || name === 'Resource' }).parse(new TextDecoder().decode(await bytes(target))) as {
      Project: { Title: string; Tasks: { Task: XmlTask[] }; Resources: { Resource: { Name?: string }[] } };
    };
    assert.equal(xml.Project.Title, source.title);
    const tasks = xml.Project.Tasks.Task.filter((t) => t.UID !== 0 && t.Summary !== 1);
    assert.deepEqual(
      tasks.map((t) => t.Name),
      source.tasks.map((t) => t.name),
      'every task of the plan, in order',
    );
    // Each dependency is a finish-to-start link (Type 1) to the task of that id.
    const nameOfUid = new Map(tasks.map((t) => [t.UID, t.Name]));
    const nameOfId = new Map(source.tasks.map((t) => [t.id, t.name]));
    assert.deepEqual(
      tasks.map((t) => (t.PredecessorLink ?? []).map((l) => `${l.Type}:${nameOfUid.get(l.PredecessorUID)}`).sort()),
      source.tasks.map((t) => (t.dependsOn ?? []).map((d) => `1:${nameOfId.get(d)}`).sort()),
    );
    assert.ok(xml.Project.Resources.Resource.some((r) => r.Name === '赵六'), 'the team as resources');

    const first = await bytes(target);
    const again = await run('pocStudio.exportMspdi');
    assert.equal(baseName(again), 'bank-log-impl (2).xml');
    assert.deepEqual(await bytes(target), first, 'the first file is byte-identical');
  });

  it('Export Tasks to Excel / as CSV / to Calendar write their files next to the plan', async () => {
    const xlsx = await run('pocStudio.exportXlsx');
    assert.match(baseName(xlsx), /^bank-log-impl-.+\.xlsx$/);
    assert.equal((await bytes(xlsx)).subarray(0, 2).toString('latin1'), 'PK', 'a workbook (zip)');
    const csv = await run('pocStudio.exportCsv');
    assert.match(baseName(csv), /\.csv$/);
    const csvText = new TextDecoder().decode(await bytes(csv));
    for (const name of ['项目启动会', '告警规则配置', '基础版上线']) assert.ok(csvText.includes(name), `${name} in the CSV`);
    const ics = await run('pocStudio.exportIcs', { person: null });
    assert.match(baseName(ics), /\.ics$/);
    assert.match(new TextDecoder().decode(await bytes(ics)), /^BEGIN:VCALENDAR[\s\S]*SUMMARY:项目启动会/);
  });
});
