// Reports in a real VS Code: "Weekly Report", "POC Summary Report", "Acceptance Report" and
// "Generate Report" write their Markdown file under reports/ next to the plan, open it with a
// preview in which the Mermaid diagrams are pictures (POC Studio's report preview before VS Code
// 1.121: code-server 1.100 here), and never overwrite an existing report unless told to; an
// offline HTML report opens in that preview, never as text. The quick picks and the input box are
// bypassed through the commands' arguments.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;
const uriOf = (file: string) => vscode.Uri.joinPath(folder(), file);
const zh = () => vscode.env.language.toLowerCase().startsWith('zh');
const read = async (uri: vscode.Uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));

async function waitFor<T>(get: () => T | undefined | false, what: () => string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = get();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const openTabs = () =>
  vscode.window.tabGroups.all.flatMap((g) =>
    g.tabs.map((t) => {
      const input = t.input;
      if (input instanceof vscode.TabInputText) return `text:${input.uri.toString()}`;
      if (input instanceof vscode.TabInputWebview) return `webview:${input.viewType}:${t.label}`;
      return `other:${t.label}`;
    }),
  );

interface PreviewInfo {
  uri: string;
  diagrams: number;
  svgs: number;
  errors: string[];
}
interface Api {
  ready: Promise<void>;
  onReportPreviewRendered: vscode.Event<PreviewInfo>;
}

/** Resolves with the first report preview drawn for `uri` (listening starts at once). */
function drawn(api: Api, uri: vscode.Uri, timeoutMs = 45_000): Promise<PreviewInfo> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`no report preview drawn for ${uri.path}: ${openTabs().join(', ')}`));
    }, timeoutMs);
    const sub = api.onReportPreviewRendered((r) => {
      if (r.uri !== uri.toString()) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(r);
    });
  });
}

const builtInDrawsMermaid = () => {
  const [major, minor] = vscode.version.split('.').map(Number);
  return major > 1 || (major === 1 && minor >= 121);
};

describe('reports in VS Code', function () {
  this.timeout(120_000);
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

  const cases = [
    {
      command: 'pocStudio.weeklyReport',
      args: { uri: uriOf('bank-log.project.yaml'), week: '2027-W04' },
      name: () => (zh() ? '2027-W04-bank-log-impl-周报.md' : '2027-W04-bank-log-impl-weekly-report.md'),
      expect: () => (zh() ? [/^# 周报 · 某银行日志分析平台一期实施 · 2027-W04\n/, /## 四、下周计划（2027-W05）/, /P4 告警规则配置 \| 王五 \| 进行中 \| 50% .*逾期 1 天/, /```mermaid\ngantt\n/] : [/^# Weekly report · 某银行日志分析平台一期实施 · 2027-W04\n/, /## 4\. Next week's plan \(2027-W05\)/, /P4 告警规则配置 \| 王五 \| in progress \| 50% .*1 day late/, /```mermaid\ngantt\n/]),
    },
    {
      command: 'pocStudio.pocReport',
      args: { uri: uriOf('bank-log.poc.yaml') },
      name: () => (zh() ? '2027-01-27-bank-log-poc-POC报告.md' : '2027-01-27-bank-log-poc-poc-report.md'),
      expect: () => (zh() ? [/^# POC 报告 · 某银行日志分析平台 POC\n/, /共 3 项：达成 3 项/, /SC1 \| 100GB\/天 数据量下检索 P95 小于 3 秒 .*| 已达成 \| 压测报告：P95 = 1\.8 秒/] : [/^# POC summary report · 某银行日志分析平台 POC\n/, /3 criteria: 3 met/, /SC1 .*\| met \| 压测报告：P95 = 1\.8 秒/]),
    },
    {
      command: 'pocStudio.acceptanceReport',
      args: { uri: uriOf('bank-log.project.yaml') },
      name: () => (zh() ? '2027-01-27-bank-log-impl-验收报告.md' : '2027-01-27-bank-log-impl-acceptance-report.md'),
      expect: () => (zh() ? [/^# 项目验收报告 · 某银行日志分析平台一期实施\n/, /### （四）报表需求验收\n\n无（未记录该类验收项）/, /## 十二、签字确认/] : [/^# Acceptance report · 某银行日志分析平台一期实施\n/, /### 5\.4 Reports\n\nNone recorded/, /## 12\. Signatures/]),
    },
  ];

  for (const c of cases) {
    it(`${c.command} writes reports/<name>, opens it with its preview, and does not overwrite it when run again`, async () => {
      const target = vscode.Uri.joinPath(folder(), 'reports', c.name());
      const preview = builtInDrawsMermaid() ? undefined : drawn(api, target);
      const written = await vscode.commands.executeCommand<vscode.Uri | undefined>(c.command, c.args);
      assert.ok(written, 'the command returns the file it wrote');
      assert.equal(written!.toString(), target.toString());
      const text = await read(target);
      for (const re of c.expect()) assert.match(text, re);
      // Opened in an editor, and its Markdown preview beside it.
      await waitFor(() => openTabs().includes(`text:${target.toString()}`), () => `an editor on ${target.path}: ${openTabs().join(', ')}`);
      if (preview) {
        // POC Studio's preview: every Mermaid block is a picture.
        const info = await preview;
        assert.deepEqual(info.errors, []);
        assert.ok(info.diagrams === info.svgs, JSON.stringify(info));
        if (c.command === 'pocStudio.weeklyReport') assert.ok(info.svgs > 0, 'the weekly report has a Gantt chart');
        assert.ok(openTabs().some((t) => t.startsWith('webview:') && /reportPreview/.test(t) && t.includes(c.name().slice(0, 10))), openTabs().join(', '));
      } else {
        await waitFor(() => openTabs().some((t) => t.startsWith('webview:') && /markdown/i.test(t) && t.includes(c.name().slice(0, 10))), () => `a Markdown preview: ${openTabs().join(', ')}`);
      }

      // Again: the existing file (edited by the user) is kept.
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text + '\n用户的修改\n'));
      const again = await vscode.commands.executeCommand<vscode.Uri | undefined>(c.command, { ...c.args, ifExists: 'keep' });
      assert.equal(again, undefined);
      assert.match(await read(target), /用户的修改\n$/);
    });
  }

  it('Generate Report takes the kind as an argument and overwrites only when told to', async () => {
    const args = { kind: 'weekly', uri: uriOf('bank-log.project.yaml'), week: '2027-W02', preview: false };
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', args);
    assert.ok(first);
    assert.match(first!.path, /\/reports\/2027-W02-bank-log-impl-(周报|weekly-report)\.md$/);
    const original = await read(first!);
    assert.match(original, zh() ? /\| \*\*合计\*\* \| \*\*76\*\* \|/ : /\| \*\*Total\*\* \| \*\*76\*\* \|/);
    await vscode.workspace.fs.writeFile(first!, new TextEncoder().encode('旧内容\n'));
    const kept = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', { ...args, ifExists: 'keep' });
    assert.equal(kept, undefined);
    assert.equal(await read(first!), '旧内容\n');
    const replaced = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', { ...args, ifExists: 'overwrite' });
    assert.equal(replaced?.toString(), first!.toString());
    assert.equal(await read(first!), original);
  });

  it('writes the offline HTML version on request, beside the Markdown', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const name = zh() ? '2027-01-27-bank-log-impl-验收报告.html' : '2027-01-27-bank-log-impl-acceptance-report.html';
    const preview = drawn(api, vscode.Uri.joinPath(folder(), 'reports', name));
    const written = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', { kind: 'acceptance', uri: uriOf('bank-log.project.yaml'), format: 'html', ifExists: 'overwrite' });
    assert.ok(written);
    // Shown in the report preview, never as 5 MB of source in an editor tab.
    const info = await preview;
    assert.deepEqual(info.errors, []);
    assert.ok(!openTabs().some((t) => t.startsWith('text:') && t.endsWith('.html')), openTabs().join(', '));
    assert.ok(openTabs().some((t) => /^webview:.*reportPreview/.test(t)), openTabs().join(', '));
    assert.match(written!.path, /\/reports\/2027-01-27-bank-log-impl-(验收报告|acceptance-report)\.html$/);
    const html = await read(written!);
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /script-src 'nonce-/);
    assert.match(html, zh() ? /签字确认/ : /Signatures/);
  });

  it('writes a Word acceptance report and an e-mail draft of the weekly report, never over a file', async () => {
    const reports = vscode.Uri.joinPath(folder(), 'reports');
    const base = zh() ? '2027-01-27-bank-log-impl-验收报告-客户版' : '2027-01-27-bank-log-impl-acceptance-report-customer';
    const args = { kind: 'acceptance', uri: uriOf('bank-log.project.yaml'), format: 'docx', edition: 'customer', notify: false };
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', args);
    assert.ok(first, 'the command returns the file it wrote');
    assert.equal(first!.toString(), vscode.Uri.joinPath(reports, `${base}.docx`).toString());
    const bytes = await vscode.workspace.fs.readFile(first!);
    assert.equal(new TextDecoder().decode(bytes.slice(0, 2)), 'PK', 'a .docx is a zip');
    // The user's copy (say, signed) stays: the next one gets a free name.
    await vscode.workspace.fs.writeFile(first!, new TextEncoder().encode('signed copy'));
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', args);
    assert.equal(second!.toString(), vscode.Uri.joinPath(reports, `${base} (2).docx`).toString());
    assert.equal(await read(first!), 'signed copy');
    const mail = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', { kind: 'weekly', uri: uriOf('bank-log.project.yaml'), week: '2027-W04', format: 'eml', notify: false });
    assert.ok(mail && /\.eml$/.test(mail.path), String(mail));
    const eml = await read(mail!);
    assert.match(eml, /^X-Unsent: 1\r?$/m);
    assert.match(eml, /^To: .*cio-liu@bank\.example\.cn/m);
  });

  it('shows an error and writes nothing for a file that is not a plan', async () => {
    const before = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), 'reports'))).length;
    const r = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.generateReport', { kind: 'poc', uri: uriOf('bank.requirements.yaml') });
    assert.equal(r, undefined);
    assert.equal((await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(folder(), 'reports'))).length, before);
  });
});
