// "POC Studio: Import Plan…" end to end in a real VS Code (issue 19), on (a copy of) examples/:
// an Excel workbook with Chinese headers below a merged title and a Microsoft Project XML file,
// both written by the test (test/cli/import-fixtures.ts), become `<id>.project.yaml` files that
// hold the source's tasks and that the language server checks without errors; a second import
// writes `<id>-2.project.yaml` (its own plan id) and leaves the first file as it was; a source
// with an error row writes nothing. The dialogs are bypassed through the command's argument.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { chineseWorkbook, MS_PROJECT_DATES, MS_PROJECT_XML, SOURCE_DATES } from '../../cli/import-fixtures';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const codeOf = (d: vscode.Diagnostic) => String(typeof d.code === 'object' ? d.code.value : d.code);
const sameFile = (a: vscode.Uri, b: vscode.Uri) => a.fsPath === b.fsPath;

interface PlanTask {
  id: string;
  name: string;
  dependsOn?: string[];
}

/** POC Studio's diagnostics of a file, as `rule line: message`. */
function findings(uri: vscode.Uri, severity: vscode.DiagnosticSeverity): string[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'POC Studio' && d.severity === severity)
    .map((d) => `${codeOf(d)} ${d.range.start.line + 1}: ${d.message}`);
}

async function waitFor<T>(get: () => T | undefined | false, what: () => string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Import Plan in VS Code (Excel and Microsoft Project → plan)', function () {
  this.timeout(120_000);
  let sources: string;
  const target = () => vscode.Uri.joinPath(folder(), 'imported');
  const names = async () => (await vscode.workspace.fs.readDirectory(target())).map(([n]) => n).sort();
  const bytes = async (uri: vscode.Uri) => Buffer.from(await vscode.workspace.fs.readFile(uri));

  /** The command as a test (or another extension) runs it: no dialogs; the written plan, or undefined. */
  const importPlan = (source: string) =>
    vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.importPlan', { source, folder: target().fsPath, confirm: true });

  /**
   * Imports `source` and waits until the language server has published the diagnostics of the
   * written plan (an empty list counts: a clean file is published too). Subscribed before the
   * command runs, so a publication before it returns is not missed.
   */
  async function importChecked(source: string): Promise<vscode.Uri> {
    const seen: vscode.Uri[] = [];
    const sub = vscode.languages.onDidChangeDiagnostics((e) => seen.push(...e.uris));
    try {
      const written = await importPlan(source);
      assert.ok(written, `${path.basename(source)} was imported`);
      await waitFor(() => seen.some((u) => sameFile(u, written)), () => `the diagnostics of ${written.fsPath}`);
      return written;
    } finally {
      sub.dispose();
    }
  }

  before(async () => {
    const ext = vscode.extensions.getExtension<{ ready: Promise<void> }>(EXTENSION_ID);
    assert.ok(ext);
    await (await ext.activate()).ready;
    sources = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-import-e2e-'));
    await chineseWorkbook(path.join(sources, '实施计划.xlsx'));
    fs.writeFileSync(path.join(sources, '券商实施计划.xml'), MS_PROJECT_XML);
    // Row 3's predecessor names no task: an error, so nothing may be written.
    fs.writeFileSync(path.join(sources, '有错误的计划.csv'), '序号,任务名称,开始时间,工期,前置任务\n1,需求调研,2027-03-01,2,\n2,部署,,3,验收测试\n');
    await vscode.workspace.fs.createDirectory(target());
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(target(), { recursive: true }).then(undefined, () => undefined);
    fs.rmSync(sources, { recursive: true, force: true });
  });

  it('writes <id>.project.yaml from a workbook with Chinese headers under a merged title; it checks without errors; again: <id>-2, the first file untouched', async () => {
    const first = await importChecked(path.join(sources, '实施计划.xlsx'));
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(first));
    const plan = parse(text) as { kind: string; id: string; title: string; team: { id: string; name: string }[]; tasks: PlanTask[] };
    assert.equal(path.basename(first.fsPath), `${plan.id}.project.yaml`);
    assert.equal(plan.kind, 'project');
    assert.equal(plan.title, '某银行日志平台一期实施计划', 'the merged title above the header');
    assert.deepEqual(
      plan.tasks.map((t) => [t.id, t.name, (t.dependsOn ?? []).join(' ')]),
      [
        ['T2', '项目启动会', ''],
        ['T3', '需求调研', 'T2'],
        ['T5', '环境部署', 'T3'],
        ['T6', '日志接入', 'T5'],
        ['T7', '告警规则配置', 'T5'],
        ['T8', '报表开发', 'T6 T7'],
        ['T9', '上线', 'T8'],
      ],
    );
    assert.deepEqual(plan.tasks.map((t) => t.id), Object.keys(SOURCE_DATES));
    assert.deepEqual(plan.team.map((p) => p.name), ['孙七', '李四', '赵六', '王五']);
    assert.deepEqual(findings(first, vscode.DiagnosticSeverity.Error), [], 'the server finds no error in the imported plan');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, first.fsPath, 'the written plan is opened');
    const firstBytes = await bytes(first);

    // Again: a new file beside it, never over it.
    const second = await importChecked(path.join(sources, '实施计划.xlsx'));
    assert.equal(path.basename(second.fsPath), `${plan.id}-2.project.yaml`);
    assert.deepEqual(await bytes(first), firstBytes, 'the first plan is byte-identical');
    assert.deepEqual(await names(), [`${plan.id}-2.project.yaml`, `${plan.id}.project.yaml`]);
    const again = parse(new TextDecoder().decode(await bytes(second))) as { id: string; tasks: PlanTask[] };
    assert.equal(again.id, `${plan.id}-2`, 'the copy has the plan id of its name');
    assert.deepEqual(again.tasks, plan.tasks);
    // The server reads both: the same people are now booked twice over (warnings in the first
    // file, so it was checked again), and still no error — no duplicate plan id.
    await waitFor(
      () => findings(first, vscode.DiagnosticSeverity.Warning).some((f) => f.startsWith('over-allocated')),
      () => `over-allocated in ${first.fsPath}: ${JSON.stringify(vscode.languages.getDiagnostics(first).map((d) => d.message))}`,
    );
    assert.deepEqual(findings(first, vscode.DiagnosticSeverity.Error), []);
    assert.deepEqual(findings(second, vscode.DiagnosticSeverity.Error), []);
    await vscode.workspace.fs.delete(second);
    await vscode.workspace.fs.delete(first);
  });

  it('writes the plan of a Microsoft Project XML file (summary tasks as phases, links, resources, holidays); it checks without errors', async () => {
    const written = await importChecked(path.join(sources, '券商实施计划.xml'));
    const plan = parse(new TextDecoder().decode(await bytes(written))) as { id: string; title: string; calendar: unknown; team: { name: string }[]; tasks: (PlanTask & { phase?: string })[] };
    assert.equal(path.basename(written.fsPath), `${plan.id}.project.yaml`);
    assert.equal(plan.title, '某券商交易日志平台实施');
    assert.deepEqual(plan.calendar, { holidays: ['2027-04-05'] });
    assert.deepEqual(plan.team.map((p) => p.name), ['张三', '李四']);
    assert.deepEqual(plan.tasks.map((t) => t.id), Object.keys(MS_PROJECT_DATES));
    assert.deepEqual(
      plan.tasks.map((t) => [t.name, (t.dependsOn ?? []).join(' ')]),
      [
        ['启动会', ''],
        ['需求调研', 'T2'],
        ['环境部署', 'T3'],
        // The start-to-start link with lag is kept as a comment, not as a dependency.
        ['日志接入', ''],
        ['上线', 'T5 T6'],
      ],
    );
    assert.deepEqual(findings(written, vscode.DiagnosticSeverity.Error), [], 'the server finds no error in the imported plan');
    await vscode.workspace.fs.delete(written);
  });

  it('writes nothing and returns undefined when a row has an error (a predecessor that names no task)', async () => {
    const before = await names();
    const r = await importPlan(path.join(sources, '有错误的计划.csv'));
    assert.equal(r, undefined);
    assert.deepEqual(await names(), before);
    assert.ok(!fs.readdirSync(sources).some((n) => /\.ya?ml$/.test(n)), 'nothing beside the source either');
  });
});
