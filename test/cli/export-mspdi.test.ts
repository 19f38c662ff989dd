/**
 * `poc-studio export --format mspdi` as a user runs it (the bundled bin) on the bank example: the
 * Microsoft Project XML written to --out (read back: tasks, dates, links, team, holidays), never
 * over a file without --force, printed without --out, `.xml` implies the format, and what it
 * refuses (a folder of several plans, --person).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readMspdi } from '../../server/src/import/mspdi';
import { runExport } from './export-read';

const REPO = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(REPO, 'examples');
const BANK = path.join(EXAMPLES, 'bank-log.project.yaml');

describe('CLI poc-studio export --format mspdi', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-mspdi-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the plan to --out as Microsoft Project XML and refuses to overwrite it', () => {
    const out = path.join(dir, 'bank.xml');
    const r = runExport([BANK, '--format', 'mspdi', '--out', out, '--locale', 'zh-CN'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote bank\.xml \(10 tasks\)/);
    const xml = fs.readFileSync(out, 'utf8');
    assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'));
    const plan = readMspdi(xml, 'bank-log-impl.xml', {});
    assert.deepStrictEqual(plan.notes.filter((n) => n.severity !== 'info'), []);
    assert.strictEqual(plan.title, '某银行日志分析平台一期实施');
    assert.deepStrictEqual(plan.tasks.map((t) => t.name), ['项目启动会', '环境部署', '日志接入（核心交易系统）', '告警规则配置', '报表开发', '历史数据迁移', '参数优化与阶段性汇报', '产品培训', '离场交接', '基础版上线']);
    assert.deepStrictEqual(plan.tasks.map((t) => t.dependsOn), [[], ['T1'], ['T2'], ['T3'], ['T3'], [], ['T4', 'T5', 'T6'], ['T7'], ['T8'], ['T9']]);
    // P1 on its date; P5 started 01-19 and forecast to 02-04 (as the workbook export says).
    assert.deepStrictEqual([plan.tasks[0].sourceStart, plan.tasks[0].sourceEnd], ['2027-01-04', '2027-01-04']);
    assert.deepStrictEqual([plan.tasks[4].sourceStart, plan.tasks[4].sourceEnd], ['2027-01-19', '2027-02-04']);
    assert.strictEqual(plan.tasks[9].milestone, true);
    assert.deepStrictEqual(plan.team.map((m) => m.name), ['孙七', '赵六', '王五', '张三', 'sunn']);
    // The plan's holidays within its dates (春节 on weekdays; 元旦 01-01 is before its start) and its make-up Saturday.
    assert.deepStrictEqual(plan.holidays, ['2027-02-05', '2027-02-08..2027-02-11']);
    assert.deepStrictEqual(plan.workdays, ['2027-02-20']);

    fs.writeFileSync(out, 'mine');
    const again = runExport([BANK, '--format', 'mspdi', '--out', out], dir);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /bank\.xml already exists; not overwritten \(use --force/);
    assert.strictEqual(fs.readFileSync(out, 'utf8'), 'mine');
    assert.strictEqual(runExport([BANK, '--format', 'mspdi', '--out', out, '--force'], dir).code, 0);
    assert.ok(fs.readFileSync(out, 'utf8').includes('<Project xmlns="http://schemas.microsoft.com/project">'));
  });

  it('prints to stdout without --out; an --out ending in .xml means mspdi', () => {
    const r = runExport([BANK, '--format', 'mspdi'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.strictEqual(readMspdi(r.stdout.toString('utf8'), 'x.xml', {}).tasks.length, 10);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
    const byName = runExport([BANK, '--out', 'plan.xml'], dir);
    assert.strictEqual(byName.code, 0, byName.stderr);
    assert.strictEqual(readMspdi(fs.readFileSync(path.join(dir, 'plan.xml'), 'utf8'), 'plan.xml', {}).tasks.length, 10);
  });

  it('refuses a folder of several plans and --person, writing nothing', () => {
    const folder = runExport([EXAMPLES, '--format', 'mspdi', '--out', 'x.xml'], dir);
    assert.strictEqual(folder.code, 2);
    assert.match(folder.stderr, /--format mspdi writes one plan; .* holds 2: give one plan file/);
    const person = runExport([BANK, '--format', 'mspdi', '--person', 'sun'], dir);
    assert.strictEqual(person.code, 2);
    assert.match(person.stderr, /--person does not go with --format mspdi/);
    assert.deepStrictEqual(fs.readdirSync(dir), []);
  });

  it('lists mspdi in the help', () => {
    const r = runExport(['--help'], dir);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout.toString('utf8'), /--format xlsx\|csv\|ics\|mspdi/);
    assert.match(r.stdout.toString('utf8'), /mspdi: one plan as Microsoft Project XML/);
  });
});
