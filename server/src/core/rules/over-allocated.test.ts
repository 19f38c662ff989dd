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
  it('fires once per conflict and plan involved, at the plan’s task that starts latest, across a POC and a project that share zhao', () => {
    const all = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated');
    // Each plan is told of each conflict it is part of, at its own task.
    assert.deepStrictEqual(all.map((h) => `${h.file}:${h.line}:${(h.data?.dates as string[])[0]}`), [
      'bank.poc.yaml:12:2026-12-08',
      'bank.poc.yaml:17:2026-12-10..2026-12-11',
      'insurer.project.yaml:13:2026-12-08',
      'insurer.project.yaml:13:2026-12-10..2026-12-11',
    ]);
    assert.strictEqual(
      all[0].message,
      '赵六 (zhao) is booked 200% against a capacity of 100% on 2026-12-08: T1 (软件集成验证) overlaps ' +
        'P1 (数据接入) in 某保险公司日志平台实施项目. Move one of the tasks, lower their allocation, or give one to someone else.',
    );
    // Below: the carrier of each conflict (the task that starts latest).
    const hits = [all[1], all[2]];
    // zhao: T1 Mon 7–Wed 9, T2 Thu 10–Fri 11 (after T1), P1 Tue 8, Thu 10, Fri 11. T5 is done, P3 is a milestone.
    // Over capacity 1 on Tue 8 (T1+P1), Thu 10 and Fri 11 (T2+P1); Wed 9 is a project holiday but a
    // POC working day, so it splits the conflicts. Tue 8: P1 starts later than T1 → in the project;
    // Thu 10–Fri 11: T2 starts later than P1 → in the POC. wang has capacity 2.
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), ['bank.poc.yaml:17:zhao', 'insurer.project.yaml:13:zhao']);
    assert.match(hits[1].message, /on 2026-12-08: P1/);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.strictEqual(
      hits[0].message,
      '赵六 (zhao) is booked 200% against a capacity of 100% on 2026-12-10..2026-12-11: T2 (产品部署) overlaps ' +
        'P1 (数据接入) in 某保险公司日志平台实施项目. Move one of the tasks, lower their allocation, or give one to someone else.',
    );
    assert.deepStrictEqual(hits[0].related, ['insurer.project.yaml:13: P1 (数据接入) in 某保险公司日志平台实施项目, 100%, overloaded on 2026-12-10..2026-12-11']);
    assert.deepStrictEqual(hits[0].data, {
      taskId: 'T2',
      person: 'zhao',
      capacity: 1,
      capacityPercent: 100,
      load: 200,
      peak: 2,
      allocation: 100,
      dates: ['2026-12-10..2026-12-11'],
      taskDates: ['2026-12-10..2026-12-11'],
      conflicts: [{ taskId: 'P1', plan: 'insurer-impl', file: 'insurer.project.yaml', dates: ['2026-12-10..2026-12-11'], allocation: 100 }],
    });
    assert.doesNotThrow(() => JSON.parse(JSON.stringify(hits[0].data)));
    assert.strictEqual(
      hits[1].message,
      '赵六 (zhao) is booked 200% against a capacity of 100% on 2026-12-08: P1 (数据接入) overlaps ' +
        'T1 (软件集成验证) in 某银行日志分析平台 POC. Move one of the tasks, lower their allocation, or give one to someone else.',
    );
    assert.deepStrictEqual(hits[1].related, ['bank.poc.yaml:12: T1 (软件集成验证) in 某银行日志分析平台 POC, 100%, overloaded on 2026-12-08']);
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
    assert.match(hits[0].message, /booked 300% against a capacity of 200% on 2026-12-08: C \(客户交流\) overlaps A \(方案编写\), B \(演示准备\)\./);
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
    const hits = check({ 'bank.poc.yaml': poc, 'insurer.project.yaml': project }, 'over-allocated', { locale: 'zh-CN' }).filter((h) => h.line === 17);
    assert.strictEqual(
      hits[0].message,
      '赵六在 2026-12-10 至 2026-12-11 安排 200%，超出其工作容量 100%：T2（产品部署）与以下任务时间重叠：某保险公司日志平台实施项目 的 P1（数据接入）。请错开任务排期、调低投入比例，或改派其他人员。',
    );
    assert.deepStrictEqual(hits[0].related, ['insurer.project.yaml:13: 某保险公司日志平台实施项目 的 P1（数据接入），投入比例 100%，超负荷日期 2026-12-10 至 2026-12-11']);
  });

  it('reports 1,000 parallel two-week tasks of one owner once per conflict, naming three and counting the rest', () => {
    for (const stagger of [false, true]) {
      const hits = check({ 'busy.project.yaml': oneOwner(1000, stagger) }, 'over-allocated', { locale: 'zh-CN' });
      assert.strictEqual(hits.length, 1, `stagger ${stagger}`);
      assert.strictEqual(hits[0].related?.length, 999);
      assert.match(hits[0].message, /安排 100000%，超出其工作容量 100%：.*与以下任务时间重叠：T1（任务1）、T2（任务2）、T3（任务3）等 999 个任务。/);
      assert.strictEqual((hits[0].data?.conflicts as unknown[]).length, 999);
    }
    const en = check({ 'busy.project.yaml': oneOwner(1000, false) }, 'over-allocated');
    assert.match(en[0].message, /^赵六 \(zhao\) is booked 100000% against a capacity of 100% on 2027-01-04\.\.2027-01-15: T1000 \(任务1000\) overlaps T1 \(任务1\), T2 \(任务2\), T3 \(任务3\) and 996 more\./);
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
  describe('allocation, capacity, leave and halts', () => {
    // December 2026: Mon 7 … Fri 11.
    const one = (a: number | undefined, b: number | undefined, extra = '') => yaml`
      id: impl
      title: 实施项目
      team: [ { id: li, name: 李四, role: engineer${extra} } ]
      tasks:
        - { id: A, name: 方案编写, owner: li, start: 2026-12-07, duration: 3d${a === undefined ? '' : `, allocation: ${a}`} }
        - { id: B, name: 演示准备, owner: li, start: 2026-12-08, duration: 2d${b === undefined ? '' : `, allocation: ${b}`} }
    `;
    const run = (files: Record<string, string>, locale?: 'zh-CN') => check(files, 'over-allocated', locale ? { locale } : {});

    it('50% + 50% fits, two 100% tasks conflict, 60% + 50% fires with the load in percent', () => {
      assert.deepStrictEqual(run({ 'a.project.yaml': one(50, 50) }), []);
      assert.strictEqual(run({ 'a.project.yaml': one(undefined, undefined) }).length, 1);
      const hits = run({ 'a.project.yaml': one(60, 50) });
      assert.deepStrictEqual(brief(hits), ['6:li']);
      assert.strictEqual(
        hits[0].message,
        '李四 (li) is booked 110% against a capacity of 100% on 2026-12-08..2026-12-09: B (演示准备) overlaps A (方案编写). Move one of the tasks, lower their allocation, or give one to someone else.',
      );
      assert.deepStrictEqual(hits[0].related, ['a.project.yaml:5: A (方案编写), 60%, overloaded on 2026-12-08..2026-12-09']);
      assert.strictEqual(hits[0].data?.load, 110);
      assert.strictEqual(hits[0].data?.capacityPercent, 100);
      assert.strictEqual(hits[0].data?.allocation, 50);
      const zh = run({ 'a.project.yaml': one(60, 50) }, 'zh-CN');
      assert.strictEqual(
        zh[0].message,
        '李四在 2026-12-08 至 2026-12-09 安排 110%，超出其工作容量 100%：B（演示准备）与以下任务时间重叠：A（方案编写）。请错开任务排期、调低投入比例，或改派其他人员。',
      );
      assert.deepStrictEqual(zh[0].related, ['a.project.yaml:5: A（方案编写），投入比例 60%，超负荷日期 2026-12-08 至 2026-12-09']);
    });

    it('allocation 0 never counts (a task waiting for the customer), not even on leave', () => {
      assert.deepStrictEqual(run({ 'a.project.yaml': one(100, 0) }), []);
      assert.deepStrictEqual(run({ 'a.project.yaml': one(0, 0, ', leave: [2026-12-08]') }), []);
    });

    it('a half-time person (capacity 0.5) with one 60% task is over; 50% fits', () => {
      const plan = (a: number) => yaml`
        id: impl
        team: [ { id: li, name: 李四, capacity: 0.5 } ]
        tasks:
          - { id: A, name: 方案编写, owner: li, start: 2026-12-07, duration: 2d, allocation: ${a} }
      `;
      assert.deepStrictEqual(run({ 'a.project.yaml': plan(50) }), []);
      const hits = run({ 'a.project.yaml': plan(60) });
      assert.deepStrictEqual(brief(hits), ['4:li']);
      assert.strictEqual(
        hits[0].message,
        '李四 (li) is booked 60% against a capacity of 50% on 2026-12-07..2026-12-08: A (方案编写) alone takes more than their capacity. Lower its allocation, or give it to someone else.',
      );
      assert.ok(!hits[0].related?.length);
      assert.strictEqual(
        run({ 'a.project.yaml': plan(60) }, 'zh-CN')[0].message,
        '李四在 2026-12-07 至 2026-12-08 安排 60%，超出其工作容量 50%：仅 A（方案编写）一项就已超出。请调低投入比例，或改派其他人员。',
      );
    });

    it('adds up allocations across two plans', () => {
      const plan = (id: string, title: string, task: string, start: string, a: number) => yaml`
        id: ${id}
        title: ${title}
        team: [ { id: zhao, name: 赵六 } ]
        tasks:
          - { id: ${task}, name: 部署, owner: zhao, start: ${start}, duration: 3d, allocation: ${a} }
      `;
      const files = (b: number) => ({ 'a.project.yaml': plan('a', '甲项目', 'A1', '2026-12-07', 60), 'b.project.yaml': plan('b', '乙项目', 'B1', '2026-12-09', b) });
      assert.deepStrictEqual(run(files(40)), []);
      const both = run(files(50));
      // Both plans are told; the one whose task starts latest first names the other.
      assert.deepStrictEqual(both.map((h) => `${h.file}:${h.line}`), ['a.project.yaml:5', 'b.project.yaml:5']);
      assert.match(both[0].message, /on 2026-12-09: A1 \(部署\) overlaps B1 \(部署\) in 乙项目\./);
      const hits = [both[1]];
      assert.strictEqual(
        hits[0].message,
        '赵六 (zhao) is booked 110% against a capacity of 100% on 2026-12-09: B1 (部署) overlaps A1 (部署) in 甲项目. Move one of the tasks, lower their allocation, or give one to someone else.',
      );
      assert.deepStrictEqual((hits[0].data?.conflicts as { taskId: string; allocation: number }[]).map((c) => [c.taskId, c.allocation]), [['A1', 60]]);
    });

    it('fires when a task falls on the person’s leave, from the team entry of any plan', () => {
      const a = (leave: string) => yaml`
        id: a
        title: 甲项目
        team:
          - { id: zhao, name: 赵六${leave} }
        tasks:
          - { id: A1, name: 部署, owner: zhao, start: 2026-12-07, duration: 2d, allocation: 50 }
      `;
      const b = yaml`
        id: b
        title: 乙项目
        team: [ { id: zhao, name: 赵六 } ]
        tasks:
          - { id: B1, name: 培训, owner: zhao, start: 2026-12-10, duration: 3d, allocation: 50 }
      `;
      assert.deepStrictEqual(run({ 'a.project.yaml': a(''), 'b.project.yaml': b }), []);
      // Leave Fri 11 … Tue 15: B1 runs Thu 10, Fri 11, Mon 14 (the weekend is no working day).
      const files = { 'a.project.yaml': a(', leave: ["2026-12-11..2026-12-15", 2027-03-05]'), 'b.project.yaml': b };
      const hits = run(files);
      assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), ['b.project.yaml:5:zhao']);
      assert.strictEqual(hits[0].message, '赵六 (zhao) is on leave on 2026-12-11..2026-12-14 but has B1 (培训). Move the task, or give it to someone else.');
      assert.deepStrictEqual(hits[0].related, ['a.project.yaml:4: Leave of 赵六 (zhao): 2026-12-11..2026-12-15']);
      assert.deepStrictEqual(hits[0].data, { taskId: 'B1', person: 'zhao', leave: true, dates: ['2026-12-11..2026-12-14'] });
      const zh = run(files, 'zh-CN');
      assert.strictEqual(zh[0].message, '赵六在 2026-12-11 至 2026-12-14 请假，但安排了任务 B1（培训）。请调整任务排期，或改派其他人员。');
      assert.deepStrictEqual(zh[0].related, ['a.project.yaml:4: 赵六的请假：2026-12-11 至 2026-12-15']);
    });

    it('does not count a halted plan’s bookings during its halt', () => {
      const a = (halts: string) => yaml`
        id: a
        title: 甲项目
        team: [ { id: zhao, name: 赵六 } ]
        tasks:
          - { id: A1, name: 部署, owner: zhao, start: 2026-12-07, end: 2026-12-11 }
        halts: [${halts}]
      `;
      const b = (start: string) => yaml`
        id: b
        title: 乙项目
        team: [ { id: zhao, name: 赵六 } ]
        tasks:
          - { id: B1, name: 培训, owner: zhao, start: ${start}, duration: 1d }
      `;
      const halt = '{ from: 2026-12-07, to: 2026-12-09, reason: 客户机房搬迁, resumePlan: 2026-12-10 恢复 }';
      assert.strictEqual(run({ 'a.project.yaml': a(''), 'b.project.yaml': b('2026-12-08') }).length, 2);
      assert.deepStrictEqual(run({ 'a.project.yaml': a(halt), 'b.project.yaml': b('2026-12-08') }), []);
      // After the halt both count again.
      const after = run({ 'a.project.yaml': a(halt), 'b.project.yaml': b('2026-12-10') });
      assert.deepStrictEqual(after.map((h) => `${h.file}:${h.line}`), ['a.project.yaml:5', 'b.project.yaml:5']);
      assert.match(after[1].message, /booked 200% against a capacity of 100% on 2026-12-10: B1 \(培训\) overlaps A1 \(部署\) in 甲项目/);
      // A halt without an end lasts until today (2026-12-10): A1 waits after it, zhao is free on 12-08.
      assert.deepStrictEqual(run({ 'a.project.yaml': a('{ from: 2026-12-07 }'), 'b.project.yaml': b('2026-12-08') }), []);
    });

    it('does not crash on leave outside the plan window or on entries that are not dates', () => {
      const plan = yaml`
        id: impl
        start: 2026-12-01
        end: 2026-12-31
        team:
          - id: li
            name: 李四
            leave: ["2030-01-01..2030-12-31", "2026-12-20..2026-12-01", soon, 5, 1999-01-01]
        tasks:
          - { id: A, name: 方案编写, owner: li, start: 2026-12-07, duration: 3d }
      `;
      assert.deepStrictEqual(run({ 'a.project.yaml': plan }), []);
      // Every rule reads the odd entries without throwing; the schema reports the ones that are no date.
      const all = check({ 'a.project.yaml': plan });
      assert.ok(all.some((h) => h.rule === 'schema' && h.line === 7), JSON.stringify(all.map((h) => `${h.rule}:${h.line}`)));
    });

    it('is re-checked when another plan changes an allocation, its halts or the leave', () => {
      const a = (leave: string) => yaml`
        id: a
        title: 甲项目
        team: [ { id: zhao, name: 赵六${leave} } ]
        tasks:
          - { id: A1, name: 部署, owner: zhao, start: 2026-12-07, end: 2026-12-08 }
      `;
      const b = (alloc: number, halts = '') => yaml`
        id: b
        title: 乙项目
        team: [ { id: zhao, name: 赵六 } ]
        tasks:
          - { id: B1, name: 培训, owner: zhao, start: 2026-12-04, end: 2026-12-07, allocation: ${alloc} }
        halts: [${halts}]
      `;
      const ws = workspaceOf({ 'a.project.yaml': a(''), 'b.project.yaml': b(100) });
      const uri = 'file:///ws/a.project.yaml';
      const mine = () => ws.check(uri).filter((d) => d.rule === 'over-allocated');
      assert.strictEqual(mine().length, 1);
      const recheck = (name: string, text: string) => {
        const r = ws.set(`file:///ws/${name}`, text);
        return r.exportsChanged ? ws.uris() : [...ws.filesBooking(r.people), ...r.citing];
      };
      assert.ok(recheck('b.project.yaml', b(0)).includes(uri));
      assert.deepStrictEqual(mine(), []);
      assert.ok(recheck('b.project.yaml', b(30)).includes(uri));
      assert.match(mine()[0].message, /booked 130%/);
      // B1 waits out the halt (12-07, 12-08) and ends 12-09: zhao is free for A1.
      assert.ok(recheck('b.project.yaml', b(30, '{ from: 2026-12-07, to: 2026-12-08 }')).includes(uri));
      assert.deepStrictEqual(mine(), []);
      assert.ok(recheck('a.project.yaml', a(', leave: [2026-12-08]')).includes(uri));
      assert.deepStrictEqual(mine().map((d) => d.data?.leave), [true]);
      assert.ok(recheck('a.project.yaml', a('')).includes(uri));
      assert.deepStrictEqual(mine(), []);
    });
  });
});
