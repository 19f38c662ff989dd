/**
 * Schedules on China's calendar (`calendar.region: CN`), hand-checked against the State Council's
 * arrangements: 2025 Spring Festival (01-28..02-04 off; 01-26 Sunday and 02-08 Saturday worked),
 * 2026 Mid-autumn and National Day (09-25..09-27 and 10-01..10-07 off; 09-20 Sunday and 10-10
 * Saturday worked), with the plan's own holidays on top.
 */
import * as assert from 'assert';
import { scheduleOfPlan, taskDates, yaml } from './testing';

describe('schedule on the CN region calendar', () => {
  it('2026 National Day: make-up Sunday 09-20 worked, 中秋 and 国庆 skipped, make-up Saturday 10-10 worked', () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2026-09-18
      calendar: { region: CN }
      tasks:
        - { id: A, name: 部署, duration: 3d }
        - { id: B, name: 联调, dependsOn: [A], duration: 5d }
        - { id: C, name: 验收, dependsOn: [B], duration: 2d }
    `);
    assert.deepStrictEqual(taskDates(s), {
      // 09-18 Fri, 09-20 Sun (worked), 09-21 Mon.
      A: '2026-09-18..2026-09-21',
      // 09-22, 09-23, 09-24, [09-25..27 中秋], 09-28, 09-29.
      B: '2026-09-22..2026-09-29',
      // 09-30, [10-01..07 国庆], 10-08.
      C: '2026-09-30..2026-10-08',
    });
  });

  it('2025 Spring Festival: 01-26 (Sunday) and 02-08 (Saturday) worked, 01-28..02-04 off', () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2025-01-24
      calendar: { region: CN }
      tasks:
        - { id: A, name: 上线准备, duration: 3d }
        - { id: B, name: 上线, dependsOn: [A], duration: 4d }
    `);
    // 01-24 Fri, 01-26 Sun (worked), 01-27 Mon | 02-05 Wed, 02-06, 02-07, 02-08 Sat (worked).
    assert.deepStrictEqual(taskDates(s), { A: '2025-01-24..2025-01-27', B: '2025-02-05..2025-02-08' });
  });

  it("the plan's own holidays and workdays apply on top of the region", () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2026-09-28
      calendar:
        region: CN
        holidays: ["2026-09-29"]
        workdays: ["2026-10-03"]
      tasks:
        - { id: A, name: 部署, duration: 4d }
    `);
    // 09-28, [09-29 own holiday], 09-30, [10-01, 10-02 off], 10-03 (own working day), [10-04..07], 10-08.
    assert.deepStrictEqual(taskDates(s), { A: '2026-09-28..2026-10-08' });
  });

  it('without the region the same plan counts weekends only', () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2026-09-30
      tasks:
        - { id: A, name: 部署, duration: 3d }
    `);
    assert.deepStrictEqual(taskDates(s), { A: '2026-09-30..2026-10-02' });
  });
});
