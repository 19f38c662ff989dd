import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'delay-unreported';

const project = (delays: string) =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
    end: 2027-03-31
  ` + delays;

describe('rule delay-unreported', () => {
  it('fires for a delay without reason at its task, and for a missing report at its date', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - task: T5
          date: 2027-02-10
          days: 3
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['7:T5', '8:2027-02-10']);
    assert.deepStrictEqual(hits.map((h) => h.data), [
      { task: 'T5', date: '2027-02-10', missing: 'reason' },
      { task: 'T5', date: '2027-02-10', missing: 'reportedToSales' },
    ]);
    assert.match(hits[0].message, /task T5 on 2027-02-10 has no reason/);
    assert.match(hits[1].message, /has not been reported to sales/);
  });

  it('fires at reportedToSales when sales heard of it after the day', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - { task: T5, date: 2027-02-10, days: 3, reason: 客户机房网络未开通, reportedToSales: 2027-02-12 }
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['7:2027-02-12']);
    assert.deepStrictEqual(hits[0].data, { task: 'T5', date: '2027-02-10', reportedToSales: '2027-02-12', lateDays: 2 });
    assert.match(hits[0].message, /reported to sales on 2027-02-12, 2 days late/);
  });

  it('does not fire for a delay with reason reported the same day', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - { task: T5, date: 2027-02-10, days: 3, reason: 客户数据源接入延后, reportedToSales: 2027-02-10, affects: [bank-b-impl] }
    `) }, RULE);
    assert.deepStrictEqual(hits, []);
  });

  it('treats a placeholder reason as missing and falls back to the first key without a task', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - days: 2
          reason: 待定
          reportedToSales: 2027-02-10
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['7:days']);
    assert.match(hits[0].message, /entry #1 has no reason/);
  });

  it('never throws on odd delays', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - 3
        - { task: 7, date: 2027-02-30, reason: 延期, reportedToSales: 2027-02-31 }
        - {}
    `) }, RULE);
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), ['reason', 'reportedToSales']);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'delays: 5\n' }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      delays:
        - { task: T5, date: 2027-02-10, reason: 客户机房网络未开通 }
    `) }, RULE, { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['7:2027-02-10']);
    assert.match(hits[0].message, /任务 T5 在 2027-02-10 的延期没有反馈销售。延期需要当日反馈销售/);
  });
});
