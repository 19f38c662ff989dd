/**
 * "POC Studio: Show Schedule": a webview beside the editor with the plan's Gantt chart. Data comes
 * from the language server (`pocStudio/gantt`); the page (media/gantt.js) draws it with Mermaid.
 * The chart follows every edit (debounced), the active plan editor, and files changing on disk;
 * clicking a bar reveals the task. Exports: Mermaid, Markdown, standalone HTML (from the server)
 * and the rendered SVG (from the page); files are written only where the user chose.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ganttPageHtml, GANTT_STRINGS, type GanttStrings } from './gantt-page';
import { ganttExportName, isPlainFileName } from '../../../server/src/core/file-names';

export interface GanttOptions {
  scope: 'file' | 'portfolio';
  /** The plan shown in `file` scope (and the folder of the portfolio). */
  uri?: string;
  criticalOnly: boolean;
  owner?: string;
}

/** What the page reports after each drawing (counted from the SVG). */
export interface RenderInfo {
  seq: number;
  ms: number;
  bars: number;
  critical: number;
  milestones: number;
  todayLine: boolean;
  labels: string[];
  widths: Record<string, number>;
  unscheduled: number;
  zoom: number;
  error?: string;
}

interface WireBar {
  key: string;
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface GanttResponse {
  chart: { sections: { bars: WireBar[] }[]; unscheduled: WireBar[]; scope: string; uri?: string };
  mermaid: string;
  locale: string;
}

const PLAN_RE = /\.(poc|project)\.ya?ml$/;
const ARTIFACT_RE = /\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/;

export class GanttPanel {
  static current: GanttPanel | undefined;
  private static readonly renders = new vscode.EventEmitter<RenderInfo>();
  /** Fires after the page has drawn a chart (for tests and other extensions). */
  static readonly onDidRender = GanttPanel.renders.event;
  static lastRender: RenderInfo | undefined;

  private readonly disposables: vscode.Disposable[] = [];
  private options: GanttOptions;
  private seq = 0;
  private timer: NodeJS.Timeout | undefined;
  private last: GanttResponse | undefined;
  private ready = false;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri?: vscode.Uri, scope?: 'file' | 'portfolio'): GanttPanel {
    const target = uri ?? activePlan();
    if (GanttPanel.current) {
      const p = GanttPanel.current;
      if (target) p.options.uri = target.toString();
      if (scope) p.options.scope = scope;
      p.panel.reveal(undefined, true);
      p.refresh();
      return p;
    }
    const panel = vscode.window.createWebviewPanel('pocStudio.schedule', vscode.l10n.t(GANTT_STRINGS.title), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')],
    });
    GanttPanel.current = new GanttPanel(panel, context, client, ready, { scope: scope ?? (target ? 'file' : 'portfolio'), uri: target?.toString(), criticalOnly: false });
    return GanttPanel.current;
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly client: () => LanguageClient | undefined,
    private readonly clientReady: Promise<void>,
    options: GanttOptions,
  ) {
    this.options = options;
    const strings = Object.fromEntries(Object.entries(GANTT_STRINGS).map(([k, v]) => [k, vscode.l10n.t(v)])) as GanttStrings;
    const webview = panel.webview;
    panel.webview.html = ganttPageHtml(
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
        if (panel.visible) this.refresh();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (ARTIFACT_RE.test(e.document.uri.path) && e.contentChanges.length) this.refreshSoon();
      }),
      vscode.window.onDidChangeActiveTextEditor((e) => {
        // Follow the plan being edited.
        if (e && PLAN_RE.test(e.document.uri.path) && e.document.uri.toString() !== this.options.uri) {
          this.options.uri = e.document.uri.toString();
          if (this.options.scope === 'file') this.options.owner = undefined;
          this.refreshSoon();
        }
      }),
    );
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{poc,project,stakeholders,requirements,checklist}.{yaml,yml}');
    this.disposables.push(watcher, watcher.onDidChange(() => this.refreshSoon()), watcher.onDidCreate(() => this.refreshSoon()), watcher.onDidDelete(() => this.refreshSoon()));
  }

  /** Options as they are now (for tests). */
  get currentOptions(): GanttOptions {
    return { ...this.options };
  }

  setOptions(change: Partial<GanttOptions>): void {
    this.options = { ...this.options, ...change };
    this.refresh();
  }

  private refreshSoon(): void {
    if (this.timer) clearTimeout(this.timer);
    // Short enough to feel live, long enough to skip intermediate keystrokes (bench/gantt.mjs
    // counts the same delay in "edit → updated chart").
    this.timer = setTimeout(() => this.refresh(), 60);
  }

  async refresh(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.ready) return;
    await this.clientReady;
    const c = this.client();
    if (!c) return;
    const seq = ++this.seq;
    try {
      const r = await c.sendRequest<GanttResponse | { error: string }>('pocStudio/gantt', this.params());
      if (seq !== this.seq) return; // a newer request is on its way
      if ('error' in r) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not compute the schedule: {0}', r.error));
        return;
      }
      this.last = r;
      void this.panel.webview.postMessage({ type: 'data', seq, ...r });
    } catch (e) {
      c.outputChannel.appendLine(`POC Studio: schedule request failed: ${(e as Error)?.message ?? e}`);
    }
  }

  private params() {
    const folder = this.options.uri ? vscode.workspace.getWorkspaceFolder(vscode.Uri.parse(this.options.uri)) : vscode.workspace.workspaceFolders?.[0];
    return {
      uri: this.options.uri,
      folderUri: folder?.uri.toString(),
      scope: this.options.scope,
      criticalOnly: this.options.criticalOnly,
      owner: this.options.owner,
    };
  }

  private async onMessage(m: { type: string; [k: string]: unknown }): Promise<void> {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        void this.refresh();
        break;
      case 'options': {
        const change: Partial<GanttOptions> = {};
        if (m.scope === 'file' || m.scope === 'portfolio') change.scope = m.scope;
        if (typeof m.criticalOnly === 'boolean') change.criticalOnly = m.criticalOnly;
        if (typeof m.owner === 'string') change.owner = m.owner || undefined;
        this.setOptions(change);
        break;
      }
      case 'reveal':
        await this.reveal(String(m.key ?? ''));
        break;
      case 'export':
        await this.export(String(m.format ?? ''), typeof m.svg === 'string' ? m.svg : undefined);
        break;
      case 'rendered': {
        const info = m.info as RenderInfo;
        GanttPanel.lastRender = info;
        GanttPanel.renders.fire(info);
        break;
      }
    }
  }

  /** Opens the task of a bar in the editor (beside the panel) and selects it. */
  async reveal(key: string): Promise<vscode.TextEditor | undefined> {
    const bars = this.last ? [...this.last.chart.sections.flatMap((s) => s.bars), ...this.last.chart.unscheduled] : [];
    const bar = bars.find((b) => b.key === key);
    if (!bar) return undefined;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(bar.uri));
    const start = new vscode.Position(bar.range.start.line, bar.range.start.character);
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === bar.uri);
    const editor = await vscode.window.showTextDocument(doc, {
      viewColumn: existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One),
      selection: new vscode.Range(start, start),
      preserveFocus: false,
    });
    editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return editor;
  }

  /** Writes an export where the user chooses (or to `target`, for scripted use); never silently over a file. */
  async export(format: string, svg?: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const c = this.client();
    if (!c) return undefined;
    let text: string;
    let name: string;
    if (format === 'svg') {
      if (!svg) return undefined;
      text = svg;
      name = ganttExportName(this.options.uri, this.options.scope === 'portfolio' ? 'portfolio' : 'file', 'svg');
    } else if (format === 'mermaid' || format === 'markdown' || format === 'html') {
      const r = await c.sendRequest<{ text: string; name: string } | { error: string }>('pocStudio/ganttExport', { ...this.params(), format });
      if ('error' in r) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the schedule: {0}', r.error));
        return undefined;
      }
      text = r.text;
      name = isPlainFileName(r.name) ? r.name : `schedule.gantt.${format === 'html' ? 'html' : format === 'markdown' ? 'md' : 'mmd'}`;
    } else return undefined;
    const base = this.options.uri ? vscode.Uri.joinPath(vscode.Uri.parse(this.options.uri), '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        defaultUri: base ? vscode.Uri.joinPath(base, name) : undefined,
        filters: { [format.toUpperCase()]: [name.split('.').pop()!] },
        title: vscode.l10n.t('Export the schedule'),
      }));
    if (!uri) return undefined;
    // The save dialog asks before replacing a file; a scripted target must not exist.
    if (target && (await exists(target))) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists; nothing was written.', vscode.workspace.asRelativePath(target)));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    void vscode.window.showInformationMessage(vscode.l10n.t('Schedule exported to {0}.', vscode.workspace.asRelativePath(uri)));
    return uri;
  }

  dispose(): void {
    if (GanttPanel.current === this) GanttPanel.current = undefined;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
  }
}

function activePlan(): vscode.Uri | undefined {
  const e = vscode.window.activeTextEditor;
  if (e && PLAN_RE.test(e.document.uri.path)) return e.document.uri;
  const visible = vscode.window.visibleTextEditors.find((x) => PLAN_RE.test(x.document.uri.path));
  return visible?.document.uri;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
