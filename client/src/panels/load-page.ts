/**
 * The team load panel's page: static markup (no user text) and the strings its script shows. No
 * `vscode` import: the headless-Chromium tests load the same page from disk.
 */
import { pageHtml, type PageEnv } from './page';

/** The page's strings in English; the panel translates each with vscode.l10n (bundle: l10n/). */
export const LOAD_STRINGS = {
  title: 'POC Studio: Team Load',
  person: 'Person',
  previous: '◀ Earlier weeks',
  thisWeek: 'This week',
  next: 'Later weeks ▶',
  filterPerson: 'Filter people',
  allCustomers: 'All customers',
  allRoles: 'All roles',
  free: 'Free',
  busy: 'Booked',
  over: 'Over capacity',
  capacity: 'capacity {0}%',
  inspections: 'Inspections',
  leave: 'leave {0} d',
  cellTitle: '{0}: {1}% of capacity, {2} of {3} available days booked. Click to list the tasks.',
  tasksOf: '{0} in {1} ({2} – {3})',
  noTasks: 'No task booked in this week.',
  taskLine: '{0}% · {1} working days this week · {2} – {3}',
  openTask: 'Click to open the task in the editor',
  noPeople: 'No team members in the plans of the open folders.',
  renderError: 'The team load could not be drawn: {0}',
} as const;

export type LoadStrings = Record<keyof typeof LOAD_STRINGS, string>;

export function loadPageHtml(env: PageEnv, strings: LoadStrings): string {
  return pageHtml(env, {
    title: strings.title,
    scripts: ['media/panel-common.js', 'media/load.js'],
    styles: ['media/panel.css', 'media/load.css'],
    strings,
    body: `<div class="toolbar">
  <button id="prev" data-s="previous"></button><button id="this-week" data-s="thisWeek"></button><button id="next" data-s="next"></button>
  <span class="sep"></span>
  <input id="filter-person" type="search">
  <select id="filter-customer"></select>
  <select id="filter-role"></select>
  <span class="sep"></span>
  <span class="legend"><span class="swatch state-free" data-s="free"></span><span class="swatch state-busy" data-s="busy"></span><span class="swatch state-over" data-s="over"></span></span>
</div>
<div id="message" class="message" hidden></div>
<div id="grid-wrap"><table id="grid"><thead></thead><tbody></tbody><tfoot></tfoot></table></div>
<section id="tasks-section" hidden><h2 id="tasks-title"></h2><p id="tasks-empty" data-s="noTasks" hidden></p><ul id="tasks"></ul></section>`,
  });
}
