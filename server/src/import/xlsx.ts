/**
 * A workbook (.xlsx) as rows of cells for core/import/table.ts, read with exceljs (loaded at the
 * first workbook, like the export: dist/exceljs.js).
 *
 * Decisions:
 * - The zip is looked at before it is opened (zip-guard.ts): a zip bomb never inflates.
 * - The sheet is the first one whose rows have a header (core/import/columns.ts); the others are
 *   named in a note when there are several.
 * - A merged range gives its value once, in its top-left cell (a title over the columns is one
 *   title, not a header); formulas give their cached result; rich text its text; hyperlinks their text.
 * - At most 20,000 rows of a sheet are read.
 */
import type * as ExcelJS from 'exceljs';
import { findHeader } from '../core/import/columns';
import { type SheetRow } from '../core/import/table';
import type { Cell } from '../core/import/values';
import { checkZip, MAX_UNPACKED } from './zip-guard';

export const MAX_ROWS = 20_000;

export interface WorkbookRows {
  sheet?: string;
  rows: SheetRow[];
  sheets: string[];
  /** Why the workbook could not be read (en, zh). */
  problem?: { en: string; zh: string };
  truncated?: boolean;
}

function cellValue(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return null;
  const v = cell.value as unknown;
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: unknown };
    if ('richText' in o && Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
    if ('result' in o) {
      const r = o.result;
      return typeof r === 'string' || typeof r === 'number' || typeof r === 'boolean' || r instanceof Date ? r : null;
    }
    if ('text' in o && typeof o.text === 'string') return o.text;
    if ('error' in o) return null;
  }
  return null;
}

export async function workbookRows(bytes: Uint8Array, map?: Record<string, string>): Promise<WorkbookRows> {
  const zip = checkZip(bytes);
  if (zip) {
    if (zip.kind === 'not-zip') return { rows: [], sheets: [], problem: { en: 'not an .xlsx workbook (not a zip file); an old .xls must be saved as .xlsx first', zh: '不是 .xlsx 工作簿（不是有效的压缩文件）；旧版 .xls 请先另存为 .xlsx' } };
    if (zip.kind === 'ratio') return { rows: [], sheets: [], problem: { en: `refused: part ${zip.part} would unpack to ${zip.ratio} times its size (a zip bomb?)`, zh: `已拒绝：其中的 ${zip.part} 解压后是压缩大小的 ${zip.ratio} 倍（疑似压缩炸弹）` } };
    if (zip.kind === 'too-many') return { rows: [], sheets: [], problem: { en: `refused: ${zip.count} parts in the workbook`, zh: `已拒绝：工作簿中有 ${zip.count} 个部件` } };
    return { rows: [], sheets: [], problem: { en: `refused: the workbook would unpack to more than ${MAX_UNPACKED / 1024 / 1024} MB`, zh: `已拒绝：工作簿解压后超过 ${MAX_UNPACKED / 1024 / 1024} MB` } };
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const excel = require('exceljs') as typeof ExcelJS;
  const wb = new excel.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (e) {
    return { rows: [], sheets: [], problem: { en: `the workbook cannot be read: ${(e as Error).message.split('\n')[0].slice(0, 200)}`, zh: `无法读取该工作簿：文件已损坏或不是表格文件` } };
  }
  const sheets = wb.worksheets.map((w) => w.name);
  let first: WorkbookRows | undefined;
  for (const ws of wb.worksheets) {
    const rows: SheetRow[] = [];
    let truncated = false;
    const width = Math.min(ws.columnCount, 200);
    ws.eachRow({ includeEmpty: false }, (row, number) => {
      if (rows.length >= MAX_ROWS) {
        truncated = true;
        return;
      }
      const cells: Cell[] = [];
      for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c)));
      rows.push({ number, cells });
    });
    const got = { sheet: ws.name, rows, sheets, truncated };
    first ??= got;
    if (findHeader(rows.map((r) => r.cells), map).match) return got;
  }
  return first ?? { rows: [], sheets, problem: { en: 'the workbook has no sheet', zh: '工作簿中没有工作表' } };
}
