/**
 * `poc-studio import` of Microsoft Project XML, and the round trip `export --format mspdi` →
 * `import`: every task, date and dependency comes back (the bundled bin, as a user runs it).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';
import { cli, MS_PROJECT_DATES, MS_PROJECT_XML } from './import-fixtures';

const REPO = path.resolve(__dirname, '../../..');

function schedule(dir: string, file: string): { id: string; start: string; end: string }[] {
  const r = cli(['schedule', file, '--format', 'json', '--today', '2027-01-27'], dir);
  assert.strictEqual(r.code, 0, r.stderr);
  return (JSON.parse(r.stdout) as { tasks: { id: string; start: string; end: string }[] }).tasks;
}

describe('CLI poc-studio import: Microsoft Project XML', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-mspdi-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('summary tasks become phases, the SS link with lag is reported, the holiday is the calendar, the dates are the source’s', () => {
    fs.writeFileSync(path.join(dir, 'plan.xml'), MS_PROJECT_XML);
    const r = cli(['import', 'plan.xml', '--out', 'broker.project.yaml', '--locale', 'en', '--today', '2027-03-01'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /warning <Task> UID 6: .*start-to-start/);
    assert.match(r.stdout, /every task's computed dates equal the source's/);
    const text = fs.readFileSync(path.join(dir, 'broker.project.yaml'), 'utf8');
    const plan = parse(text);
    assert.strictEqual(plan.title, '某券商交易日志平台实施');
    assert.deepStrictEqual(plan.calendar, { holidays: ['2027-04-05'] });
    assert.deepStrictEqual(plan.team, [{ id: 'zhangsan', name: '张三' }, { id: 'lisi', name: '李四' }]);
    assert.deepStrictEqual(plan.tasks.map((t: { id: string; phase?: string; dependsOn?: string[] }) => [t.id, t.phase ?? '', (t.dependsOn ?? []).join(' ')]), [
      ['T2', 'kickoff', ''],
      ['T3', 'kickoff', 'T2'],
      ['T5', 'implementation', 'T3'],
      ['T6', 'implementation', ''],
      ['T7', '', 'T5 T6'],
    ]);
    assert.match(text, /# 原计划：开始-开始 T5，延隔 2 个工作日\n {2}- \{ id: T6,/);
    const check = JSON.parse(cli(['check', 'broker.project.yaml', '--format', 'json', '--today', '2027-03-01'], dir).stdout) as { severity: string }[];
    assert.deepStrictEqual(check.filter((f) => f.severity === 'error'), []);
    assert.deepStrictEqual(Object.fromEntries(schedule(dir, 'broker.project.yaml').map((t) => [t.id, [t.start, t.end]])), MS_PROJECT_DATES);
  });

  it('round trip: the example project exported as MS Project XML imports with every task, date and dependency', () => {
    const src = path.join(REPO, 'examples', 'bank-log.project.yaml');
    const exported = cli(['export', src, '--format', 'mspdi', '--out', 'bank.xml', '--today', '2027-01-27'], dir);
    assert.strictEqual(exported.code, 0, exported.stderr);
    const r = cli(['import', 'bank.xml', '--out', 'back.project.yaml', '--locale', 'en', '--today', '2027-01-27'], dir);
    assert.strictEqual(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /every task's computed dates equal the source's/);
    const original = parse(fs.readFileSync(src, 'utf8'));
    const back = parse(fs.readFileSync(path.join(dir, 'back.project.yaml'), 'utf8'));
    const names = (tasks: { id: string; name: string }[]) => new Map(tasks.map((t) => [t.id, t.name]));
    const before = names(original.tasks);
    const after = names(back.tasks);
    assert.deepStrictEqual([...after.values()], [...before.values()], 'every task, in order');
    // Dependencies by name.
    const deps = (tasks: { dependsOn?: string[]; name: string }[], n: Map<string, string>) => tasks.map((t) => [t.name, (t.dependsOn ?? []).map((d) => n.get(d)).join('、')]);
    assert.deepStrictEqual(deps(back.tasks, after), deps(original.tasks, before));
    // Dates: the exported plan's computed dates, as the original's schedule gives them.
    const was = schedule(REPO, src).map((t) => [before.get(t.id), t.start, t.end]);
    const now = schedule(dir, 'back.project.yaml').map((t) => [after.get(t.id), t.start, t.end]);
    assert.deepStrictEqual(now, was);
  });
});
