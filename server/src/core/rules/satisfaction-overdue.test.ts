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
});
