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
import { GANTT_WINDOW_MIN_ROWS, GANTT_WINDOW_ROWS, GanttExportRequest, GanttPngRequest, GanttRequest, type GanttParams, type GanttView, type PanelLayout } from '../protocol';
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
    let scheduled = 0;
    let critical = 0;
    for (const s of chart.sections) {
      scheduled += s.bars.length;
      for (const b of s.bars) if (b.critical) critical++;
    }
    // A large chart goes a window of rows at a time (ganttWindow): the page asks for more as it scrolls.
    const rowCount = scheduled + chart.sections.length;
    const windowed = rowCount > GANTT_WINDOW_MIN_ROWS;
    const rows = windowed ? ganttWindow(p.rows, rowCount) : undefined;
    const layout = layoutGantt(chart, { ...svgInputs(scope.ws, chart), labelOf: (b) => barText(b, locale), rows });
    const inWindow = windowed ? new Set(layout.bars.map((b) => b.bar.key)) : undefined;
    const view = {
      chart: {
        ...chart,
        sections: chart.sections.map((s) => ({ name: s.name, bars: (inWindow ? s.bars.filter((b) => inWindow.has(b.key)) : s.bars).map(wire) })),
        unscheduled: chart.unscheduled.map(wire),
      },
      layout: panelLayout(layout, locale),
      totals: { scheduled, critical },
      ...(windowed ? { windowed: true, lines: taskLines(scope.ws, layout.placed) } : {}),
      locale,
      ...(scope.file && chart.scope !== 'portfolio' ? { stamp: textHash(scope.file.text) } : {}),
    };
    return view as unknown as GanttView; // already the wire's shape: sent as it is (below)
  }, ['chart', 'layout', 'lines']); // the bars carry ranges already, the layout holds no span: neither is walked (withRanges)

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

/** The rows asked for, clamped to the chart, else the top of the chart. */
export function ganttWindow(asked: GanttParams['rows'], total: number): { from: number; to: number } {
  const ok = asked && Number.isFinite(asked.from) && Number.isFinite(asked.to) && asked.to > asked.from;
  const from = ok ? Math.max(0, Math.min(total, Math.floor(asked.from))) : 0;
  // A window is never larger than four default windows (a page cannot ask for the whole chart).
  const to = ok ? Math.max(from, Math.min(total, Math.ceil(asked.to), from + 4 * GANTT_WINDOW_ROWS)) : Math.min(total, GANTT_WINDOW_ROWS);
  return { from, to };
}

/** [first line, last line, row] of every scheduled bar's task, by bar index (GanttView.lines). */
function taskLines(ws: Workspace, placed: SvgLayout['placed']): number[] {
  const out: number[] = new Array(placed.length * 3);
  const rangeIn = rangesIn(ws);
  placed.forEach((p, i) => {
    const r = rangeIn(p.bar.uri, p.bar.span);
    out[3 * i] = r.start.line;
    out[3 * i + 1] = r.end.line;
    out[3 * i + 2] = p.row;
  });
  return out;
}

/** The layout as the panel gets it: bars and baselines name their bar by key (the chart has the bars), strip cells carry their tooltip. */
function panelLayout(l: SvgLayout, locale: Locale): PanelLayout {
  const keys = new Map(l.bars.map((b) => [b.index, b.bar.key]));
  const { strip, placed: _placed, ...rest } = l;
  return {
    ...rest,
    ...(strip ? { strip: { ...strip, cells: strip.cells.map((c) => ({ ...c, title: stripCellTitle(c, locale) })) } } : {}),
    bars: l.bars.map(({ bar, ...rest }) => ({ ...rest, key: bar.key })),
    baselines: l.baselines.map(({ baseline, ...rest }) => ({ ...rest, key: keys.get(rest.index) ?? '', ...baseline })),
  };
}
