/**
 * `poc-studio schedule` as a user runs it (the bundled bin): the contract's JSON shape on the
 * examples, the text table in both languages, a plan with a dependency cycle, and refusals.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');

function run(args: string[], cwd = EXAMPLES) {
  const r = cp.spawnSync(process.execPath, [BIN, 'schedule', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  id: string | null;
  start: string | null;
  end: string | null;
  slack: number | null;
  critical: boolean;
  baselineStart: string | null;
  baselineEnd: string | null;
  slipDays: number | null;
}

describe('CLI poc-studio schedule', function () {
  this.timeout(60000);

  it('prints the contract JSON: plan id and every task with working-day dates, slack, critical and the baseline fields', () => {
    const r = run(['bank-log.project.yaml', '--format', 'json', '--today', '2027-01-27']);
    assert.strictEqual(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as { plan: string; tasks: Row[] };
    assert.strictEqual(out.plan, 'bank-log-impl');
    assert.ok(out.tasks.length >= 5);
    for (const t of out.tasks) {
      for (const k of ['id', 'start', 'end', 'slack', 'critical', 'baselineStart', 'baselineEnd', 'slipDays']) assert.ok(k in t, `${t.id}: ${k}`);
      assert.match(t.start!, /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(t.end! >= t.start!, `${t.id}: ${t.start} → ${t.end}`);
      assert.strictEqual(typeof t.slack, 'number');
    }
    // The example's baseline (bank-log.2027-01-04.baseline.yaml) was taken before P3's delay and P5's extra days.
    assert.deepStrictEqual(out.tasks[0], { id: 'P1', name: '项目启动会', start: '2027-01-04', end: '2027-01-04', slack: 0, critical: true, baselineStart: '2027-01-04', baselineEnd: '2027-01-04', slipDays: 0 });
    const slip = Object.fromEntries(out.tasks.map((t) => [t.id, t.slipDays]));
    // P7 and after: 7 working days late less the make-up Saturday 2027-02-20 that lies between.
    assert.deepStrictEqual(slip, { P1: 0, P2: 0, P3: 2, P4: 2, P5: 7, P6: 0, P7: 6, P8: 6, P9: 6, P10: 6 });
    const p5 = out.tasks.find((t) => t.id === 'P5')!;
    assert.deepStrictEqual([p5.start, p5.end, p5.baselineStart, p5.baselineEnd], ['2027-01-19', '2027-02-04', '2027-01-15', '2027-01-26'], 'P5 is forecast from its actual start and 30 % progress');
  });

  it('--baseline names the baseline; one that does not exist is an error; a plan without a baseline has null baseline fields', () => {
    const named = JSON.parse(run(['bank-log.project.yaml', '--format', 'json', '--today', '2027-01-27', '--baseline', '2027-01-04']).stdout) as { tasks: Row[] };
    assert.strictEqual(named.tasks[2].slipDays, 2);
    const missing = run(['bank-log.project.yaml', '--format', 'json', '--baseline', 'nope']);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no baseline named nope/);
    const poc = JSON.parse(run(['bank-log.poc.yaml', '--format', 'json']).stdout) as { tasks: Row[] };
    assert.ok(poc.tasks.every((t) => t.baselineStart === null && t.baselineEnd === null && t.slipDays === null));
  });

  it('prints a readable table in the user’s language', () => {
    const zh = run(['bank-log.poc.yaml', '--locale', 'zh-CN']);
    assert.strictEqual(zh.code, 0, zh.stderr);
    const lines = zh.stdout.split('\n');
    assert.strictEqual(lines[0], '计划 bank-log-poc 的排期');
    assert.match(lines[2], /^任务 +名称 +开始 +结束 +浮动时间 +关键路径/);
    assert.match(zh.stdout, /\nT1 +情报收集 +2026-12-01 +2026-12-02 +0 +是/);
    const en = run(['bank-log.poc.yaml', '--locale', 'en']);
    assert.match(en.stdout.split('\n')[2], /^Task +Name +Start +End +Slack +Critical/);
  });

  it('leaves the dates of tasks in a dependency cycle empty instead of inventing them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-schedule-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'c.project.yaml'),
        'kind: project\nid: c\ntitle: 环\nstart: 2027-03-01\ntasks:\n  - { id: A, name: 甲, dependsOn: [B], duration: 2d }\n  - { id: B, name: 乙, dependsOn: [A], duration: 2d }\n  - { id: C, name: 丙, duration: 1d }\n',
      );
      const out = JSON.parse(run(['c.project.yaml', '--format', 'json'], dir).stdout) as { tasks: Row[] };
      assert.deepStrictEqual(out.tasks.map((t) => [t.id, t.start, t.end, t.slack]), [
        ['A', null, null, null],
        ['B', null, null, null],
        ['C', '2027-03-01', '2027-03-01', out.tasks[2].slack],
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not one plan file', () => {
    assert.strictEqual(run(['bank-log.stakeholders.yaml']).code, 2);
    assert.strictEqual(run(['nope.poc.yaml']).code, 2);
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['bank-log.poc.yaml', '--format', 'xml']).code, 2);
    const help = run(['--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /poc-studio schedule <plan file>/);
  });
});
