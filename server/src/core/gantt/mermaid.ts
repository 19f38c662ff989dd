/**
 * Mermaid `gantt` source for a chart (for the panel, Markdown and the CLI) and a standalone
 * offline HTML page. User text never reaches Mermaid's grammar as syntax: characters that end a
 * name or start a comment (`:` `;` `#` `%` line breaks) become their full-width forms and a name
 * that starts with a Mermaid keyword is shielded; Mermaid itself writes labels as SVG text, so
 * markup shows as text. Bar ids are generated (`b0` …), never user ids.
 */
import { parseDate, formatDate } from '../dates';
import type { Locale } from '../types';
import type { GanttBar, GanttChart } from './gantt';
import { htmlText, scriptJson, standalonePage } from '../html';
import { PALETTE, legendIds, legendText, paletteThemeVariables, tickInterval } from './legend';

const KEYWORDS =
  /^(gantt|title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|displaymode|vert|milestone|done|active|crit|after|until)\b/i;

/** A text that Mermaid's gantt grammar reads as plain text only. */
export function mermaidText(s: string): string {
  return shield(clean(s).replace(/:/g, '：'));
}

/**
 * A chart title: the grammar reads a `title` line to its end (only `#` and `;` end it), so a
 * colon stays the user's own (half-width in "Portfolio: all plans").
 */
export function mermaidTitle(s: string): string {
  return shield(clean(s));
}

function shield(s: string): string {
  let out = s.trim();
  if (!out) out = '—';
  if (KEYWORDS.test(out)) out = `\u200b${out}`;
  return out;
}

function clean(s: string): string {
  return s
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    // Other control characters (a terminal's ESC sequences) become spaces; bidi overrides go.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/;/g, '；')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/`/g, 'ˋ');
}

export interface MermaidOptions {
  locale: Locale;
  /** Draw the today line (a `vert` marker) when today falls inside the chart. Default true. */
  todayLine?: boolean;
}

const MARK = {
  cycle: '⟳ ',
  problem: '⚠ ',
  blocked: { en: '[blocked] ', 'zh-CN': '[受阻] ' },
  cancelled: { en: '[cancelled] ', 'zh-CN': '[已取消] ' },
  today: { en: 'Today', 'zh-CN': '今天' },
};

/** How late an overdue bar is, after its label: "（逾期 3 天）" / " (1 day late)". */
export function overdueText(days: number, locale: Locale): string {
  return locale === 'en' ? ` (${days} day${days === 1 ? '' : 's'} late)` : `（逾期 ${days} 天）`;
}

/** The text on a bar, with the marks of its state. */
export function barText(bar: GanttBar, locale: Locale): string {
  let prefix = '';
  if (bar.inCycle) prefix += MARK.cycle;
  else if (bar.unknownDeps.length) prefix += MARK.problem;
  if (bar.status === 'blocked') prefix += MARK.blocked[locale];
  if (bar.status === 'cancelled') prefix += MARK.cancelled[locale];
  return prefix + bar.label + (bar.overdue ? overdueText(bar.overdue, locale) : '');
}

function dayAfter(date: string): string {
  return formatDate(parseDate(date)! + 1);
}

/** The Mermaid `gantt` source of the scheduled bars of a chart. */
export function ganttMermaid(chart: GanttChart, opts: MermaidOptions): string {
  const lines = ['gantt', `  title ${mermaidTitle(chart.title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %m-%d', '  todayMarker off'];
  for (const section of chart.sections) {
    lines.push(`  section ${mermaidText(section.name)}`);
    for (const bar of section.bars) {
      if (bar.start === undefined || bar.end === undefined) continue;
      const tags: string[] = [];
      if (bar.milestone) tags.push('milestone');
      if (bar.critical) tags.push('crit');
      if (bar.status === 'done') tags.push('done');
      else if (bar.status === 'active') tags.push('active');
      tags.push(bar.key);
      // Mermaid's end date is exclusive; ours is the last working day.
      const when = bar.milestone ? `${bar.start}, 0d` : `${bar.start}, ${dayAfter(bar.end)}`;
      lines.push(`  ${mermaidText(barText(bar, opts.locale))} :${tags.join(', ')}, ${when}`);
    }
  }
  if (hasTodayLine(chart, opts)) {
    lines.push(`  ${MARK.today[opts.locale]} ${chart.today} :vert, today, ${chart.today}, 0d`);
  }
  return lines.join('\n') + '\n';
}

/** A Markdown block (```mermaid) for the chart, with the unscheduled tasks listed below it. */
export function ganttMarkdown(chart: GanttChart, opts: MermaidOptions): string {
  const out = ['```mermaid', ganttMermaid(chart, opts).trimEnd(), '```', ''];
  if (chart.unscheduled.length) {
    out.push(opts.locale === 'en' ? '**Not scheduled:**' : '**未能排期：**', '');
    for (const b of chart.unscheduled) out.push(`- ${markdownText(b.label)}: ${markdownText(b.problems.join('; '))}`);
    out.push('');
  }
  return out.join('\n');
}

function markdownText(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>&~-]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export { htmlText, scriptJson } from '../html';

export interface StandaloneOptions extends MermaidOptions {
  /** The text of mermaid.min.js, inlined so the page works offline. */
  mermaidJs: string;
  /** A nonce for the page's CSP (any random string). */
  nonce: string;
}

/**
 * A self-contained HTML page that renders the chart offline: Mermaid inlined, a strict CSP (only
 * the page's own scripts run; Mermaid's inline styles are allowed), `securityLevel: 'strict'`.
 * Colours are the panel's (legend.ts PALETTE), explained by a legend with swatches; overdue bars
 * get the class `poc-overdue` once drawn (by their generated key, never user text).
 */
export function ganttHtml(chart: GanttChart, opts: StandaloneOptions): string {
  const src = ganttMermaid(chart, opts);
  const en = opts.locale === 'en';
  const head = en ? { today: 'Today', unscheduled: 'Not scheduled', tasks: 'tasks', legend: 'Legend' } : { today: '今天', unscheduled: '未能排期', tasks: '个任务', legend: '图例' };
  const unscheduled = chart.unscheduled.length
    ? `<h2>${htmlText(head.unscheduled)}</h2><ul>${chart.unscheduled.map((b) => `<li>${htmlText(b.label)} — ${htmlText(b.problems.join('; '))}</li>`).join('')}</ul>`
    : '';
  // Counted here, not with gantt.ts's allBars: this module (and svg.ts, which the documents bundle
  // needs) stays free of gantt.ts, which reads the model and the schemas.
  const bars = chart.sections.reduce((n, s) => n + s.bars.length, 0) + chart.unscheduled.length;
  const days = Math.max(1, daysBetween(chart.start, chart.end));
  const width = Math.max(1000, 28 * days);
  // Mermaid's default paddings (left 75, right 75) around the axis.
  const tick = tickInterval(days, width - 150);
  const legend = legendIds(chart, hasTodayLine(chart, opts))
    .map((id) => `<li data-legend="${id}"><span class="swatch swatch-${id}"></span>${htmlText(legendText(id, opts.locale))}</li>`)
    .join('');
  const marks = { overdue: chart.sections.flatMap((s) => s.bars).filter((b) => b.overdue).map((b) => b.key) };
  const p = PALETTE;
  return standalonePage({
    locale: opts.locale,
    title: chart.title,
    nonce: opts.nonce,
    style: `body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5rem; color: ${p.text}; background: ${p.background}; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; }
.meta { color: #59636e; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; padding: 0; margin: 0 0 12px; }
.legend li { display: inline-flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 14px; height: 10px; border-radius: 2px; box-sizing: border-box; }
.swatch-task { background: ${p.task}; } .swatch-done { background: ${p.done}; } .swatch-active { background: ${p.active}; }
.swatch-critical { background: ${p.critical}; }
.swatch-milestone { width: 10px; background: ${p.task}; transform: rotate(45deg); border-radius: 0; }
.swatch-overdue { border: 3px solid ${p.overdue}; }
.swatch-today { width: 3px; height: 14px; background: ${p.today}; border-radius: 0; }
#chart svg { max-width: none !important; }
#chart rect.poc-overdue { stroke: ${p.overdue} !important; stroke-width: 3px !important; }
#chart rect.vert { fill: ${p.today} !important; }`,
    body: `<h1>${htmlText(chart.title)}</h1>
<p class="meta">${htmlText(head.today)}: ${htmlText(chart.today)}${chart.start ? ` · ${htmlText(chart.start)} – ${htmlText(chart.end ?? '')}` : ''} · ${bars} ${htmlText(head.tasks)}</p>
<ul class="legend" id="legend" aria-label="${htmlText(head.legend)}">${legend}</ul>
<div id="chart"></div>
${unscheduled}
<script type="application/json" id="gantt-source">${scriptJson(src)}</script>
<script type="application/json" id="gantt-marks">${scriptJson(marks)}</script>`,
    scripts: [
      opts.mermaidJs,
      `(function () {
  var src = JSON.parse(document.getElementById('gantt-source').textContent);
  var marks = JSON.parse(document.getElementById('gantt-marks').textContent);
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10000000, theme: 'base', themeVariables: ${scriptJson(paletteThemeVariables())}, gantt: { useWidth: ${width}, tickInterval: ${scriptJson(tick)} } });
  mermaid.render('gantt-svg', src).then(function (r) {
    document.getElementById('chart').innerHTML = r.svg;
    marks.overdue.forEach(function (key) { var el = document.getElementById('gantt-svg-' + key); if (el) el.classList.add('poc-overdue'); });
    document.body.setAttribute('data-rendered', 'true');
  }).catch(function (e) { document.getElementById('chart').textContent = String(e && e.message || e); document.body.setAttribute('data-rendered', 'error'); });
})();`,
    ],
  });
}

function hasTodayLine(chart: GanttChart, opts: MermaidOptions): boolean {
  return (opts.todayLine ?? true) && !!chart.start && !!chart.end && chart.today >= chart.start && chart.today <= chart.end && chart.sections.length > 0;
}

function daysBetween(a?: string, b?: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  return x !== undefined && y !== undefined ? y - x + 1 : 1;
}
