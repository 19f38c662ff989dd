/**
 * Custom requests behind the panels: the server computes a view's data from its workspace index
 * (the same that validates), the client only draws it. Positions are LSP ranges.
 *
 *   pocStudio/gantt        { uri?, folderUri?, scope, criticalOnly?, owner? } → GanttResponse
 *   pocStudio/ganttExport  … + format: mermaid | markdown | html → { text, name }
 */
import type { Connection, Range } from 'vscode-languageserver';
import { lineIndexOf } from '../core/file';
import type { Workspace } from '../core/workspace';
import { ganttChart, type GanttBar, type GanttChart, type GanttScope } from '../core/gantt/gantt';
import { ganttHtml, ganttMarkdown, ganttMermaid, barText } from '../core/gantt/mermaid';
import { readMermaidJs } from '../node/mermaid-js';
import type { FeatureHost } from './features';
import { randomBytes } from 'crypto';
import { ganttExportName } from '../core/file-names';

export interface GanttParams {
  /** The plan file (scope `file`), or any file of the folder (scope `portfolio`). */
  uri?: string;
  /** The folder of a portfolio when no file is given. */
  folderUri?: string;
  scope: GanttScope;
  criticalOnly?: boolean;
  owner?: string;
}

export interface WireBar extends Omit<GanttBar, 'span'> {
  range: Range;
  /** The text drawn on the bar (with its marks). */
  text: string;
}

export interface GanttResponse {
  chart: Omit<GanttChart, 'sections' | 'unscheduled'> & { sections: { name: string; bars: WireBar[] }[]; unscheduled: WireBar[] };
  mermaid: string;
  locale: 'zh-CN' | 'en';
}

export interface ViewsHost extends FeatureHost {
  /** Parses every pending edit (a view reads the whole folder). */
  flushAll(): void;
  workspaceFor(uri: string): Workspace;
  folderUris(): string[];
}

export function registerViews(connection: Connection, host: ViewsHost): void {
  const chartFor = (p: GanttParams): { ws: Workspace; chart: GanttChart } | { error: string } => {
    host.flushAll();
    const scope: GanttScope = p.scope === 'portfolio' ? 'portfolio' : 'file';
    const anchor = p.uri ?? (p.folderUri ? `${p.folderUri.replace(/\/$/, '')}/x` : host.folderUris()[0] ? `${host.folderUris()[0]}/x` : undefined);
    if (!anchor) return { error: 'no file or folder' };
    const found = p.uri ? host.fileOf(p.uri) : undefined;
    const ws = found?.ws ?? host.workspaceFor(anchor);
    const chart = ganttChart(ws, found?.file, {
      scope,
      locale: ws.messageLocale,
      criticalOnly: !!p.criticalOnly,
      owner: typeof p.owner === 'string' && p.owner ? p.owner : undefined,
    });
    return { ws, chart };
  };

  connection.onRequest('pocStudio/gantt', (p: GanttParams): GanttResponse | { error: string } => {
    try {
      const r = chartFor(p);
      if ('error' in r) return r;
      const { ws, chart } = r;
      const locale = ws.messageLocale;
      const wire = (b: GanttBar): WireBar => {
        const { span, ...rest } = b;
        const file = ws.get(b.uri);
        const lines = file ? lineIndexOf(file) : undefined;
        const range = lines ? { start: lines.positionAt(span.start), end: lines.positionAt(span.end) } : { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        return { ...rest, range, text: barText(b, locale) };
      };
      return {
        chart: { ...chart, sections: chart.sections.map((s) => ({ name: s.name, bars: s.bars.map(wire) })), unscheduled: chart.unscheduled.map(wire) },
        mermaid: ganttMermaid(chart, { locale }),
        locale,
      };
    } catch (e) {
      host.log('POC Studio: gantt failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });

  connection.onRequest('pocStudio/ganttExport', (p: GanttParams & { format: 'mermaid' | 'markdown' | 'html' }): { text: string; name: string } | { error: string } => {
    try {
      const r = chartFor(p);
      if ('error' in r) return r;
      const { ws, chart } = r;
      const locale = ws.messageLocale;
      const name = (ext: 'html' | 'md' | 'mmd') => ganttExportName(chart.uri, chart.scope === 'portfolio' ? 'portfolio' : 'file', ext);
      if (p.format === 'html') return { text: ganttHtml(chart, { locale, mermaidJs: readMermaidJs(), nonce: randomBytes(16).toString('base64') }), name: name('html') };
      if (p.format === 'markdown') return { text: ganttMarkdown(chart, { locale }), name: name('md') };
      return { text: ganttMermaid(chart, { locale }), name: name('mmd') };
    } catch (e) {
      host.log('POC Studio: gantt export failed', e);
      return { error: (e as Error)?.message ?? String(e) };
    }
  });
}
