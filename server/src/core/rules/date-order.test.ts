import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  end: 2027-03-31
  calendar:
    holidays: [2027-02-10..2027-02-16, "2027-04-05..2027-04-03"]
    workdays: [2027-02-07, 2027-02-21..2027-02-20]
  tasks:
    - id: T1
      name: 项目启动会
      start: 2027-01-05
      end: 2027-01-04
    - id: T2
      name: 数据接入
      start: 2027-01-06
      duration: 5d
    - id: T3
      name: 告警配置
      dependsOn: [T2]
      end: 2027-01-12
    - id: T4
      name: 报表开发
      dependsOn: [T2]
      end: 2027-01-13
    - id: T5
      name: 产品培训
      end: 2027-01-01
  halts:
    - { from: 2027-02-20, to: 2027-02-18, reason: 客户机房搬迁 }
    - { from: 2027-03-01, to: 2027-03-01, reason: 停电 }
`;

describe('rule date-order', () => {
  it('fires on tasks, halts and calendar ranges whose end is before their start', () => {
    const hits = check({ 'bank.project.yaml': project }, 'date-order');
    assert.deepStrictEqual(brief(hits), [
      '7:"2027-04-05..2027-04-03"',
      '8:2027-02-21..2027-02-20',
      '13:2027-01-04',
      '21:2027-01-12',
      '28:2027-01-01',
      '30:2027-02-18',
    ]);
    assert.ok(hits.every((h) => h.severity === 'error'));
    // T1: explicit start and end.
    assert.match(hits[2].message, /T1 \(项目启动会\) ends on 2027-01-04, before its start 2027-01-05/);
    // T3: T2 runs Wed 2027-01-06 … Tue 2027-01-12 (5 working days), so T3 may start on 2027-01-13 at the earliest.
    assert.match(hits[3].message, /T2 \(数据接入\) lets it start only on 2027-01-13/);
    assert.deepStrictEqual(hits[3].data, { taskId: 'T3', dependency: 'T2', start: '2027-01-13', end: '2027-01-12', suggestion: '2027-01-13' });
    // T5: no start, no dependency: it starts with the project on 2027-01-04.
    assert.match(hits[4].message, /starts with the plan on 2027-01-04/);
    assert.deepStrictEqual(hits[0].data, { list: 'holidays', from: '2027-04-05', to: '2027-04-03', suggestion: '2027-04-03..2027-04-05' });
  });

  it('names the dependency that pushes the start past the end, a weekend milestone too', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      id: p
      start: 2026-12-01
      tasks:
        - { id: T1, name: 数据准备, start: 2026-12-01 }
        - { id: M1, name: 客户数据到位, duration: 0d, start: 2026-12-05 }
        - { id: T2, name: 数据迁移, dependsOn: [T1, M1], end: 2026-12-04 }
    ` }, 'date-order');
    assert.deepStrictEqual(brief(hits), ['6:2026-12-04']);
    assert.strictEqual(hits[0].data?.dependency, 'M1');
  });

  it('fires on the plan window itself', () => {
    const hits = check({ 'a.poc.yaml': 'kind: poc\nid: p\nstart: 2026-12-19\nend: 2026-12-01\n' }, 'date-order');
    assert.deepStrictEqual(hits.map((h) => [h.line, h.column, h.text]), [[4, 6, '2026-12-01']]);
    assert.match(hits[0].message, /The POC ends on 2026-12-01, before it starts on 2026-12-19/);
  });

  it('does not fire on same-day tasks, milestones, ordered ranges or unparsable dates', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      id: p
      start: 2026-12-01
      end: 2026-12-01
      calendar: { holidays: [2026-12-25..2026-12-25, 2026-13-01..2026-12-01, 5], workdays: 2026-12-27 }
      tasks:
        - { id: T1, start: 2026-12-01, end: 2026-12-01 }
        - { id: M1, duration: 0d, end: 2026-11-30, dependsOn: [T1] }
        - { id: T2, dependsOn: [T1], end: 2026-12-02 }
        - { id: T3, start: 2026-12-05, end: 2026-12-32 }
        - { id: T4, start: 2026-12-05, end: 20261201 }
      halts: [ { from: 2026-12-03, to: 2026-12-03 }, { to: 2026-12-01 }, 3 ]
    ` }, 'date-order');
    assert.deepStrictEqual(hits, []);
  });

  it('does not throw on odd input', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': 'calendar: 3\nhalts: {a: 1}\ntasks: [1, [2]]\n' }, 'date-order'), []);
    assert.deepStrictEqual(check({ 'b.project.yaml': '- 1\n' }, 'date-order'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.project.yaml': project }, 'date-order', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[3].message,
      '任务 T3（告警配置）的结束日期 2027-01-12 早于其前置任务 T2（数据接入）允许的最早开始日期 2027-01-13。请把结束日期改到 2027-01-13 或之后，或调整前置任务。',
    );
    assert.strictEqual(hits[5].message, '叫停记录的恢复实施日期 2027-02-18 早于叫停日期 2027-02-20，请修正。');
  });

  describe('lifecycle dates (trial run, departure, acceptance)', () => {
    const head = 'kind: project\nid: p\nstart: 2027-01-04\nend: 2027-03-31\n';
    const hits = (extra: string, locale?: 'zh-CN') => check({ 'a.project.yaml': head + extra }, 'date-order', { locale });

    it('reports a reversed trial run at its end, and one before the project start at its start', () => {
      assert.deepStrictEqual(brief(hits('trialRun: { from: 2027-03-20, to: 2027-03-10 }\n')), ['5:2027-03-10']);
      assert.deepStrictEqual(brief(hits('acceptance: { trialRun: { from: 2027-03-20, to: 2027-03-10 } }\n')), ['5:2027-03-10']);
      const early = hits('trialRun: { from: 2027-01-01, to: 2027-03-10 }\n');
      assert.deepStrictEqual(brief(early), ['5:2027-01-01']);
      assert.match(early[0].message, /trial run starts on 2027-01-01, before the project starts \(2027-01-04\)/);
    });

    it('reports a departure before the start or before the trial run, at the departure', () => {
      assert.deepStrictEqual(brief(hits('departure: 2027-01-02\ntrialRun: { from: 2027-03-15, to: 2027-03-28 }\n')), ['5:2027-01-02']);
      const d = hits('departure: 2027-03-10\ntrialRun: { from: 2027-03-15, to: 2027-03-28 }\n');
      assert.deepStrictEqual(d.map((h) => h.data), [{ from: '2027-03-15', to: '2027-03-10' }]);
      assert.match(d[0].message, /departure on 2027-03-10 is before the trial run starts \(2027-03-15\)/);
    });

    it('reports a signed acceptance before the kickoff, and a receipt before the sending', () => {
      assert.deepStrictEqual(brief(hits('acceptance: { report: { signed: true, date: 2026-12-30 } }\n')), ['5:2026-12-30']);
      assert.deepStrictEqual(brief(hits('acceptance: { reportSent: 2027-04-02, reportReceived: 2027-04-01 }\n')), ['5:2027-04-01']);
    });

    it('does not fire on lifecycle dates in order, or on unsigned and invalid ones', () => {
      assert.deepStrictEqual(hits('departure: 2027-03-20\ntrialRun: { from: 2027-03-15, to: 2027-04-28 }\nacceptance: { reportSent: 2027-04-29, reportReceived: 2027-05-02, report: { signed: true, date: 2027-05-06 } }\n'), []);
      assert.deepStrictEqual(hits('departure: 2027-13-01\nacceptance: { report: { signed: false, date: 2026-12-30 } }\n'), []);
    });

    it('speaks Chinese', () => {
      assert.strictEqual(hits('departure: 2027-03-10\ntrialRun: { from: 2027-03-15, to: 2027-03-28 }\n', 'zh-CN')[0].message, '离场日期 2027-03-10 早于试运行开始日期 2027-03-15：试运行开始后才能离场。请修正离场日期或试运行日期。');
      assert.strictEqual(hits('trialRun: { from: 2027-03-20, to: 2027-03-10 }\n', 'zh-CN')[0].message, '试运行结束日期 2027-03-10 早于开始日期 2027-03-20，请修正试运行日期。');
    });
  });
});
