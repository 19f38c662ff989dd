/**
 * "POC Studio: Show Progress": checklists per phase and one by one, POC success criteria and plan
 * progress of the workspace folder, beside the editor. Data from the language server
 * (`pocStudio/progress`); the page (media/progress.js) draws it. Ticking an item asks the server
 * for the minimal edit (`pocStudio/tick`) and applies it as an undoable WorkspaceEdit — only if
 * the document still has exactly the text the edit was computed on; a tick on a file that changed
 * meanwhile is refused with a message.
 */
import { createHash } from 'crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { progressPageHtml, PROGRESS_STRINGS } from './progress-page';
import { ViewPanel, activeArtifact } from './view-panel';
import { ProgressRequest, TickRequest, type ProgressResponse } from '../../../server/src/protocol';
import { send } from '../request';

/** What the page reports after each drawing (read back from the DOM). */
export interface ProgressRenderInfo {
  seq?: number;
  checklists: { id: string; total: number; done: number; required: number; requiredDone: number; overdue: number; percent: number; bar: number; checked: number; boxes: number; figures: string }[];
  phases: { phase: string; percent: number; bar: number; overdue: number }[];
  criteria: { met: number; notMet: number; pending: number }[];
  plans: { title: string; percent: string; bar: number }[];
}

type WireChecklist = ProgressResponse['view']['checklists'][number];
type WireItem = WireChecklist['items'][number];

export type TickResult = 'applied' | 'refused' | 'unchanged' | 'failed';

export class ProgressPanel extends ViewPanel<ProgressResponse, ProgressRenderInfo> {
  static current: ProgressPanel | undefined;
  private static readonly renders = new vscode.EventEmitter<ProgressRenderInfo>();
  static readonly onDidRender = ProgressPanel.renders.event;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri?: vscode.Uri): ProgressPanel {
    const target = uri ?? activeArtifact();
    if (ProgressPanel.current) {
      ProgressPanel.current.showFor(target);
      return ProgressPanel.current;
    }
    const panel = ViewPanel.create('pocStudio.progress', vscode.l10n.t(PROGRESS_STRINGS.title), context);
    ProgressPanel.current = new ProgressPanel(panel, context, client, ready, target);
    return ProgressPanel.current;
  }

  private constructor(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri: vscode.Uri | undefined) {
    super(panel, context, client, ready, { viewType: 'pocStudio.progress', strings: PROGRESS_STRINGS, page: progressPageHtml, request: ProgressRequest, failure: 'Could not compute the progress: {0}' }, uri);
  }

  protected rendered(info: ProgressRenderInfo): void {
    ProgressPanel.renders.fire(info);
  }

  protected async handle(m: { type: string; [k: string]: unknown }): Promise<void> {
    if (m.type === 'reveal') await this.reveal(String(m.key ?? ''));
    else if (m.type === 'tick') await this.tick(String(m.key ?? ''), m.done === true);
    else if (m.type === 'undo') await this.undoTick();
  }

  /** Ticks of this panel that Ctrl+Z in the panel can undo, last one last. */
  private ticks: { uri: string; version: number; saved: boolean; before: string }[] = [];

  /**
   * Ctrl+Z (Cmd+Z) in the panel, forwarded by the page: undoes the panel's last tick with the
   * editor's own undo (so the redo stack stays VS Code's), and saves again when the tick had been
   * saved, so the file on disk is what it was. Nothing when the document was edited since the tick.
   */
  async undoTick(): Promise<boolean> {
    const t = this.ticks.pop();
    if (!t) return false;
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(t.uri));
    if (doc.version !== t.version) {
      this.ticks = [];
      return false;
    }
    const existing = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === t.uri);
    await vscode.window.showTextDocument(doc, {
      viewColumn: existing?.viewColumn ?? (this.panel.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Two : vscode.ViewColumn.One),
      preserveFocus: false,
    });
    await vscode.commands.executeCommand('undo');
    if (t.saved && doc.isDirty && doc.getText() === t.before) await doc.save();
    this.panel.reveal(undefined, false);
    void this.refresh();
    return doc.getText() === t.before;
  }

  /** The checklist and item of a key (`c0.3`), as last shown. */
  private find(key: string): { list: WireChecklist; item: WireItem } | undefined {
    for (const list of this.last?.view.checklists ?? []) {
      const item = list.items.find((i) => i.key === key);
      if (item) return { list, item };
    }
    return undefined;
  }

  /** The key of an item by checklist id and item id, as last shown (tests, other extensions). */
  keyOf(checklistId: string, itemId: string): string | undefined {
    return this.last?.view.checklists.find((c) => c.id === checklistId)?.items.find((i) => i.id === itemId)?.key;
  }

  /** The stamp (hash of the text) a checklist was shown with. */
  stampOf(key: string): string | undefined {
    return this.find(key)?.list.stamp;
  }

  /**
   * Writes `done` for the item of `key` into its file. `stamp` is the text the tick was made on
   * (by default, what the panel shows). Refused, with a message, when the file has changed since.
   */
  async tick(key: string, done: boolean, stamp?: string): Promise<TickResult> {
    const found = this.find(key);
    const c = this.client();
    if (!found || !c) return 'failed';
    const { list, item } = found;
    const r = await send(c, TickRequest, { uri: list.uri, index: item.index, id: item.id, done, stamp: stamp ?? list.stamp });
    if ('error' in r) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not tick the item: {0}', r.error));
      void this.refresh();
      return 'failed';
    }
    const refuse = (): TickResult => {
      void vscode.window.showWarningMessage(vscode.l10n.t('{0} changed since the panel showed it; the tick was refused. Look again and tick anew.', vscode.workspace.asRelativePath(vscode.Uri.parse(list.uri))));
      void this.refresh();
      return 'refused';
    };
    if ('refused' in r) {
      if (r.refused === 'stale') return refuse();
      void this.refresh();
      return 'unchanged';
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(list.uri));
    // Only on exactly the text the edit was computed on.
    if ((r.version !== null && doc.version !== r.version) || createHash('sha1').update(doc.getText(), 'utf8').digest('hex') !== r.hash) return refuse();
    const wasDirty = doc.isDirty;
    const before = doc.getText();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(r.edit.range.start.line, r.edit.range.start.character, r.edit.range.end.line, r.edit.range.end.character), r.edit.newText);
    if (!(await vscode.workspace.applyEdit(edit))) return refuse();
    // A file that had no unsaved changes is written at once (the edit stays undoable in the editor).
    if (!wasDirty) await doc.save();
    this.ticks.push({ uri: doc.uri.toString(), version: doc.version, saved: !wasDirty, before });
    if (this.ticks.length > 50) this.ticks.shift();
    void this.refresh();
    return 'applied';
  }

  /** Opens the checklist or item of this key in the editor. */
  async reveal(key: string): Promise<vscode.TextEditor | undefined> {
    const found = this.find(key);
    if (found) return this.revealRange(found.list.uri, found.item.range);
    const list = this.last?.view.checklists.find((c) => c.key === key);
    if (list) return this.revealRange(list.uri, list.range);
    const m = /^crit-(.*)-(\d+)$/.exec(key);
    const crit = m ? this.last?.view.criteria.find((c) => c.uri === m[1])?.items[Number(m[2])] : undefined;
    if (m && crit) return this.revealRange(m[1], crit.range);
    const plan = /^plan(\d+)$/.exec(key);
    const planUri = plan ? this.last?.view.plans[Number(plan[1])]?.uri : undefined;
    if (planUri) return this.revealRange(planUri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    return undefined;
  }

  protected override onDispose(): void {
    if (ProgressPanel.current === this) ProgressPanel.current = undefined;
  }
}
