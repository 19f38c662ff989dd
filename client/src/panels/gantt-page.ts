/**
 * The Gantt panel's page: toolbar markup (no user text) and the strings its script shows. No
 * `vscode` import: the headless-Chromium tests load the same page from disk.
 */
import { pageHtml, type PageEnv } from './page';

/** The page's strings in English; the panel translates each with vscode.l10n (bundle: l10n/). */
export const GANTT_STRINGS = {
  title: 'POC Studio: Schedule',
  scopeFile: 'This plan',
  scopePortfolio: 'All plans (portfolio)',
  criticalOnly: 'Critical path only',
  inspections: 'Inspections',
  allOwners: 'All owners',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit',
  export: 'Export',
  exportMermaid: 'Mermaid',
  exportMarkdown: 'Markdown',
  exportHtml: 'HTML',
  exportSvg: 'SVG',
  exportPng: 'PNG',
  today: 'Today',
  tasks: '{0} tasks',
  critical: '{0} critical',
  unscheduled: 'Not scheduled',
  slack: 'slack {0} working days',
  milestone: 'milestone',
  criticalTask: 'critical',
  done: 'done',
  active: 'in progress',
  legend: 'Legend',
  legendTask: 'planned',
  legendOverdue: 'overdue',
  legendToday: 'today line',
  legendBaseline: 'baseline',
  legendLoadBusy: 'booked (load)',
  legendLoadOver: 'over capacity',
  baseline: 'Baseline: {0}',
  slip: '{0} working days late',
  overdueOne: '1 day late',
  overdueMany: '{0} days late',
  blocked: 'blocked',
  cancelled: 'cancelled',
  owner: 'owner',
  clickToReveal: 'Click to show the task in the editor',
  renderError: 'The chart could not be drawn: {0}',
  loading: 'Scheduling…',
} as const;

export type GanttStrings = Record<keyof typeof GANTT_STRINGS, string>;

export function ganttPageHtml(env: PageEnv, strings: GanttStrings): string {
  return pageHtml(env, {
    title: strings.title,
    scripts: ['media/panel-common.js', 'media/gantt-legend.js', 'media/gantt-rows.js', 'media/gantt-interact.js', 'media/gantt-toolbar.js', 'media/gantt.js'],
    styles: ['media/panel.css', 'media/gantt.css'],
    strings,
    body: `<div class="toolbar" role="toolbar">
  <select id="scope" aria-label="scope"><option value="file" data-s="scopeFile"></option><option value="portfolio" data-s="scopePortfolio"></option></select>
  <label class="check"><input type="checkbox" id="critical"> <span data-s="criticalOnly"></span></label>
  <label class="check"><input type="checkbox" id="inspections"> <span data-s="inspections"></span></label>
  <select id="owner" aria-label="owner"></select>
  <span class="sep"></span>
  <button id="zoom-out" data-t="zoomOut" aria-label="zoom out">−</button>
  <span id="zoom-level" class="zoom">100%</span>
  <button id="zoom-in" data-t="zoomIn" aria-label="zoom in">+</button>
  <button id="zoom-fit" data-s="fit"></button>
  <span class="sep"></span>
  <select id="export" aria-label="export"><option value="" data-s="export"></option><option value="mermaid" data-s="exportMermaid"></option><option value="markdown" data-s="exportMarkdown"></option><option value="html" data-s="exportHtml"></option><option value="svg" data-s="exportSvg"></option><option value="png" data-s="exportPng"></option></select>
</div>
<div id="status" class="status" aria-live="polite"></div>
<ul id="legend" class="legend" data-t="legend"></ul>
<div id="message" class="message" hidden></div>
<div id="chart-wrap" class="chart-wrap"><div id="chart"></div></div>
<section id="unscheduled" hidden><h2 data-s="unscheduled"></h2><ul id="unscheduled-list"></ul></section>`,
  });
}
