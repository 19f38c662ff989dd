/**
 * The progress panel's page: static markup (no user text) and the strings its script shows. No
 * `vscode` import: the headless-Chromium tests load the same page from disk.
 */
import { pageHtml, type PageEnv } from './page';

/** The page's strings in English; the panel translates each with vscode.l10n (bundle: l10n/). */
export const PROGRESS_STRINGS = {
  title: 'POC Studio: Progress',
  plans: 'Plans (weighted by task duration)',
  criteria: 'Success criteria',
  phases: 'Checklists by phase',
  checklists: 'Checklists',
  met: '{0} met',
  notMet: '{0} not met',
  pending: '{0} pending',
  doneOf: 'done {0}/{1}',
  requiredOf: 'required {0}/{1}',
  overdue: '{0} overdue',
  overdueItem: 'overdue',
  optional: 'optional',
  due: 'due {0}',
  tasksDone: '{0}/{1} tasks done',
  noDuration: 'no task durations',
  releaseFigures: 'requirements {0}/{1} · acceptance items {2}/{3}',
  checklistCount: '{0} checklists',
  today: 'Today',
  tick: 'Tick to write done: true into the file',
  clickToReveal: 'Click to show the entry in the editor',
} as const;

export type ProgressStrings = Record<keyof typeof PROGRESS_STRINGS, string>;

export function progressPageHtml(env: PageEnv, strings: ProgressStrings): string {
  return pageHtml(env, {
    title: strings.title,
    scripts: ['media/panel-common.js', 'media/progress.js'],
    styles: ['media/panel.css', 'media/progress.css'],
    strings,
    body: `<div id="status" class="status" aria-live="polite"></div>
<div id="message" class="message" hidden></div>
<section id="plans-section" hidden><h2 data-s="plans"></h2><div id="plans"></div></section>
<section id="criteria-section" hidden><h2 data-s="criteria"></h2><div id="criteria"></div></section>
<section id="phases-section" hidden><h2 data-s="phases"></h2><div id="phases"></div></section>
<section id="checklists-section" hidden><h2 data-s="checklists"></h2><div id="checklists"></div></section>`,
  });
}
