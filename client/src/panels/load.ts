/**
 * "POC Studio: Show Team Load": person × ISO week grid over the portfolio (every open folder's
 * plans), the next 8 weeks by default, each cell the load in percent of capacity. Data from the
 * language server (`pocStudio/teamLoad`); the page (media/load.js) draws it, pages by weeks
 * (`page`: a new request with another `from`) and filters rows; a task clicked in a cell's list
 * (`open`) is opened in the editor at its entry.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { loadPageHtml, LOAD_STRINGS } from './load-page';
import { ViewPanel, activeArtifact } from './view-panel';
import { TeamLoadRequest, type TeamLoadParams, type TeamLoadResponse } from '../../../server/src/protocol';

/** What the page reports after each drawing, filtering or selection (read back from the DOM). */
export interface LoadRenderInfo {
  seq?: number;
  weeks: string[];
  rows: { person: string; hidden: boolean; cells: { key: string; text: string; state: string; background: string }[] }[];
  selected: string | null;
  tasks: string[];
  /** The inspections row's entries (the contracts' expected inspections in these weeks). */
  inspections?: string[];
}

type WireTask = TeamLoadResponse['load']['cells'][number]['tasks'][number];

export class LoadPanel extends ViewPanel<TeamLoadResponse, LoadRenderInfo, TeamLoadParams> {
  static current: LoadPanel | undefined;
  private static readonly renders = new vscode.EventEmitter<LoadRenderInfo>();
  static readonly onDidRender = LoadPanel.renders.event;
  /** The first day of the window (undefined: today's week). */
  private from: string | undefined;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri?: vscode.Uri): LoadPanel {
    const target = uri ?? activeArtifact();
    if (LoadPanel.current) {
      LoadPanel.current.showFor(target);
      return LoadPanel.current;
    }
    const panel = ViewPanel.create('pocStudio.teamLoad', vscode.l10n.t(LOAD_STRINGS.title), context);
    LoadPanel.current = new LoadPanel(panel, context, client, ready, target);
    return LoadPanel.current;
  }

  private constructor(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri: vscode.Uri | undefined) {
    super(panel, context, client, ready, { viewType: 'pocStudio.teamLoad', strings: LOAD_STRINGS, page: loadPageHtml, request: TeamLoadRequest, failure: 'Could not compute the team load: {0}' }, uri);
  }

  protected override params(): TeamLoadParams {
    return { ...this.panelParams(), ...(this.from ? { from: this.from } : {}), weeks: 8 };
  }

  /** The load is over every open folder: switching editors changes nothing. */
  protected override follow(uri: string): boolean {
    this.uri = uri;
    return false;
  }

  protected rendered(info: LoadRenderInfo): void {
    LoadPanel.renders.fire(info);
  }

  protected async handle(m: { type: string; [k: string]: unknown }): Promise<void> {
    if (m.type === 'page') await this.page(typeof m.from === 'string' ? m.from : undefined);
    else if (m.type === 'open') await this.openTask(String(m.key ?? ''), Number(m.index));
  }

  /** Shows the window starting in the week of `from` (undefined: today's week). */
  async page(from: string | undefined): Promise<void> {
    this.from = from && /^\d{4}-\d{2}-\d{2}$/.test(from) ? from : undefined;
    await this.refresh();
  }

  /** The task `index` of the cell `person|week` as last shown. */
  task(key: string, index: number): WireTask | undefined {
    const load = this.last?.load;
    if (!load) return undefined;
    const [person, week] = key.split('|');
    const p = load.people.findIndex((x) => x.id === person);
    const w = Number(week);
    if (p < 0 || !Number.isInteger(w) || w < 0 || w >= load.weeks.length) return undefined;
    return load.cells[p * load.weeks.length + w]?.tasks[index];
  }

  /** Opens a task of a cell in the editor at its entry (the place comes from the server's data, not the page). */
  async openTask(key: string, index: number): Promise<vscode.TextEditor | undefined> {
    const t = this.task(key, index);
    return t ? this.revealRange(t.uri, t.range) : undefined;
  }

  protected override onDispose(): void {
    if (LoadPanel.current === this) LoadPanel.current = undefined;
  }
}
