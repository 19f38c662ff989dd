/**
 * The team load (load.ts) as the CLI writes it: JSON rows (the contract), CSV (the export's CSV:
 * BOM, CRLF, formula guard) and a standalone HTML page (no script, every user text escaped).
 *
 * Decisions:
 * - CSV columns are the JSON row's: person, name, week, loadPercent, tasks (`plan/task` ids joined
 *   by a space); the header stays in English (scripts read it), the texts are guarded against
 *   formula injection (exports/csv.ts: a leading apostrophe before `=`, `+`, `-`, `@` …).
 * - HTML: person × week table in the user's language; each cell the percent, coloured by state
 *   (free, busy, over), and the tasks behind it listed under the percent.
 */
import { htmlText, standalonePage } from '../html';
import type { Locale } from '../types';
import { csvText } from '../exports/csv';
import { loadRows, type LoadState, type TeamLoad } from './load';
import { INSPECTION_ROW } from './load-inspections';

export type LoadFormat = 'json' | 'csv' | 'html';
export const LOAD_FORMATS: readonly LoadFormat[] = ['json', 'csv', 'html'];

export function loadJson(load: TeamLoad): string {
  return JSON.stringify(loadRows(load), null, 2) + '\n';
}

export function loadCsv(load: TeamLoad): string {
  const rows = loadRows(load);
  return csvText([['person', 'name', 'week', 'loadPercent', 'tasks'], ...rows.map((r) => [r.person, r.name, r.week, r.loadPercent, r.tasks.join(' ')])]);
}

const pct = (c: number) => Math.round(c * 10000) / 100;

const TEXT = {
  title: { 'zh-CN': '团队负荷', en: 'Team load' },
  person: { 'zh-CN': '人员', en: 'Person' },
  window: { 'zh-CN': (a: string, b: string, n: number) => `${a} 至 ${b}，共 ${n} 周`, en: (a: string, b: string, n: number) => `${a} to ${b}, ${n} week${n === 1 ? '' : 's'}` },
  capacity: { 'zh-CN': (c: number) => `工作容量 ${pct(c)}%`, en: (c: number) => `capacity ${pct(c)}%` },
  legend: {
    'zh-CN': { free: '空闲', busy: '已安排', over: '超负荷' },
    en: { free: 'free', busy: 'busy', over: 'over capacity' },
  },
  leave: { 'zh-CN': (n: number) => `请假 ${n} 天`, en: (n: number) => `leave ${n} d` },
  empty: { 'zh-CN': '没有团队成员。', en: 'No team members.' },
};

const COLOURS: Record<LoadState, string> = { free: '#e8f5e9', busy: '#fff3cd', over: '#f8d7da' };

/** A standalone page: the grid with the tasks of each cell; no script, nothing loaded. */
export function loadHtml(load: TeamLoad, locale: Locale): string {
  const weeks = load.weeks;
  const last = weeks[weeks.length - 1];
  const head = `<tr><th>${htmlText(TEXT.person[locale])}</th>${weeks.map((w) => `<th title="${htmlText(`${w.first} – ${w.last}`)}">${htmlText(w.label)}</th>`).join('')}</tr>`;
  const body = load.people
    .map((p, i) => {
      const cells = weeks
        .map((_, k) => {
          const c = load.cells[i * weeks.length + k];
          const tasks = c.tasks.map((t) => `<li>${htmlText(`${t.plan}/${t.id}`)} ${htmlText(t.name)} · ${t.allocation}%</li>`).join('');
          const leave = c.leaveDays ? `<div class="leave">${htmlText(TEXT.leave[locale](c.leaveDays))}</div>` : '';
          return `<td class="${c.state}" title="${htmlText(TEXT.legend[locale][c.state])}"><div class="pct">${c.loadPercent}%</div>${leave}${tasks ? `<ul>${tasks}</ul>` : ''}</td>`;
        })
        .join('');
      const who = `<div class="name">${htmlText(p.name)}</div><div class="meta">${htmlText([p.id, ...p.roles, TEXT.capacity[locale](p.capacity)].join(' · '))}</div>`;
      return `<tr><th class="person">${who}</th>${cells}</tr>`;
    })
    .join('\n');
  const legend = (['free', 'busy', 'over'] as const).map((s) => `<span class="${s}">${htmlText(TEXT.legend[locale][s])}</span>`).join(' ');
  return standalonePage({
    locale,
    title: TEXT.title[locale],
    nonce: '',
    scripts: [],
    rendered: true,
    style: `body { font-family: system-ui, "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; margin: 1.5rem; color: #1f2328; background: #fff; }
h1 { font-size: 1.3rem; }
.meta { opacity: 0.75; font-size: 0.9em; }
table { border-collapse: collapse; }
th, td { border: 1px solid #d0d7de; padding: 4px 6px; vertical-align: top; text-align: left; }
th.person { position: sticky; left: 0; background: #f6f8fa; }
td ul { margin: 2px 0 0; padding-left: 1.1em; font-size: 0.85em; }
.pct { font-weight: 600; }
.free { background: ${COLOURS.free}; } .busy { background: ${COLOURS.busy}; } .over { background: ${COLOURS.over}; }
.legend span { padding: 2px 8px; border: 1px solid #d0d7de; }`,
    body: `<h1>${htmlText(TEXT.title[locale])}</h1>
<p class="meta">${htmlText(TEXT.window[locale](weeks[0].first, last.last, weeks.length))}</p>
<p class="legend">${legend}</p>
${load.people.length ? `<table>\n<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>${inspectionsRow(load, locale)}\n</table>` : `<p>${htmlText(TEXT.empty[locale])}</p>`}`,
  });
}

/** The inspections the contracts expect in these weeks, as the table's last row (none: nothing). */
function inspectionsRow(load: TeamLoad, locale: Locale): string {
  if (!load.inspections.length) return '';
  const cells = load.weeks
    .map((_, k) => {
      const here = load.inspections.filter((i) => i.week === k);
      return `<td>${here.length ? `<ul>${here.map((i) => `<li class="inspection-${i.state}">${htmlText(i.text)}</li>`).join('')}</ul>` : ''}</td>`;
    })
    .join('');
  return `\n<tfoot><tr><th class="person">${htmlText(INSPECTION_ROW[locale])}</th>${cells}</tr></tfoot>`;
}
