import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

// 2026-12-01 is a Tuesday; 2026-12-07 (Monday) is a holiday here.
const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  end: 2026-12-31
  calendar:
    holidays: [2026-12-07]
  tasks:
    - id: T1
      name: 情报收集
      start: 2026-12-01
      duration: 3d
    - id: T2
      name: 场景确认
      start: 2026-12-03
      dependsOn: [T1]
    - id: T3
      name: 环境准备
      start: 2026-12-04
      dependsOn: [T1]
      duration: 1d
    - id: T4
      name: 软件集成验证
      start: 2026-12-05
      dependsOn: [T3]
    - id: M1
      name: 环境就绪
      duration: 0d
      end: 2026-12-07
      dependsOn: [T4]
    - id: T5
      name: 产品部署
      start: 2026-12-08
      dependsOn: [M1, T2]
    - id: T6
      name: 设计演示流程
      start: 2026-12-02
      dependsOn: [T1, T3, T9]
`;

describe('rule starts-before-dependency', () => {
  it('fires at an explicit start (or a milestone date) earlier than a dependency allows', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'starts-before-dependency');
    // T1 runs Tue 12-01 … Thu 12-03, so T2 may start on Fri 12-04 at the earliest.
    // T4 starts Sat 12-05 → Mon 12-07 is a holiday → Tue 12-08, ends 12-08; M1 on 12-07 (→ 12-08) is before 12-09.
    // T6: T1 allows 12-04, T3 (ends Fri 12-04) allows Tue 12-08 (Mon is a holiday).
    assert.deepStrictEqual(brief(hits), ['15:2026-12-03', '29:2026-12-07', '37:2026-12-02']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.deepStrictEqual(hits[0].data, { taskId: 'T2', dependency: 'T1', earliest: '2026-12-04', dependencies: ['T1'], suggestion: '2026-12-04' });
    assert.deepStrictEqual(hits[1].data?.earliest, '2026-12-09');
    assert.deepStrictEqual(hits[2].data, {
      taskId: 'T6',
      dependency: 'T3',
      earliest: '2026-12-08',
      dependencies: ['T1', 'T3'],
      suggestion: '2026-12-08',
    });
    assert.match(hits[2].message, /T1 \(情报收集\) ends on 2026-12-03, so the earliest start is 2026-12-04; T3 \(环境准备\) ends on 2026-12-04, so the earliest start is 2026-12-08/);
  });

  it('does not fire without an explicit start, on a cycle, or on the first allowed day', () => {
    const hits = check({ 'a.project.yaml': yaml`
      id: impl
      start: 2027-01-04
      tasks:
        - { id: T1, name: 项目启动会, start: 2027-01-04, duration: 2d }
        - { id: T2, name: 数据接入, dependsOn: [T1], duration: 2w }
        - { id: T3, name: 验收准备, start: 2027-01-06, dependsOn: [T1] }
        - { id: M1, name: 启动完成, duration: 0d, start: 2027-01-06, dependsOn: [T1] }
        - { id: T4, name: 培训, start: 2027-01-06, dependsOn: [M1] }
        - { id: C1, start: 2027-01-04, dependsOn: [C2] }
        - { id: C2, start: 2027-01-04, dependsOn: [C1] }
        - { id: T5, start: 2027-01-04, dependsOn: [T5] }
    ` }, 'starts-before-dependency');
    assert.deepStrictEqual(hits, []);
  });

  it('does not throw on odd input', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'tasks:\n  - start: 2026-12-01\n    dependsOn: [X, 3, {a: 1}]\n  - id: X\n' }, 'starts-before-dependency'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'starts-before-dependency', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[1].message,
      '任务 M1（环境就绪）的开始日期 2026-12-07 早于前置任务允许的日期：T4（软件集成验证）于 2026-12-08 结束，最早 2026-12-09 开始。' +
        '请把开始日期改到 2026-12-09 或之后，或删除开始日期，由前后置关系推算。',
    );
  });
});
