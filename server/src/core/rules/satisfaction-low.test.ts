import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'satisfaction-low';
const project = (items: string) => yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  satisfaction:
` + items;

describe('rule satisfaction-low', () => {
  it('fires at a score below 7 of 10 without a follow-up', () => {
    const hits = check({ 'a.project.yaml': project('  - { date: 2027-02-05, score: 6 }\n  - { date: 2027-03-05, score: 7 }\n') }, RULE);
    assert.deepStrictEqual(brief(hits), ['5:6']);
    assert.deepStrictEqual(hits[0].data, { score: 6, scale: 10, threshold: 7, date: '2027-02-05' });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /on 2027-02-05 scored 6 of 10, below 7, and no follow-up is recorded\. Tell sales to follow up/);
  });

  it('scales the threshold to the survey scale, and follows the setting', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 3, scale: 5 }\n') }, RULE).map((h) => h.data?.threshold), [3.5]);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 4, scale: 5 }\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 75, scale: 100 }\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 6 }\n') }, RULE, { settings: { satisfactionThreshold: 6 } }), []);
  });

  it('does not fire once a follow-up with a date is recorded', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 5, followUp: { date: 2027-02-07, by: zhang } }\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('  - { score: 5, followUp: { by: zhang } }\n') }, RULE).length, 1);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('  - { date: 2027-02-05, score: 6 }\n') }, RULE, { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message, '项目“某银行日志平台实施项目”2027-02-05 的满意度调查得分 6（满分 10），低于 7，且没有回访记录。请反馈销售，由销售就客户的不满意项进行回访，并记录回访日期与回访人。');
  });
});
