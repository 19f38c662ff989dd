import * as assert from 'assert';
import { brief, check, workspaceOf, yaml } from '../testing';

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

/** One owner on `n` two-week tasks, all starting on the same Monday or staggered by a day. */
function oneOwner(n: number, stagger: boolean): string {
  const L = ['id: busy', 'title: 并行任务计划', 'team: [ { id: zhao, name: 赵六 } ]', 'tasks:'];
  for (let i = 1; i <= n; i++) L.push(`  - { id: T${i}, name: 任务${i}, owner: zhao, start: 2027-01-${stagger ? String(4 + (i % 5)).padStart(2, '0') : '04'}, duration: 2w }`);
  return L.join('\n') + '\n';
}

describe('rule over-allocated', () => {
  it('fires once per conflict, at the task that starts latest, across a POC and a project that share zhao', () => {
    const hits = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated');
    // zhao: T1 Mon 7–Wed 9, T2 Thu 10–Fri 11 (after T1), P1 Tue 8, Thu 10, Fri 11. T5 is done, P3 is a milestone.
    // Over capacity 1 on Tue 8 (T1+P1), Thu 10 and Fri 11 (T2+P1); Wed 9 is a project holiday but a
    // POC working day, so it splits the conflicts. Tue 8: P1 starts later than T1 → in the project;
    // Thu 10–Fri 11: T2 starts later than P1 → in the POC. wang has capacity 2.
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), ['bank.poc.yaml:17:zhao', 'insurer.project.yaml:13:zhao']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.strictEqual(
      hits[0].message,
      '赵六 (zhao) is booked on 2 tasks at once on 2026-12-10..2026-12-11, more than their capacity of 1: T2 (产品部署) overlaps ' +
        'P1 (数据接入) in 某保险公司日志平台实施项目. Move one of the tasks, or give it to someone else.',
    );
    assert.deepStrictEqual(hits[0].related, ['insurer.project.yaml:13: P1 (数据接入) in 某保险公司日志平台实施项目, overloaded on 2026-12-10..2026-12-11']);
    assert.deepStrictEqual(hits[0].data, {
      taskId: 'T2',
      person: 'zhao',
      capacity: 1,
      peak: 2,
      dates: ['2026-12-10..2026-12-11'],
      taskDates: ['2026-12-10..2026-12-11'],
      conflicts: [{ taskId: 'P1', plan: 'insurer-impl', file: 'insurer.project.yaml', dates: ['2026-12-10..2026-12-11'] }],
    });
    assert.strictEqual(
      hits[1].message,
      '赵六 (zhao) is booked on 2 tasks at once on 2026-12-08, more than their capacity of 1: P1 (数据接入) overlaps ' +
        'T1 (软件集成验证) in 某银行日志分析平台 POC. Move one of the tasks, or give it to someone else.',
    );
    assert.deepStrictEqual(hits[1].related, ['bank.poc.yaml:12: T1 (软件集成验证) in 某银行日志分析平台 POC, overloaded on 2026-12-08']);
  });

  it('counts tasks of the same file and honours capacity; a tie in start goes to the later task', () => {
    const plan = (capacity: number) => yaml`
      id: impl
      team: [ { id: li, name: 李四, role: presales, capacity: ${capacity} } ]
      tasks:
        - { id: A, name: 方案编写, owner: li, start: 2026-12-07, duration: 3d }
        - { id: B, name: 演示准备, owner: li, start: 2026-12-08, duration: 1d }
        - { id: C, name: 客户交流, owner: li, start: 2026-12-08, end: 2026-12-08 }
    `;
    const hits = check({ 'a.project.yaml': plan(2) }, 'over-allocated');
    assert.deepStrictEqual(brief(hits), ['6:li']);
    assert.match(hits[0].message, /on 3 tasks at once on 2026-12-08, more than their capacity of 2: C \(客户交流\) overlaps A \(方案编写\), B \(演示准备\)\./);
    assert.deepStrictEqual(hits[0].related?.map((r) => r.split(':').slice(0, 2).join(':')), ['a.project.yaml:4', 'a.project.yaml:5']);
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

  it('leaves out tasks of a dependency cycle (their dates are invented)', () => {
    const hits = check({ 'a.project.yaml': yaml`
      id: p
      start: 2026-12-07
      end: 2026-12-08
      team: [ { id: zhao, name: 赵六 } ]
      tasks:
        - { id: T1, owner: zhao, start: 2026-12-07, duration: 3d }
        - { id: T2, owner: zhao, dependsOn: [T3], duration: 3d }
        - { id: T3, owner: zhao, dependsOn: [T2], duration: 3d }
        - { id: T4, owner: zhao, dependsOn: [T3], duration: 3d }
        - { id: T5, start: 2026-12-07, dependsOn: [T3], duration: 1d, status: done }
    ` }, undefined, { today: '2027-03-01' });
    // T2 and T3 form the cycle, T4 follows it: only T1 has real dates (overdue, and it ends after the
    // window); the others would start with the plan and overlap T1 if their invented dates counted,
    // and T5 would start before T3 "ends".
    assert.deepStrictEqual(hits.filter((h) => h.rule !== 'schema' && h.rule !== 'weekly-report-missing').map((h) => `${h.rule}:${h.line}`), ['outside-window:6', 'overdue:6', 'schedule-cycle:7', 'schedule-cycle:8']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '赵六在 2026-12-10..2026-12-11 同时承担 2 个任务，超出其工作容量 1：T2（产品部署）与以下任务时间重叠：某保险公司日志平台实施项目 的 P1（数据接入）。请错开任务排期，或改派其他人员。',
    );
    assert.deepStrictEqual(hits[0].related, ['insurer.project.yaml:13: 某保险公司日志平台实施项目 的 P1（数据接入），超负荷日期 2026-12-10..2026-12-11']);
  });

  it('reports 1,000 parallel two-week tasks of one owner once per conflict, naming three and counting the rest', () => {
    for (const stagger of [false, true]) {
      const hits = check({ 'busy.project.yaml': oneOwner(1000, stagger) }, 'over-allocated', { locale: 'zh-CN' });
      assert.strictEqual(hits.length, 1, `stagger ${stagger}`);
      assert.strictEqual(hits[0].related?.length, 999);
      assert.match(hits[0].message, /同时承担 1000 个任务，超出其工作容量 1：.*与以下任务时间重叠：T1（任务1）、T2（任务2）、T3（任务3）等 999 个任务。/);
      assert.strictEqual((hits[0].data?.conflicts as unknown[]).length, 999);
    }
    const en = check({ 'busy.project.yaml': oneOwner(1000, false) }, 'over-allocated');
    assert.match(en[0].message, /^赵六 \(zhao\) is booked on 1000 tasks at once on 2027-01-04\.\.2027-01-15, .*: T1000 \(任务1000\) overlaps T1 \(任务1\), T2 \(任务2\), T3 \(任务3\) and 996 more\./);
  });

  it('is re-checked when a holiday lands on the only shared day in another plan', () => {
    const a = yaml`
      id: a
      title: 甲项目
      team: [ { id: zhao, name: 赵六 } ]
      tasks:
        - { id: A1, name: 部署, owner: zhao, start: 2026-12-07, end: 2026-12-08 }
    `;
    const b = (holidays: string) => yaml`
      id: b
      title: 乙项目
      calendar: { holidays: [${holidays}] }
      team: [ { id: zhao, name: 赵六 } ]
      tasks:
        - { id: B1, name: 培训, owner: zhao, start: 2026-12-04, end: 2026-12-07 }
    `;
    const ws = workspaceOf({ 'a.project.yaml': a, 'b.project.yaml': b('') });
    const uri = 'file:///ws/a.project.yaml';
    assert.strictEqual(ws.check(uri).filter((d) => d.rule === 'over-allocated').length, 1);
    const recheck = (text: string) => {
      const r = ws.set('file:///ws/b.project.yaml', text);
      return r.exportsChanged ? ws.uris() : [...ws.filesBooking(r.people), ...r.citing];
    };
    assert.ok(recheck(b('2026-12-07')).includes(uri), 'the first plan is re-checked');
    assert.deepStrictEqual(ws.check(uri).filter((d) => d.rule === 'over-allocated'), []);
    // The holiday goes again: B1's dates are the same, but the first plan must be re-checked.
    assert.ok(recheck(b('')).includes(uri), 'the first plan is re-checked when the holiday goes');
    assert.strictEqual(ws.check(uri).filter((d) => d.rule === 'over-allocated').length, 1);
    // The other task's name is quoted in the first plan's message.
    assert.ok(recheck(b('').replace('培训', '产品培训')).includes(uri), 'and when the other task is renamed');
    assert.match(ws.check(uri).find((d) => d.rule === 'over-allocated')!.message, /B1 \(产品培训\) in 乙项目/);
  });
});
