import * as assert from 'assert';
import { parseDate } from '../dates';
import { workspaceOf, yaml } from '../testing';
import { loadRows, mondayOf, teamLoad } from './load';
import { dailyLoad } from './load-daily';

// March 2027: Mon 1 … Fri 5 (W09), Mon 8 … Fri 12 (W10). No region: weekends only.
const A = yaml`
  kind: project
  id: impl-a
  title: 甲银行实施
  customer: 甲银行
  start: 2027-03-01
  team:
    - { id: zhao, name: 赵六, role: engineer, leave: [2027-03-12] }
    - { id: sun, name: 孙七, role: pm }
  halts:
    - { from: 2027-03-03, to: 2027-03-03, reason: 客户机房断电, resumePlan: 次日恢复 }
  tasks:
    - { id: A1, name: 部署, owner: zhao, start: 2027-03-01, end: 2027-03-05, allocation: 50 }
    - { id: A2, name: 验收, owner: zhao, start: 2027-03-01, duration: 2d, status: done, progress: 100 }
    - { id: A3, name: 等待客户评审, owner: zhao, start: 2027-03-01, duration: 5d, allocation: 0 }
    - { id: A4, name: 上线, owner: zhao, start: 2027-03-05, duration: 0d }
`;
const B = yaml`
  kind: project
  id: impl-b
  title: 乙证券实施
  start: 2027-03-01
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: qian, name: 钱八, role: developer, capacity: 0.5 }
  tasks:
    - { id: B1, name: 培训, owner: zhao, start: 2027-03-03, duration: 1d }
    - { id: B2, name: 接口开发, owner: qian, start: 2027-03-01, duration: 5d, allocation: 50 }
    - { id: B3, name: 联调, owner: qian, start: 2027-03-08, duration: 1d }
    - { id: B4, name: 数据迁移, owner: zhao, start: 2027-03-08, duration: 5d }
`;

describe('team load (core/views/load)', () => {
  const ws = workspaceOf({ 'a.project.yaml': A, 'b.project.yaml': B }, { today: '2027-02-20' });
  const load = teamLoad(ws.index(), { from: parseDate('2027-03-03')!, weeks: 2 });
  const cell = (person: string, week: number) => load.cells.find((c) => c.person === person && c.week === week)!;

  it('takes ISO weeks from the Monday of the given day', () => {
    assert.strictEqual(load.from, '2027-03-01');
    assert.deepStrictEqual(load.weeks, [
      { label: '2027-W09', first: '2027-03-01', last: '2027-03-07' },
      { label: '2027-W10', first: '2027-03-08', last: '2027-03-14' },
    ]);
    assert.deepStrictEqual([load.previous, load.next], ['2027-02-15', '2027-03-15']);
    assert.strictEqual(mondayOf(parseDate('2027-03-07')!), parseDate('2027-03-01'));
  });

  it('lists every team member with name, roles, customers and capacity', () => {
    assert.deepStrictEqual(load.people, [
      { id: 'qian', name: '钱八', roles: ['developer'], customers: ['乙证券实施'], capacity: 0.5 },
      { id: 'sun', name: '孙七', roles: ['pm'], customers: ['甲银行'], capacity: 1 },
      { id: 'zhao', name: '赵六', roles: ['engineer'], customers: ['甲银行', '乙证券实施'], capacity: 1 },
    ]);
    assert.strictEqual(load.cells.length, 6);
  });

  it('counts allocation-days on the working days of each plan (halts closed) against capacity × available days', () => {
    // A1 50% on Mon, Tue, Thu, Fri (Wed halted in impl-a) = 2 days, B1 on Wed = 1 day: 3 / 5.
    // Done A2, waiting A3 (allocation 0) and milestone A4 do not count.
    const w9 = cell('zhao', 0);
    assert.deepStrictEqual([w9.loadPercent, w9.state, w9.booked, w9.available, w9.peakPercent], [60, 'busy', 3, 5, 100]);
    assert.deepStrictEqual(w9.tasks.map((t) => [t.plan, t.id, t.days, t.allocation]), [['impl-a', 'A1', 4, 50], ['impl-b', 'B1', 1, 100]]);
    assert.deepStrictEqual(w9.plans, ['impl-a', 'impl-b']);
    // The halt pushes A1 to Monday 8th: 0.5 + B4's 5 days on 4 available days (Friday is leave): 138%, over; leave booked.
    const w10 = cell('zhao', 1);
    assert.deepStrictEqual([w10.loadPercent, w10.state, w10.booked, w10.available, w10.leaveDays, w10.leaveBooked], [138, 'over', 5.5, 4, 1, 1]);
  });

  it('relates a half-time person to half their days; one full day over their capacity makes the week over', () => {
    assert.deepStrictEqual([cell('qian', 0).loadPercent, cell('qian', 0).state], [100, 'busy']);
    // B3: one full day (100% > 50%) in an otherwise empty week: 1 / 2.5 = 40%, yet over.
    assert.deepStrictEqual([cell('qian', 1).loadPercent, cell('qian', 1).state, cell('qian', 1).peakPercent], [40, 'over', 100]);
  });

  it('shows a person without bookings as free; their days are the working days of their plans (halts closed)', () => {
    assert.deepStrictEqual([cell('sun', 0).loadPercent, cell('sun', 0).state, cell('sun', 0).available, cell('sun', 0).tasks], [0, 'free', 4, []]);
  });

  it('gives the tasks behind a cell with their place, plan title and customer', () => {
    const t = cell('zhao', 0).tasks[0];
    assert.deepStrictEqual([t.planTitle, t.customer, t.name, t.label, t.uri, t.start, t.end], ['甲银行实施', '甲银行', '部署', 'A1（部署）', 'file:///ws/a.project.yaml', '2027-03-01', '2027-03-08']);
    assert.match(A.slice(t.span.start, t.span.end), /id: A1, name: 部署/);
    assert.strictEqual(cell('qian', 0).tasks[0].customer, '乙证券实施');
  });

  it('gives the CLI rows: person × week with a counted task', () => {
    assert.deepStrictEqual(loadRows(load), [
      { person: 'qian', name: '钱八', week: '2027-W09', loadPercent: 100, tasks: ['impl-b/B2'] },
      { person: 'qian', name: '钱八', week: '2027-W10', loadPercent: 40, tasks: ['impl-b/B3'] },
      { person: 'zhao', name: '赵六', week: '2027-W09', loadPercent: 60, tasks: ['impl-a/A1', 'impl-b/B1'] },
      { person: 'zhao', name: '赵六', week: '2027-W10', loadPercent: 138, tasks: ['impl-a/A1', 'impl-b/B4'] },
    ]);
  });

  it('merges several indexes by person id, a booking met twice counting once', () => {
    const other = workspaceOf({ 'b.project.yaml': B }, { today: '2027-02-20' });
    const a = workspaceOf({ 'a.project.yaml': A }, { today: '2027-02-20' });
    const both = teamLoad([a.index(), other.index(), other.index()], { from: parseDate('2027-03-01')!, weeks: 2 });
    assert.deepStrictEqual(loadRows(both), loadRows(load));
  });

  it('keeps the window within 1–520 weeks', () => {
    assert.strictEqual(teamLoad(ws.index(), { from: parseDate('2027-03-01')!, weeks: 0 }).weeks.length, 1);
    assert.strictEqual(teamLoad(ws.index(), { from: parseDate('2027-03-01')!, weeks: 10000 }).weeks.length, 520);
  });

  it('gives one person\'s load day by day with the same counting (dailyLoad): percent of capacity, over on a day over capacity or a booked leave day', () => {
    const zhao = dailyLoad(ws.index(), 'zhao', parseDate('2027-03-01')!, parseDate('2027-03-14')!);
    assert.strictEqual(zhao.capacity, 1);
    assert.strictEqual(zhao.name, '赵六');
    assert.strictEqual(zhao.days.length, 14);
    const at = (d: string) => zhao.days.find((x) => x.day === parseDate(d))!;
    // Mon 1: A1 50% (A2 done, A3 waiting: not counted); Wed 3: impl-a halted, B1 100% in impl-b.
    assert.deepStrictEqual([at('2027-03-01').percent, at('2027-03-01').state], [50, 'busy']);
    assert.deepStrictEqual([at('2027-03-03').percent, at('2027-03-03').state], [100, 'busy']);
    assert.deepStrictEqual([at('2027-03-06').percent, at('2027-03-06').state], [0, 'free']);
    // Fri 12: B4 on a leave day: over, though 100%.
    assert.deepStrictEqual(at('2027-03-12'), { day: parseDate('2027-03-12')!, percent: 100, state: 'over', leave: true });
    // The weekly cells add up the same days.
    const week = load.cells.find((c) => c.person === 'zhao' && c.week === 1)!;
    assert.strictEqual(week.booked, zhao.days.slice(7).reduce((s, d) => s + d.percent, 0) / 100);
    // Capacity 0.5: one full-time day is 200%, over.
    const qian = dailyLoad(ws.index(), 'qian', parseDate('2027-03-08')!, parseDate('2027-03-08')!);
    assert.deepStrictEqual(qian.days.map((d) => [d.percent, d.state]), [[200, 'over']]);
    assert.deepStrictEqual(dailyLoad(ws.index(), 'nobody', parseDate('2027-03-01')!, parseDate('2027-03-02')!).days.map((d) => d.state), ['free', 'free']);
  });
});
