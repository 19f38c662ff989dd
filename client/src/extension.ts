/**
 * POC Studio extension: starts the language server for artifact files (language id `poc-yaml`,
 * assigned by file-name patterns so that the Red Hat YAML extension does not also validate them),
 * shows its diagnostics, and follows VS Code's display language (the client sends it as the
 * LSP `locale`).
 */
import * as vscode from 'vscode';
import { registerReportCommands } from './reports';
import { registerExportCommands } from './exports';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { GanttPanel, type RenderInfo } from './panels/gantt';
import { StakeholdersPanel, type StakeholdersRenderInfo } from './panels/stakeholders';
import { ProgressPanel, type ProgressRenderInfo } from './panels/progress';
import { LoadPanel, type LoadRenderInfo } from './panels/load';
import { ReportPreview, type ReportPreviewRenderInfo } from './panels/report-preview';
import { newChecklist, type NewChecklistArgs } from './new-checklist';
import { setBaseline, type SetBaselineArgs } from './baseline';
import { newPocFolder, newProject, type NewPocFolderArgs, type NewProjectArgs } from './new-plan';
import { importPlan, registerImportPreviews } from './import-plan';
import { ProblemsStatus, showProblems, type ProblemCounts } from './status-bar';

let client: LanguageClient | undefined;

/** What the extension exports, for other extensions and for the end-to-end tests. */
export interface PocStudioApi {
  /** The running language client (undefined after deactivation). */
  client(): LanguageClient | undefined;
  /** Resolves when the server has been started. */
  ready: Promise<void>;
  /** The schedule panel, if open (tests, other extensions). */
  schedulePanel(): GanttPanel | undefined;
  /** Fires each time the schedule panel has drawn its chart (what the SVG holds). */
  onScheduleRendered: vscode.Event<RenderInfo>;
  lastScheduleRender(): RenderInfo | undefined;
  /** The stakeholder map panel, if open, and what its page drew. */
  stakeholdersPanel(): StakeholdersPanel | undefined;
  onStakeholdersRendered: vscode.Event<StakeholdersRenderInfo>;
  /** The progress panel, if open (its `tick` writes an item), and what its page drew. */
  progressPanel(): ProgressPanel | undefined;
  onProgressRendered: vscode.Event<ProgressRenderInfo>;
  /** The team load panel, if open, and what its page drew. */
  loadPanel(): LoadPanel | undefined;
  onLoadRendered: vscode.Event<LoadRenderInfo>;
  /** Fires each time a report preview has drawn (its Mermaid pictures counted). */
  onReportPreviewRendered: vscode.Event<ReportPreviewRenderInfo>;
  /** The errors and warnings the status bar item counts, and what it shows. */
  problemCounts(): ProblemCounts;
  problemsStatus(): { text: string; tooltip: string };
}

export function activate(context: vscode.ExtensionContext): PocStudioApi {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'poc-yaml' },
      { scheme: 'untitled', language: 'poc-yaml' },
    ],
    diagnosticCollectionName: 'poc-studio',
    outputChannelName: 'POC Studio',
  };
  client = new LanguageClient('pocStudio', 'POC Studio', serverOptions, clientOptions);
  const ready = client.start();

  context.subscriptions.push(
    vscode.commands.registerCommand('pocStudio.restartServer', async () => {
      await client?.restart();
    }),
    vscode.commands.registerCommand('pocStudio.showOutput', () => client?.outputChannel.show(true)),
    // From the Explorer's context menu the argument is the folder clicked.
    vscode.commands.registerCommand('pocStudio.newPocFolder', (arg?: vscode.Uri | NewPocFolderArgs) =>
      newPocFolder(() => client, ready, arg instanceof vscode.Uri ? { parent: arg } : arg),
    ),
    vscode.commands.registerCommand('pocStudio.newProject', (arg?: vscode.Uri | NewProjectArgs) =>
      newProject(() => client, ready, arg instanceof vscode.Uri ? { parent: arg } : arg),
    ),
    // From the editor title the argument is the plan's URI.
    vscode.commands.registerCommand('pocStudio.showSchedule', (uri?: vscode.Uri, opts?: { scope?: 'file' | 'portfolio' }) =>
      GanttPanel.show(context, () => client, ready, uri instanceof vscode.Uri ? uri : undefined, opts?.scope),
    ),
    vscode.commands.registerCommand('pocStudio.showStakeholders', (uri?: vscode.Uri) =>
      StakeholdersPanel.show(context, () => client, ready, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand('pocStudio.showProgress', (uri?: vscode.Uri) =>
      ProgressPanel.show(context, () => client, ready, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand('pocStudio.showTeamLoad', (uri?: vscode.Uri) =>
      LoadPanel.show(context, () => client, ready, uri instanceof vscode.Uri ? uri : undefined),
    ),
    vscode.commands.registerCommand('pocStudio.newChecklist', (arg?: vscode.Uri | NewChecklistArgs) => newChecklist(() => client, ready, arg)),
    vscode.commands.registerCommand('pocStudio.setBaseline', (arg?: vscode.Uri | SetBaselineArgs) => setBaseline(() => client, ready, arg)),
    // Without arguments: dialogs; with { source, folder, confirm: true } (fs paths): none.
    vscode.commands.registerCommand('pocStudio.importPlan', (arg?: unknown) => importPlan(() => client, ready, arg)),
    registerImportPreviews(),
    vscode.commands.registerCommand('pocStudio.showProblems', () => showProblems()),
  );
  const problems = new ProblemsStatus();
  context.subscriptions.push(problems);

  registerReportCommands(context, () => client, ready);
  registerExportCommands(context, () => client, ready);

  return {
    client: () => client,
    ready,
    schedulePanel: () => GanttPanel.current,
    onScheduleRendered: GanttPanel.onDidRender,
    lastScheduleRender: () => GanttPanel.lastRender,
    stakeholdersPanel: () => StakeholdersPanel.current,
    onStakeholdersRendered: StakeholdersPanel.onDidRender,
    progressPanel: () => ProgressPanel.current,
    onProgressRendered: ProgressPanel.onDidRender,
    loadPanel: () => LoadPanel.current,
    onLoadRendered: LoadPanel.onDidRender,
    onReportPreviewRendered: ReportPreview.onDidRender,
    problemCounts: () => problems.counts(),
    problemsStatus: () => problems.view(),
  };
}

export async function deactivate(): Promise<void> {
  const c = client;
  client = undefined;
  if (!c) return;
  try {
    // A client that is still starting cannot be stopped yet: wait for the start to settle first.
    if (c.state === State.Starting) await new Promise<void>((resolve) => c.onDidChangeState(() => resolve()));
    if (c.isRunning()) await c.stop();
  } catch {
    // The server is going away with the extension host anyway.
  }
}
