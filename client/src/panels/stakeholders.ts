/**
 * "POC Studio: Show Stakeholders": the stakeholder map of the workspace folder beside the editor —
 * the power/interest grid coloured by attitude and the reportsTo tree. Data from the language
 * server (`pocStudio/stakeholders`); the page (media/stakeholders.js) draws it with Mermaid.
 * Follows edits, the folder of the active artifact and files changing on disk; a click reveals
 * the person's entry.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { stakeholdersPageHtml, STAKEHOLDERS_STRINGS } from './stakeholders-page';
import { ViewPanel, activeArtifact } from './view-panel';
import { StakeholdersRequest, type StakeholdersResponse } from '../../../server/src/protocol';

/** What the page reports after each drawing (read back from the SVG). */
export interface StakeholdersRenderInfo {
  seq?: number;
  points: { key: string; name: string; quadrant: string | null; attitude: string | null; fill: string }[];
  aside: string[];
  treeNodes: number;
  treeEdges: number;
  treeLabels: string[];
  decisionMakers: number;
  rows: number;
  error?: string;
}

export class StakeholdersPanel extends ViewPanel<StakeholdersResponse, StakeholdersRenderInfo> {
  static current: StakeholdersPanel | undefined;
  private static readonly renders = new vscode.EventEmitter<StakeholdersRenderInfo>();
  static readonly onDidRender = StakeholdersPanel.renders.event;

  static show(context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri?: vscode.Uri): StakeholdersPanel {
    const target = uri ?? activeArtifact();
    if (StakeholdersPanel.current) {
      StakeholdersPanel.current.showFor(target);
      return StakeholdersPanel.current;
    }
    const panel = ViewPanel.create('pocStudio.stakeholders', vscode.l10n.t(STAKEHOLDERS_STRINGS.title), context);
    StakeholdersPanel.current = new StakeholdersPanel(panel, context, client, ready, target);
    return StakeholdersPanel.current;
  }

  private constructor(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, client: () => LanguageClient | undefined, ready: Promise<void>, uri: vscode.Uri | undefined) {
    super(panel, context, client, ready, { viewType: 'pocStudio.stakeholders', strings: STAKEHOLDERS_STRINGS, page: stakeholdersPageHtml, request: StakeholdersRequest, failure: 'Could not compute the stakeholder map: {0}' }, uri);
  }

  protected rendered(info: StakeholdersRenderInfo): void {
    StakeholdersPanel.renders.fire(info);
  }

  protected async handle(m: { type: string; [k: string]: unknown }): Promise<void> {
    if (m.type === 'reveal') await this.reveal(String(m.key ?? ''));
  }

  /** Opens the entry of the person with this key (`p0` …) in the editor. */
  async reveal(key: string): Promise<vscode.TextEditor | undefined> {
    const p = this.last ? [...this.last.map.points, ...this.last.map.aside].find((x) => x.key === key) : undefined;
    return p ? this.revealRange(p.uri, p.range) : undefined;
  }

  protected override onDispose(): void {
    if (StakeholdersPanel.current === this) StakeholdersPanel.current = undefined;
  }
}
