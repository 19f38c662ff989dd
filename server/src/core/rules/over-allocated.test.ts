import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

// December 2026: Mon 7, Tue 8, Wed 9, Thu 10, Fri 11, Mon 14.
const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  end: 2026-12-31
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: wang, name: 王五, role: ops, capacity: 2 }
  tasks:
    - id: T1
      name: 软件集成验证
      owner: zhao
      start: 2026-12-07
      duration: 3d
    - id: T2
      name: 产品部署
      owner: zhao
      dependsOn: [T1]
      duration: 2d
    - id: T3
      name: 环境巡检
      owner: wang
      start: 2026-12-07
      duration: 1w
    - id: T4
      name: 网络开通
      owner: wang
      start: 2026-12-07
      duration: 2d
    - id: T5
      name: 情报收集
      owner: zhao
      start: 2026-12-07
      status: done
`;

// The project's calendar has 2026-12-09 off, so P1 runs Tue 8, Thu 10, Fri 11.
const project = yaml`
  kind: project
  id: insurer-impl
  title: 某保险公司日志平台实施项目
  start: 2026-12-01
  end: 2027-01-29
  calendar:
    holidays: [2026-12-09]
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - id: P1
      name: 数据接入
      owner: zhao
      start: 2026-12-08
      duration: 3d
    - id: P2
      name: 告警配置
      owner: zhao
      start: 2026-12-14
    - id: P3
      name: 上线里程碑
      owner: zhao
      start: 2026-12-08
      duration: 0d
`;

describe('rule over-allocated', () => {
  it('fires across a POC and a project that share the team id zhao, at each task owner', () => {
    const hits = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated');
    // zhao: T1 Mon 7–Wed 9, T2 Thu 10–Fri 11 (after T1), P1 Tue 8, Thu 10, Fri 11. T5 is done, P3 is a milestone.
    // Over capacity 1 on Tue 8 (T1+P1), Thu 10 and Fri 11 (T2+P1); Wed 9 is a project holiday. wang has capacity 2.
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'bank.poc.yaml:12:zhao',
      'bank.poc.yaml:17:zhao',
      'insurer.project.yaml:13:zhao',
    ]);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.strictEqual(
      hits[0].message,
      '赵六 (zhao) is booked on 2 tasks at once on 2026-12-08, more than their capacity of 1: T1 (软件集成验证) overlaps ' +
        'P1 (数据接入) in insurer-impl on 2026-12-08. Move one of the tasks, or give it to someone else.',
    );
    assert.deepStrictEqual(hits[1].data, {
      taskId: 'T2',
      person: 'zhao',
      capacity: 1,
      dates: ['2026-12-10..2026-12-11'],
      conflicts: [{ taskId: 'P1', plan: 'insurer-impl', file: 'insurer.project.yaml', dates: ['2026-12-10..2026-12-11'] }],
    });
    // In the project's calendar the holiday does not split the run 12-08 … 12-11.
    assert.match(hits[2].message, /on 2026-12-08\.\.2026-12-11, .*P1 \(数据接入\) overlaps T1 \(软件集成验证\) in bank-log-poc on 2026-12-08; T2 \(产品部署\) in bank-log-poc on 2026-12-10\.\.2026-12-11\./);
  });

  it('counts tasks of the same file and honours capacity', () => {
    const plan = (capacity: number) => yaml`
      id: impl
      team: [ { id: li, name: 李四, role: presales, capacity: ${capacity} } ]
      tasks:
        - { id: A, name: 方案编写, owner: li, start: 2026-12-07, duration: 3d }
        - { id: B, name: 演示准备, owner: li, start: 2026-12-08, duration: 1d }
        - { id: C, name: 客户交流, owner: li, start: 2026-12-08, end: 2026-12-08 }
    `;
    assert.deepStrictEqual(brief(check({ 'a.project.yaml': plan(2) }, 'over-allocated')), ['4:li', '5:li', '6:li']);
    assert.deepStrictEqual(check({ 'a.project.yaml': plan(3) }, 'over-allocated'), []);
  });

  it('does not fire without overlap, on stakeholders as owners, on done/cancelled tasks, nor on odd input', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      id: p
      team: [ { id: zhao, name: 赵六 } ]
      tasks:
        - { id: T1, owner: zhao, start: 2026-12-04 }
        - { id: T2, owner: zhao, start: 2026-12-05, duration: 1d }
        - { id: T3, owner: zhao, start: 2026-12-07, status: cancelled }
        - { id: T4, owner: cio-liu, start: 2026-12-07 }
        - { id: T5, owner: cio-liu, start: 2026-12-07 }
        - { id: T6, owner: 5, start: 2026-12-10 }
        - { id: T7, owner: zhao, start: 2026-12-12, end: 2026-12-10 }
        - { id: T8, owner: zhao, start: 2026-12-11, end: 2026-12-11 }
    `, 'b.project.yaml': 'team: 3\ntasks: [ { owner: zhao, start: 2026-12-04 } ]\n' }, 'over-allocated');
    // T2 (Sat 12-05) is moved to Mon 12-07, where only the cancelled T3 sits. T7 ends before it starts.
    assert.deepStrictEqual(hits, []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[1].message,
      '赵六（zhao）在 2026-12-10..2026-12-11 同时承担 2 个任务，超出其工作容量 1：T2（产品部署）与以下任务时间重叠：insurer-impl 的 P1（数据接入）（2026-12-10..2026-12-11）。请错开任务排期，或改派其他人员。',
    );
  });
});
