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
import { allBars } from './gantt';

const KEYWORDS =
  /^(gantt|title|section|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|inclusiveenddates|topaxis|weekday|weekend|click|acctitle|accdescr|displaymode|vert|milestone|done|active|crit|after|until)\b/i;

/** A text that Mermaid's gantt grammar reads as plain text only. */
export function mermaidText(s: string): string {
  let out = s
    .replace(/[\r\n\t\v\f\u2028\u2029]+/g, ' ')
    // Other control characters (a terminal's ESC sequences) become spaces; bidi overrides go.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/#/g, '＃')
    .replace(/%/g, '％')
    .replace(/`/g, 'ˋ')
    .trim();
  if (!out) out = '—';
  if (KEYWORDS.test(out)) out = `\u200b${out}`;
  return out;
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

/** The text on a bar, with the marks of its state. */
export function barText(bar: GanttBar, locale: Locale): string {
  let prefix = '';
  if (bar.inCycle) prefix += MARK.cycle;
  else if (bar.unknownDeps.length) prefix += MARK.problem;
  if (bar.status === 'blocked') prefix += MARK.blocked[locale];
  if (bar.status === 'cancelled') prefix += MARK.cancelled[locale];
  return prefix + bar.label;
}

function dayAfter(date: string): string {
  return formatDate(parseDate(date)! + 1);
}

/** The Mermaid `gantt` source of the scheduled bars of a chart. */
export function ganttMermaid(chart: GanttChart, opts: MermaidOptions): string {
  const lines = ['gantt', `  title ${mermaidText(chart.title)}`, '  dateFormat YYYY-MM-DD', '  axisFormat %m-%d', '  todayMarker off'];
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
  if ((opts.todayLine ?? true) && chart.start && chart.end && chart.today >= chart.start && chart.today <= chart.end && chart.sections.length) {
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

export function htmlText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** JSON that can sit inside a `<script>` element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export interface StandaloneOptions extends MermaidOptions {
  /** The text of mermaid.min.js, inlined so the page works offline. */
  mermaidJs: string;
  /** A nonce for the page's CSP (any random string). */
  nonce: string;
}

/**
 * A self-contained HTML page that renders the chart offline: Mermaid inlined, a strict CSP (only
 * the page's own scripts run; Mermaid's inline styles are allowed), `securityLevel: 'strict'`.
 */
export function ganttHtml(chart: GanttChart, opts: StandaloneOptions): string {
  const src = ganttMermaid(chart, opts);
  const lang = opts.locale === 'en' ? 'en' : 'zh-CN';
  const head = opts.locale === 'en' ? { today: 'Today', unscheduled: 'Not scheduled', legend: 'critical path · done · in progress · milestone ◆' } : { today: '今天', unscheduled: '未能排期', legend: '关键路径 · 已完成 · 进行中 · 里程碑 ◆' };
  const unscheduled = chart.unscheduled.length
    ? `<h2>${htmlText(head.unscheduled)}</h2><ul>${chart.unscheduled.map((b) => `<li>${htmlText(b.label)} — ${htmlText(b.problems.join('; '))}</li>`).join('')}</ul>`
    : '';
  const bars = allBars(chart).length;
  const js = opts.mermaidJs.replace(/<\/script/gi, '<\\/script');
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${opts.nonce}'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlText(chart.title)}</title>
<style>
body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.3rem; } h2 { font-size: 1.05rem; }
.meta { color: #59636e; }
#chart svg { max-width: none !important; }
</style>
</head>
<body>
<h1>${htmlText(chart.title)}</h1>
<p class="meta">${htmlText(head.today)}: ${htmlText(chart.today)}${chart.start ? ` · ${htmlText(chart.start)} – ${htmlText(chart.end ?? '')}` : ''} · ${bars} · ${htmlText(head.legend)}</p>
<div id="chart"></div>
${unscheduled}
<script type="application/json" id="gantt-source">${scriptJson(src)}</script>
<script nonce="${opts.nonce}">${js}</script>
<script nonce="${opts.nonce}">
(function () {
  var src = JSON.parse(document.getElementById('gantt-source').textContent);
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10000000, theme: 'default', gantt: { useWidth: Math.max(1000, 28 * ${Math.max(1, daysBetween(chart.start, chart.end))}) } });
  mermaid.render('gantt-svg', src).then(function (r) { document.getElementById('chart').innerHTML = r.svg; document.body.setAttribute('data-rendered', 'true'); })
    .catch(function (e) { document.getElementById('chart').textContent = String(e && e.message || e); document.body.setAttribute('data-rendered', 'error'); });
})();
</script>
</body>
</html>
`;
}

function daysBetween(a?: string, b?: string): number {
  const x = parseDate(a);
  const y = parseDate(b);
  return x !== undefined && y !== undefined ? y - x + 1 : 1;
}
