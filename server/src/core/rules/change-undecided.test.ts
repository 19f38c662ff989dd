import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'change-undecided';

const project = (extra: string) =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
    end: 2027-03-31
  ` + extra;

const cr1 = yaml`
  changes:
    - id: CR1
      date: 2027-02-01
      requestedBy: cio-liu
      description: 新增防火墙日志解析
      scope: next-phase
      decision: pending
`;

describe('rule change-undecided', () => {
  it('fires at the decision when pending more than 5 working days after the date', () => {
    const hits = check({ 'a.project.yaml': project(cr1) }, RULE, { today: '2027-02-09' });
    assert.deepStrictEqual(brief(hits), ['12:pending']);
    assert.deepStrictEqual(hits[0].data, { changeId: 'CR1', days: 6 });
    assert.match(hits[0].message, /Change request CR1 of 2027-02-01 has been waiting for a decision for 6 working days \(limit 5\)/);
  });

  it('does not fire at exactly 5 working days, nor once decided', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project(cr1) }, RULE, { today: '2027-02-08' }), []);
    const decided = cr1.replace('decision: pending', 'decision: deferred');
    assert.deepStrictEqual(check({ 'a.project.yaml': project(decided) }, RULE, { today: '2027-03-01' }), []);
  });

  it('counts working days by the plan calendar and honours the setting', () => {
    const holiday = 'calendar:\n  holidays: [2027-02-08]\n' + cr1;
    assert.deepStrictEqual(check({ 'a.project.yaml': project(holiday) }, RULE, { today: '2027-02-09' }), []);
    assert.deepStrictEqual(
      check({ 'a.project.yaml': project(cr1) }, RULE, { today: '2027-02-09', settings: { changeDecisionDays: 10 } }),
      [],
    );
  });

  it('fires at the change id for a missing scope, and for a missing decision', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      changes:
        - { id: CR2, date: 2027-02-01, requestedBy: cio-liu, description: 报表导出为 PDF }
        - { id: CR3, date: 2027-02-03, description: 告警推送企业微信, scope: in-contract, decision: accepted }
    `) }, RULE, { today: '2027-02-15' });
    assert.deepStrictEqual(brief(hits), ['7:CR2', '7:CR2']);
    assert.deepStrictEqual(hits.map((h) => h.data), [
      { changeId: 'CR2', missing: 'scope' },
      { changeId: 'CR2', days: 10 },
    ]);
  });

  it('never throws on odd changes', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      changes:
        - x
        - { date: 2027-02-30, scope: "" }
        - {}
    `) }, RULE, { today: '2027-02-15' });
    assert.deepStrictEqual(brief(hits), ['8:date', '9:{}']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project(cr1) }, RULE, { today: '2027-02-10', locale: 'zh-CN' });
    assert.match(hits[0].message, /变更请求 CR1（2027-02-01 提出）已 7 个工作日仍待审批（上限 5 个）/);
  });
});
