/**
 * "POC Studio report preview": a report (Markdown with Mermaid) shown as a page beside the editor,
 * the diagrams drawn as pictures in every VS Code version — the built-in Markdown preview draws
 * Mermaid only from VS Code 1.121 on (`builtInPreviewDrawsMermaid`), code-server 1.100 and older
 * desktops show its source. The page follows page.ts: strict CSP with a nonce, resources from
 * media/ only; the Markdown is rendered by the offline HTML export's renderer. A preview of a file
 * follows its document as it is edited; a preview of a text (an HTML report) stays as it is.
 */
import * as vscode from 'vscode';
import { reportPreviewHtml } from './report-preview-page';

/** What the page reports after drawing (counted from its DOM). */
export interface ReportPreviewRenderInfo {
  seq: number;
  /** The report (file URI or the URI of the HTML page it previews). */
  uri: string;
  /** Mermaid blocks in the report, and SVG pictures drawn from them. */
  diagrams: number;
  svgs: number;
  errors: string[];
}

/** VS Code 1.121 and later draw Mermaid in the built-in Markdown preview. */
export function builtInPreviewDrawsMermaid(version = vscode.version): boolean {
  const m = /^(\d+)\.(\d+)/.exec(version);
  return !!m && (Number(m[1]) > 1 || (Number(m[1]) === 1 && Number(m[2]) >= 121));
}

export class ReportPreview {
  private static readonly open = new Map<string, ReportPreview>();
  private static readonly renders = new vscode.EventEmitter<ReportPreviewRenderInfo>();
  static readonly onDidRender = ReportPreview.renders.event;
  static lastRender: ReportPreviewRenderInfo | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;

  /** Shows `uri` (a Markdown report; `text` when it is not a Markdown file, e.g. an HTML report's source). */
  static show(context: vscode.ExtensionContext, uri: vscode.Uri, text?: string): ReportPreview {
    const key = uri.toString();
    const existing = ReportPreview.open.get(key);
    if (existing) {
      existing.panel.reveal(undefined, true);
      void existing.render(text);
      return existing;
    }
    const name = uri.path.split('/').pop() ?? key;
    const panel = vscode.window.createWebviewPanel('pocStudio.reportPreview', vscode.l10n.t('Preview {0}', name), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
    const preview = new ReportPreview(panel, context, uri, text === undefined);
    ReportPreview.open.set(key, preview);
    void preview.render(text);
    return preview;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    readonly uri: vscode.Uri,
    follow: boolean,
  ) {
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: { type?: string; info?: Omit<ReportPreviewRenderInfo, 'uri'> }) => {
        if (m?.type !== 'rendered' || !m.info) return;
        const info = { ...m.info, uri: this.uri.toString() };
        ReportPreview.lastRender = info;
        ReportPreview.renders.fire(info);
      }),
    );
    if (follow) {
      this.disposables.push(
        vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document.uri.toString() === this.uri.toString() && e.contentChanges.length) this.renderSoon();
        }),
      );
    }
  }

  private renderSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.render(), 300);
  }

  private async render(text?: string): Promise<void> {
    let markdown = text;
    if (markdown === undefined) {
      try {
        markdown = (await vscode.workspace.openTextDocument(this.uri)).getText();
      } catch (e) {
        markdown = `\`${String((e as Error)?.message ?? e).replace(/`/g, "'")}\``;
      }
    }
    const webview = this.panel.webview;
    webview.html = reportPreviewHtml(
      {
        cspSource: webview.cspSource,
        resource: (p) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...p.split('/'))).toString(),
        lang: vscode.env.language?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
      },
      this.panel.title,
      markdown,
      ++this.seq,
    );
  }

  dispose(): void {
    if (ReportPreview.open.get(this.uri.toString()) === this) ReportPreview.open.delete(this.uri.toString());
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}
