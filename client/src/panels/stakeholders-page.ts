/**
 * The stakeholder map's page: static markup (no user text) and the strings its script shows. No
 * `vscode` import: the headless-Chromium tests load the same page from disk.
 */
import { pageHtml, type PageEnv } from './page';

/** The page's strings in English; the panel translates each with vscode.l10n (bundle: l10n/). */
export const STAKEHOLDERS_STRINGS = {
  title: 'POC Studio: Stakeholders',
  grid: 'Power / interest grid',
  tree: 'Reporting lines',
  aside: 'Not on the grid',
  people: 'Stakeholders',
  name: 'Name',
  quadrant: 'Quadrant',
  attitude: 'Attitude',
  strategy: 'Strategy',
  namedIn: 'Named in',
  noStrategy: 'no strategy',
  decisionMaker: 'decision maker',
  influence: 'influence',
  interest: 'interest',
  reportsTo: 'reports to',
  count: '{0} stakeholders',
  clickToReveal: 'Click to show the entry in the editor',
  renderError: 'The chart could not be drawn: {0}',
} as const;

export type StakeholdersStrings = Record<keyof typeof STAKEHOLDERS_STRINGS, string>;

export function stakeholdersPageHtml(env: PageEnv, strings: StakeholdersStrings): string {
  return pageHtml(env, {
    title: strings.title,
    scripts: ['media/mermaid.min.js', 'media/panel-common.js', 'media/stakeholders.js'],
    styles: ['media/panel.css', 'media/stakeholders.css'],
    strings,
    body: `<div id="status" class="status" aria-live="polite"></div>
<div id="message" class="message" hidden></div>
<div id="legend" class="legend"></div>
<div class="panes">
  <section class="pane"><h2 data-s="grid"></h2><div id="grid"></div></section>
  <section class="pane"><h2 data-s="tree"></h2><div id="tree"></div></section>
</div>
<section id="aside-section" hidden><h2 data-s="aside"></h2><ul id="aside"></ul></section>
<section><h2 data-s="people"></h2>
<table id="people"><thead><tr><th data-s="name"></th><th data-s="quadrant"></th><th data-s="attitude"></th><th data-s="strategy"></th><th data-s="namedIn"></th></tr></thead><tbody></tbody></table>
</section>`,
  });
}
