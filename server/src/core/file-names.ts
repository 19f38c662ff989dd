/**
 * File names built from what users type (plan ids, titles, file names): every writer — report
 * names (reports/index.ts, client/src/reports.ts), the New POC folder (templates/new-poc.ts,
 * client/src/extension.ts) and the Gantt export names (lsp/views.ts) — makes or checks its name
 * here, so that whatever an id or title contains (`../`, an absolute path, `CON`, `NUL`, `a/b`,
 * `..`, control characters) the result is one plain file name inside the target folder.
 */

/** Windows device names: reserved as a file's stem, with any extension (CON.txt is CON). */
export const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9\u00b9\u00b2\u00b3]|lpt[0-9\u00b9\u00b2\u00b3]|conin\$|conout\$)$/i;

/**
 * True for one plain file name: not empty, not `.` or `..`, no path separator, no character that
 * is invalid on Windows or a control character, no trailing dot or space, no Windows device name
 * as its stem, at most 200 characters.
 */
export function isPlainFileName(name: unknown): boolean {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return false;
  if (name === '.' || name === '..') return false;
  // eslint-disable-next-line no-control-regex
  if (/[/\\:*?"<>|\u0000-\u001f\u007f\u2028\u2029]/.test(name)) return false;
  if (/[. ]$/.test(name) || /^\s/.test(name)) return false;
  if (WINDOWS_RESERVED.test(name.split('.')[0].trim())) return false;
  return true;
}

/**
 * A file stem from any text: letters, digits, Chinese, `_`, `.` and `-` kept, anything else a `-`,
 * no leading or trailing punctuation, no `..`, at most 80 characters; a Windows device name as first part
 * gets `-<fallback>` after it (`CON.x` → `CON-plan.x`); `fallback` when nothing is left.
 */
export function fileStem(text: unknown, fallback: string): string {
  let s = typeof text === 'string' ? text : '';
  s = s.replace(/[^A-Za-z0-9_.\-\u4e00-\u9fff]+/g, '-').replace(/\.{2,}/g, '.').replace(/^[-.]+|[-.]+$/g, '');
  s = s.slice(0, 80).replace(/[-.]+$/, '');
  if (!s) return fallback;
  const first = s.split('.')[0];
  return WINDOWS_RESERVED.test(first) ? `${first}-${fallback}${s.slice(first.length)}` : s;
}

const PLAN_SUFFIX = /\.(poc|project)\.ya?ml$/i;

/** The name of a Gantt export: `<plan file stem>.gantt.<ext>`, or `portfolio.gantt.<ext>`. */
export function ganttExportName(planUri: string | undefined, scope: 'file' | 'portfolio', ext: 'html' | 'md' | 'mmd' | 'svg' | 'png'): string {
  if (scope === 'portfolio' || !planUri) return `portfolio.gantt.${ext}`;
  let last = planUri.split(/[/\\]/).pop() ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // not percent-encoded text: use it as it is
  }
  return `${fileStem(last.replace(PLAN_SUFFIX, ''), 'plan')}.gantt.${ext}`;
}
