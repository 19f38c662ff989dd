import * as assert from 'assert';
import { baselineOf } from '../baselines/write';
import { parseDate } from '../dates';
import { Portfolio } from '../portfolio';
import { resolveSettings } from '../settings';
import { Workspace } from '../workspace';
import { check, workspaceOf, yaml } from '../testing';

/** Plan X: zhao's A1 (2027-01-04..01-08) and A2 after it (3 days). */
const bank = (delays = '') => yaml`
  kind: project
  id: bank-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 5d }
    - { id: A2, name: 数据接入, owner: zhao, dependsOn: [A1], duration: 3d }
` + delays;

/** Plan Y: zhao's B1 on the given days; sun is its sales contact. */
const broker = (from: string, to: string, sales = '  - { id: sun, name: 孙八, role: sales }\n') =>
  yaml`
  kind: project
  id: broker-impl
  title: 某证券日志平台实施项目
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
` +
  sales +
  `tasks:\n  - { id: B1, name: 方案设计, owner: zhao, start: ${from}, end: ${to} }\n`;

const DELAY = 'delays:\n  - { task: A1, date: 2027-01-06, days: 2, reason: 机房未就绪, reportedToSales: 2027-01-06 }\n';
const hits = (files: Record<string, string>, opts = {}) => check(files, 'delay-impact', { today: '2027-01-05', ...opts }).map((h) => `${h.file}:${h.line} ${h.text} ${h.message}`);

describe('delay-impact', () => {
  it('a delay that pushes the person into over-allocation in another plan: at the delay, naming the plan, period and sales', () => {
    // A1 now ends 2027-01-12: its pushed part 01-11..01-12 meets B1.
    const files = { 'bank.project.yaml': bank(DELAY), 'broker.project.yaml': broker('2027-01-11', '2027-01-15') };
    assert.deepStrictEqual(hits(files), [
      "bank.project.yaml:11 A1 The delay of A1 (环境部署) makes 赵六 (zhao) over-allocated in 某证券日志平台实施项目 (broker-impl) on 2027-01-11..2027-01-12: tell its sales contact 孙八 (sun) and add broker-impl to the delay's affects.",
    ]);
    const [zh] = check(files, 'delay-impact', { today: '2027-01-05', locale: 'zh-CN' });
    assert.strictEqual(zh.message, 'A1（环境部署）的延期导致赵六在“某证券日志平台实施项目”中 2027-01-11 至 2027-01-12 超负荷：请告知该项目的销售孙八，并在延期记录中关联该项目。');
    assert.deepStrictEqual(zh.data, { taskId: 'A1', person: 'zhao', plan: 'broker-impl', planTitle: '某证券日志平台实施项目', sales: 'sun', dates: ['2027-01-11..2027-01-12'], delayIndex: 0 });
    // It points into the other plan: its task and its sales contact.
    assert.deepStrictEqual(zh.related?.map((r) => r.split(': ')[0]), ['broker.project.yaml:9', 'broker.project.yaml:7']);
    // The other plan is not told by this rule (its own plan has no delay).
    assert.deepStrictEqual(hits(files).filter((h) => h.startsWith('broker')), []);
  });

  it('quiet once the plan is in the delay’s affects', () => {
    const recorded = DELAY.replace('reportedToSales: 2027-01-06 }', 'reportedToSales: 2027-01-06, affects: [broker-impl] }');
    assert.deepStrictEqual(hits({ 'bank.project.yaml': bank(recorded), 'broker.project.yaml': broker('2027-01-11', '2027-01-15') }), []);
  });

  it('quiet when the conflict lies outside the pushed part (it was there before the delay)', () => {
    const files = { 'bank.project.yaml': bank(DELAY), 'broker.project.yaml': broker('2027-01-05', '2027-01-06') };
    assert.strictEqual(check(files, 'over-allocated', { today: '2027-01-05' }).length, 2);
    assert.deepStrictEqual(hits(files), []);
  });

  it('quiet without a delay or slip, and for a delay of 0 days', () => {
    const y = broker('2027-01-11', '2027-01-15');
    assert.deepStrictEqual(hits({ 'bank.project.yaml': bank(), 'broker.project.yaml': y }), []);
    assert.deepStrictEqual(hits({ 'bank.project.yaml': bank(DELAY.replace('days: 2', 'days: 0')), 'broker.project.yaml': y }), []);
  });

  it('says when the other plan has no sales contact', () => {
    const files = { 'bank.project.yaml': bank(DELAY), 'broker.project.yaml': broker('2027-01-11', '2027-01-15', '') };
    assert.match(hits(files)[0], /on 2027-01-11\.\.2027-01-12: its team has no sales contact: tell its sales and add broker-impl/);
    const [zh] = check(files, 'delay-impact', { today: '2027-01-05', locale: 'zh-CN' });
    assert.match(zh.message, /超负荷：该项目团队中没有销售，请告知该项目的销售，并在延期记录中关联该项目。$/);
    assert.strictEqual(zh.data?.sales, null);
  });

  it('finds the sales contact among a person’s several roles', () => {
    const files = { 'bank.project.yaml': bank(DELAY), 'broker.project.yaml': broker('2027-01-11', '2027-01-15', '  - { id: sun, name: 孙八, roles: [presales, sales] }\n') };
    assert.match(hits(files)[0], /tell its sales contact 孙八 \(sun\)/);
  });

  it('a slip against the baseline: the task pushed by its predecessor fires at its own id', () => {
    const ws = workspaceOf({ 'bank.project.yaml': bank() });
    const b = baselineOf(ws.get('file:///ws/bank.project.yaml')!, { name: 'kickoff', taken: parseDate('2027-01-01')!, locale: 'zh-CN' });
    assert.ok('text' in b);
    // A1 takes 7 days: A1 ends 01-12 (baseline 01-08), A2 runs 01-13..01-15 (baseline 01-11..01-13).
    const longer = bank().replace('duration: 5d', 'duration: 7d');
    const files = { 'bank.project.yaml': longer, 'bank.kickoff.baseline.yaml': b.text, 'broker.project.yaml': broker('2027-01-14', '2027-01-15') };
    const found = check(files, 'delay-impact', { today: '2027-01-05' });
    assert.deepStrictEqual(
      found.map((h) => `${h.line} ${h.text} ${h.message}`),
      ["9 A2 The slip of A2 (数据接入) makes 赵六 (zhao) over-allocated in 某证券日志平台实施项目 (broker-impl) on 2027-01-14..2027-01-15: tell its sales contact 孙八 (sun), and record the delay with broker-impl in its affects."],
    );
    assert.strictEqual(found[0].data?.delayIndex, null);
    // Before the slip the same days of B1 are no conflict of a pushed part: quiet.
    assert.deepStrictEqual(hits({ ...files, 'bank.project.yaml': bank() }), []);
  });

  it('a slip explained by a delay entry is reported at that entry', () => {
    const ws = workspaceOf({ 'bank.project.yaml': bank() });
    const b = baselineOf(ws.get('file:///ws/bank.project.yaml')!, { name: 'kickoff', taken: parseDate('2027-01-01')!, locale: 'zh-CN' });
    assert.ok('text' in b);
    // The delay of A1 (2 days) pushes A2 to 01-13..01-15 too; A2 slips by 2 against the baseline.
    const files = { 'bank.project.yaml': bank(DELAY), 'bank.kickoff.baseline.yaml': b.text, 'broker.project.yaml': broker('2027-01-14', '2027-01-15') };
    assert.deepStrictEqual(hits(files).map((h) => h.split(' makes')[0]), ['bank.project.yaml:9 A2 The slip of A2 (数据接入)']);
    const both = DELAY + '  - { task: A2, date: 2027-01-06, days: 0, reason: 前序任务延期, reportedToSales: 2027-01-06 }\n';
    assert.deepStrictEqual(hits({ ...files, 'bank.project.yaml': bank(both) }).map((h) => h.split(' makes')[0]), ['bank.project.yaml:12 A2 The delay of A2 (数据接入)']);
  });

  it('across folders: an edit of the other plan re-checks this one (its sales contact), and equals a fresh check', () => {
    const a = 'file:///custA/bank.project.yaml';
    const b = 'file:///custB/broker.project.yaml';
    const folders = () => {
      const portfolio = new Portfolio<Workspace>();
      const opts = { settings: resolveSettings({}), locale: 'en', today: parseDate('2027-01-05'), portfolio };
      return { portfolio, wa: new Workspace(opts), wb: new Workspace(opts) };
    };
    const { portfolio, wa, wb } = folders();
    wa.set(a, bank(DELAY));
    wb.set(b, broker('2027-01-11', '2027-01-15'));
    const before = wa.check(a).filter((d) => d.rule === 'delay-impact');
    assert.match(before[0].message, /tell its sales contact 孙八 \(sun\)/);
    // sun is no longer sales there: sun books nothing in A, yet A is re-checked (it points into B).
    const edited = broker('2027-01-11', '2027-01-15', '  - { id: sun, name: 孙八, role: pm }\n');
    const r = wb.set(b, edited);
    const recheck = new Set([...portfolio.filesWithPeople(r.people), ...portfolio.citingFiles(b)].flatMap(([, uris]) => uris));
    assert.ok(recheck.has(a), [...recheck].join(', '));
    const after = wa.check(a);
    assert.match(after.find((d) => d.rule === 'delay-impact')!.message, /its team has no sales contact/);
    const fresh = folders();
    fresh.wa.set(a, bank(DELAY));
    fresh.wb.set(b, edited);
    assert.deepStrictEqual(after, fresh.wa.check(a));
    // B1 moved away from the pushed part: the person's bookings changed, A is re-checked and quiet.
    const moved = wb.set(b, broker('2027-01-18', '2027-01-22'));
    assert.ok(portfolio.filesWithPeople(moved.people).some(([w, uris]) => w === wa && uris.includes(a)));
    assert.deepStrictEqual(wa.check(a).filter((d) => d.rule === 'delay-impact'), []);
  });
});
