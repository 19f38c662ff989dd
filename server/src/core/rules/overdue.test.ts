import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

// 2026-12-01 is a Tuesday; today is Thursday 2026-12-10 unless a test says otherwise.
const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  tasks:
    - id: T1
      name: 情报收集
      start: 2026-12-01
      duration: 2d
      status: done
    - id: T2
      name: 环境准备
      dependsOn: [T1]
      duration: 3d
      status: doing
    - id: T3
      name: 软件集成验证
      dependsOn: [T2]
      duration: 2d
    - id: T4
      name: 产品部署
      dependsOn: [T3]
    - id: T5
      name: 预研（已取消）
      end: 2026-11-30
      status: cancelled
    - name: 客户数据导入
      start: 2026-12-01
`;

describe('rule overdue', () => {
  it('fires on tasks not done whose computed end is before today, at the id', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'overdue');
    // T1 Tue 12-01 … Wed 12-02 (done). T2 Thu 12-03 … Mon 12-07. T3 Tue 12-08 … Wed 12-09. T4 Thu 12-10 (today).
    assert.deepStrictEqual(brief(hits), ['11:T2', '16:T3', '27:客户数据导入']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.deepStrictEqual(hits[0].data, { taskId: 'T2', end: '2026-12-07', status: 'doing' });
    assert.match(hits[0].message, /T2 \(环境准备\) was due on 2026-12-07 \(3 days ago\) and is in progress/);
    assert.match(hits[1].message, /T3 \(软件集成验证\) was due on 2026-12-09 \(1 day ago\) and has no status/);
  });

  it('gives a task the working days of its recorded delays, and pushes its successors', () => {
    // A project records that T2 slips by 3 working days: T2 now ends Thu 12-10 (today), T3 Mon 12-14.
    const delayed = poc.replace('kind: poc', 'kind: project').replace('tasks:', 'delays:\n  - { task: T2, date: 2026-12-04, days: 3, reason: 客户机器未到位, reportedToSales: 2026-12-04 }\ntasks:');
    const hits = check({ 'bank.project.yaml': delayed }, 'overdue');
    assert.deepStrictEqual(hits.map((h) => h.data?.taskId ?? h.text), ['客户数据导入']);
  });

  it('does not fire on a task that ends today; does the next day', () => {
    assert.ok(!brief(check({ 'bank.poc.yaml': poc }, 'overdue')).includes('20:T4'));
    assert.ok(brief(check({ 'bank.poc.yaml': poc }, 'overdue', { today: '2026-12-11' })).includes('20:T4'));
  });

  it('does not fire on done, cancelled or unscheduled tasks, nor on odd input', () => {
    const hits = check({ 'a.project.yaml': yaml`
      id: impl
      tasks:
        - { id: T1, name: 项目启动会, start: 2026-11-02, status: done, progress: 100 }
        - { id: T2, name: 需求调研, start: 2026-11-03, status: cancelled }
        - { id: T3, name: 无日期任务, duration: 3d }
        - { id: T4, start: 2026-11-40 }
        - 5
    ` }, 'overdue');
    assert.deepStrictEqual(hits, []);
    assert.deepStrictEqual(check({ 'b.project.yaml': 'tasks: {}\n' }, 'overdue'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'overdue', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '任务 T2（环境准备）应于 2026-12-07 完成（已逾期 3 天），当前状态为“进行中”。如已完成请把状态改为“已完成”；否则请登记延期及原因，当日反馈销售，并调整结束日期。',
    );
  });
});
