/**
 * Helpers of the export tests (export.test.ts, export-injection.test.ts): the bundled CLI's
 * `export` as a child process, and the workbook and the calendar read back with exceljs and ical.js.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import ICAL from 'ical.js';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');

export function runExport(args: string[], cwd: string): { code: number | null; stdout: Buffer; stderr: string } {
  const r = cp.spawnSync(process.execPath, [BIN, 'export', ...args], { cwd, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!r.error, String(r.error));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

export async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every row of a sheet as its cell values (1-based columns → 0-based array; an empty cell is null). */
export function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from((row.values as unknown[]).slice(1), (v) => (v === undefined ? null : v))));
  return rows;
}

/** Asserts that no cell of the workbook is a formula. */
export function assertNoFormula(wb: ExcelJS.Workbook): void {
  let cells = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        cells++;
        assert.notStrictEqual(cell.type, ExcelJS.ValueType.Formula, `${ws.name}!${cell.address} is a formula`);
        assert.strictEqual(cell.formula, undefined, `${ws.name}!${cell.address}`);
      }),
    ),
  );
  assert.ok(cells > 0);
}

export function vevents(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent');
}
