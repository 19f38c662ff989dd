/**
 * Custom requests behind the panels (types in ../protocol.ts): the server computes a view's data
 * from its workspace index (the same that validates), the client only draws it. Each view is one
 * `serveView` (requests.ts): the panel's workspace, the core's data, spans turned into LSP ranges.
 *
 *   pocStudio/gantt        GanttParams → GanttResponse
 *   pocStudio/ganttExport  … + format: mermaid | markdown | html | svg → { text, name } (html and svg:
 *                          POC Studio's own renderer, every row; no Mermaid, no script)
 *   pocStudio/stakeholders, progress, tick, newChecklist: see views-panels.ts
 *   pocStudio/teamLoad     TeamLoadParams → { load, locale }: see views-load.ts
 */
import type { Connection } from 'vscode-languageserver';
import { ganttChart, type GanttBar, type GanttChart, type GanttScope } from '../core/gantt/gantt';
import { layoutGantt, type SvgLayout } from '../core/gantt/svg-layout';
import { svgInputs } from '../core/gantt/svg-inputs';
import { ganttSvg, ganttSvgPage, stripCellTitle } from '../core/gantt/svg';
import type { Locale } from '../core/types';
import { ganttMarkdown, ganttMermaid, barText } from '../core/gantt/mermaid';
import type { FeatureHost } from './features';
import { registerPanelViews, textHash } from './views-panels';
import { registerLoadView } from './views-load';
import { ganttExportName } from '../core/file-names';
import { GanttExportRequest, GanttPngRequest, GanttRequest, type GanttParams, type GanttView, type PanelLayout } from '../protocol';
import { rangesIn, serve, serveView, viewScope, type ViewScope } from './requests';
import { svgToPng } from '../node/png';
import type { Workspace } from '../core/workspace';

export interface ViewsHost extends FeatureHost {
  /** Parses every pending edit (a view reads the whole folder). */
  flushAll(): void;
  workspaceFor(uri: string): Workspace;
  folderUris(): string[];
  /** The version of an open document (undefined when the server has the file from disk). */
  versionOf?(uri: string): number | undefined;
}

function chartOf(p: GanttParams, { ws, file }: ViewScope): GanttChart {
  const scope: GanttScope = p.scope === 'portfolio' ? 'portfolio' : 'file';
  return ganttChart(ws, file, {
    scope,
    locale: ws.messageLocale,
    criticalOnly: !!p.criticalOnly,
    owner: typeof p.owner === 'string' && p.owner ? p.owner : undefined,
    inspections: p.inspections === true,
  });
}

export function registerViews(connection: Connection, host: ViewsHost): void {
  serveView(connection, host, GanttRequest, (p, scope): GanttView => {
    const chart = chartOf(p, scope);
    const locale = scope.ws.messageLocale;
    // Each bar as the wire has it in one pass — its range (not its span) and the text drawn on it —
    // instead of a copy here and a generic walk by withRanges (a 5,000-task chart, on every edit).
    const rangeIn = rangesIn(scope.ws);
    const wire = (bar: GanttBar) => {
      const { span, ...b } = bar;
      return { ...b, range: rangeIn(bar.uri, span), text: barText(bar, locale) };
    };
    const view = {
      chart: { ...chart, sections: chart.sections.map((s) => ({ name: s.name, bars: s.bars.map(wire) })), unscheduled: chart.unscheduled.map(wire) },
      layout: panelLayout(layoutGantt(chart, { ...svgInputs(scope.ws, chart), labelOf: (b) => barText(b, locale) }), locale),
      locale,
      ...(scope.file && chart.scope !== 'portfolio' ? { stamp: textHash(scope.file.text) } : {}),
    };
    return view as unknown as GanttView; // already the wire's shape: sent as it is (below)
  }, ['chart', 'layout']); // the bars carry ranges already, the layout holds no span: neither is walked (withRanges)

  serveView(connection, host, GanttExportRequest, (p, scope) => {
    const chart = chartOf(p, scope);
    const locale = scope.ws.messageLocale;
    const name = (ext: 'html' | 'md' | 'mmd' | 'svg') => ganttExportName(chart.uri, chart.scope === 'portfolio' ? 'portfolio' : 'file', ext);
    // SVG and the offline page: POC Studio's own renderer, every row (no Mermaid, no script).
    const svgOpts = { locale, theme: 'light' as const, ...svgInputs(scope.ws, chart) };
    if (p.format === 'svg') return { text: ganttSvg(chart, svgOpts), name: name('svg') };
    if (p.format === 'html') return { text: ganttSvgPage(chart, svgOpts), name: name('html') };
    if (p.format === 'markdown') return { text: ganttMarkdown(chart, { locale }), name: name('md') };
    return { text: ganttMermaid(chart, { locale }), name: name('mmd') };
  });

  // PNG: the same SVG as the export, drawn by resvg (node/png.ts: native, else WebAssembly).
  serve(connection, host.log, GanttPngRequest, async (p: GanttParams) => {
    const scope = viewScope(host, p ?? ({} as GanttParams));
    if (!scope) return { error: 'no file or folder' };
    const chart = chartOf(p ?? ({} as GanttParams), scope);
    const locale = scope.ws.messageLocale;
    const svg = ganttSvg(chart, { locale, theme: 'light', ...svgInputs(scope.ws, chart) });
    const out = await svgToPng(svg, { scale: 2, background: '#ffffff' });
    return { data: out.png.toString('base64'), name: ganttExportName(chart.uri, chart.scope === 'portfolio' ? 'portfolio' : 'file', 'png'), width: out.width, height: out.height };
  });

  registerPanelViews(connection, host);
  registerLoadView(connection, host);
}

/** The layout as the panel gets it: bars and baselines name their bar by key (the chart has the bars), strip cells carry their tooltip. */
function panelLayout(l: SvgLayout, locale: Locale): PanelLayout {
  const keys = new Map(l.bars.map((b) => [b.index, b.bar.key]));
  const { strip, ...rest } = l;
  return {
    ...rest,
    ...(strip ? { strip: { ...strip, cells: strip.cells.map((c) => ({ ...c, title: stripCellTitle(c, locale) })) } } : {}),
    bars: l.bars.map(({ bar, ...rest }) => ({ ...rest, key: bar.key })),
    baselines: l.baselines.map(({ baseline, ...rest }) => ({ ...rest, key: keys.get(rest.index) ?? '', ...baseline })),
  };
}
