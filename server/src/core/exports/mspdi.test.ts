/**
 * Microsoft Project XML export (planMspdi), parsed back with fast-xml-parser: header, calendar
 * (Monday–Friday, the CN region's National Day and make-up Saturday, a plan holiday), tasks with
 * their schedule's dates and durations, finish-to-start links, resources and assignments; a cycle
 * written without dates; the injection corpus arrives as text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { workspaceOf } from '../testing';
import { exportFileName } from './columns';
import { exceptionsOf, planMspdi } from './mspdi';
import { exportData } from './rows';
import { exportText } from './text';
import { CN_PLAN, parseBack, type Node } from './mspdi-testing';

const list = (n: unknown, name: string): Node[] => ((n as Node | undefined)?.[name] as Node[] | undefined) ?? [];

describe('exports: Microsoft Project XML (planMspdi)', () => {
  const ws = workspaceOf({ 'cn.project.yaml': CN_PLAN }, { today: '2026-09-28', locale: 'zh-CN' });
  const uri = 'file:///ws/cn.project.yaml';
  const out = planMspdi(ws, uri)!;
  const project = parseBack(out.text);

  it('writes a header MS Project reads: name, title, dates, calendar 1, 480 minutes a day; no DOCTYPE', () => {
    assert.ok(out.text.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Project xmlns="http://schemas.microsoft.com/project">'));
    assert.ok(!out.text.includes('<!'), 'no DOCTYPE, comment or CDATA');
    assert.strictEqual(project['@_xmlns'], 'http://schemas.microsoft.com/project');
    assert.strictEqual(project.Name, 'cn-demo.xml');
    assert.strictEqual(project.Title, '国庆前后 <实施> & "验收"');
    assert.strictEqual(project.Company, '某银行');
    assert.strictEqual(project.StartDate, '2026-09-28T08:00:00');
    // The milestone M after C (10-15, 10-16) is on Monday 10-19.
    assert.strictEqual(project.FinishDate, '2026-10-19T17:00:00');
    assert.deepStrictEqual([project.CalendarUID, project.MinutesPerDay, project.MinutesPerWeek], ['1', '480', '2400']);
    assert.strictEqual(exportFileName(exportData(ws, [uri]), 'mspdi'), 'cn-demo.xml');
  });

  it('calendar: Monday–Friday, and as exceptions the region\'s holidays and make-up Saturday and the plan\'s holiday within the plan\'s dates', () => {
    const [cal] = list(project.Calendars, 'Calendar');
    assert.deepStrictEqual([cal.UID, cal.IsBaseCalendar, cal.BaseCalendarUID], ['1', '1', '-1']);
    const week = list(cal.WeekDays, 'WeekDay').map((d) => [d.DayType, d.DayWorking]);
    assert.deepStrictEqual(week, [['1', '0'], ['2', '1'], ['3', '1'], ['4', '1'], ['5', '1'], ['6', '1'], ['7', '0']]);
    const exceptions = list(cal.Exceptions, 'Exception').map((e) => {
      const p = e.TimePeriod as Node;
      return [String(p.FromDate).slice(0, 10), String(p.ToDate).slice(0, 10), e.DayWorking, e.Name];
    });
    assert.deepStrictEqual(exceptions, [
      ['2026-10-01', '2026-10-02', '0', '节假日'],
      ['2026-10-05', '2026-10-07', '0', '节假日'],
      ['2026-10-10', '2026-10-10', '1', '调休上班'],
      ['2026-10-13', '2026-10-13', '0', '节假日'],
    ]);
    const worked = list(cal.Exceptions, 'Exception')[2];
    assert.deepStrictEqual(list(worked.WorkingTimes, 'WorkingTime').map((w) => [w.FromTime, w.ToTime]), [['08:00:00', '12:00:00'], ['13:00:00', '17:00:00']]);
  });

  it('tasks: the project summary, then every task with the schedule\'s dates, working-day durations, milestone, progress; a cycle without dates', () => {
    const tasks = list(project.Tasks, 'Task');
    assert.deepStrictEqual([tasks[0].UID, tasks[0].OutlineLevel, tasks[0].Summary], ['0', '0', '1']);
    const rows = tasks.slice(1).map((t) => [t.UID, t.Name, t.Start, t.Finish, t.Duration, t.Milestone, t.PercentComplete, t.OutlineLevel]);
    assert.deepStrictEqual(rows, [
      ['1', '部署', '2026-09-28T08:00:00', '2026-09-30T17:00:00', 'PT24H0M0S', '0', '100', '1'],
      // 10-08, 10-09, Saturday 10-10 (make-up), 10-12, 10-14 (10-13 is the plan's holiday).
      ['2', '联调', '2026-10-08T08:00:00', '2026-10-14T17:00:00', 'PT40H0M0S', '0', '40', '1'],
      ['3', '汇报', '2026-10-15T08:00:00', '2026-10-16T17:00:00', 'PT16H0M0S', '0', '0', '1'],
      ['4', '上线', '2026-10-19T08:00:00', '2026-10-19T08:00:00', 'PT0H0M0S', '1', '0', '1'],
      ['5', '环一', undefined, undefined, undefined, '0', '0', '1'],
      ['6', '环二', undefined, undefined, undefined, '0', '0', '1'],
    ]);
    assert.deepStrictEqual(out.undated.map((t) => t.id), ['X', 'Y']);
    assert.strictEqual(out.tasks, 6);
    // The first task (no dependency) starts no earlier than its date; the others follow their links.
    assert.deepStrictEqual([tasks[1].ConstraintType, tasks[1].ConstraintDate, tasks[2].ConstraintType], ['4', '2026-09-28T08:00:00', '0']);
  });

  it('dependencies as finish-to-start PredecessorLinks by UID', () => {
    const links = list(project.Tasks, 'Task')
      .slice(1)
      .map((t) => list(t, 'PredecessorLink').map((l) => `${l.PredecessorUID}:${l.Type}:${l.LinkLag}`));
    assert.deepStrictEqual(links, [[], ['1:1:0'], ['2:1:0'], ['2:1:0', '3:1:0'], ['6:1:0'], ['5:1:0']]);
  });

  it('resources: the team, then owners outside it; one assignment per owned task', () => {
    const res = list(project.Resources, 'Resource').map((r) => [r.UID, r.Name, r.Type]);
    assert.deepStrictEqual(res, [['1', '赵六', '1'], ['2', '钱八', '1'], ['3', 'cio-liu', '1']]);
    const asg = list(project.Assignments, 'Assignment').map((a) => [a.TaskUID, a.ResourceUID, a.Units]);
    assert.deepStrictEqual(asg, [['1', '1', '1'], ['2', '2', '1'], ['3', '3', '1'], ['4', '1', '1']]);
  });

  it('English names of the calendar and exceptions for an English export; not a plan: undefined', () => {
    const en = parseBack(planMspdi(ws, uri, { locale: 'en' })!.text);
    const [cal] = list(en.Calendars, 'Calendar');
    assert.strictEqual(cal.Name, 'Standard');
    assert.deepStrictEqual([...new Set(list(cal.Exceptions, 'Exception').map((e) => e.Name))], ['Holiday', 'Make-up working day']);
    const other = workspaceOf({ 'a.stakeholders.yaml': 'kind: stakeholders\nstakeholders: []\n' });
    assert.strictEqual(planMspdi(other, 'file:///ws/a.stakeholders.yaml'), undefined);
  });

  it('exceptionsOf: ranges of days that differ from Monday–Friday', () => {
    // 2026-10-01 is day 20727 (Thursday).
    const thu = Date.UTC(2026, 9, 1) / 86_400_000;
    const off = new Set([thu, thu + 1, thu + 4]);
    const r = exceptionsOf((d) => d === thu + 2 || (!off.has(d) && ![0, 6].includes(new Date(d * 86_400_000).getUTCDay())), thu, thu + 6);
    assert.deepStrictEqual(r.map((e) => [e.from - thu, e.to - thu, e.working]), [[0, 1, false], [2, 2, true], [4, 4, false]]);
  });
});

describe('exports: Microsoft Project XML and the injection corpus', () => {
  const REPO = path.resolve(__dirname, '../../../../..');
  const payloads: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));
  const extra = ['<!DOCTYPE Project [<!ENTITY x SYSTEM "file:///etc/passwd">]>', '&x; &amp; &#x26;', ']]><Task><UID>99</UID></Task>', '</Name></Task></Tasks></Project>'];
  const names = [...payloads, ...extra];
  const team = 5;
  const text = YAML.stringify({
    kind: 'project',
    id: 'all',
    title: names[0],
    customer: names[1],
    start: '2027-02-01',
    team: Array.from({ length: team }, (_, i) => ({ id: `o${i}`, name: names[names.length - 1 - i], role: 'engineer' })),
    tasks: names.map((p, i) => ({ id: `I${i + 1}`, name: p, owner: `o${i % team}`, start: '2027-02-01', duration: '1d' })),
  });

  it('every payload comes back as the exact text of its task, resource, title and company', () => {
    const ws = workspaceOf({ 'all.project.yaml': text });
    const out = planMspdi(ws, 'file:///ws/all.project.yaml')!;
    assert.ok(!out.text.includes('<!'), 'nothing of a payload is markup');
    const project = parseBack(out.text);
    assert.strictEqual(project.Title, exportText(names[0]));
    assert.strictEqual(project.Company, exportText(names[1]));
    const tasks = list(project.Tasks, 'Task').slice(1);
    assert.strictEqual(tasks.length, names.length);
    tasks.forEach((t, i) => assert.strictEqual(t.Name, exportText(names[i]), `task ${i + 1}`));
    const res = list(project.Resources, 'Resource');
    assert.deepStrictEqual(res.map((r) => r.Name), Array.from({ length: team }, (_, i) => exportText(names[names.length - 1 - i])));
    assert.strictEqual(list(project.Assignments, 'Assignment').length, names.length);
  });
});
