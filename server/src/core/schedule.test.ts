import * as assert from 'assert';
import { artifactFile } from './file';
import { DEFAULT_SETTINGS } from './settings';
import { formatDate, parseDate } from './dates';
import type { Schedule } from './schedule';
import { yaml } from './testing';

function scheduleOf(text: string, name = 'plan.poc.yaml'): Schedule {
  const file = artifactFile(`file:///ws/${name}`, text, DEFAULT_SETTINGS);
  assert.ok(file && file.schedule, 'a plan file has a schedule');
  return file.schedule;
}

/** `id: start..end` for every task (`-` when not schedulable). */
function dates(s: Schedule): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of s.tasks) {
    const key = t.id ?? `#${t.index + 1}`;
    out[key] = t.start === undefined || t.end === undefined ? '-' : `${formatDate(t.start)}..${formatDate(t.end)}`;
  }
  return out;
}

describe('schedule', () => {
  it('skips weekends and moves a weekend start to Monday', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: T1, name: 情报收集, duration: 5d }
        - { id: T2, name: 场景确认, dependsOn: [T1], duration: 3 }
        - { id: T3, name: 环境准备, start: 2026-12-05 }
        - { id: T4, name: 无日期 }
    `);
    // Plan start Tue 12-01. T1: Tue 1, Wed 2, Thu 3, Fri 4, (Sat 5, Sun 6), Mon 7.
    // T2 (bare number = days): Tue 8, Wed 9, Thu 10.
    // T3: Sat 12-05 → Mon 12-07, default 1 day. T4: no start, no dependency → the plan start, 1 day.
    assert.deepStrictEqual(dates(s), {
      T1: '2026-12-01..2026-12-07',
      T2: '2026-12-08..2026-12-10',
      T3: '2026-12-07..2026-12-07',
      T4: '2026-12-01..2026-12-01',
    });
    assert.strictEqual(s.byId.get('T2')!.duration, 3);
    assert.strictEqual(formatDate(s.start!), '2026-12-01');
    assert.strictEqual(formatDate(s.end!), '2026-12-10');
  });

  it('leaves a task unscheduled when nothing gives it a date', () => {
    const s = scheduleOf('tasks:\n  - { id: T1, duration: 3d }\n  - { id: T2, dependsOn: [T1] }\n');
    assert.deepStrictEqual(dates(s), { T1: '-', T2: '-' });
    assert.strictEqual(s.start, undefined);
  });

  it('skips holidays given as single dates and as ranges, and works on make-up days', () => {
    const s = scheduleOf(yaml`
      id: bank-log-impl
      calendar:
        holidays: [2026-12-25, "2026-10-01..2026-10-07"]
        workdays: [2026-10-10, 2026-12-27]
      tasks:
        - { id: N1, name: 国庆前后数据接入, start: 2026-09-29, duration: 5d }
        - { id: N2, name: 国庆后告警配置, dependsOn: [N1], duration: 1d }
        - { id: X1, name: 圣诞前后报表开发, start: 2026-12-23, duration: 4d }
        - { id: X2, name: 周六开始的培训, start: 2026-12-26, duration: 2d }
    `, 'impl.project.yaml');
    // N1: Tue 9-29, Wed 9-30, (Thu 10-01 … Wed 10-07 off), Thu 10-08, Fri 10-09, Sat 10-10 (make-up day) → 5 days.
    // N2: the first working day after Sat 10-10 is Mon 10-12.
    // X1: Wed 12-23, Thu 12-24, (Fri 12-25 holiday, Sat 12-26), Sun 12-27 (make-up day), Mon 12-28.
    // X2: Sat 12-26 is not a working day → Sun 12-27, then Mon 12-28.
    assert.deepStrictEqual(dates(s), {
      N1: '2026-09-29..2026-10-10',
      N2: '2026-10-12..2026-10-12',
      X1: '2026-12-23..2026-12-28',
      X2: '2026-12-27..2026-12-28',
    });
    assert.strictEqual(s.calendar.isWorkday(parseDate('2026-10-10')!), true);
    assert.strictEqual(s.calendar.isWorkday(parseDate('2026-10-05')!), false);
  });

  it('chains dependsOn and waits for the latest dependency', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2027-01-04
      tasks:
        - { id: A, name: 部署包构建, duration: 2d }
        - { id: B, name: 内部部署验证, dependsOn: [A], duration: 3d }
        - { id: C, name: 申请测试机器, start: 2027-01-04, duration: 7d }
        - { id: D, name: 现场部署, dependsOn: [B, C], duration: 1d }
        - { id: E, name: 数据迁移, dependsOn: [D, Z9] }
    `);
    // A Mon 1-04 … Tue 1-05; B Wed 1-06 … Fri 1-08; C Mon 1-04 … Tue 1-12 (7 working days);
    // D waits for C: Wed 1-13; E Thu 1-14 (the unknown Z9 is ignored).
    assert.deepStrictEqual(dates(s), {
      A: '2027-01-04..2027-01-05',
      B: '2027-01-06..2027-01-08',
      C: '2027-01-04..2027-01-12',
      D: '2027-01-13..2027-01-13',
      E: '2027-01-14..2027-01-14',
    });
    assert.deepStrictEqual(s.byId.get('E')!.unknownDeps, ['Z9']);
  });

  it('places milestones (0d) at the start of a day: successors may start the same day', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: T1, name: 产品部署, start: 2026-12-03, duration: 2d }
        - { id: M1, name: 部署完成, duration: 0d, dependsOn: [T1] }
        - { id: T2, name: 预演, dependsOn: [M1], duration: 1d }
        - { id: M2, name: 演示日, duration: 0d, start: 2026-12-18 }
        - { id: M0, name: POC 启动, duration: 0d }
    `);
    // T1 Thu 12-03 … Fri 12-04; M1 on the first working day after: Mon 12-07; T2 the same Monday.
    // M2 keeps its date; M0 sits at the plan start.
    assert.deepStrictEqual(dates(s), {
      T1: '2026-12-03..2026-12-04',
      M1: '2026-12-07..2026-12-07',
      T2: '2026-12-07..2026-12-07',
      M2: '2026-12-18..2026-12-18',
      M0: '2026-12-01..2026-12-01',
    });
    assert.strictEqual(s.byId.get('M1')!.milestone, true);
    assert.strictEqual(s.byId.get('M1')!.duration, 0);
    assert.strictEqual(s.byId.get('T2')!.milestone, false);
  });

  it('starts the successor of a weekend milestone on the next working day', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: M1, name: 客户数据到位, duration: 0d, start: 2026-12-05 }
        - { id: T1, name: 数据迁移, dependsOn: [M1], duration: 2d }
    `);
    // M1 keeps its own date, Sat 12-05. T1 can start no earlier than that, but work starts on a working
    // day: Mon 12-07 … Tue 12-08.
    assert.deepStrictEqual(dates(s), {
      M1: '2026-12-05..2026-12-05',
      T1: '2026-12-07..2026-12-08',
    });
  });

  it('lengthens a task by its recorded delays (working days) and moves its successors', () => {
    const s = scheduleOf(
      yaml`
        id: p
        title: t
        start: 2027-01-04
        tasks:
          - { id: A, start: 2027-01-04, duration: 3d }
          - { id: B, dependsOn: [A], duration: 2d }
          - { id: C, start: 2027-01-04, end: 2027-01-05 }
        delays:
          - { task: A, date: 2027-01-05, days: 2, reason: 等待客户开通权限 }
          - { task: C, date: 2027-01-05, days: 1, reason: 数据未到 }
          - { task: X, date: 2027-01-05, days: 9, reason: 不存在的任务 }
      `,
      'plan.project.yaml',
    );
    // A: Mon 01-04 + 3 + 2 working days → Fri 01-08; B Mon 01-11 – Tue 01-12; C's end 01-05 + 1 → 01-06.
    assert.deepStrictEqual(dates(s), { A: '2027-01-04..2027-01-08', B: '2027-01-11..2027-01-12', C: '2027-01-04..2027-01-06' });
    assert.strictEqual(s.byId.get('A')!.delayDays, 2);
  });

  it('respects an explicit end, with or without start, and reads 2w as ten working days', () => {
    const s = scheduleOf(yaml`
      id: bank-log-impl
      start: 2027-01-04
      tasks:
        - { id: T1, name: 项目启动, start: 2027-01-04, end: 2027-01-08 }
        - { id: T2, name: 需求调研, end: 2027-01-15, duration: 3d }
        - { id: T3, name: 数据接入, dependsOn: [T1], end: 2027-01-20 }
        - { id: T4, name: 功能开发, start: 2027-01-04, duration: 2w }
        - { id: T5, name: 联调, dependsOn: [T4], duration: 1w }
    `, 'impl.project.yaml');
    // T1 Mon 1-04 … Fri 1-08 (5 working days). T2 ends Fri 1-15 after 3 days → starts Wed 1-13.
    // T3 starts after T1 (Mon 1-11) and keeps its end Wed 1-20 (8 working days).
    // T4 Mon 1-04 + 10 working days → Fri 1-15. T5 Mon 1-18 … Fri 1-22.
    assert.deepStrictEqual(dates(s), {
      T1: '2027-01-04..2027-01-08',
      T2: '2027-01-13..2027-01-15',
      T3: '2027-01-11..2027-01-20',
      T4: '2027-01-04..2027-01-15',
      T5: '2027-01-18..2027-01-22',
    });
    assert.strictEqual(s.byId.get('T1')!.duration, 5);
    assert.strictEqual(s.byId.get('T3')!.duration, 8);
    assert.strictEqual(s.byId.get('T4')!.duration, 10);
    assert.strictEqual(s.byId.get('T1')!.fixedEnd, true);
    assert.strictEqual(s.byId.get('T2')!.fixedStart, false);
  });

  it('marks a cycle and still schedules the tasks outside it', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: T0, name: 情报收集, duration: 2d }
        - { id: T1, name: 场景确认, dependsOn: [T0, T2], duration: 1d }
        - { id: T2, name: 环境准备, dependsOn: [T1], duration: 1d }
        - { id: T3, name: 产品部署, dependsOn: [T2], duration: 1d }
        - { id: T4, name: 自依赖, dependsOn: [T4] }
    `);
    assert.deepStrictEqual(s.cycles.map((c) => [...c].sort()).sort(), [['T1', 'T2'], ['T4']]);
    assert.deepStrictEqual(s.tasks.map((t) => t.inCycle), [false, true, true, false, true]);
    // Cycle edges are ignored: T1 still waits for T0 (Tue 12-01 … Wed 12-02) → Thu 12-03;
    // T2 has no usable dependency → the plan start; T3 follows T2 → Wed 12-02; T4 → the plan start.
    assert.deepStrictEqual(dates(s), {
      T0: '2026-12-01..2026-12-02',
      T1: '2026-12-03..2026-12-03',
      T2: '2026-12-01..2026-12-01',
      T3: '2026-12-02..2026-12-02',
      T4: '2026-12-01..2026-12-01',
    });
    assert.strictEqual(s.byId.get('T1')!.critical, false);
  });

  it('computes slack and the critical path of a diamond', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2027-01-04
      tasks:
        - { id: A, name: 环境准备, duration: 2d }
        - { id: B, name: 软件集成验证, dependsOn: [A], duration: 5d }
        - { id: C, name: 设计演示流程, dependsOn: [A], duration: 2d }
        - { id: D, name: 产品演示, dependsOn: [B, C], duration: 1d }
    `);
    // Forward: A Mon 1-04 … Tue 1-05; B Wed 1-06 … Tue 1-12; C Wed 1-06 … Thu 1-07; D Wed 1-13.
    // Backward: D late = Wed 1-13; B must end by Tue 1-12 → late start Wed 1-06 (no slack);
    // C must end by Tue 1-12 → late start Mon 1-11: it may slip Thu 7, Fri 8, Mon 11 = 3 working days.
    assert.deepStrictEqual(dates(s), {
      A: '2027-01-04..2027-01-05',
      B: '2027-01-06..2027-01-12',
      C: '2027-01-06..2027-01-07',
      D: '2027-01-13..2027-01-13',
    });
    const c = s.byId.get('C')!;
    assert.strictEqual(formatDate(c.lateStart!), '2027-01-11');
    assert.strictEqual(formatDate(c.lateEnd!), '2027-01-12');
    assert.deepStrictEqual(s.tasks.map((t) => [t.id, t.slack]), [['A', 0], ['B', 0], ['C', 3], ['D', 0]]);
    assert.deepStrictEqual(s.tasks.filter((t) => t.critical).map((t) => t.id), ['A', 'B', 'D']);
  });

  it('hand-checked: a holiday range with a make-up Saturday, fixed starts later and earlier than a dependency, slack and critical path', () => {
    const s = scheduleOf(yaml`
      id: national-day
      start: 2026-09-28
      calendar:
        holidays: ["2026-10-01..2026-10-07"]
        workdays: [2026-10-10]
      tasks:
        - { id: A, name: 环境准备, start: 2026-09-28, duration: 3d }
        - { id: B, name: 软件集成, dependsOn: [A], duration: 2d }
        - { id: C, name: 客户评审会, dependsOn: [A], start: 2026-10-12, duration: 1d }
        - { id: D, name: 预演, dependsOn: [B], duration: 1d }
        - { id: E, name: 评审结论, dependsOn: [C, D], duration: 0d }
        - { id: F, name: 提前启动, dependsOn: [A], start: 2026-09-29, duration: 1d }
    `);
    // A Mon 9-28 … Wed 9-30. National Day 10-01..10-07 is off, so B runs Thu 10-08 … Fri 10-09;
    // D takes the make-up Saturday 10-10. C is fixed on Mon 10-12 (later than A allows); F is fixed
    // on 9-29, before A ends (respected; the rule starts-before-dependency reports it). The
    // milestone E waits for C: available from Tue 10-13.
    assert.deepStrictEqual(dates(s), {
      A: '2026-09-28..2026-09-30',
      B: '2026-10-08..2026-10-09',
      C: '2026-10-12..2026-10-12',
      D: '2026-10-10..2026-10-10',
      E: '2026-10-13..2026-10-13',
      F: '2026-09-29..2026-09-29',
    });
    // Backward: the last work ends Mon 10-12 (C). D may slip to Mon 10-12 (1 working day), so B
    // may end on the make-up Saturday (1), and A may end Thu 10-08 (1). F may slip to 10-12:
    // 9-30, 10-08, 10-09, 10-10, 10-12 = 5 working days.
    assert.deepStrictEqual(
      s.tasks.map((t) => [t.id, t.slack]),
      [['A', 1], ['B', 1], ['C', 0], ['D', 1], ['E', 0], ['F', 5]],
    );
    assert.deepStrictEqual(s.tasks.filter((t) => t.critical).map((t) => t.id), ['C', 'E']);
    assert.strictEqual(formatDate(s.byId.get('B')!.lateEnd!), '2026-10-10');
    assert.ok(s.byId.get('E')!.milestone);
    assert.ok(s.byId.get('C')!.fixedStart && s.byId.get('F')!.fixedStart);
  });

  it('a longer cycle: every task of it is marked, its successors are still scheduled, and none is critical', () => {
    const s = scheduleOf(yaml`
      id: cyc
      start: 2027-01-04
      tasks:
        - { id: A, duration: 1d }
        - { id: B, dependsOn: [A, D], duration: 1d }
        - { id: C, dependsOn: [B], duration: 1d }
        - { id: D, dependsOn: [C], duration: 1d }
        - { id: E, dependsOn: [D, X9], duration: 2d }
    `);
    assert.deepStrictEqual(s.cycles, [['B', 'C', 'D']]);
    assert.deepStrictEqual(s.tasks.filter((t) => t.inCycle).map((t) => t.id), ['B', 'C', 'D']);
    assert.deepStrictEqual(s.byId.get('E')!.unknownDeps, ['X9']);
    // B waits for A (its only edge outside the cycle); C and D fall back to the plan start; E follows D.
    assert.deepStrictEqual(dates(s), {
      A: '2027-01-04..2027-01-04',
      B: '2027-01-05..2027-01-05',
      C: '2027-01-04..2027-01-04',
      D: '2027-01-04..2027-01-04',
      E: '2027-01-05..2027-01-06',
    });
    assert.ok(s.tasks.filter((t) => t.inCycle).every((t) => !t.critical));
  });

  it('does not give slack to a task that ends with the plan when a closing milestone follows another task', () => {
    const s = scheduleOf(yaml`
      id: bank-log-poc
      start: 2027-01-04
      tasks:
        - { id: A, name: 环境准备, duration: 2d }
        - { id: B, name: 软件集成验证, dependsOn: [A], duration: 5d }
        - { id: C, name: 设计演示流程, dependsOn: [A], duration: 2d }
        - { id: D, name: 产品演示, dependsOn: [B, C], duration: 1d }
        - { id: M, name: POC 结束, dependsOn: [D], duration: 0d }
        - { id: F, name: POC 报告, start: 2027-01-04, duration: 8d }
    `);
    // M marks the moment D ends: the start of Thu 1-14, i.e. the end of Wed 1-13.
    // F runs Mon 1-04 … Wed 1-13 (8 working days) and ends exactly when the plan's work ends:
    // any delay of F delays the finish, so F has no slack and is critical, like D.
    assert.deepStrictEqual(dates(s), {
      A: '2027-01-04..2027-01-05',
      B: '2027-01-06..2027-01-12',
      C: '2027-01-06..2027-01-07',
      D: '2027-01-13..2027-01-13',
      M: '2027-01-14..2027-01-14',
      F: '2027-01-04..2027-01-13',
    });
    assert.strictEqual(s.byId.get('D')!.slack, 0);
    assert.strictEqual(s.byId.get('C')!.slack, 3);
    assert.strictEqual(s.byId.get('F')!.slack, 0);
    assert.strictEqual(s.byId.get('F')!.critical, true);
  });
});

describe('WorkCalendar.workdaysBetween', () => {
  it('counts the same as a day-by-day count over long spans, holidays and make-up days included', () => {
    const { WorkCalendar } = require('./dates') as typeof import('./dates');
    const cal = new WorkCalendar([[parseDate('2027-02-05')!, parseDate('2027-02-11')!], [parseDate('2028-10-01')!, parseDate('2028-10-07')!]], [[parseDate('2027-02-20')!, parseDate('2027-02-20')!]]);
    const slow = (a: number, b: number) => {
      let n = 0;
      for (let d = a; d <= b; d++) if (cal.isWorkday(d)) n++;
      return n;
    };
    const base = parseDate('2026-12-01')!;
    for (const [a, b] of [[0, 0], [0, 40], [3, 700], [100, 101], [511, 1500], [20, 1023], [700, 3]]) {
      assert.strictEqual(cal.workdaysBetween(base + a, base + b), slow(base + a, base + b), `${a}..${b}`);
    }
  });
});
