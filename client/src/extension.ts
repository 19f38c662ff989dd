/**
 * POC Studio extension: starts the language server for artifact files (language id `poc-yaml`,
 * assigned by file-name patterns so that the Red Hat YAML extension does not also validate them),
 * shows its diagnostics, and follows VS Code's display language (the client sends it as the
 * LSP `locale`).
 */
import * as vscode from 'vscode';
import { registerReportCommands } from './reports';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { GanttPanel, type RenderInfo } from './panels/gantt';
import { isPlainFileName } from '../../server/src/core/file-names';

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
      newPocFolder(ready, arg instanceof vscode.Uri ? { parent: arg } : arg),
    ),
    // From the editor title the argument is the plan's URI.
    vscode.commands.registerCommand('pocStudio.showSchedule', (uri?: vscode.Uri, opts?: { scope?: 'file' | 'portfolio' }) =>
      GanttPanel.show(context, () => client, ready, uri instanceof vscode.Uri ? uri : undefined, opts?.scope),
    ),
  );

  registerReportCommands(context, () => client, ready);

  return {
    client: () => client,
    ready,
    schedulePanel: () => GanttPanel.current,
    onScheduleRendered: GanttPanel.onDidRender,
    lastScheduleRender: () => GanttPanel.lastRender,
  };
}

/** Arguments for running "New POC folder" without prompts (tests, other extensions). */
export interface NewPocFolderArgs {
  customer?: string;
  pocId?: string;
  start?: string;
  /** The parent folder; the POC folder `<pocId>/` is created inside it. */
  parent?: vscode.Uri;
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/;

/**
 * "POC Studio: New POC folder": asks for the customer and an id, lets the server write the files'
 * content from the playbook (in the user's language), and creates `<parent>/<pocId>/` with them.
 * Never writes over an existing file: if any target exists, nothing is written.
 */
async function newPocFolder(ready: Promise<void>, args: NewPocFolderArgs = {}): Promise<vscode.Uri | undefined> {
  const customer =
    args.customer ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New POC folder'),
      prompt: vscode.l10n.t('Customer name (e.g. 某银行)'),
      validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('Enter the customer name.')),
    }));
  if (!customer) return undefined;
  const pocId =
    args.pocId ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('New POC folder'),
      prompt: vscode.l10n.t('POC id: letters, digits, "-", "_" or "." (e.g. bank-log-poc)'),
      validateInput: (v) => (ID_RE.test(v) && isPlainFileName(v) ? undefined : vscode.l10n.t('An id starts with a letter or digit and contains only letters, digits, "-", "_" and ".".')),
    }));
  if (!pocId) return undefined;
  if (!ID_RE.test(pocId) || !isPlainFileName(pocId)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" is not a valid id.', pocId));
    return undefined;
  }
  let parent = args.parent;
  if (!parent) {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const picked = await vscode.window.showOpenDialog({
      canSelectFolders: true,
      canSelectFiles: false,
      canSelectMany: false,
      defaultUri: folders[0]?.uri,
      openLabel: vscode.l10n.t('Create the POC folder here'),
    });
    parent = picked?.[0];
  }
  if (!parent) return undefined;
  await ready;
  const result = await client?.sendRequest<{ files?: { name: string; text: string }[]; error?: string }>('pocStudio/newPocFolder', {
    customer,
    pocId,
    start: args.start,
    folderUri: parent.toString(),
  });
  if (!result?.files) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not create the POC folder: {0}', result?.error ?? '?'));
    return undefined;
  }
  const folder = vscode.Uri.joinPath(parent, pocId);
  const targets = result.files.filter((f) => SAFE_NAME.test(f.name) && isPlainFileName(f.name)).map((f) => ({ uri: vscode.Uri.joinPath(folder, f.name), text: f.text }));
  for (const t of targets) {
    if (await exists(t.uri)) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(t.uri)));
      return undefined;
    }
  }
  await vscode.workspace.fs.createDirectory(folder);
  for (const t of targets) await vscode.workspace.fs.writeFile(t.uri, new TextEncoder().encode(t.text));
  const poc = targets.find((t) => t.uri.path.endsWith('.poc.yaml'));
  if (poc) await vscode.window.showTextDocument(poc.uri);
  void vscode.window.showInformationMessage(vscode.l10n.t('Created {0} with {1} files.', vscode.workspace.asRelativePath(folder), targets.length));
  return folder;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
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
