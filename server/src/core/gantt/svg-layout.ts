/**
 * The layout of POC Studio's own SVG Gantt chart: rows, scale, bars, milestones, progress,
 * baselines, dependency arrows, non-working days, the today line, axis ticks and overdue marks,
 * as plain objects of numbers (no DOM, no text measuring beyond an estimate). svg.ts draws it.
 *
 * Decisions:
 * - Rows: one header row per section, then one row per bar, in the chart's order. A bar's index
 *   (`bar-<index>`) is its position among the scheduled bars of the chart, wherever the window is.
 * - Scale: PREFERRED_PLOT px over the whole span, within MIN..MAX px per day; a span so long that
 *   MIN_PX_PER_DAY would pass MAX_WIDTH gets less (a ten-year task is a bounded chart, never a
 *   gigantic one). A bar covers its first day to the end of its last day (end + 1).
 * - The span is the bars' dates, up to today when a bar is overdue (its late stretch is drawn to
 *   the today line).
 * - `span` (a report's window) replaces the span of the bars: the caller clips its bars to it.
 * - Non-working days (the plan calendar, given by the caller) are shaded only at ≥ 4 px per day.
 * - `rows: {from, to}` lays out only those rows (virtualization); arrows are kept when either end
 *   is in the window (the other end is placed from its dates and row, so it points off-window).
 * - Arrows are finish-to-start: from the predecessor's end to the successor's start; when the
 *   successor starts before there is room, the line goes round through the successor's row edge.
 * - Load strip (`load`, given when the chart is filtered by owner): one more row under the task
 *   rows (the chart grows by it), the person's daily load over the whole portfolio, clipped to the
 *   chart's span; equal adjacent days (same percent, state, booked on leave or not) are one cell, free days none. It is
 *   not a row of the window: it is always laid out.
 */
import { formatDate, parseDate, type Day } from '../dates';
import type { GanttBar, GanttChart } from './gantt';
import { tickDays, TICK_MIN_PX } from './legend';

export const MIN_PX_PER_DAY = 2;
export const MAX_PX_PER_DAY = 40;
export const MAX_WIDTH = 8000;
const PREFERRED_PLOT = 1400;
const ROW_H = 28;
const BAR_H = 16;
const AXIS_H = 36;
const PAD = 12;
const LABEL_MIN = 140;
const LABEL_MAX = 360;
const SHADE_MIN_PX = 4;

export interface BarBaseline {
  start?: string;
  end: string;
  /** Working days the forecast end lies after the baseline end (negative: earlier). */
  slipDays: number;
}

export interface LayoutOptions {
  /** Draw the today line when today is inside the chart. Default true. */
  todayLine?: boolean;
  /** Only these rows (from inclusive, to exclusive) are laid out. */
  rows?: { from: number; to: number };
  /** Per bar key, the keys of the bars it depends on (finish-to-start). */
  deps?: ReadonlyMap<string, readonly string[]>;
  /** Per bar key, its baseline. */
  baselines?: ReadonlyMap<string, BarBaseline>;
  /** The plan calendar: false on a non-working day (shaded). */
  isWorkday?: (day: Day) => boolean;
  /** The text drawn as a bar's label (default: its label). */
  labelOf?: (bar: GanttBar) => string;
  /** The days drawn (inclusive) instead of the bars' span, e.g. a report's window; bars must lie inside. */
  span?: { start: Day; end: Day };
  /** The owner's daily load (core/views/load-daily.ts): drawn as a strip under the rows. */
  load?: StripInput;
}

export interface StripInput {
  /** The strip's label (the person's name and "load"). */
  label: string;
  capacity: number;
  days: readonly { day: Day; percent: number; state: 'free' | 'busy' | 'over'; leave: boolean }[];
}

export interface StripCell {
  x: number;
  w: number;
  percent: number;
  state: 'busy' | 'over';
  /** A counted task falls on a leave day of the person. */
  leave: boolean;
  /** First and last day of the cell, `YYYY-MM-DD`. */
  start: string;
  end: string;
}

export interface LayoutStrip {
  y: number;
  h: number;
  label: string;
  cells: StripCell[];
}

export type Fill = 'task' | 'done' | 'active' | 'critical';

export interface LayoutRow {
  row: number;
  kind: 'section' | 'bar';
  y: number;
  text: string;
  /** The bar's index (bar rows). */
  bar?: number;
}

export interface LayoutBar {
  index: number;
  bar: GanttBar;
  row: number;
  x: number;
  y: number;
  w: number;
  h: number;
  fill: Fill;
  /** Width of the done part (progress), 0 when none. */
  progressW: number;
  /** Milestone: the diamond's centre and half diagonal. */
  diamond?: { cx: number; cy: number; r: number };
  /** Overdue: the late stretch from the bar's end to today. */
  late?: { x1: number; x2: number; y: number };
}

export interface LayoutBaseline {
  index: number;
  x: number;
  y: number;
  w: number;
  h: number;
  baseline: BarBaseline;
}

export interface LayoutArrow {
  from: number;
  to: number;
  points: [number, number][];
}

export interface SvgLayout {
  width: number;
  /** Height of the chart part (rows and axis), the legend goes below. */
  height: number;
  labelW: number;
  plotX: number;
  plotW: number;
  top: number;
  rowH: number;
  pxPerDay: number;
  start: Day;
  days: number;
  totalRows: number;
  window: { from: number; to: number };
  rows: LayoutRow[];
  bars: LayoutBar[];
  baselines: LayoutBaseline[];
  arrows: LayoutArrow[];
  shading: { x: number; w: number }[];
  today?: { x: number };
  ticks: { x: number; text: string }[];
  /** The owner's load strip (LayoutOptions.load). */
  strip?: LayoutStrip;
  /** Every scheduled bar by index, with its row (all bars, wherever the window is). */
  placed: { bar: GanttBar; row: number }[];
}

/** Estimated width of a text at 12 px (CJK and full-width characters are wider). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    // CJK (U+2E80–U+9FFF), Hangul (U+AC00–U+D7AF), compatibility ideographs (U+F900–U+FAFF), full-width forms (U+FF00–U+FFEF).
    w += (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef) ? 12 : 7;
  }
  return w;
}

interface Placed {
  bar: GanttBar;
  index: number;
  row: number;
  start: Day;
  end: Day;
}

export function layoutGantt(chart: GanttChart, opts: LayoutOptions = {}): SvgLayout {
  const labelOf = opts.labelOf ?? ((b: GanttBar) => b.label);
  // Rows of the whole chart (cheap: no geometry yet).
  const placed: Placed[] = [];
  const rowKinds: { kind: 'section' | 'bar'; text: string; bar?: number }[] = [];
  let first: Day | undefined;
  let last: Day | undefined;
  for (const s of chart.sections) {
    rowKinds.push({ kind: 'section', text: s.name });
    for (const bar of s.bars) {
      const start = parseDate(bar.start);
      const end = parseDate(bar.end);
      if (start === undefined || end === undefined) continue;
      const index = placed.length;
      placed.push({ bar, index, row: rowKinds.length, start, end: Math.max(start, end) });
      rowKinds.push({ kind: 'bar', text: labelOf(bar), bar: index });
      if (first === undefined || start < first) first = start;
      if (last === undefined || end > last) last = end;
    }
  }
  const today = parseDate(chart.today);
  // Overdue bars: the chart reaches today, so that their late stretch ends at the today line.
  if (last !== undefined && today !== undefined && today > last && placed.some((p) => p.bar.overdue)) last = today;
  const fixed = opts.span && opts.span.end >= opts.span.start ? opts.span : undefined;
  const start = fixed?.start ?? first ?? today ?? 0;
  const days = fixed ? fixed.end - fixed.start + 1 : Math.max(1, (last ?? start) - start + 1);

  let longest = 0;
  for (const r of rowKinds) longest = Math.max(longest, textWidth(r.text));
  if (opts.load) longest = Math.max(longest, textWidth(opts.load.label));
  const labelW = Math.min(LABEL_MAX, Math.max(LABEL_MIN, longest + 2 * PAD));
  const maxPlot = MAX_WIDTH - labelW - 2 * PAD;
  let pxPerDay = Math.min(MAX_PX_PER_DAY, Math.max(MIN_PX_PER_DAY, PREFERRED_PLOT / days));
  if (pxPerDay * days > maxPlot) pxPerDay = maxPlot / days;
  pxPerDay = Math.floor(pxPerDay * 1e8) / 1e8;
  const plotX = labelW;
  const plotW = round(pxPerDay * days);
  const width = Math.min(MAX_WIDTH, Math.ceil(plotX + plotW + 2 * PAD));
  const top = AXIS_H;
  const totalRows = rowKinds.length;
  const height = top + totalRows * ROW_H + (opts.load ? ROW_H : 0) + PAD;
  const xOf = (d: Day) => round(plotX + (d - start) * pxPerDay);
  const rowY = (r: number) => top + r * ROW_H;

  const from = clamp(opts.rows?.from ?? 0, 0, totalRows);
  const to = clamp(opts.rows?.to ?? totalRows, from, totalRows);
  const inWindow = (row: number) => row >= from && row < to;

  const rows: LayoutRow[] = [];
  for (let r = from; r < to; r++) rows.push({ row: r, kind: rowKinds[r].kind, y: rowY(r), text: rowKinds[r].text, bar: rowKinds[r].bar });

  const bars: LayoutBar[] = [];
  const baselines: LayoutBaseline[] = [];
  for (const p of placed) {
    if (!inWindow(p.row)) continue;
    const b = p.bar;
    const y = round(rowY(p.row) + (ROW_H - BAR_H) / 2);
    const x = xOf(p.start);
    const w = Math.max(1, round((p.end - p.start + 1) * pxPerDay));
    const fill: Fill = b.status === 'done' ? 'done' : b.status === 'active' ? 'active' : b.critical ? 'critical' : 'task';
    const progress = b.status === 'done' ? 100 : clamp(b.progress ?? 0, 0, 100);
    const lb: LayoutBar = { index: p.index, bar: b, row: p.row, x, y, w, h: BAR_H, fill, progressW: b.milestone ? 0 : round((w * progress) / 100) };
    if (b.milestone) lb.diamond = { cx: x, cy: y + BAR_H / 2, r: BAR_H / 2 + 1 };
    if (b.overdue && today !== undefined && today > p.end) {
      // Up to the today line (the middle of today).
      const x2 = Math.min(round(xOf(today) + pxPerDay / 2), plotX + plotW);
      lb.late = { x1: b.milestone ? x : x + w, x2, y: y + BAR_H / 2 };
    }
    bars.push(lb);
    const base = opts.baselines?.get(b.key);
    const bs = parseDate(base?.start ?? base?.end);
    const be = parseDate(base?.end);
    if (base && bs !== undefined && be !== undefined && be >= bs) {
      // Under the bar, clipped to the chart's span (a baseline may lie outside the current dates).
      const x1 = clamp(xOf(bs), plotX, plotX + plotW);
      const x2 = clamp(xOf(be + 1), plotX, plotX + plotW);
      baselines.push({ index: p.index, x: x1, y: y + BAR_H + 2, w: Math.max(1, round(x2 - x1)), h: 4, baseline: base });
    }
  }

  const arrows: LayoutArrow[] = [];
  if (opts.deps?.size) {
    const byKey = new Map(placed.map((p) => [p.bar.key, p]));
    for (const p of placed) {
      for (const k of opts.deps.get(p.bar.key) ?? []) {
        const q = byKey.get(k);
        if (!q || q === p || (!inWindow(p.row) && !inWindow(q.row))) continue;
        arrows.push({ from: q.index, to: p.index, points: route(q, p, xOf, rowY) });
      }
    }
  }

  const shading: { x: number; w: number }[] = [];
  if (opts.isWorkday && pxPerDay >= SHADE_MIN_PX) {
    for (let d = start; d < start + days; d++) {
      if (opts.isWorkday(d)) continue;
      const x = xOf(d);
      const prev = shading[shading.length - 1];
      if (prev && Math.abs(prev.x + prev.w - x) < 0.01) prev.w = round(prev.w + pxPerDay);
      else shading.push({ x, w: pxPerDay });
    }
  }

  // Beyond a year a tick, whole years far enough apart (a span of millennia keeps ≤ plotW / TICK_MIN_PX ticks).
  let step = tickDays(days, plotW);
  if (step >= 365) step = 365 * Math.max(1, Math.ceil((days * TICK_MIN_PX) / (Math.max(1, plotW) * 365)));
  const ticks: { x: number; text: string }[] = [];
  for (let d = start; d <= start + days; d += step) ticks.push({ x: xOf(d), text: tickText(d, step) });

  const layout: SvgLayout = { width, height, labelW, plotX, plotW, top, rowH: ROW_H, pxPerDay, start, days, totalRows, window: { from, to }, rows, bars, baselines, arrows, shading, ticks, placed };
  if (opts.load) layout.strip = stripOf(opts.load, top + totalRows * ROW_H, start, days, xOf);
  if ((opts.todayLine ?? true) && today !== undefined && today >= start && today < start + days && placed.length) layout.today = { x: round(xOf(today) + pxPerDay / 2) };
  return layout;
}

/** The load strip: a row at `y`, days of the span with something booked, equal neighbours merged. */
function stripOf(load: StripInput, y: number, start: Day, days: number, xOf: (d: Day) => number): LayoutStrip {
  const cells: StripCell[] = [];
  let prev: { cell: StripCell; day: Day } | undefined;
  for (const d of load.days) {
    if (d.day < start || d.day >= start + days || d.state === 'free') continue;
    const c = prev?.cell;
    if (c && prev!.day === d.day - 1 && c.percent === d.percent && c.state === d.state && c.leave === (d.leave && d.state === 'over')) {
      c.w = round(xOf(d.day + 1) - c.x);
      c.end = formatDate(d.day);
    } else {
      const x = xOf(d.day);
      const cell: StripCell = { x, w: Math.max(0.5, round(xOf(d.day + 1) - x)), percent: d.percent, state: d.state, leave: d.leave && d.state === 'over', start: formatDate(d.day), end: formatDate(d.day) };
      cells.push(cell);
      prev = { cell, day: d.day };
    }
    prev!.day = d.day;
  }
  return { y: y + 4, h: ROW_H - 8, label: load.label, cells };
}

function route(q: Placed, p: Placed, xOf: (d: Day) => number, rowY: (r: number) => number): [number, number][] {
  const ex = q.bar.milestone ? xOf(q.start) : xOf(q.end + 1);
  const ey = rowY(q.row) + ROW_H / 2;
  const sx = xOf(p.start);
  const sy = rowY(p.row) + ROW_H / 2;
  const gap = 6;
  if (sx - gap >= ex + gap) return [[ex, ey], [ex + gap, ey], [ex + gap, sy], [sx, sy]].map(pt);
  const edge = p.row > q.row ? rowY(p.row) : rowY(p.row) + ROW_H;
  return [[ex, ey], [ex + gap, ey], [ex + gap, edge], [sx - gap, edge], [sx - gap, sy], [sx, sy]].map(pt);
}

function pt(p: number[]): [number, number] {
  return [round(p[0]), round(p[1])];
}

function tickText(d: Day, step: number): string {
  const iso = new Date(d * 86_400_000).toISOString();
  return step >= 91 ? iso.slice(0, 7) : iso.slice(5, 10);
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
