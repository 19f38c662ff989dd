/**
 * `poc-studio import` as a user runs it (the bundled bin) on files the tests write: an Excel plan
 * with Chinese headers below a title, a GBK CSV, a UTF-8 CSV with English headers and --map;
 * every imported plan checked by `check` (no structural error) and scheduled by `schedule` on the
 * source's dates. Bad input: no header, unreadable dates, a predecessor that points nowhere, a
 * cycle, a file over 50 MB, a zip bomb — a message naming the row, no file unless --force-partial,
 * never over an existing file. The injection corpus stays text in the YAML.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { chineseWorkbook, cli, gbkCsv, SOURCE_DATES, zipBomb } from './import-fixtures';

const STRUCTURAL = new Set(['yaml-syntax', 'schema', 'kind-mismatch', 'unknown-ref', 'duplicate-id', 'schedule-cycle', 'date-order']);

function structuralErrors(dir: string, file: string): string[] {
  const r = cli(['check', file, '--format', 'json', '--today', '2027-02-20'], dir);
  const found = JSON.parse(r.stdout) as { rule: string; severity: string; line: number; message: string }[];
  return found.filter((f) => STRUCTURAL.has(f.rule) || f.severity === 'error').map((f) => `${f.line} ${f.rule} ${f.message}`);
}

function scheduled(dir: string, file: string): Record<string, [string, string]> {
  const r = cli(['schedule', file, '--format', 'json', '--today', '2027-02-20'], dir);
  assert.strictEqual(r.code, 0, r.stderr);
  const s = JSON.parse(r.stdout) as { tasks: { id: string; start: string; end: string }[] };
  return Object.fromEntries(s.tasks.map((t) => [t.id, [t.start, t.end]]));
}

describe('CLI poc-studio import', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-import-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('an Excel plan with Chinese headers below a title becomes a plan that checks and schedules as the source says', async () => {
    await chineseWorkbook(path.join(dir, '实施计划.xlsx'));
    const r = cli(['import', '实施计划.xlsx', '--out', 'bank.project.yaml', '--today', '2027-02-20', '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /工作表“实施计划”，表头在第 3 行/);
    assert.match(r.stdout, /以下列未导入：颜色/);
    assert.match(r.stdout, /所有任务的计算日期与原计划一致/);
    assert.match(r.stderr, /wrote bank\.project\.yaml/);
    const text = fs.readFileSync(path.join(dir, 'bank.project.yaml'), 'utf8');
    const plan = parse(text);
    assert.strictEqual(plan.kind, 'project');
    assert.strictEqual(plan.title, '某银行日志平台一期实施计划');
    assert.deepStrictEqual(plan.team, [
      { id: 'sunqi', name: '孙七' },
      { id: 'lisi', name: '李四' },
      { id: 'zhaoliu', name: '赵六' },
      { id: 'wangwu', name: '王五' },
    ]);
    const byId: Record<string, Record<string, unknown>> = Object.fromEntries((plan.tasks as { id: string }[]).map((t) => [t.id, t]));
    assert.deepStrictEqual(Object.keys(byId), ['T2', 'T3', 'T5', 'T6', 'T7', 'T8', 'T9']);
    assert.deepStrictEqual(byId.T3, { id: 'T3', name: '需求调研', phase: 'kickoff', owner: 'lisi', duration: '3d', dependsOn: ['T2'], status: 'done', progress: 100 });
    assert.deepStrictEqual(byId.T5, { id: 'T5', name: '环境部署', phase: 'implementation', owner: 'zhaoliu', duration: '3d', dependsOn: ['T3'], status: 'doing', progress: 50 });
    assert.deepStrictEqual(byId.T7.dependsOn, ['T5'], 'by name');
    assert.strictEqual(byId.T7.start, '2027-03-12', 'a later start than its predecessor allows is kept');
    assert.deepStrictEqual(byId.T8.dependsOn, ['T6', 'T7'], 'several, separated by 、');
    assert.deepStrictEqual([byId.T8.status, byId.T8.progress], ['blocked', 20]);
    assert.strictEqual(byId.T9.duration, '0d');
    // House style: one flow mapping per task with its source row; the other owner as a comment.
    assert.match(text, /^ {2}- \{ id: T6, name: 日志接入, .*\} # 第 9 行$/m);
    assert.match(text, /^ {2}# 其他负责人：王五\n {2}- \{ id: T6,/m);
    assert.deepStrictEqual(structuralErrors(dir, 'bank.project.yaml'), []);
    assert.deepStrictEqual(scheduled(dir, 'bank.project.yaml'), SOURCE_DATES);
  });

  it('a GBK CSV (Excel on Chinese Windows) as a POC: the encoding is said, predecessors by row number', () => {
    gbkCsv(path.join(dir, 'poc.csv'));
    const r = cli(['import', 'poc.csv', '--out', 'broker.poc.yaml', '--format', 'json', '--today', '2027-02-20'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.encoding, 'GB18030');
    assert.strictEqual(j.headerRow, 3);
    assert.deepStrictEqual(j.mapping, { name: '任务', owner: '执行人', start: '计划开始', end: '计划完成', dependsOn: '前置', progress: '进度' });
    assert.strictEqual(j.written, true);
    const plan = parse(fs.readFileSync(path.join(dir, 'broker.poc.yaml'), 'utf8'));
    assert.strictEqual(plan.kind, 'poc');
    assert.deepStrictEqual(plan.tasks.map((t: { name: string; dependsOn?: string[]; progress: number }) => [t.name, (t.dependsOn ?? []).join(), t.progress]), [
      ['情报收集', '', 100],
      ['环境准备', 'T1', 50],
      ['部署与对接, 第一轮', 'T2', 0],
      ['演示', 'T3', 0],
    ]);
    assert.deepStrictEqual(structuralErrors(dir, 'broker.poc.yaml'), []);
    assert.deepStrictEqual(scheduled(dir, 'broker.poc.yaml'), { T1: ['2027-04-01', '2027-04-02'], T2: ['2027-04-05', '2027-04-07'], T3: ['2027-04-08', '2027-04-09'], T4: ['2027-04-12', '2027-04-12'] });
  });

  it('a UTF-8 CSV with a byte-order mark and English headers; --map names a column the usual names miss', () => {
    const csv = '\ufeffActivity,Who,Start,Finish,Depends,State\r\nKickoff,Ann Lee,2027-05-03,2027-05-03,,Completed\r\nInstall,Bo Chen,2027-05-04,2027-05-06,Kickoff,In Progress\r\n';
    fs.writeFileSync(path.join(dir, 'plan.csv'), csv);
    const r = cli(['import', 'plan.csv', '--out', 'p.project.yaml', '--map', 'owner=Who', '--format', 'json'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    const j = JSON.parse(r.stdout);
    assert.strictEqual(j.encoding, 'UTF-8 (BOM)');
    assert.deepStrictEqual(j.team, [{ id: 'ann-lee', name: 'Ann Lee' }, { id: 'bo-chen', name: 'Bo Chen' }]);
    assert.deepStrictEqual(scheduled(dir, 'p.project.yaml'), { T1: ['2027-05-03', '2027-05-03'], T2: ['2027-05-04', '2027-05-06'] });
  });

  it('never overwrites: a second import to the same file is refused and the file is unchanged', async () => {
    await chineseWorkbook(path.join(dir, 'a.xlsx'));
    fs.writeFileSync(path.join(dir, 'mine.project.yaml'), 'kind: project\nid: mine\ntitle: 我的计划\n');
    const r = cli(['import', 'a.xlsx', '--out', 'mine.project.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /mine\.project\.yaml already exists; not overwritten/);
    assert.strictEqual(fs.readFileSync(path.join(dir, 'mine.project.yaml'), 'utf8'), 'kind: project\nid: mine\ntitle: 我的计划\n');
  });

  it('bad rows: each named by its row; nothing written unless --force-partial', () => {
    const csv = ['序号,任务名称,开始时间,工期,前置任务', '1,需求调研,2027-13-01,2,', '2,部署,2027-03-02,3,9', '3,接入,,2,4', '4,报表,,2,3', '5,上线,2027-03-10,0,1'].join('\n');
    fs.writeFileSync(path.join(dir, 'bad.csv'), csv);
    const r = cli(['import', 'bad.csv', '--out', 'bad.project.yaml', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /error row 2: start "2027-13-01" is not a date/);
    assert.match(r.stdout, /error row 3: predecessor "9" names no task/);
    assert.match(r.stdout, /error row 4: predecessors form a cycle: rows 4 → 5 → 4/);
    assert.match(r.stderr, /3 errors: bad\.project\.yaml not written \(--force-partial writes what could be read\)/);
    assert.ok(!fs.existsSync(path.join(dir, 'bad.project.yaml')));
    const forced = cli(['import', 'bad.csv', '--out', 'bad.project.yaml', '--force-partial', '--locale', 'en'], dir);
    assert.strictEqual(forced.code, 1);
    const plan = parse(fs.readFileSync(path.join(dir, 'bad.project.yaml'), 'utf8'));
    assert.strictEqual(plan.tasks.length, 5, 'every row that has a name is in the partial plan');
  });

  it('no recognisable header, a file over 50 MB, a zip bomb, not a workbook: a clear message, no file, no hang', () => {
    fs.writeFileSync(path.join(dir, 'x.csv'), 'foo,bar\n1,2\n');
    let r = cli(['import', 'x.csv', '--out', 'x.project.yaml', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /no header row found in the first 30 rows/);
    fs.writeFileSync(path.join(dir, 'big.xlsx'), Buffer.alloc(50 * 1024 * 1024 + 1));
    r = cli(['import', 'big.xlsx', '--out', 'big.project.yaml'], dir);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /big\.xlsx: 50 MB is more than the 50 MB an import reads/);
    zipBomb(path.join(dir, 'bomb.xlsx'));
    r = cli(['import', 'bomb.xlsx', '--out', 'bomb.project.yaml', '--locale', 'en'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /refused: part xl\/worksheets\/sheet1\.xml would unpack to \d+ times its size/);
    fs.writeFileSync(path.join(dir, 'old.xlsx'), 'not a zip');
    r = cli(['import', 'old.xlsx', '--out', 'old.project.yaml', '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /不是 \.xlsx 工作簿/);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')), []);
  });

  it('the injection corpus in names and owners stays text: the YAML parses back to the same strings', () => {
    const payloads = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/injection/payloads.json'), 'utf8')) as string[];
    const hostile = [...payloads, '- { id: X }', 'a: b', '#not a comment', '&anchor', '*alias', '!!binary x', '---', '...', '"quoted', "it's", '%YAML 1.1', '@x', '`x`', '\u2028line'];
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const lines = ['任务名称,负责人,开始时间,工期', ...hostile.map((h, i) => `${q(h)},${q(`${h} 负责人`)},2027-03-${String((i % 20) + 1).padStart(2, '0')},1`)];
    fs.writeFileSync(path.join(dir, 'evil.csv'), lines.join('\n'));
    const r = cli(['import', 'evil.csv', '--out', 'evil.project.yaml', '--force-partial'], dir);
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const plan = parse(fs.readFileSync(path.join(dir, 'evil.project.yaml'), 'utf8'));
    // Names are kept exactly as the cells hold them (new lines too), only trimmed.
    const want = hostile.map((h) => h.trim());
    assert.deepStrictEqual(plan.tasks.map((t: { name: string }) => t.name), want);
    assert.deepStrictEqual(structuralErrors(dir, 'evil.project.yaml'), []);
  });
});
