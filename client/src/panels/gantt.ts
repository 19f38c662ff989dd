/**
 * "POC Studio: Show Schedule": a webview beside the editor with the plan's Gantt chart. Data comes
 * from the language server (`pocStudio/gantt`); the page (media/gantt.js) draws it with Mermaid.
 * The chart follows every edit (debounced), the active plan editor, and files changing on disk;
 * clicking a bar reveals the task. Exports: Mermaid, Markdown, standalone HTML (from the server)
 * and the rendered SVG (from the page); files are written only where the user chose.
 */
import * as vscode from 'vscode';
import { exists } from '../files';
import type { LanguageClient } from 'vscode-languageclient/node';
import { ganttPageHtml, GANTT_STRINGS } from './gantt-page';
import { ViewPanel } from './view-panel';
import type { PageEnv } from './page';
import { isPlainFileName } from '../../../server/src/core/file-names';
import { GanttEditRequest, GanttExportRequest, GanttPngRequest, GanttRequest, type GanttParams, type GanttResponse } from '../../../server/src/protocol';
import type { GanttDrag } from '../../../server/src/core/gantt/drag-edit';
import { createHash } from 'crypto';
import { send } from '../request';

export interface GanttOptions {
  scope: 'file' | 'portfolio';
  /** The plan shown in `file` scope (and the folder of the portfolio). */
  uri?: string;
  criticalOnly: boolean;
  owner?: string;
  /** Show the inspections the contract expects after go-live. */
  inspections?: boolean;
}

/** What the page reports after each drawing (counted from the SVG). */
export interface RenderInfo {
  seq: number;
  ms: number;
  bars: number;
  critical: number;
  milestones: number;
  todayLine: boolean;
  /** Keys of the bars marked overdue. */
  overdue: string[];
  /** The legend's entries (task, done, active, critical, milestone, overdue, today). */
  legend: string[];
  labels: string[];
  widths: Record<string, number>;
  unscheduled: number;
  zoom: number;
  error?: string;
}

const PLAN_RE = /\.(poc|project)\.ya?ml$/;

export type DragResult = 'applied' | 'refused' | 'failed';

export class GanttPanel extends ViewPanel<GanttResponse, RenderInfo, GanttParams> {
  static current: GanttPanel | undefined;
  private static readonly renders = new vscode.EventEmitter<RenderInfo>();
  /** Fires after the page has drawn a chart (for tests and other extensions). */
  static readonly onDidRender = GanttPanel.renders.event;
  static lastRender: RenderInfo | undefined;

  private options: GanttOptions;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri?: vscode.Uri, scope?: 'file' | 'portfolio'): GanttPanel {
    const target = uri ?? activePlan();
    const current = GanttPanel.current;
    if (current) {
      if (scope) current.options.scope = scope;
      current.showFor(target);
      return current;
    }
    const panel = ViewPanel.create('pocStudio.schedule', vscode.l10n.t(GANTT_STRINGS.title), context);
    GanttPanel.current = new GanttPanel(panel, context, client, ready, target, { scope: scope ?? (target ? 'file' : 'portfolio'), criticalOnly: false });
    return GanttPanel.current;
  }

  private constructor(
    panel: vscode.WebviewPanel,
    context: vscode.ExtensionContext,
    client: () => LanguageClient | undefined,
    ready: Promise<void>,
    uri: vscode.Uri | undefined,
    options: Omit<GanttOptions, 'uri'>,
  ) {
    super(panel, context, client, ready, { viewType: 'pocStudio.schedule', strings: GANTT_STRINGS, page: ganttPageHtml as (env: PageEnv, s: Record<string, string>) => string, request: GanttRequest, failure: 'Could not compute the schedule: {0}' }, uri);
    this.options = options;
    // The chart follows the cursor: the task under it comes into view (pocStudio.gantt.followCursor).
    this.disposables.push(
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document.uri.toString() !== this.uri) return;
        if (vscode.workspace.getConfiguration('pocStudio').get<boolean>('gantt.followCursor', true) === false) return;
        const line = e.selections[0]?.active.line;
        const bar = line === undefined ? undefined : this.last?.chart.sections.flatMap((s) => s.bars).find((b) => b.range.start.line <= line && line <= b.range.end.line);
        if (bar) void this.panel.webview.postMessage({ type: 'cursor', key: bar.key });
        else if (line !== undefined && this.last?.windowed) {
          // A large chart's answer holds a window of rows: the page scrolls to the row and asks for it.
          const at = rowAtLine(this.last.lines ?? [], line);
          if (at) void this.panel.webview.postMessage({ type: 'cursor', ...at });
        }
      }),
    );
  }

  /** Options as they are now (for tests). */
  get currentOptions(): GanttOptions {
    return { ...this.options, uri: this.uri };
  }

  setOptions(change: Partial<GanttOptions>): void {
    if (change.uri !== undefined) this.uri = change.uri;
    // Another plan or filter: its chart starts at the top.
    this.rows = undefined;
    this.options = { ...this.options, ...change };
    void this.refresh();
  }

  /** The chart follows the plan being edited (other artifacts only matter to the portfolio). */
  protected override follow(uri: string): boolean {
    if (!PLAN_RE.test(uri)) return false;
    if (uri !== this.uri) this.rows = undefined;
    this.uri = uri;
    if (this.options.scope === 'file') this.options.owner = undefined;
    return true;
  }

  protected override params(): GanttParams {
    return { ...this.panelParams(), scope: this.options.scope, criticalOnly: this.options.criticalOnly, owner: this.options.owner, inspections: !!this.options.inspections, ...(this.rows ? { rows: this.rows } : {}) };
  }

  /** The rows the page asked for last (a large chart comes a window of rows at a time). */
  private rows: { from: number; to: number } | undefined;

  protected rendered(info: RenderInfo): void {
    GanttPanel.lastRender = info;
    GanttPanel.renders.fire(info);
  }

  protected async handle(m: { type: string; [k: string]: unknown }): Promise<void> {
    switch (m.type) {
      case 'options': {
        const change: Partial<GanttOptions> = {};
        if (m.scope === 'file' || m.scope === 'portfolio') change.scope = m.scope;
        if (typeof m.criticalOnly === 'boolean') change.criticalOnly = m.criticalOnly;
        if (typeof m.inspections === 'boolean') change.inspections = m.inspections;
        if (typeof m.owner === 'string') change.owner = m.owner || undefined;
        this.setOptions(change);
        break;
      }
      case 'rows':
        if (typeof m.from === 'number' && typeof m.to === 'number') {
          this.rows = { from: m.from, to: m.to };
          await this.refresh();
        }
        break;
      case 'reveal':
        await this.reveal(String(m.key ?? ''));
        break;
      case 'export':
        await this.export(String(m.format ?? ''));
        break;
      case 'drag':
        await this.drag(m.drag as GanttDrag, typeof m.stamp === 'string' ? m.stamp : undefined);
        break;
    }
  }

  /**
   * A drag on the chart: the server computes the minimal edit against the text the chart was drawn
   * from; it is applied as one undoable edit only if the document still has exactly that text.
   * A task that starts after its dependencies is moved only once the user agrees to give it a start.
   */
  async drag(drag: GanttDrag, stamp = this.last?.stamp): Promise<DragResult> {
    const c = this.client();
    if (!c || !this.uri || !stamp || !drag || typeof drag !== 'object') return 'failed';
    const r = await send(c, GanttEditRequest, { uri: this.uri, drag, stamp });
    if ('error' in r) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not change the schedule: {0}', r.error));
      return 'failed';
    }
    if ('refused' in r) {
      if (r.refused === 'needs-start' && drag.kind === 'move') {
        const yes = vscode.l10n.t('Set a start date');
        const answer = GanttPanel.autoAnswer ?? (await vscode.window.showWarningMessage(r.message, yes));
        if (answer === yes || answer === 'yes') return this.drag({ ...drag, addStart: true }, stamp);
        return 'refused';
      }
      void vscode.window.showInformationMessage(r.message);
      void this.refresh();
      return 'refused';
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(this.uri));
    if ((r.version !== null && doc.version !== r.version) || createHash('sha1').update(doc.getText(), 'utf8').digest('hex') !== r.hash) {
      void vscode.window.showWarningMessage(vscode.l10n.t('The plan changed while you dragged; nothing was changed. Try again on the redrawn chart.'));
      void this.refresh();
      return 'refused';
    }
    const wasDirty = doc.isDirty;
    const edit = new vscode.WorkspaceEdit();
    for (const e of r.edits) edit.replace(doc.uri, new vscode.Range(e.range.start.line, e.range.start.character, e.range.end.line, e.range.end.character), e.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return 'failed';
    // A file without unsaved changes is written at once (the edit stays undoable in the editor).
    if (!wasDirty) await doc.save();
    return 'applied';
  }

  /** For tests: the answer to "give it a start?" without a dialog. */
  static autoAnswer: string | undefined;

  /** Opens the task of a bar in the editor (beside the panel) and selects it. */
  async reveal(key: string): Promise<vscode.TextEditor | undefined> {
    const bars = this.last ? [...this.last.chart.sections.flatMap((s) => s.bars), ...this.last.chart.unscheduled] : [];
    const bar = bars.find((b) => b.key === key);
    return bar ? this.revealRange(bar.uri, bar.range) : undefined;
  }

  /** Writes an export where the user chooses (or to `target`, for scripted use); never silently over a file. */
  async export(format: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const c = this.client();
    if (!c) return undefined;
    let bytes: Uint8Array;
    let name: string;
    if (format === 'png') {
      const r = await send(c, GanttPngRequest, this.params());
      if ('error' in r) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the schedule: {0}', r.error));
        return undefined;
      }
      bytes = Buffer.from(r.data, 'base64');
      name = isPlainFileName(r.name) ? r.name : 'schedule.gantt.png';
    } else if (format === 'mermaid' || format === 'markdown' || format === 'html' || format === 'svg') {
      const r = await send(c, GanttExportRequest, { ...this.params(), format });
      if ('error' in r) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not export the schedule: {0}', r.error));
        return undefined;
      }
      bytes = new TextEncoder().encode(r.text);
      name = isPlainFileName(r.name) ? r.name : `schedule.gantt.${format === 'html' ? 'html' : format === 'markdown' ? 'md' : format === 'svg' ? 'svg' : 'mmd'}`;
    } else return undefined;
    const base = this.uri ? vscode.Uri.joinPath(vscode.Uri.parse(this.uri), '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
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
    await vscode.workspace.fs.writeFile(uri, bytes);
    // An offline page is for a browser, never opened as text here; the others open in the editor (a PNG as a picture).
    const open = format === 'html' ? vscode.l10n.t('Open in Browser') : vscode.l10n.t('Open');
    void vscode.window.showInformationMessage(vscode.l10n.t('Schedule exported to {0}.', vscode.workspace.asRelativePath(uri)), open).then((a) => {
      if (a !== open) return;
      if (format === 'html') void vscode.env.openExternal(uri);
      else void vscode.commands.executeCommand('vscode.open', uri);
    });
    return uri;
  }

  protected override onDispose(): void {
    if (GanttPanel.current === this) GanttPanel.current = undefined;
  }
}

function activePlan(): vscode.Uri | undefined {
  const e = vscode.window.activeTextEditor;
  if (e && PLAN_RE.test(e.document.uri.path)) return e.document.uri;
  const visible = vscode.window.visibleTextEditors.find((x) => PLAN_RE.test(x.document.uri.path));
  return visible?.document.uri;
}

/** The bar whose task holds `line`, from a windowed answer's `lines` ([first, last, row] per bar index). */
export function rowAtLine(lines: readonly number[], line: number): { row: number; index: number } | undefined {
  for (let i = 0; i + 2 < lines.length; i += 3) if (lines[i] <= line && line <= lines[i + 1]) return { row: lines[i + 2], index: i / 3 };
  return undefined;
}
