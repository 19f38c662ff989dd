/**
 * POC Studio extension: starts the language server for artifact files (language id `poc-yaml`,
 * assigned by file-name patterns so that the Red Hat YAML extension does not also validate them),
 * shows its diagnostics, and follows VS Code's display language (the client sends it as the
 * LSP `locale`).
 */
import * as vscode from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** What the extension exports, for other extensions and for the end-to-end tests. */
export interface PocStudioApi {
  /** The running language client (undefined after deactivation). */
  client(): LanguageClient | undefined;
  /** Resolves when the server has been started. */
  ready: Promise<void>;
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
  );

  return { client: () => client, ready };
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
