/**
 * The report's Gantt excerpt (e.g. this week and next) drawn by POC Studio's own Gantt renderer
 * (core/gantt/svg.ts): the report's rows become a `GanttChart` restricted to the window, with the
 * today line and baseline bars, under a title line.
 *
 * Decisions:
 * - The axis is the window (`span` of the layout), whatever the rows' dates; a row is cut to the
 *   window; a row wholly outside is left out, except an overdue one ending before the window
 *   while today is in it: a one-day stub at the window's start, its late stretch to the today line.
 * - Status: done, in progress (active), else not started; critical and overdue as the rows say.
 * - A baseline is drawn when it meets the window (cut to it by the layout), else left out.
 * - A baseline's slip (the bar's tooltip) counts Monday–Friday days between the baseline end and
 *   the end: the report's row has no plan calendar.
 * - No today line when the chart has no today (and no overdue mark: lateness needs a today).
 */
import type { Locale } from '../../types';
import { formatDate, weekday, type Day } from '../../dates';
import type { Chart, GanttChartRow } from '../doc';
import type { GanttBar, GanttChart } from '../../gantt/gantt';
import type { BarBaseline, LayoutOptions } from '../../gantt/svg-layout';
import { ganttSvg, type SvgTheme } from '../../gantt/svg';
import { PAD, TITLE_H, oneLine, svgHead, widthAt, paletteOf } from './common';

type GanttKind = Extract<Chart, { kind: 'gantt' }>;

/** The report chart as the Gantt renderer's input. */
export function ganttInput(chart: GanttKind): { gantt: GanttChart; layout: Pick<LayoutOptions, 'baselines' | 'span' | 'todayLine'> } {
  const from = Math.min(chart.from, chart.to);
  const to = Math.max(chart.from, chart.to);
  const today = chart.today;
  const baselines = new Map<string, BarBaseline>();
  let index = 0;
  let total = 0;
  const sections = chart.sections.map((s) => {
    const bars: GanttBar[] = [];
    for (const r of s.rows) {
      total++;
      const bar = barOf(r, from, to, today, index, oneLine(s.title));
      if (!bar) continue;
      index++;
      bars.push(bar);
      const bStart = r.baselineStart !== undefined && r.baselineEnd !== undefined ? Math.min(r.baselineStart, r.baselineEnd) : r.baselineEnd;
      if (r.baselineEnd !== undefined && bStart !== undefined && r.baselineEnd >= from && bStart <= to) {
        baselines.set(bar.key, { start: r.baselineStart !== undefined ? formatDate(bStart) : undefined, end: formatDate(r.baselineEnd), slipDays: weekdaysBetween(r.baselineEnd, Math.max(r.start, r.end)) });
      }
    }
    return { name: oneLine(s.title), bars };
  });
  const gantt: GanttChart = {
    scope: 'file',
    inspections: false,
    title: oneLine(chart.title),
    today: formatDate(today ?? from),
    start: formatDate(from),
    end: formatDate(to),
    sections,
    unscheduled: [],
    owners: [],
    total,
    criticalOnly: false,
  };
  return { gantt, layout: { baselines, span: { start: from, end: to }, todayLine: today !== undefined } };
}

function barOf(r: GanttChartRow, from: Day, to: Day, today: Day | undefined, index: number, section: string): GanttBar | undefined {
  const start = Math.min(r.start, r.end);
  const end = Math.max(r.start, r.end);
  const late = r.overdue && !r.done && today !== undefined && today > end ? today - end : undefined;
  if (!inWindow(r, from, to, today)) return undefined;
  // An overdue row ending before the window: a one-day stub at its start.
  const s = end < from ? from : Math.max(start, from);
  const e = end < from ? from : Math.min(end, to);
  const label = oneLine(r.label);
  return {
    key: `c${index}`,
    uri: '',
    span: { start: 0, end: 0 },
    taskIndex: index,
    name: label,
    label,
    section,
    start: formatDate(s),
    end: formatDate(e),
    duration: r.milestone ? 0 : end - start + 1,
    milestone: r.milestone,
    status: r.done ? 'done' : r.active ? 'active' : 'todo',
    progress: r.progress !== undefined && Number.isFinite(r.progress) ? Math.min(100, Math.max(0, r.progress)) : undefined,
    critical: r.critical,
    overdue: late,
    inCycle: false,
    unknownDeps: [],
    problems: [],
  };
}

/** Whether the chart draws a row: it meets the window, or it is overdue with today in the window. */
export function inWindow(r: GanttChartRow, from: Day, to: Day, today: Day | undefined): boolean {
  const start = Math.min(r.start, r.end);
  const end = Math.max(r.start, r.end);
  if (end >= from && start <= to) return true;
  return end < from && r.overdue && !r.done && today !== undefined && today > end && today >= from;
}

/** Monday–Friday days after `a` up to `b` (negative when b is earlier). */
export function weekdaysBetween(a: Day, b: Day): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const weeks = Math.floor((hi - lo) / 7);
  let k = weeks * 5;
  for (let d = lo + weeks * 7 + 1; d <= hi; d++) if (weekday(d) >= 1 && weekday(d) <= 5) k++;
  return b >= a ? k : -k;
}

export function ganttChartSvg(chart: GanttKind, locale: Locale, theme: SvgTheme | undefined): { svg: string; width: number; height: number } {
  const { gantt, layout } = ganttInput(chart);
  const inner = ganttSvg(gantt, { locale, theme, ...layout });
  const size = /^<svg\b[^>]*?\bwidth="(\d+(?:\.\d+)?)"[^>]*?\bheight="(\d+(?:\.\d+)?)"/.exec(inner);
  const innerW = size ? Math.ceil(Number(size[1])) : 0;
  const innerH = size ? Math.ceil(Number(size[2])) : 0;
  const width = Math.ceil(Math.max(innerW, widthAt(oneLine(chart.title), 15) + 2 * PAD));
  const top = TITLE_H - 6;
  const height = top + innerH;
  const p = paletteOf(theme);
  const out = svgHead('gantt', chart.title, width, height, p);
  // The Gantt renderer's document, nested below the title line.
  out.push(inner.replace(/^<svg /, `<svg x="0" y="${top}" `).trimEnd(), '</svg>');
  return { svg: out.join('\n') + '\n', width, height };
}
