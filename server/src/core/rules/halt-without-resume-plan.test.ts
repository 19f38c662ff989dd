import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'halt-without-resume-plan';

const project = (halts: string) =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
  ` + halts;

describe('rule halt-without-resume-plan', () => {
  it('fires at the from date of a halt without resume plan', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - from: 2027-02-01
          to: 2027-02-12
          reason: 客户机房搬迁
        - { from: 2027-03-01, reason: 客户等保检查, resumePlan: 待定 }
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['6:2027-02-01', '9:2027-03-01']);
    assert.deepStrictEqual(hits.map((h) => h.data), [
      { from: '2027-02-01', to: '2027-02-12' },
      { from: '2027-03-01', to: null },
    ]);
    assert.match(hits[0].message, /The halt from 2027-02-01 to 2027-02-12 \(客户机房搬迁\) has no resume plan/);
  });

  it('does not fire when the next implementation date is agreed', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - { from: 2027-02-01, reason: 客户机房搬迁, resumePlan: 已与刘总确认 2027-02-15 恢复现场实施 }
    `) }, RULE);
    assert.deepStrictEqual(hits, []);
  });

  it('falls back to the first key without a from date, and never throws', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - reason: 客户方原因叫停
          resumePlan: ""
        - 停
        - {}
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['6:reason', '9:{}']);
    assert.match(hits[0].message, /The halt #1 \(客户方原因叫停\)/);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('halts: 无\n') }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('halts:\n  - { from: 2027-02-01, reason: 客户机房搬迁 }\n') }, RULE, { locale: 'zh-CN' });
    assert.match(hits[0].message, /^自 2027-02-01 起的叫停（客户机房搬迁）没有恢复计划。请提前与客户沟通确认下一次实施时间/);
  });
});
