import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'satisfaction-overdue';

const project = (extra: string, end = '2027-06-30') =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
  ` + `end: ${end}\n` + extra;

const surveys = yaml`
  satisfaction:
    - { date: 2027-01-29, score: 9 }
    - { date: 2027-02-26, score: 8 }
`;

describe('rule satisfaction-overdue', () => {
  it('fires when the last survey is more than 31 days old, at the satisfaction key', () => {
    const hits = check({ 'a.project.yaml': project(surveys) }, RULE, { today: '2027-03-30' });
    assert.deepStrictEqual(brief(hits), ['6:satisfaction']);
    assert.deepStrictEqual(hits[0].data, { last: '2027-02-26', days: 32 });
    assert.strictEqual(hits[0].severity, 'info');
    assert.match(hits[0].message, /last satisfaction survey of project 某银行日志平台实施项目 was on 2027-02-26, 32 days ago/);
  });

  it('does not fire at exactly 31 days, nor when the interval setting is longer', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project(surveys) }, RULE, { today: '2027-03-29' }), []);
    assert.deepStrictEqual(
      check({ 'a.project.yaml': project(surveys) }, RULE, { today: '2027-03-30', settings: { satisfactionIntervalDays: 45 } }),
      [],
    );
  });

  it('counts from the project start when there is no survey, at the project id', () => {
    const hits = check({ 'a.project.yaml': project('') }, RULE, { today: '2027-02-05' });
    assert.deepStrictEqual(brief(hits), ['2:bank-log-impl']);
    assert.deepStrictEqual(hits[0].data, { last: null, days: 32 });
    assert.match(hits[0].message, /started on 2027-01-04, 32 days ago .* no satisfaction survey yet/);
  });

  it('ignores surveys dated after today', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      satisfaction:
        - { date: 2027-01-29, score: 9 }
        - { date: 2027-03-31 }
    `) }, RULE, { today: '2027-03-10' });
    assert.deepStrictEqual(hits.map((h) => h.data), [{ last: '2027-01-29', days: 40 }]);
  });

  it('only checks while the project runs', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE, { today: '2026-12-10' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('', '2027-03-31') }, RULE, { today: '2027-04-20' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\nsatisfaction: 5\n' }, RULE, { today: '2027-04-20' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'satisfaction: [1, { date: 2027-13-01 }]\nstart: 2027-01-04\n' }, RULE, { today: '2027-01-10' }), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project(surveys) }, RULE, { today: '2027-04-01', locale: 'zh-CN' });
    assert.match(hits[0].message, /项目“某银行日志平台实施项目”上次满意度调查在 2027-02-26，距今已 34 天（超过 31 天）/);
  });

  describe('after the departure (结项): one survey expected', () => {
    const left = (extra: string) => project('departure: 2027-04-01\n' + extra, '2027-04-30');

    it('fires at the satisfaction key when no survey follows the departure after the interval', () => {
      const hits = check({ 'a.project.yaml': left(surveys) }, RULE, { today: '2027-05-03' });
      assert.deepStrictEqual(brief(hits), ['7:satisfaction']);
      assert.deepStrictEqual(hits[0].data, { last: '2027-04-01', days: 32, after: 'departure' });
      assert.match(hits[0].message, /left the site on 2027-04-01, 32 days ago \(more than 31\), and has no satisfaction survey since/);
      // After the end too, and at the departure when there is no satisfaction section.
      assert.deepStrictEqual(brief(check({ 'a.project.yaml': left('') }, RULE, { today: '2027-08-01' })), ['6:2027-04-01']);
    });

    it('does not fire once a survey follows the departure, nor within the interval, nor monthly after it', () => {
      const after = surveys + '    - { date: 2027-04-02, score: 9 }\n';
      assert.deepStrictEqual(check({ 'a.project.yaml': left(after) }, RULE, { today: '2028-01-01' }), []);
      assert.deepStrictEqual(check({ 'a.project.yaml': left(surveys) }, RULE, { today: '2027-05-02' }), []);
      // Before the departure the monthly check still applies.
      assert.deepStrictEqual(check({ 'a.project.yaml': left(surveys) }, RULE, { today: '2027-03-30' }).map((h) => h.data?.last), ['2027-02-26']);
    });

    it('speaks Chinese', () => {
      const hits = check({ 'a.project.yaml': left(surveys) }, RULE, { today: '2027-05-03', locale: 'zh-CN' });
      assert.strictEqual(hits[0].message, '项目“某银行日志平台实施项目”已于 2027-04-01 离场（结项），距今 32 天（超过 31 天），此后尚无满意度调查。请安排客户填写结项满意度调查，并记录调查日期与评分。');
    });
  });
});
