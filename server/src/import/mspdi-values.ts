/**
 * Small readings of MSPDI values for mspdi.ts: durations, link types and lags, the phase a summary
 * task's name maps to, and ids made from names.
 */

/** DurationFormat / LagFormat codes of elapsed durations (em, eh, ed, ew, emo, e%, and their estimated forms). */
const ELAPSED_FORMATS = new Set([4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52]);

export const isElapsedFormat = (format: number | undefined): boolean => format !== undefined && ELAPSED_FORMATS.has(format);

/** Minutes of an ISO 8601 duration as MSPDI writes it (`PT8H0M0S`, `P2DT4H`); undefined when unreadable. */
export function durationMinutes(text: string): number | undefined {
  const m = /^\s*(-)?P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?\s*$/.exec(text);
  if (!m || text.trim() === 'P' || text.trim() === 'PT') return undefined;
  const n = (i: number) => (m[i] === undefined ? 0 : Number(m[i]));
  // Years and months as MS Project counts them in elapsed time: 365 and 30 days.
  const minutes = (n(2) * 365 + n(3) * 30 + n(4)) * 1440 + n(5) * 60 + n(6) + n(7) / 60;
  return m[1] ? -minutes : minutes;
}

/** Working days rounded to half a day. */
export const halfDays = (days: number): number => Math.round(days * 2) / 2;

/** A day count as text: 2, 1.5. */
export const dayText = (days: number): string => String(Math.round(days * 100) / 100);

export const LINK_TYPES: Record<number, { en: string; zh: string }> = {
  0: { en: 'finish-to-finish', zh: '完成-完成' },
  1: { en: 'finish-to-start', zh: '完成-开始' },
  2: { en: 'start-to-finish', zh: '开始-完成' },
  3: { en: 'start-to-start', zh: '开始-开始' },
};

// Phases, people's and plans' ids: the same as the spreadsheet import's.
export { phaseOf } from '../core/import/phases';
export { personId, planIdOf } from '../core/import/ids';
