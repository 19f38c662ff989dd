import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const cyclic = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  end: 2026-12-31
  tasks:
    - id: T1
      name: 情报收集
      duration: 2d
      dependsOn: [T3]
    - id: T2
      name: 场景确认
      dependsOn: [T1]
    - id: T3
      name: 环境准备
      dependsOn: [T2, T0]
    - id: T0
      name: 需求澄清
      start: 2026-12-01
    - id: T4
      name: 产品部署
      dependsOn: [T3]
`;

describe('rule schedule-cycle', () => {
  it('marks each dependsOn item that closes the cycle, with the cycle in the message', () => {
    const hits = check({ 'bank.poc.yaml': cyclic }, 'schedule-cycle');
    assert.deepStrictEqual(brief(hits), ['10:T3', '13:T1', '16:T2']);
    assert.ok(hits.every((h) => h.severity === 'error'));
    assert.match(hits[0].message, /T1 → T3 → T2 → T1/);
    assert.match(hits[1].message, /T2 → T1 → T3 → T2/);
    assert.deepStrictEqual(hits[2].data, { taskId: 'T3', dependency: 'T2', cycle: ['T3', 'T2', 'T1', 'T3'] });
  });

  it('reports a self-dependency', () => {
    const hits = check({ 'a.project.yaml': yaml`
      id: impl
      tasks:
        - { id: T1, name: 项目启动会, dependsOn: [T1] }
        - { id: T2, name: 部署, dependsOn: T1 }
    ` }, 'schedule-cycle');
    assert.deepStrictEqual(hits.map((h) => [h.line, h.column, h.text]), [[3, 40, 'T1']]);
    assert.match(hits[0].message, /T1 → T1/);
  });

  it('finds the shortest way back in a tangled cycle and marks only edges inside it', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      id: p
      tasks:
        - { id: A, dependsOn: [B, C] }
        - { id: B, dependsOn: [A] }
        - { id: C, dependsOn: [B, X] }
        - { id: X }
    ` }, 'schedule-cycle');
    assert.deepStrictEqual(
      hits.map((h) => h.data?.cycle),
      [['A', 'B', 'A'], ['A', 'C', 'B', 'A'], ['B', 'A', 'B'], ['C', 'B', 'A', 'C']],
    );
  });

  it('does not fire on a diamond, unknown ids, or tasks without ids', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      id: p
      tasks:
        - { id: T1, start: 2026-12-01 }
        - { id: T2, dependsOn: [T1] }
        - { id: T3, dependsOn: [T1] }
        - { id: T4, dependsOn: [T2, T3, T9] }
        - { name: 无编号任务, dependsOn: [T4] }
        - { id: T5, dependsOn: "T4" }
        - 不是任务
    ` }, 'schedule-cycle');
    assert.deepStrictEqual(hits, []);
  });

  it('does not throw on odd input', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'tasks: 3\n' }, 'schedule-cycle'), []);
    assert.deepStrictEqual(check({ 'b.poc.yaml': '' }, 'schedule-cycle'), []);
    assert.deepStrictEqual(check({ 'c.project.yaml': 'tasks:\n  - dependsOn: {a: 1}\n  - id: 7\n    dependsOn: [7]\n' }, 'schedule-cycle').length, 1);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': cyclic }, 'schedule-cycle', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '任务依赖形成循环：T1 → T3 → T2 → T1（箭头表示“依赖于”），这些任务都无法先开始。请拆掉其中一条依赖，例如从 T1 的前置任务中删除 T3。',
    );
  });
});
