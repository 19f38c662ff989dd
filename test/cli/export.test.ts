/**
 * `poc-studio export` as a user runs it (the bundled bin) on the example folder: the workbook read
 * back with exceljs (sheets, header, frozen row, real dates, hours, fixed properties, no formula),
 * the CSV with its byte-order mark, the calendar parsed back with ical.js (one event per task with
 * dates, one person's with --person), never over a file without --force, bad usage, and a plan
 * with errors still exported. The injection corpus: see export-injection.test.ts.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ICAL from 'ical.js';
import { taskHeader } from '../../server/src/core/exports';
import { assertNoFormula, readWorkbook, rowsOf, runExport, vevents } from './export-read';

const REPO = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(REPO, 'examples');
const DAY = 86_400_000;

describe('CLI poc-studio export', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-export-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('xlsx of the example folder: Tasks and Hours sheets, frozen header, real dates, fixed properties, no formula', async () => {
    const r = runExport([EXAMPLES, '--format', 'xlsx', '--today', '2027-01-27', '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    // Several plans: named after the folder, written into the current folder.
    const file = path.join(dir, 'examples-任务.xlsx');
    assert.ok(fs.existsSync(file), fs.readdirSync(dir).join(', '));
    assert.match(r.stderr, /wrote examples-任务\.xlsx \(19 tasks\)/);
    const wb = await readWorkbook(file);
    assert.deepStrictEqual(wb.worksheets.map((w) => w.name), ['任务', '工时']);
    assert.strictEqual(wb.creator, 'POC Studio');
    assert.strictEqual(wb.created.toISOString(), '2027-01-27T00:00:00.000Z');
    const tasks = wb.getWorksheet('任务')!;
    assert.strictEqual(tasks.views[0].state, 'frozen');
    assert.strictEqual((tasks.views[0] as { ySplit?: number }).ySplit, 1);
    const rows = rowsOf(tasks);
    assert.deepStrictEqual(rows[0], taskHeader('zh-CN'));
    assert.strictEqual(rows.length, 1 + 19);
    assert.strictEqual(tasks.getRow(1).font?.bold, true);
    // P5 (报表开发): started 01-19, forecast to 02-04, 7 working days after its baseline end.
    const p5 = rows.find((x) => x[1] === 'P5')!;
    assert.deepStrictEqual(p5.slice(0, 5), ['bank-log-impl', 'P5', '报表开发', '项目实施', '赵六']);
    for (const i of [5, 6, 10]) assert.ok(p5[i] instanceof Date, `column ${i + 1} is a date: ${String(p5[i])}`);
    assert.deepStrictEqual([p5[5], p5[6], p5[10]].map((d) => (d as Date).toISOString().slice(0, 10)), ['2027-01-19', '2027-02-04', '2027-01-26']);
    assert.deepStrictEqual(p5.slice(7, 10), [10, '进行中', 30]);
    assert.strictEqual(p5[11], 7);
    assert.strictEqual(tasks.getCell('F2').numFmt, 'yyyy-mm-dd');
    // The mistyped owner is shown as written; the plan still exports.
    assert.strictEqual(rows.find((x) => x[1] === 'P9')![4], 'sunn');
    assert.ok((tasks.getColumn(3).width ?? 0) > 10, 'the name column is widened');
    const hours = wb.getWorksheet('工时')!;
    assert.deepStrictEqual(rowsOf(hours), [
      ['人员', '编号', '2027-W01', '2027-W02', '合计'],
      ['孙七', 'sun', 16, 12, 28],
      ['赵六', 'zhao', 32, 40, 72],
      ['王五', 'wang', 8, 24, 32],
      ['合计', null, 56, 76, 132],
    ]);
    assert.strictEqual(hours.views[0].state, 'frozen');
    assertNoFormula(wb);
  });

  it('xlsx of one plan in English: <plan id>-tasks.xlsx; never over a file without --force', async () => {
    const args = [path.join(EXAMPLES, 'bank-log.project.yaml'), '--format', 'xlsx', '--locale', 'en'];
    assert.strictEqual(runExport(args, dir).code, 0);
    const file = path.join(dir, 'bank-log-impl-tasks.xlsx');
    const wb = await readWorkbook(file);
    assert.deepStrictEqual(wb.worksheets.map((w) => w.name), ['Tasks', 'Hours']);
    assert.deepStrictEqual(rowsOf(wb.getWorksheet('Tasks')!)[0], taskHeader('en'));
    // The folder's "today" (2027-01-27) when no --today is given.
    assert.strictEqual(wb.created.toISOString(), '2027-01-27T00:00:00.000Z');
    fs.writeFileSync(file, 'mine');
    const again = runExport(args, dir);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /bank-log-impl-tasks\.xlsx already exists; not overwritten \(use --force/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), 'mine');
    const out = path.join(dir, 'sub', 'x.csv');
    assert.strictEqual(runExport([EXAMPLES, '--out', out], dir).code, 0, '--format from the --out extension');
    assert.strictEqual(runExport([EXAMPLES, '--out', out], dir).code, 2);
    assert.strictEqual(runExport([...args, '--force'], dir).code, 0);
    assert.strictEqual((await readWorkbook(file)).worksheets.length, 2);
  });

  it('csv: UTF-8 with a byte-order mark, CRLF, one record per task; --out writes the same bytes', () => {
    const r = runExport([EXAMPLES, '--format', 'csv', '--today', '2027-01-27', '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(r.stdout.subarray(0, 3).toString('hex'), 'efbbbf');
    const lines = r.stdout.toString('utf8').slice(1).split('\r\n');
    assert.strictEqual(lines[0], taskHeader('zh-CN').join(','));
    assert.strictEqual(lines.length, 1 + 19 + 1);
    assert.ok(lines.includes('bank-log-impl,P5,报表开发,项目实施,赵六,2027-01-19,2027-02-04,10,进行中,30,2027-01-26,7'), lines.join('\n'));
    const out = path.join(dir, 'tasks.csv');
    assert.strictEqual(runExport([EXAMPLES, '--format', 'csv', '--today', '2027-01-27', '--locale', 'zh-CN', '--out', out], dir).code, 0);
    assert.ok(fs.readFileSync(out).equals(r.stdout));
  });

  it('ics: one all-day event per task with dates; --person gives one engineer\'s calendar', () => {
    const r = runExport([EXAMPLES, '--format', 'ics', '--today', '2027-01-27', '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const text = r.stdout.toString('utf8');
    const evs = vevents(text);
    assert.strictEqual(evs.length, 19);
    assert.strictEqual(new Set(evs.map((e) => e.getFirstPropertyValue('uid'))).size, 19);
    const p5 = evs.find((e) => e.getFirstPropertyValue('uid') === 'bank-log-impl-P5@poc-studio')!;
    assert.strictEqual((p5.getFirstPropertyValue('dtstart') as ICAL.Time).toString(), '2027-01-19');
    assert.strictEqual((p5.getFirstPropertyValue('dtend') as ICAL.Time).toString(), '2027-02-05');
    assert.strictEqual(p5.getFirstPropertyValue('summary'), '报表开发');
    assert.match(p5.getFirstPropertyValue('description') as string, /原计划完成：2027-01-26，比原计划晚 7 个工作日/);
    const p10 = evs.find((e) => e.getFirstPropertyValue('uid') === 'bank-log-impl-P10@poc-studio')!;
    const [s, e] = ['dtstart', 'dtend'].map((k) => (p10.getFirstPropertyValue(k) as ICAL.Time).toJSDate().getTime());
    assert.strictEqual(Math.round((e - s) / DAY), 1, 'a milestone is a one-day event');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line) <= 75, line);

    const zhao = runExport([EXAMPLES, '--format', 'ics', '--person', 'zhao', '--today', '2027-01-27', '--locale', 'zh-CN', '--out', 'zhao.ics'], dir);
    assert.strictEqual(zhao.code, 0, zhao.stderr);
    const mine = vevents(fs.readFileSync(path.join(dir, 'zhao.ics'), 'utf8'));
    assert.deepStrictEqual(mine.map((x) => x.getFirstPropertyValue('uid')), ['T5', 'T6', 'P2', 'P3', 'P5', 'P6'].map((t) => `bank-log-${t.startsWith('T') ? 'poc' : 'impl'}-${t}@poc-studio`));
    for (const x of mine) assert.strictEqual(x.getFirstProperty('attendee')!.getParameter('cn'), '赵六');
    assert.match(fs.readFileSync(path.join(dir, 'zhao.ics'), 'utf8'), /X-WR-CALNAME:赵六 · /);
  });

  it('leaves tasks without dates out of the calendar and says so; a plan with errors still exports', async () => {
    fs.writeFileSync(
      path.join(dir, 'broken.project.yaml'),
      'kind: project\nid: broken\nstart: 2027-01-04\nbogus: 1\ntasks:\n  - { id: A, name: 甲, owner: ghost, dependsOn: [B], duration: 1d }\n  - { id: B, name: 乙, dependsOn: [A], duration: 1d }\n  - { id: C, name: 丙, duration: zwei, status: maybe }\n',
    );
    fs.writeFileSync(path.join(dir, 'bad.poc.yaml'), 'kind: poc\nid: bad\ntasks: [ { id: T1, name: x\n');
    const ics = runExport(['.', '--format', 'ics', '--today', '2027-01-27'], dir);
    assert.strictEqual(ics.code, 0, ics.stderr);
    assert.match(ics.stderr, /3 tasks without dates not in the calendar: bad\/T1, broken\/A, broken\/B/);
    assert.deepStrictEqual(vevents(ics.stdout.toString('utf8')).map((e) => e.getFirstPropertyValue('uid')), ['broken-C@poc-studio']);
    const x = runExport(['.', '--format', 'xlsx', '--today', '2027-01-27', '--locale', 'en'], dir);
    assert.strictEqual(x.code, 0, x.stderr);
    const rows = rowsOf((await readWorkbook(path.join(dir, `${path.basename(dir)}-tasks.xlsx`))).getWorksheet('Tasks')!);
    assert.deepStrictEqual(rows.slice(1).map((r) => [r[0], r[1], r[2], r[4], r[5] instanceof Date]), [
      // A YAML syntax error: what could be read (a task without a duration, so without dates).
      ['bad', 'T1', 'x', null, false],
      ['broken', 'A', '甲', 'ghost', false],
      ['broken', 'B', '乙', null, false],
      ['broken', 'C', '丙', null, true],
    ]);
  });

  it('exits 2 on bad usage', () => {
    const cases: [string[], RegExp][] = [
      [[EXAMPLES], /export needs --format xlsx, csv, ics or mspdi/],
      [[EXAMPLES, '--format', 'pdf'], /--format must be xlsx, csv, ics or mspdi \(got pdf\)/],
      [['--format', 'csv'], /exactly one plan file or folder/],
      [[EXAMPLES, EXAMPLES, '--format', 'csv'], /exactly one plan file or folder/],
      [[path.join(EXAMPLES, 'bank.requirements.yaml'), '--format', 'csv'], /not a plan/],
      [[path.join(EXAMPLES, 'nope.project.yaml'), '--format', 'csv'], /no such file or folder/],
      [[path.join(EXAMPLES, '.vscode'), '--format', 'csv'], /no plan \(\*\.poc\.yaml or \*\.project\.yaml\) in/],
      [[EXAMPLES, '--format', 'ics', '--person', 'nobody'], /nobody is neither a team member nor an owner of a task in these plans \(people: zhang, li, wang, zhao, sun, sunn\)/],
      [[EXAMPLES, '--format', 'csv', '--today', '2027-02-30'], /--today must be a date/],
      [[EXAMPLES, '--format', 'csv', '--locale', 'fr'], /--locale must be zh-CN or en/],
      [[EXAMPLES, '--format', 'csv', '--bogus'], /unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const r = runExport(args, dir);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message, args.join(' '));
      assert.strictEqual(r.stdout.length, 0);
    }
    assert.deepStrictEqual(fs.readdirSync(dir), [], 'nothing written');
    const help = runExport(['--help'], dir);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout.toString('utf8'), /--format xlsx\|csv\|ics/);
  });
});
