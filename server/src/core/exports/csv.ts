/**
 * The tasks as CSV (`poc-studio export --format csv`), for Excel and for scripts.
 *
 * Decisions:
 * - RFC 4180: fields separated by commas, records by CRLF (the last one too); a field holding a
 *   comma, a double quote, CR or LF is quoted, its quotes doubled.
 * - UTF-8 with a byte-order mark first, so that Excel opens Chinese text as Chinese rather than
 *   guessing the ANSI code page (GBK mojibake).
 * - Formula injection (OWASP "CSV injection"): a text field starting with `=`, `+`, `-`, `@`, tab
 *   or CR gets a leading apostrophe, so that Excel, WPS and LibreOffice show it as text instead of
 *   running it (`=HYPERLINK(…)`, `=cmd|…`). Numbers are written as numbers (a negative slip stays
 *   a number) and dates as `YYYY-MM-DD`: neither comes from free text.
 */
import { formatDate } from '../dates';
import { taskCells, taskHeader, type Cell } from './columns';
import type { ExportData } from './rows';

export const BOM = '\ufeff';

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text as a spreadsheet shows it as text: a leading apostrophe before a formula's first character. */
export function guardFormula(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

/** One CSV field (RFC 4180). */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'object') return formatDate(cell.date);
  const s = guardFormula(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows as CSV text: BOM, CRLF after every record. */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return BOM + rows.map((r) => r.map(csvField).join(',') + '\r\n').join('');
}

/** The task table of an export as CSV (header in the export's language). */
export function tasksCsv(data: ExportData): string {
  return csvText([taskHeader(data.locale), ...data.tasks.map(taskCells)]);
}
