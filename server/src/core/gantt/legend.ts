/**
 * What the colours and marks of a Gantt chart mean (the legend), the fixed palette of the
 * standalone HTML export (the Gantt panel's own fallback colours, media/gantt.js, so an export
 * looks like the panel in a light theme), and the axis tick step for a chart's span and width.
 *
 * Decisions:
 * - The legend lists only what the chart shows (a plan with nothing overdue has no overdue entry),
 *   always in the same order: task, done, in progress, critical, milestone, overdue, the load
 *   strip's booked and over-capacity days (a chart filtered by owner), today.
 * - Overdue (not done nor cancelled, end before today) has no Mermaid tag: the bar gets the class
 *   `poc-overdue` after rendering (a thick purple outline) and its label says how late it is.
 * - Axis ticks are at least TICK_MIN_PX apart, so that "01-27" labels never touch.
 */
import type { Locale } from '../types';
import type { GanttChart } from './gantt';

export type LegendId = 'task' | 'done' | 'active' | 'critical' | 'milestone' | 'overdue' | 'load-busy' | 'load-over' | 'today';

export const LEGEND_ORDER: LegendId[] = ['task', 'done', 'active', 'critical', 'milestone', 'overdue', 'load-busy', 'load-over', 'today'];

const LEGEND_TEXT: Record<LegendId, { en: string; 'zh-CN': string }> = {
  task: { en: 'planned', 'zh-CN': '计划中' },
  done: { en: 'done', 'zh-CN': '已完成' },
  active: { en: 'in progress', 'zh-CN': '进行中' },
  critical: { en: 'critical path', 'zh-CN': '关键路径' },
  milestone: { en: 'milestone', 'zh-CN': '里程碑' },
  overdue: { en: 'overdue', 'zh-CN': '已逾期' },
  'load-busy': { en: 'booked (load)', 'zh-CN': '已安排（负荷）' },
  'load-over': { en: 'over capacity', 'zh-CN': '超负荷' },
  today: { en: 'today', 'zh-CN': '今天' },
};

export function legendText(id: LegendId, locale: Locale): string {
  return LEGEND_TEXT[id][locale];
}

/** The legend entries a chart needs, in LEGEND_ORDER (`load`: the states its load strip shows). */
export function legendIds(chart: GanttChart, todayLine: boolean, load: readonly ('busy' | 'over')[] = []): LegendId[] {
  const bars = chart.sections.flatMap((s) => s.bars);
  const used = new Set<LegendId>();
  for (const b of bars) {
    if (b.milestone) used.add('milestone');
    if (b.critical) used.add('critical');
    if (b.status === 'done') used.add('done');
    else if (b.status === 'active') used.add('active');
    else if (!b.critical && !b.milestone) used.add('task');
    if (b.overdue) used.add('overdue');
  }
  if (todayLine) used.add('today');
  for (const st of load) used.add(st === 'over' ? 'load-over' : 'load-busy');
  return LEGEND_ORDER.filter((id) => used.has(id));
}

/** The export's colours: the Gantt panel's fallbacks (media/gantt.js themeVariables). */
export const PALETTE = {
  text: '#1f2328',
  background: '#ffffff',
  alt: '#f3f4f6',
  grid: '#858585',
  task: '#3794ff',
  done: '#89d185',
  active: '#d18616',
  critical: '#f14c4c',
  overdue: '#b180d7',
  today: '#f14c4c',
} as const;

/** Mermaid theme variables (theme 'base') of the export, as the panel sets them. */
export function paletteThemeVariables(): Record<string, string> {
  const p = PALETTE;
  return {
    background: p.background,
    primaryColor: p.task,
    primaryTextColor: p.text,
    textColor: p.text,
    titleColor: p.text,
    lineColor: p.grid,
    gridColor: p.grid,
    sectionBkgColor: p.background,
    sectionBkgColor2: p.alt,
    altSectionBkgColor: p.alt,
    taskBkgColor: p.task,
    taskBorderColor: p.task,
    taskTextColor: p.text,
    taskTextLightColor: p.text,
    taskTextDarkColor: p.text,
    taskTextOutsideColor: p.text,
    taskTextClickableColor: p.text,
    activeTaskBkgColor: p.active,
    activeTaskBorderColor: p.active,
    doneTaskBkgColor: p.done,
    doneTaskBorderColor: p.done,
    critBkgColor: p.critical,
    critBorderColor: p.critical,
    todayLineColor: p.today,
    vertLineColor: p.today,
  };
}

/** Closest tick labels may be, in pixels ("01-27" at 11–12 px is about 35 px wide). */
export const TICK_MIN_PX = 64;

const STEPS: [number, string][] = [
  [1, '1day'],
  [2, '2day'],
  [7, '1week'],
  [14, '2week'],
  [30, '1month'],
  [91, '3month'],
  [182, '6month'],
];

/** Mermaid's `tickInterval` for `days` of chart over `px` pixels of axis: ticks ≥ TICK_MIN_PX apart. */
export function tickInterval(days: number, px: number): string {
  const perDay = px / Math.max(1, days);
  for (const [n, step] of STEPS) if (n * perDay >= TICK_MIN_PX) return step;
  return '12month';
}

/** The same step in days (the SVG renderer's axis): 1, 2, 7, 14, 30, 91, 182 or 365. */
export function tickDays(days: number, px: number): number {
  const perDay = px / Math.max(1, days);
  for (const [n] of STEPS) if (n * perDay >= TICK_MIN_PX) return n;
  return 365;
}
