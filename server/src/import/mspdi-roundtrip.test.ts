/**
 * Round trip: a plan exported as Microsoft Project XML (core/exports/mspdi.ts) and read back by
 * readMspdi keeps every task (name, milestone, owner's name), its dates (sourceStart / sourceEnd
 * = the exported schedule's), its working days and its dependencies, and the calendar's working
 * days within the plan's dates. On a plan over the CN National Day and on the bank example
 * (actuals, a forecast, a delay, a plan holiday range and a make-up Saturday).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDateOrRange, formatDate, WorkCalendar, type Day } from '../core/dates';
import { planMspdi } from '../core/exports/mspdi';
import { CN_PLAN } from '../core/exports/mspdi-testing';
import { isPlan } from '../core/model';
import { workspaceOf } from '../core/testing';
import { readMspdi } from './mspdi';

const REPO = path.resolve(__dirname, '../../../..');

function roundTrip(name: string, text: string, today: string): void {
  const ws = workspaceOf({ [name]: text }, { today, locale: 'zh-CN' });
  const uri = `file:///ws/${name}`;
  const file = ws.get(uri)!;
  assert.ok(isPlan(file.model));
  const schedule = file.schedule!;
  const plan = file.model;
  const xml = planMspdi(ws, uri)!.text;
  const back = readMspdi(xml, `${plan.id?.value}.xml`, {});

  assert.deepStrictEqual(back.notes.filter((n) => n.severity !== 'info'), [], 'nothing lost on the way');
  assert.strictEqual(back.id, plan.id?.value);
  assert.strictEqual(back.title, plan.title?.value);
  assert.strictEqual(back.tasks.length, schedule.tasks.length);
  const idOf = new Map(back.tasks.map((t, i) => [t.id, schedule.tasks[i].id]));
  const memberName = new Map(back.team.map((m) => [m.id, m.name]));
  schedule.tasks.forEach((s, i) => {
    const t = back.tasks[i];
    const what = `${s.id} ${t.name}`;
    assert.strictEqual(t.name, s.task.name?.value, what);
    assert.strictEqual(t.sourceStart, s.unscheduled ? undefined : formatDate(s.start!), what);
    assert.strictEqual(t.sourceEnd, s.unscheduled ? undefined : formatDate(s.end!), what);
    assert.strictEqual(!!t.milestone, s.milestone, what);
    if (!s.unscheduled && !s.milestone) assert.strictEqual(t.duration, schedule.plain.workdaysBetween(s.start!, s.end!), what);
    assert.deepStrictEqual(
      t.dependsOn.map((d) => idOf.get(d)),
      [...new Set(s.deps.map((d) => d.id))],
      what,
    );
    const owner = s.task.owner?.value;
    const ownerName = owner === undefined ? undefined : plan.team.items.find((m) => m.id?.value === owner)?.name?.value ?? owner;
    assert.strictEqual(t.owner === undefined ? undefined : memberName.get(t.owner), ownerName, what);
  });
  // The imported calendar has the same working days within the plan's dates.
  const ranges = (list: string[]) => list.map((s) => parseDateOrRange(s)!) as [Day, Day][];
  const cal = new WorkCalendar(ranges(back.holidays), ranges(back.workdays));
  const dated = schedule.tasks.filter((s) => !s.unscheduled);
  const from = Math.min(...dated.map((s) => s.start!), plan.start?.day ?? Infinity);
  const to = Math.max(...dated.map((s) => s.end!), plan.end?.day ?? -Infinity);
  for (let d = from; d <= to; d++) assert.strictEqual(cal.isWorkday(d), schedule.plain.isWorkday(d), formatDate(d));
}

describe('import: Microsoft Project XML round trip (export → readMspdi)', () => {
  it('a plan over the CN National Day with a plan holiday, a milestone and a cycle', () => {
    roundTrip('cn.project.yaml', CN_PLAN, '2026-09-28');
  });

  it('the bank example (actuals, a forecast, a delay, holidays and a make-up Saturday)', () => {
    const text = fs.readFileSync(path.join(REPO, 'examples', 'bank-log.project.yaml'), 'utf8');
    roundTrip('bank-log.project.yaml', text, '2027-01-27');
  });
});
