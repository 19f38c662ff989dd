// The first run (issue 19) in a real VS Code: the walkthrough is contributed with its five steps,
// its first step's command creates a customer folder, and the status bar item counts POC Studio's
// errors and warnings as diagnostics come and go — on (a copy of) examples/.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'poc-studio.poc-studio';
const folder = () => vscode.workspace.workspaceFolders![0].uri;

interface Api {
  ready: Promise<void>;
  problemCounts(): { errors: number; warnings: number; files: number };
  problemsStatus(): { text: string; tooltip: string };
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

/** POC Studio's errors and warnings as VS Code holds them now (what the status bar must show). */
function countedByVsCode(): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const [uri, list] of vscode.languages.getDiagnostics()) {
    if (!/\.(poc|project|stakeholders|requirements|checklist|calendar|baseline)\.ya?ml$/.test(uri.path)) continue;
    for (const d of list) {
      if (d.source !== 'POC Studio') continue;
      if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
      if (d.severity === vscode.DiagnosticSeverity.Warning) warnings++;
    }
  }
  return { errors, warnings };
}

describe('first run: walkthrough and status bar', function () {
  this.timeout(120_000);
  let api: Api;

  before(async () => {
    const ext = vscode.extensions.getExtension<Api>(EXTENSION_ID);
    assert.ok(ext);
    api = await ext.activate();
    await api.ready;
  });

  it('contributes the walkthrough with five steps, each completed by its command', () => {
    const pkg = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON;
    const walkthroughs = pkg.contributes.walkthroughs as { id: string; steps: { id: string; completionEvents: string[]; media: { svg?: string } }[] }[];
    assert.equal(walkthroughs.length, 1);
    assert.equal(walkthroughs[0].id, 'pocStudio.firstRun');
    assert.deepEqual(
      walkthroughs[0].steps.map((s) => s.completionEvents[0]),
      ['onCommand:pocStudio.newPocFolder', 'onCommand:pocStudio.showProblems', 'onCommand:pocStudio.showSchedule', 'onCommand:pocStudio.setBaseline', 'onCommand:pocStudio.weeklyReport'],
    );
  });

  it('registers every command the walkthrough and the status bar run', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of ['pocStudio.newPocFolder', 'pocStudio.importPlan', 'pocStudio.showProblems', 'pocStudio.showSchedule', 'pocStudio.setBaseline', 'pocStudio.weeklyReport', 'workbench.actions.view.problems', 'problems.action.focusFilter']) {
      assert.ok(all.has(c), `${c} is registered`);
    }
  });

  it("runs the first step's command: New POC Folder creates the customer folder and opens its plan", async () => {
    const created = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.newPocFolder', {
      customer: '某保险',
      pocId: 'first-run-poc',
      parent: folder(),
      qualified: { financiallyVetted: true, purchaseCommitment: true },
    });
    assert.ok(created, 'a folder was created');
    const plan = vscode.Uri.joinPath(created, 'first-run-poc.poc.yaml');
    assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(plan)), /customer: 某保险/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), plan.toString(), 'the plan is opened');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(created, { recursive: true });
  });

  it('counts the errors and warnings of POC Studio in the status bar as they change, and opens the Problems view', async () => {
    // The examples' findings, once the server has published them.
    await waitFor(() => countedByVsCode().warnings > 0, () => 'the examples’ warnings');
    const agrees = () => {
      const mine = api.problemCounts();
      const theirs = countedByVsCode();
      return mine.errors === theirs.errors && mine.warnings === theirs.warnings;
    };
    await waitFor(agrees, () => `status ${JSON.stringify(api.problemCounts())} = VS Code ${JSON.stringify(countedByVsCode())}`);
    const before = api.problemCounts();
    assert.equal(api.problemsStatus().text, `POC $(error) ${before.errors} $(warning) ${before.warnings}`);
    // A broken plan adds an error; removing it takes the error away.
    const broken = vscode.Uri.joinPath(folder(), 'first-run-broken.project.yaml');
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('kind: project\nid: first-run-broken\ntasks: [\n'));
    await waitFor(() => api.problemCounts().errors > before.errors && agrees(), () => `an error more than ${before.errors}: ${JSON.stringify(api.problemCounts())}`);
    assert.equal(api.problemsStatus().text, `POC $(error) ${api.problemCounts().errors} $(warning) ${api.problemCounts().warnings}`);
    assert.match(api.problemsStatus().tooltip, new RegExp(`${api.problemCounts().errors}`));
    await vscode.workspace.fs.delete(broken);
    await waitFor(() => api.problemCounts().errors === before.errors, () => `back to ${before.errors} errors: ${JSON.stringify(api.problemCounts())}`);
    // The item's command opens the Problems view.
    await vscode.commands.executeCommand('pocStudio.showProblems');
  });

  it('Import Plan with arguments runs without dialogs and writes nothing when the source cannot be imported', async () => {
    const before = (await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n).sort();
    const r = await vscode.commands.executeCommand<vscode.Uri | undefined>('pocStudio.importPlan', {
      source: vscode.Uri.joinPath(folder(), 'no-such-plan.xlsx').fsPath,
      folder: folder().fsPath,
      confirm: true,
    });
    assert.equal(r, undefined);
    assert.deepEqual((await vscode.workspace.fs.readDirectory(folder())).map(([n]) => n).sort(), before);
  });
});
