/**
 * The workbook of an export (`poc-studio export --format xlsx`, `pocStudio/export`), written with
 * exceljs: a Tasks sheet (the columns of core/exports/columns.ts) and an Hours sheet (people ×
 * ISO weeks from weeklyReports, a total column and a total row).
 *
 * Decisions:
 * - Header row bold, frozen (it stays when scrolling) and with an auto filter; column widths from
 *   the widest cell (CJK counts double), between 6 and 60 characters.
 * - Dates are real Excel dates (a UTC Date, number format yyyy-mm-dd), so that they sort, filter
 *   and compute; numbers are numbers.
 * - Text is only ever a string cell: never a formula, however it starts (`=`, `+`, `-`, `@`); each
 *   cell's type is checked after writing and a text that would not be a string cell throws. Longer
 *   text than Excel holds in a cell (32,767 characters) is cut there.
 * - Workbook properties are fixed: creator and last modified by "POC Studio", created and modified
 *   the export's today (no clock, no user name, no plan text in the properties).
 * - exceljs (and its zip library) is loaded when the first workbook is written, not when the
 *   server or the CLI starts: the bundles require it from dist/exceljs.js (esbuild.mjs).
 */
import type * as ExcelJS from 'exceljs';
import { formatDate } from '../core/dates';
import { hoursCells, hoursHeader, sheetNames, taskCells, taskHeader, type Cell } from '../core/exports/columns';
import type { ExportData } from '../core/exports/rows';
import { displayWidth } from '../core/exports/text';

/** Excel's limit of characters in a cell. */
export const MAX_CELL_TEXT = 32767;

const MS_PER_DAY = 86_400_000;

/** The workbook of an export as the bytes of an .xlsx file. */
export async function tasksWorkbook(data: ExportData): Promise<Buffer> {
  // Loaded here, at the first workbook (a bundle of its own in dist/, see esbuild.mjs).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const excel = require('exceljs') as typeof ExcelJS;
  const wb = new excel.Workbook();
  const created = new Date(data.today * MS_PER_DAY);
  wb.creator = 'POC Studio';
  wb.lastModifiedBy = 'POC Studio';
  wb.created = created;
  wb.modified = created;
  const names = sheetNames(data.locale);
  sheet(excel, wb, names.tasks, taskHeader(data.locale), data.tasks.map(taskCells));
  sheet(excel, wb, names.hours, hoursHeader(data.locale, data.hours.weeks), hoursCells(data), true);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out as ArrayBuffer);
}

function sheet(excel: typeof ExcelJS, wb: ExcelJS.Workbook, name: string, header: string[], rows: Cell[][], totalRow = false): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
  const widths = header.map((h) => displayWidth(h));
  const put = (rowNumber: number, cells: readonly Cell[]) => {
    const row = ws.getRow(rowNumber);
    cells.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      widths[i] = Math.max(widths[i] ?? 0, width(c));
      if (c === null) return;
      if (typeof c === 'number') {
        if (Number.isFinite(c)) cell.value = c;
      } else if (typeof c === 'object') {
        cell.value = new Date(c.date * MS_PER_DAY);
        cell.numFmt = 'yyyy-mm-dd';
      } else {
        setText(excel, cell, c);
      }
    });
    return row;
  };
  put(1, header).font = { bold: true };
  rows.forEach((r, i) => put(i + 2, r));
  if (totalRow && rows.length) ws.getRow(rows.length + 1).font = { bold: true };
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.min(60, Math.max(6, w + 2))));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** A text as a string cell, whatever it starts with (never a formula, a hyperlink or rich text). */
function setText(excel: typeof ExcelJS, cell: ExcelJS.Cell, text: string): void {
  cell.value = text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT).replace(/[\ud800-\udbff]$/, '') : text;
  // Several lines (exportText made every break LF): shown as lines, as Alt+Enter does.
  if (text.includes('\n')) cell.alignment = { wrapText: true, vertical: 'top' };
  if (cell.type !== excel.ValueType.String) throw new Error(`a text became a cell of type ${cell.type}: ${JSON.stringify(text.slice(0, 40))}`);
}

function width(c: Cell): number {
  if (c === null) return 0;
  if (typeof c === 'number') return String(c).length;
  if (typeof c === 'object') return formatDate(c.date).length;
  // The longest line of the text (a cell may hold several).
  return Math.max(...c.split(/\r\n|\r|\n/).map(displayWidth));
}
