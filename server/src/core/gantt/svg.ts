/**
 * POC Studio's own Gantt renderer: a layout (svg-layout.ts) as one SVG document, and a standalone
 * HTML page embedding it (no script at all: the page's CSP allows inline styles only).
 *
 * Decisions:
 * - Safe by construction: user text only ever appears as escaped character data (& < > " '
 *   escaped, characters XML forbids replaced by U+FFFD); no <script>, no event attributes, no
 *   links, no external references (no url(), no href). Ids are generated: `bar-<index>`,
 *   `base-<index>`, `arrow-<from>-<to>` (bar indices of the layout).
 * - Colours are CSS classes (fill-task, fill-done …) in one <style>, from the theme's palette;
 *   light is the export palette of legend.ts (the Gantt panel's own colours).
 * - Every bar has a <title>: its text, owner, dates, status, how late, baseline and slip.
 * - The legend below the chart names every colour and mark the chart uses, nothing else.
 * - The load strip (a chart filtered by owner) is a row under the tasks: its label, one rect per
 *   cell (load-busy / load-over, the team load panel's colours: task blue and critical red, see
 *   through), a <title> per cell with its days and percent, the percent drawn when it fits.
 */
import type { Locale } from '../types';
import type { GanttBar, GanttChart } from './gantt';
import { PALETTE, legendIds, legendText } from './legend';
import { barText } from './mermaid';
import { layoutGantt, textWidth, type LayoutOptions, type SvgLayout, type LayoutBar, type LayoutStrip } from './svg-layout';
import { standalonePage } from '../html';

export type SvgTheme = 'light' | 'dark' | 'high-contrast';

export interface SvgOptions extends LayoutOptions {
  locale: Locale;
  theme?: SvgTheme;
}

type Palette = { [K in keyof typeof PALETTE]: string };

export const THEMES: Record<SvgTheme, Palette> = {
  light: { ...PALETTE },
  dark: { text: '#cccccc', background: '#1e1e1e', alt: '#252526', grid: '#8b949e', task: '#3794ff', done: '#89d185', active: '#d18616', critical: '#f14c4c', overdue: '#b180d7', today: '#f14c4c' },
  'high-contrast': { text: '#ffffff', background: '#000000', alt: '#0c0c0c', grid: '#ffffff', task: '#1aebff', done: '#3ff23f', active: '#ffd700', critical: '#ff4d4d', overdue: '#ff66ff', today: '#ff0000' },
};

/** Text as XML character data or attribute value: escaped, and the characters XML 1.0 forbids replaced. */
export function xmlText(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

type ExtraId = 'baseline' | 'arrow' | 'nonworking';

const TEXT = {
  baseline: { en: 'baseline', 'zh-CN': '基线' },
  arrow: { en: 'dependency', 'zh-CN': '依赖关系' },
  nonworking: { en: 'non-working day', 'zh-CN': '非工作日' },
  legend: { en: 'Legend', 'zh-CN': '图例' },
  unscheduled: { en: 'Not scheduled:', 'zh-CN': '未能排期：' },
  owner: { en: 'Owner', 'zh-CN': '负责人' },
  dates: { en: 'Dates', 'zh-CN': '日期' },
  status: { en: 'Status', 'zh-CN': '状态' },
  progress: { en: 'Progress', 'zh-CN': '进度' },
  critical: { en: 'On the critical path', 'zh-CN': '位于关键路径上' },
  slack: { en: 'Slack', 'zh-CN': '浮动时间' },
  today: { en: 'Today', 'zh-CN': '今天' },
  tasks: { en: 'tasks', 'zh-CN': '个任务' },
  over: { en: ', over capacity', 'zh-CN': '，超出工作容量' },
  onLeave: { en: ', booked on leave', 'zh-CN': '，请假期间有任务' },
};

/** A strip cell's tooltip: `2027-01-11..2027-01-15 170%, over capacity` / `2027-01-11 至 2027-01-15 负荷 170%，超出工作容量`. */
export function stripCellTitle(c: LayoutStrip['cells'][number], locale: Locale): string {
  const days = c.start === c.end ? c.start : locale === 'en' ? `${c.start}..${c.end}` : `${c.start} 至 ${c.end}`;
  const why = c.state !== 'over' ? '' : c.leave ? TEXT.onLeave[locale] : TEXT.over[locale];
  return locale === 'en' ? `${days} ${c.percent}%${why}` : `${days} 负荷 ${c.percent}%${why}`;
}

const STATUS = {
  done: { en: 'done', 'zh-CN': '已完成' },
  active: { en: 'in progress', 'zh-CN': '进行中' },
  todo: { en: 'not started', 'zh-CN': '未开始' },
  blocked: { en: 'blocked', 'zh-CN': '受阻' },
  cancelled: { en: 'cancelled', 'zh-CN': '已取消' },
};

function colon(locale: Locale): string {
  return locale === 'en' ? ': ' : '：';
}

function lateText(days: number, locale: Locale): string {
  return locale === 'en' ? `${days} day${days === 1 ? '' : 's'} late` : `逾期 ${days} 天`;
}

function slipText(n: number, locale: Locale): string {
  if (locale === 'en') return n === 0 ? 'Slip: none (on the baseline)' : `Slip: ${Math.abs(n)} working day${Math.abs(n) === 1 ? '' : 's'} ${n > 0 ? 'late' : 'early'}`;
  return n === 0 ? '按原计划' : `比原计划${n > 0 ? '晚' : '早'} ${Math.abs(n)} 个工作日`;
}

/** The tooltip of a bar: one fact a line. */
export function barTitle(bar: GanttBar, opts: SvgOptions): string {
  const loc = opts.locale;
  const c = colon(loc);
  const lines = [barText(bar, loc)];
  if (bar.ownerName ?? bar.owner) lines.push(`${TEXT.owner[loc]}${c}${bar.ownerName ?? bar.owner}`);
  lines.push(`${TEXT.dates[loc]}${c}${bar.milestone || bar.start === bar.end ? bar.start : `${bar.start} – ${bar.end}`}`);
  lines.push(`${TEXT.status[loc]}${c}${STATUS[bar.status][loc]}${bar.progress !== undefined ? ` · ${TEXT.progress[loc]} ${bar.progress}%` : ''}`);
  if (bar.overdue) lines.push(lateText(bar.overdue, loc));
  if (bar.critical) lines.push(TEXT.critical[loc]);
  else if (bar.slack !== undefined) lines.push(`${TEXT.slack[loc]}${c}${loc === 'en' ? `${bar.slack} working day${bar.slack === 1 ? '' : 's'}` : `${bar.slack} 个工作日`}`);
  const base = opts.baselines?.get(bar.key);
  if (base) {
    lines.push(`${TEXT.baseline[loc].charAt(0).toUpperCase() + TEXT.baseline[loc].slice(1)}${c}${base.start && base.start !== base.end ? `${base.start} – ${base.end}` : base.end}`);
    lines.push(slipText(base.slipDays, loc));
  }
  lines.push(...bar.problems);
  return lines.join('\n');
}

function fit(s: string, max: number): string {
  if (textWidth(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (textWidth(out + ch) > max - 12) break;
    out += ch;
  }
  return out + '…';
}

function style(p: Palette): string {
  return `.poc-gantt text { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; font-size: 12px; fill: ${p.text}; }
.poc-gantt .bg { fill: ${p.background}; }
.poc-gantt .section-row { fill: ${p.alt}; }
.poc-gantt .section-text { font-weight: 600; }
.poc-gantt .grid { stroke: ${p.grid}; stroke-opacity: 0.35; stroke-width: 1; }
.poc-gantt .tick-text { font-size: 11px; }
.poc-gantt .shade { fill: ${p.grid}; fill-opacity: 0.14; }
.poc-gantt .fill-task { fill: ${p.task}; }
.poc-gantt .fill-done { fill: ${p.done}; }
.poc-gantt .fill-active { fill: ${p.active}; }
.poc-gantt .fill-critical { fill: ${p.critical}; }
.poc-gantt .crit { stroke: ${p.critical}; stroke-width: 2; }
.poc-gantt .overdue { stroke: ${p.overdue}; stroke-width: 3; }
.poc-gantt .late { stroke: ${p.overdue}; stroke-width: 2; stroke-dasharray: 4 3; }
.poc-gantt .progress { fill: ${p.text}; fill-opacity: 0.22; }
.poc-gantt .cancelled { opacity: 0.45; }
.poc-gantt .blocked { stroke-dasharray: 3 2; }
.poc-gantt .baseline { fill: ${p.grid}; }
.poc-gantt .arrow { fill: none; stroke: ${p.grid}; stroke-width: 1.2; }
.poc-gantt .arrow-head { fill: ${p.grid}; }
.poc-gantt .load-busy { fill: ${p.task}; fill-opacity: 0.35; }
.poc-gantt .load-over { fill: ${p.critical}; fill-opacity: 0.5; }
.poc-gantt .strip-text { font-weight: 600; }
.poc-gantt .strip-percent { font-size: 10px; }
.poc-gantt .today { stroke: ${p.today}; stroke-width: 2; }
.poc-gantt .legend-swatch-today { fill: ${p.today}; }`;
}

const n = (v: number) => String(Math.round(v * 100) / 100);

/** The SVG document of a chart. */
export function ganttSvg(chart: GanttChart, opts: SvgOptions): string {
  const loc = opts.locale;
  const layout = layoutGantt(chart, { ...opts, labelOf: opts.labelOf ?? ((b) => barText(b, loc)) });
  const theme = opts.theme ?? 'light';
  const out: string[] = [];
  const legend = legendOf(chart, layout, opts);
  const unscheduled = chart.unscheduled.map((b) => `${b.label} — ${b.problems.join('; ')}`);
  const legendY = layout.height + 8;
  const height = Math.ceil(legendY + legend.height + (unscheduled.length ? 22 + 18 * unscheduled.length : 0) + 8);
  const width = Math.max(layout.width, legend.width);
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="gantt-title" class="poc-gantt theme-${theme}" data-rows="${layout.totalRows}" data-px-per-day="${layout.pxPerDay}">`,
    `<title id="gantt-title">${xmlText(chart.title)}</title>`,
    `<style>\n${style(THEMES[theme])}\n</style>`,
    `<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`,
  );
  const plotEnd = layout.plotX + layout.plotW;
  out.push('<g class="rows">');
  for (const r of layout.rows) {
    if (r.kind === 'section') {
      out.push(`<rect class="section-row" x="0" y="${r.y}" width="${n(plotEnd)}" height="${layout.rowH}"/>`);
      out.push(`<text class="section-text" x="12" y="${r.y + layout.rowH / 2 + 4}">${xmlText(fit(r.text, plotEnd - 24))}</text>`);
    } else {
      out.push(`<text class="label" x="12" y="${r.y + layout.rowH / 2 + 4}">${xmlText(fit(r.text, layout.labelW - 20))}</text>`);
    }
  }
  out.push('</g>', '<g class="shading">');
  for (const s of layout.shading) out.push(`<rect class="shade" x="${n(s.x)}" y="${layout.top}" width="${n(s.w)}" height="${layout.height - layout.top - 12}"/>`);
  out.push('</g>', '<g class="axis">');
  for (const t of layout.ticks) {
    out.push(`<line class="grid" x1="${n(t.x)}" y1="${layout.top - 6}" x2="${n(t.x)}" y2="${layout.height - 12}"/>`);
    if (t.x < plotEnd - 10) out.push(`<text class="tick-text" x="${n(t.x + 3)}" y="${layout.top - 12}">${xmlText(t.text)}</text>`);
  }
  out.push('</g>', '<g class="baselines">');
  for (const b of layout.baselines) out.push(`<rect id="base-${b.index}" class="baseline" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${b.h}"/>`);
  out.push('</g>', '<g class="arrows">');
  for (const a of layout.arrows) out.push(arrowSvg(a.from, a.to, a.points));
  out.push('</g>', '<g class="bars">');
  for (const b of layout.bars) out.push(barSvg(b, opts));
  out.push('</g>');
  if (layout.strip) out.push(stripSvg(layout.strip, layout, loc));
  if (layout.today) out.push(`<line class="today" id="today" x1="${n(layout.today.x)}" y1="${layout.top - 6}" x2="${n(layout.today.x)}" y2="${layout.height - 12}"/>`);
  out.push(legend.svg(legendY));
  if (unscheduled.length) {
    let y = legendY + legend.height + 18;
    out.push(`<g class="unscheduled"><text class="section-text" x="12" y="${y}">${xmlText(TEXT.unscheduled[loc])}</text>`);
    for (const u of unscheduled) out.push(`<text x="24" y="${(y += 18)}">${xmlText(u)}</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function barSvg(b: LayoutBar, opts: SvgOptions): string {
  const bar = b.bar;
  const cls = ['bar', `fill-${b.fill}`];
  if (bar.critical && b.fill !== 'critical') cls.push('crit');
  if (bar.overdue) cls.push('overdue');
  if (bar.status === 'blocked' || bar.status === 'cancelled') cls.push(bar.status);
  const parts = [`<g id="bar-${b.index}" class="task status-${bar.status}${bar.milestone ? ' milestone' : ''}"><title>${xmlText(barTitle(bar, opts))}</title>`];
  if (b.late) parts.push(`<line class="late" x1="${n(b.late.x1)}" y1="${n(b.late.y)}" x2="${n(b.late.x2)}" y2="${n(b.late.y)}"/>`);
  if (b.diamond) {
    const { cx, cy, r } = b.diamond;
    parts.push(`<polygon class="${cls.join(' ')}" points="${n(cx)},${n(cy - r)} ${n(cx + r)},${n(cy)} ${n(cx)},${n(cy + r)} ${n(cx - r)},${n(cy)}"/>`);
  } else {
    parts.push(`<rect class="${cls.join(' ')}" x="${n(b.x)}" y="${n(b.y)}" width="${n(b.w)}" height="${b.h}" rx="3"/>`);
    if (b.progressW > 0 && b.fill !== 'done') parts.push(`<rect class="progress" x="${n(b.x)}" y="${n(b.y + b.h - 5)}" width="${n(b.progressW)}" height="5"/>`);
  }
  parts.push('</g>');
  return parts.join('');
}

function stripSvg(s: LayoutStrip, layout: SvgLayout, loc: Locale): string {
  const out = [`<g class="load-strip">`, `<text class="strip-text" x="12" y="${n(s.y + s.h / 2 + 4)}">${xmlText(fit(s.label, layout.labelW - 20))}</text>`];
  for (const c of s.cells) {
    out.push(`<g class="load-cell"><title>${xmlText(stripCellTitle(c, loc))}</title><rect class="load-${c.state}" x="${n(c.x)}" y="${n(s.y)}" width="${n(c.w)}" height="${s.h}"/>`);
    const text = `${c.percent}%`;
    if (c.w >= textWidth(text) + 4) out.push(`<text class="strip-percent" x="${n(c.x + 2)}" y="${n(s.y + s.h / 2 + 4)}">${text}</text>`);
    out.push('</g>');
  }
  out.push('</g>');
  return out.join('');
}

function arrowSvg(from: number, to: number, pts: [number, number][]): string {
  const [x, y] = pts[pts.length - 1];
  return `<polyline id="arrow-${from}-${to}" class="arrow" points="${pts.map(([a, b]) => `${n(a)},${n(b)}`).join(' ')}"/><polygon class="arrow-head" points="${n(x)},${n(y)} ${n(x - 5)},${n(y - 3.5)} ${n(x - 5)},${n(y + 3.5)}"/>`;
}

interface Legend {
  ids: string[];
  width: number;
  height: number;
  svg(y: number): string;
}

/** The legend entries the chart uses, laid out in lines under the chart. */
export function legendOf(chart: GanttChart, layout: SvgLayout, opts: SvgOptions): Legend {
  const loc = opts.locale;
  const ids: string[] = legendIds(chart, !!layout.today, layout.strip?.cells.map((c) => c.state));
  const extra: ExtraId[] = [];
  if (layout.baselines.length) extra.push('baseline');
  if (layout.arrows.length) extra.push('arrow');
  if (layout.shading.length) extra.push('nonworking');
  // Today stays last, as in the HTML export.
  const all = [...ids.filter((i) => i !== 'today'), ...extra, ...ids.filter((i) => i === 'today')];
  const maxW = Math.max(layout.width, 600);
  const items: { id: string; x: number; line: number; text: string }[] = [];
  let x = 12;
  let line = 0;
  for (const id of all) {
    const text = extra.includes(id as ExtraId) ? TEXT[id as ExtraId][loc] : legendText(id as Parameters<typeof legendText>[0], loc);
    const w = 20 + textWidth(text) + 18;
    if (x + w > maxW && x > 12) {
      x = 12;
      line++;
    }
    items.push({ id, x, line, text });
    x += w;
  }
  const height = items.length ? (line + 1) * 20 : 0;
  return {
    ids: all,
    width: 12,
    height,
    svg: (y0) => {
      const out = [`<g class="legend" aria-label="${xmlText(TEXT.legend[loc])}">`];
      for (const it of items) {
        const y = y0 + it.line * 20;
        out.push(`<g class="legend-item" data-legend="${it.id}">${swatch(it.id, it.x, y)}<text x="${it.x + 20}" y="${y + 10}">${xmlText(it.text)}</text></g>`);
      }
      out.push('</g>');
      return out.join('');
    },
  };
}

function swatch(id: string, x: number, y: number): string {
  switch (id) {
    case 'milestone':
      return `<polygon class="bar fill-task" points="${x + 7},${y} ${x + 13},${y + 6} ${x + 7},${y + 12} ${x + 1},${y + 6}"/>`;
    case 'overdue':
      return `<rect class="bar fill-task overdue" x="${x + 1}" y="${y + 2}" width="12" height="8"/>`;
    case 'today':
      return `<rect class="legend-swatch-today" x="${x + 6}" y="${y}" width="3" height="12"/>`;
    case 'baseline':
      return `<rect class="baseline" x="${x}" y="${y + 4}" width="14" height="4"/>`;
    case 'arrow':
      return `<polyline class="arrow" points="${x},${y + 6} ${x + 10},${y + 6}"/><polygon class="arrow-head" points="${x + 14},${y + 6} ${x + 9},${y + 2.5} ${x + 9},${y + 9.5}"/>`;
    case 'load-busy':
    case 'load-over':
      return `<rect class="${id} legend-swatch" x="${x}" y="${y}" width="14" height="12"/>`;
    case 'nonworking':
      return `<rect class="shade" x="${x}" y="${y}" width="14" height="12"/>`;
    default:
      return `<rect class="bar fill-${id}" x="${x}" y="${y + 1}" width="14" height="10" rx="2"/>`;
  }
}

/**
 * A standalone HTML page showing the SVG: no script, nothing loaded (CSP: inline styles only).
 * `data-rendered` is there from the start (as the Mermaid pages set it once drawn).
 */
export function ganttSvgPage(chart: GanttChart, opts: SvgOptions): string {
  const loc = opts.locale;
  const p = THEMES[opts.theme ?? 'light'];
  const bars = chart.sections.reduce((k, s) => k + s.bars.length, 0) + chart.unscheduled.length;
  const meta = `${TEXT.today[loc]}${colon(loc)}${chart.today}${chart.start ? ` · ${chart.start} – ${chart.end ?? ''}` : ''} · ${bars} ${TEXT.tasks[loc]}`;
  return standalonePage({
    locale: loc,
    title: chart.title,
    nonce: '',
    scripts: [],
    rendered: true,
    style: `body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5rem; color: ${p.text}; background: ${p.background}; }
h1 { font-size: 1.3rem; }
.meta { opacity: 0.75; }
#chart { overflow: auto; }`,
    body: `<h1>${xmlText(chart.title)}</h1>
<p class="meta">${xmlText(meta)}</p>
${chart.empty ? `<p>${xmlText(chart.empty)}</p>\n` : ''}<div id="chart">
${ganttSvg(chart, opts)}</div>`,
  });
}
