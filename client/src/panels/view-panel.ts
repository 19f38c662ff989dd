/**
 * What the stakeholder map and the progress panel share (the shape of the Gantt panel): one
 * webview beside the editor, data from a custom request of the language server posted to the page
 * as `{type:'data'}`, a refresh on edits (debounced), on editor switches, on files changing on
 * disk and when the panel becomes visible; `reveal` opens an entry in the editor; the page's
 * `rendered` reports (what the DOM/SVG holds) are fired as an event for tests.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { PageEnv } from './page';
import type { PanelParams, Range, RequestError, RequestType } from '../../../server/src/protocol';
import { send } from '../request';

export const ARTIFACT_RE = /\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/;

export type LspRange = Range;

export interface ViewPanelSpec<Strings extends Record<string, string>, P extends PanelParams = PanelParams, Data = unknown> {
  viewType: string;
  /** The English page strings (translated with vscode.l10n). */
  strings: Strings;
  page(env: PageEnv, strings: Strings): string;
  /** The custom request of server/src/protocol.ts that gives the page's data. */
  request: RequestType<P, Data | RequestError>;
  /** Shown when the request fails: a l10n string with {0}. */
  failure: string;
}

export abstract class ViewPanel<Data, Info extends { seq?: number }, P extends PanelParams = PanelParams> {
  protected readonly disposables: vscode.Disposable[] = [];
  lastRender: Info | undefined;
  protected last: Data | undefined;
  /** The file whose folder is shown. */
  protected uri: string | undefined;
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private ready = false;
  private disposed = false;

  protected constructor(
    readonly panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    protected readonly client: () => LanguageClient | undefined,
    private readonly clientReady: Promise<void>,
    private readonly spec: ViewPanelSpec<Record<string, string>, P, Data>,
    uri: vscode.Uri | undefined,
  ) {
    this.uri = uri?.toString();
    const strings = Object.fromEntries(Object.entries(spec.strings).map(([k, v]) => [k, vscode.l10n.t(v)]));
    const webview = panel.webview;
    webview.html = spec.page(
      {
        cspSource: webview.cspSource,
        resource: (p) => webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, ...p.split('/'))).toString(),
        lang: vscode.env.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
      },
      strings,
    );
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      webview.onDidReceiveMessage((m) => this.onMessage(m)),
      panel.onDidChangeViewState(() => {
        if (panel.visible) void this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (ARTIFACT_RE.test(e.document.uri.path) && e.contentChanges.length) this.refreshSoon();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        if (e && ARTIFACT_RE.test(e.document.uri.path) && e.document.uri.toString() !== this.uri && this.follow(e.document.uri.toString())) this.refreshSoon();
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{poc,project,stakeholders,requirements,checklist,calendar,baseline}.{yaml,yml}');
    this.disposables.push(watcher, watcher.onDidChange(() => this.refreshSoon()), watcher.onDidCreate(() => this.refreshSoon()), watcher.onDidDelete(() => this.refreshSoon()));
  }

  static create(viewType: string, title: string, context: vscode.ExtensionContext): vscode.WebviewPanel {
    return vscode.window.createWebviewPanel(viewType, title, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
  }

  /** Shows the folder of `uri` (when given) and asks for fresh data. */
  showFor(uri: vscode.Uri | undefined): void {
    if (uri) this.uri = uri.toString();
    this.panel.reveal(undefined, true);
    void this.refresh();
  }

  /**
   * The artifact being edited changed to `uri`: whether the view must be asked again. By default
   * the view shows the folder of the artifact being edited.
   */
  protected follow(uri: string): boolean {
    const before = this.folderOf(this.uri);
    this.uri = uri;
    return this.folderOf(this.uri) !== before;
  }

  /** The parameters of the view's request (a view with more than PanelParams overrides this). */
  protected params(): P {
    return this.panelParams() as P;
  }

  /** The file (and its folder) the panel shows. */
  protected panelParams(): PanelParams {
    const folder = this.uri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.uri)) : vscode.workspace.workspaceFolders?.[0];
    return { uri: this.uri, folderUri: folder?.uri.toString() };
  }

  protected folderOf(uri: string | undefined): string | undefined {
    return uri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(uri))?.uri.toString() : undefined;
  }

  protected refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), 60);
  }

  async refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.ready || this.disposed) return;
    await this.clientReady;
    const c = this.client();
    if (!c) return;
    const seq = ++this.seq;
    try {
      const r = await send(c, this.spec.request, this.params());
      if (seq !== this.seq) return; // a newer request is on its way
      if (r && typeof r === 'object' && 'error' in r) {
        void vscode.window.showErrorMessage(vscode.l10n.t(this.spec.failure, (r as RequestError).error));
        return;
      }
      this.last = r as Data;
      void this.panel.webview.postMessage({ type: 'data', seq, ...(r as object) });
    } catch (e) {
      c.outputChannel.appendLine(`POC Studio: ${this.spec.request.method} failed: ${(e as Error)?.message ?? e}`);
    }
  }

  private async onMessage(m: { type: string; [k: string]: unknown }): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        void this.refresh();
        break;
      case 'rendered':
        this.lastRender = m.info as Info;
        this.rendered(m.info as Info);
        break;
      default:
        await this.handle(m);
    }
  }

  /** The page has drawn new data (what it holds, counted from the DOM): fire the panel's event. */
  protected abstract rendered(info: Info): void;

  /** Messages of this panel's page other than ready / rendered. */
  protected abstract handle(m: { type: string; [k: string]: unknown }): Promise<void>;

  /** Opens `uri` in the editor beside the panel with the cursor at `range`. */
  protected async revealRange(uri: string, range: LspRange): Promise<vscode.TextEditor> {
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    const start = new vscode.Position(range.start.line, range.start.character);
    // The server spells URIs its own way (server/src/lsp/uris.ts): compare documents, not strings.
    const existing = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One),
      selection: new vscode.Range(start, start),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  protected onDispose(): void {}

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.onDispose();
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

/** The artifact file of the active (or a visible) editor. */
export function activeArtifact(): vscode.Uri | undefined {
  const e = vscode.window.activeTextEditor;
  if (e && ARTIFACT_RE.test(e.document.uri.path)) return e.document.uri;
  return vscode.window.visibleTextEditors.find((x) => ARTIFACT_RE.test(x.document.uri.path))?.document.uri;
}
