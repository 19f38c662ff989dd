/**
 * The schedule as delivery teams live it (DOMAIN.md "Calendars, actuals, baselines and load"):
 * halts stop the clock, actual dates and progress forecast the rest, shared calendar files
 * (`calendar.use`) move the plans that use them, and China's calendar across the 2026 Spring
 * Festival and the 2025 National Day, hand-checked against the State Council's arrangements.
 */
import * as assert from 'assert';
import { artifactFile } from './file';
import { DEFAULT_SETTINGS } from './settings';
import { formatDate } from './dates';
import { check, scheduleOfPlan, taskDates, workspaceOf, yaml } from './testing';
import { Workspace } from './workspace';

describe('China calendar: hand-checked schedules', () => {
  it('2026 Spring Festival: 02-14 (Saturday) worked, 02-15..02-23 off, 02-28 (Saturday) worked', () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2026-02-12
      calendar: { region: CN }
      tasks:
        - { id: A, name: 部署, duration: 3d }
        - { id: B, name: 联调, dependsOn: [A], duration: 5d }
    `);
    // A: Thu 02-12, Fri 02-13, Sat 02-14 (make-up day). B: Tue 02-24 .. Sat 02-28 (make-up day).
    assert.deepStrictEqual(taskDates(s), { A: '2026-02-12..2026-02-14', B: '2026-02-24..2026-02-28' });
  });

  it('2025 National Day and Mid-autumn: 09-28 (Sunday) worked, 10-01..10-08 off, 10-11 (Saturday) worked', () => {
    const s = scheduleOfPlan(yaml`
      kind: project
      id: p
      start: 2025-09-26
      calendar: { region: CN }
      tasks:
        - { id: A, name: 部署, duration: 4d }
        - { id: B, name: 联调, dependsOn: [A], duration: 3d }
    `);
    // A: Fri 09-26, Sun 09-28 (make-up), Mon 09-29, Tue 09-30. B: Thu 10-09, Fri 10-10, Sat 10-11 (make-up).
    assert.deepStrictEqual(taskDates(s), { A: '2025-09-26..2025-09-30', B: '2025-10-09..2025-10-11' });
  });
});

describe('halts stop the clock', () => {
  const halted = yaml`
    kind: project
    id: p
    start: 2027-03-01
    halts:
      - { from: 2027-03-03, to: 2027-03-05, reason: 客户机房搬迁, resumePlan: 03-08 恢复 }
    tasks:
      - { id: A, name: 部署, start: 2027-03-01, duration: 4d }
      - { id: B, name: 联调, dependsOn: [A], duration: 2d }
      - { id: C, name: 调研, start: 2027-03-01, duration: 4d, status: done }
  `;

  it("a task not done counts no working day inside the halt; its successors follow; a done task keeps its dates", () => {
    const s = scheduleOfPlan(halted);
    // A: Mon 03-01, Tue 03-02, (halt Wed–Fri), Mon 03-08, Tue 03-09. B: 03-10..03-11. C done: 03-01..03-04.
    assert.deepStrictEqual(taskDates(s), { A: '2027-03-01..2027-03-09', B: '2027-03-10..2027-03-11', C: '2027-03-01..2027-03-04' });
    assert.deepStrictEqual(s.halts.map(([a, b]) => `${formatDate(a)}..${formatDate(b)}`), ['2027-03-03..2027-03-05']);
  });

  it('a task paused by the halt is not overdue because of it', () => {
    const hits = check({ 'p.project.yaml': halted }, 'overdue', { today: '2027-03-09' });
    assert.deepStrictEqual(hits, [], 'A ends 03-09 once the halt is counted out');
    const without = check({ 'p.project.yaml': halted.replace(/halts:\n.*\n/, '') }, 'overdue', { today: '2027-03-09' });
    assert.deepStrictEqual(without.map((h) => h.message.slice(0, 6)), ['Task A', 'Task B'], 'without the halt A was due 03-04, B 03-08');
  });

  it('a halt without an end lasts until today: work not done waits after it', () => {
    const open = halted.replace('{ from: 2027-03-03, to: 2027-03-05,', '{ from: 2027-03-03,');
    const s = scheduleOfPlan(open, '2027-03-10');
    // Halted 03-03..03-10 (today): A resumes Thu 03-11, Fri 03-12.
    assert.strictEqual(taskDates(s).A, '2027-03-01..2027-03-12');
    assert.strictEqual(taskDates(scheduleOfPlan(open, '2027-03-11')).A, '2027-03-01..2027-03-15', 'one more day of halt, a day later');
  });
});

describe('actual dates and forecasts', () => {
  const plan = (task: string) => yaml`
    kind: project
    id: p
    start: 2027-03-01
    tasks:
      - ${task}
      - { id: N, name: 后续, dependsOn: [A], duration: 1d }
  `;

  it('a done task runs from its actualStart to its actualEnd, and its successors follow', () => {
    const s = scheduleOfPlan(plan('{ id: A, name: 部署, start: 2027-03-01, duration: 2d, status: done, actualStart: 2027-03-02, actualEnd: 2027-03-05 }'));
    assert.deepStrictEqual(taskDates(s), { A: '2027-03-02..2027-03-05', N: '2027-03-08..2027-03-08' });
    assert.strictEqual(formatDate(s.tasks[0].plannedEnd!), '2027-03-02', 'the plan is kept beside what happened');
  });

  it('a started task is forecast from today and its remaining work', () => {
    // 10 days, 40 % done: 6 days remain from today (Wed 03-10): 03-10..03-17.
    const s = scheduleOfPlan(plan('{ id: A, name: 部署, start: 2027-03-01, duration: 10d, status: doing, progress: 40, actualStart: 2027-03-03 }'), '2027-03-10');
    assert.deepStrictEqual(taskDates(s), { A: '2027-03-03..2027-03-17', N: '2027-03-18..2027-03-18' });
    assert.strictEqual(s.tasks[0].started, true);
    const later = scheduleOfPlan(plan('{ id: A, name: 部署, start: 2027-03-01, duration: 10d, status: doing, progress: 40, actualStart: 2027-03-03 }'), '2027-03-15');
    assert.strictEqual(taskDates(later).A, '2027-03-03..2027-03-22', 'no progress recorded since: the forecast moves with today');
  });

  it('a started task without a progress keeps its planned length from its actual start', () => {
    const s = scheduleOfPlan(plan('{ id: A, name: 部署, start: 2027-03-01, duration: 3d, status: doing, actualStart: 2027-03-03 }'), '2027-03-04');
    assert.deepStrictEqual(taskDates(s), { A: '2027-03-03..2027-03-05', N: '2027-03-08..2027-03-08' });
  });

  it('never crashes on actual dates out of order: the task ends on its actualEnd', () => {
    const s = scheduleOfPlan(plan('{ id: A, name: 部署, start: 2027-03-01, duration: 3d, actualStart: 2027-03-09, actualEnd: 2027-03-02 }'));
    assert.strictEqual(taskDates(s).A, '2027-03-02..2027-03-02');
  });
});

describe('shared calendar files (calendar.use)', () => {
  const site = yaml`
    kind: calendar
    id: bank-site
    title: 某银行机房日历
    region: CN
    holidays: ["2027-02-08..2027-02-10"]
  `;
  const plan = yaml`
    kind: project
    id: p
    title: 某银行实施
    start: 2027-02-04
    calendar: { use: [bank-site] }
    tasks:
      - { id: A, name: 部署, duration: 4d }
  `;
  const aOf = (ws: Workspace) => {
    const s = ws.get('file:///ws/p.project.yaml')!.schedule!;
    return `${formatDate(s.tasks[0].start!)}..${formatDate(s.tasks[0].end!)}`;
  };

  it("a plan works on the shared calendar's days (and its region's), under its own", () => {
    // Thu 02-04, Fri 02-05, (site closed Mon–Wed 02-08..02-10), Thu 02-11, Fri 02-12.
    assert.strictEqual(aOf(workspaceOf({ 'site.calendar.yaml': site, 'p.project.yaml': plan })), '2027-02-04..2027-02-12');
    const own = plan.replace('{ use: [bank-site] }', '{ use: [bank-site], workdays: [2027-02-09] }');
    assert.strictEqual(aOf(workspaceOf({ 'site.calendar.yaml': site, 'p.project.yaml': own })), '2027-02-04..2027-02-11', "the plan's own workday wins");
  });

  it('editing, adding or deleting the calendar file re-schedules the plan, as a fresh check would', () => {
    const ws = workspaceOf({ 'p.project.yaml': plan });
    assert.strictEqual(aOf(ws), '2027-02-04..2027-02-09', 'no such calendar yet: weekends only');
    const r = ws.set('file:///ws/site.calendar.yaml', site);
    assert.strictEqual(r.exportsChanged, true, 'every file is re-checked');
    assert.strictEqual(aOf(ws), '2027-02-04..2027-02-12');
    ws.set('file:///ws/site.calendar.yaml', site.replace('2027-02-08..2027-02-10', '2027-02-08'));
    assert.strictEqual(aOf(ws), '2027-02-04..2027-02-10');
    assert.strictEqual(aOf(workspaceOf({ 'site.calendar.yaml': site.replace('2027-02-08..2027-02-10', '2027-02-08'), 'p.project.yaml': plan })), '2027-02-04..2027-02-10');
    ws.delete('file:///ws/site.calendar.yaml');
    assert.strictEqual(aOf(ws), '2027-02-04..2027-02-09');
  });

  it('an unknown calendar id is an unknown-ref at its place; a malformed range is a schema error in the calendar file', () => {
    const hits = check({ 'site.calendar.yaml': site.replace('"2027-02-08..2027-02-10"', '"2027-02-08..02-10"'), 'p.project.yaml': plan.replace('[bank-site]', '[bank-sight]') });
    assert.deepStrictEqual(
      hits.filter((h) => h.rule === 'unknown-ref' || h.rule === 'schema').map((h) => `${h.file} ${h.line} ${h.rule}`),
      ['site.calendar.yaml 5 schema', 'p.project.yaml 5 unknown-ref'],
    );
  });

  it('a schedule computed without the workspace (no calendars) is the weekends-only one', () => {
    const file = artifactFile('file:///ws/p.project.yaml', plan, DEFAULT_SETTINGS)!;
    assert.strictEqual(formatDate(file.schedule!.tasks[0].end!), '2027-02-09');
  });
});
