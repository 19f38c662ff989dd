import * as assert from 'assert';
import { readTable, type SheetRow } from './table';
import { finishImport } from './verify';
import type { Cell } from './values';

const sheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ number: i + 1, cells }));
const src = { format: 'csv' as const, file: '实施计划.csv' };
const errors = (p: ReturnType<typeof readTable>) => p.notes.filter((n) => n.severity === 'error').map((n) => `${n.where.en}: ${n.message.en}`);

describe('import table', () => {
  it('WBS groups become phases, predecessors by WBS, row number and name, owners become team members', () => {
    const plan = readTable(
      sheet(
        ['项目计划'],
        ['WBS', '任务名称', '负责人', '开始时间', '结束时间', '前置任务', '状态', '进度'],
        ['1', '项目启动'],
        ['1.1', '启动会', '孙七', '2027-03-01', '2027-03-01', '', '已完成', '100%'],
        ['2', '实施部署'],
        ['2.1', '环境部署', '赵六', '2027-03-02', '2027-03-04', '1.1', '进行中', '50%'],
        ['2.2', '日志接入', '赵六、王五', '2027-03-05', '2027-03-11', '6', '未开始', '0%'],
        ['2.3', '告警配置', '王五', '2027-03-12', '2027-03-12', '日志接入', '', ''],
      ),
      src,
    );
    assert.deepStrictEqual(errors(plan), []);
    assert.strictEqual(plan.title, '项目计划');
    assert.strictEqual(plan.source.headerRow, 2);
    assert.deepStrictEqual(plan.tasks.map((t) => [t.id, t.name, t.phase, t.owner, t.dependsOn.join(' ')]), [
      ['T1', '启动会', 'kickoff', 'sunqi', ''],
      ['T2', '环境部署', 'implementation', 'zhaoliu', 'T1'],
      ['T3', '日志接入', 'implementation', 'zhaoliu', 'T2'],
      ['T4', '告警配置', 'implementation', 'wangwu', 'T3'],
    ]);
    assert.deepStrictEqual(plan.team, [
      { id: 'sunqi', name: '孙七' },
      { id: 'zhaoliu', name: '赵六' },
      { id: 'wangwu', name: '王五' },
    ]);
    assert.deepStrictEqual(plan.tasks[2].comments, ['其他负责人：王五']);
    assert.deepStrictEqual(plan.tasks.map((t) => [t.status, t.progress]), [['done', 100], ['doing', 50], ['todo', 0], [undefined, undefined]]);
    assert.ok(plan.notes.some((n) => /2 group rows/.test(n.message.en)));
  });

  it('bad rows: an unreadable date, a predecessor that points nowhere, a cycle, no name — each names its row', () => {
    const plan = readTable(
      sheet(
        ['序号', '任务名称', '开始时间', '工期', '前置任务'],
        [1, 'A', '2027-02-30', 2, ''],
        [2, 'B', '2027-03-01', '两天', '9'],
        [3, 'C', '', 1, '4'],
        [4, 'D', '', 1, '3'],
        [5, '', '2027-03-01', 1, ''],
      ),
      src,
    );
    assert.deepStrictEqual(errors(plan), [
      'row 2: start "2027-02-30" is not a date (2027-03-01, 2027/3/1, 2027年3月1日 or an Excel date)',
      'row 3: duration "两天" is not a number of working days (5, 5d, 5天, 1周)',
      'row 6: no task name: the row is left out',
      'row 3: predecessor "9" names no task (by id, WBS number, row number or name)',
      'row 4: predecessors form a cycle: rows 4 → 5 → 4',
    ]);
    assert.ok(plan.notes.find((n) => /cycle/.test(n.message.en))!.message.zh.includes('前置任务形成循环'));
  });

  it('no recognisable header: one error, no tasks', () => {
    const plan = readTable(sheet(['a', 'b'], ['1', '2']), src);
    assert.strictEqual(plan.tasks.length, 0);
    assert.match(errors(plan)[0], /no header row found/);
  });

  it('the written plan keeps the source dates: explicit start only where the dependencies alone would move it', () => {
    const plan = readTable(
      sheet(
        ['任务名称', '开始时间', '结束时间', '前置任务'],
        ['A', '2027-03-01', '2027-03-02', ''],
        ['B', '2027-03-03', '2027-03-05', '2'],
        ['C', '2027-03-10', '2027-03-10', '3'],
        ['M', '2027-03-11', '2027-03-11', '4'],
      ),
      src,
    );
    plan.tasks[3].milestone = true;
    const done = finishImport(plan, { locale: 'zh-CN', today: '2027-02-20' });
    assert.deepStrictEqual(done.findings.filter((f) => f.severity === 'error'), []);
    assert.strictEqual(done.differences, 0);
    const lines = done.yaml.split('\n').filter((l) => l.startsWith('  - { id: '));
    assert.deepStrictEqual(lines, [
      '  - { id: T1, name: A, start: 2027-03-01, duration: 2d } # 第 2 行',
      '  - { id: T2, name: B, duration: 3d, dependsOn: [ T1 ] } # 第 3 行',
      '  - { id: T3, name: C, start: 2027-03-10, duration: 1d, dependsOn: [ T2 ] } # 第 4 行',
      '  - { id: T4, name: M, duration: 0d, dependsOn: [ T3 ] } # 第 5 行',
    ]);
  });

  it("durations that follow China's holidays give calendar.region CN; the dates win over a duration that disagrees", () => {
    // 2026-02-15..02-23 is 春节 (days off), 2026-02-14 a make-up working Saturday: 10 working days, 15 Mon–Fri.
    const plan = readTable(
      sheet(
        ['任务名称', '开始时间', '结束时间', '工期'],
        ['部署', '2026-02-09', '2026-02-27', 10],
        ['接入', '2026-03-02', '2026-03-06', 5],
        ['报表', '2026-03-09', '2026-03-13', 4],
      ),
      src,
    );
    const done = finishImport(plan, { locale: 'en' });
    assert.strictEqual(done.region, 'CN');
    assert.match(done.yaml, /calendar:\n {2}region: CN\n/);
    assert.strictEqual(done.differences, 0);
    assert.deepStrictEqual(
      plan.notes.filter((n) => n.severity === 'warning').map((n) => n.message.en),
      ['duration 4 days does not match 2026-03-09..2026-03-13 (5 working days): imported by the dates'],
    );
  });
});

describe('import table: days off in the source', () => {
  it('a task on a Saturday keeps its dates: the day becomes a working day of the plan', () => {
    const plan = readTable(
      sheet(
        ['任务名称', '开始时间', '结束时间'],
        ['部署', '2027-03-04', '2027-03-06'],
        ['联调', '2027-03-08', '2027-03-09'],
      ),
      src,
    );
    const done = finishImport(plan, { locale: 'zh-CN' });
    assert.strictEqual(done.differences, 0);
    assert.match(done.yaml, /calendar:\n {2}workdays: \[ 2027-03-06 \]\n/);
    assert.match(done.yaml, /\{ id: T1, name: 部署, start: 2027-03-04, duration: 3d \}/);
    assert.ok(plan.notes.some((n) => n.message.zh === '有任务在休息日开始或结束（2027-03-06）：这些日期计为计划的工作日（调休或加班）'));
  });
});
