import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

// 2026-12-01 is a Tuesday; the POC window is Tue 12-01 … Fri 12-18.
const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  end: 2026-12-18
  tasks:
    - id: T1
      name: 情报收集
      start: 2026-11-27
      duration: 2d
    - id: T2
      name: 场景确认
      end: 2026-12-02
      duration: 5d
    - id: T3
      name: 产品部署
      dependsOn: [T1]
      duration: 2w
    - id: T4
      name: 产品演示
      dependsOn: [T3]
      duration: 5d
    - id: T5
      name: POC 总结
      start: 2026-12-17
      end: 2026-12-22
    - id: T6
      name: 已取消的预研
      start: 2026-11-01
      status: cancelled
    - id: M1
      name: 演示完成
      duration: 0d
      end: 2026-12-18
`;

describe('rule outside-window', () => {
  it('fires on tasks whose computed dates leave the window, at the explicit date or else the id', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'outside-window');
    // T1: explicit start Fri 11-27.
    // T2: 5 working days ending Wed 12-02 → starts Thu 11-26 (no explicit start: reported at the id).
    // T3: T1 ends Mon 11-30, T3 runs Tue 12-01 … Mon 12-14 (2w = 10 working days): inside.
    // T4: Tue 12-15 … Mon 12-21 (5 working days), after Fri 12-18.
    // T5: explicit end 12-22.
    assert.deepStrictEqual(brief(hits), ['9:2026-11-27', '11:T2', '19:T4', '26:2026-12-22']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.match(hits[1].message, /T2 \(场景确认\) starts on 2026-11-26, before the POC starts \(2026-12-01\)/);
    assert.deepStrictEqual(hits[2].data, { taskId: 'T4', end: '2026-12-21', planEnd: '2026-12-18' });
  });

  it('does not fire inside the window, without a window, or on a reversed window', () => {
    const inside = yaml`
      id: impl
      start: 2027-01-04
      end: 2027-01-15
      tasks:
        - { id: T1, name: 项目启动会, start: 2027-01-04, duration: 1w }
        - { id: T2, name: 数据接入, dependsOn: [T1], duration: 1w }
        - { id: M1, name: 上线, duration: 0d, dependsOn: [T2] }
    `;
    assert.deepStrictEqual(check({ 'a.project.yaml': inside }, 'outside-window'), []);
    assert.deepStrictEqual(check({ 'b.project.yaml': 'id: b\ntasks:\n  - { id: T1, start: 2020-01-01 }\n' }, 'outside-window'), []);
    assert.deepStrictEqual(
      check({ 'c.project.yaml': 'id: c\nstart: 2027-02-01\nend: 2027-01-01\ntasks:\n  - { id: T1, start: 2020-01-01 }\n' }, 'outside-window'),
      [],
    );
  });

  it('reports a task without id or name on its first line', () => {
    const hits = check({ 'a.project.yaml': 'start: 2027-01-04\nend: 2027-01-08\ntasks:\n  - duration: 2w\n    owner: zhao\n' }, 'outside-window');
    assert.deepStrictEqual(brief(hits), ['4:duration: 2w']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'outside-window', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[3].message,
      '任务 T5（POC 总结）于 2026-12-22 结束，晚于 POC 结束日期 2026-12-18。请压缩或前移任务，或调整 POC 结束日期（如属延期需当日反馈销售）。',
    );
  });

  it('leaves after-sales tasks and a trial run after the end inside the project (no late finding)', () => {
    const text = yaml`
      kind: project
      id: p
      start: 2027-01-04
      end: 2027-03-31
      trialRun: { from: 2027-04-01, to: 2027-04-30 }
      tasks:
        - { id: T1, name: 试运行保障, phase: departure, start: 2027-04-05, duration: 5d }
        - { id: T2, name: 首次巡检, phase: after-sales, start: 2027-06-28, duration: 1d }
        - { id: T3, name: 离场交接, phase: departure, start: 2027-05-10, duration: 1d }
        - { id: T4, name: 提前巡检, phase: after-sales, start: 2027-01-01, duration: 1d }
    `;
    const hits = check({ 'a.project.yaml': text }, 'outside-window');
    assert.deepStrictEqual(hits.map((h) => h.data?.taskId), ['T3', 'T4']);
    assert.deepStrictEqual(hits[0].data, { taskId: 'T3', end: '2027-05-10', planEnd: '2027-04-30' });
    // Without the trial run, T1 is after the end again.
    const plain = check({ 'a.project.yaml': text.replace(/trialRun: .*\n/, '') }, 'outside-window');
    assert.deepStrictEqual(plain.map((h) => h.data?.taskId), ['T1', 'T3', 'T4']);
  });
});
