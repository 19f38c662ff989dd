import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'inspection-overdue';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  end: 2027-03-31
  contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }
  inspections:
    - { due: 2027-06-30, done: true }
    - { due: 2027-09-30, done: false }
    - due: 2027-12-31
`;

describe('rule inspection-overdue', () => {
  it('fires at the due date of a past inspection that is not done', () => {
    const hits = check({ 'a.project.yaml': project }, RULE, { today: '2027-10-08' });
    assert.deepStrictEqual(brief(hits), ['9:2027-09-30']);
    assert.deepStrictEqual(hits[0].data, { due: '2027-09-30', days: 8 });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /inspection of project 某银行日志平台实施项目 due on 2027-09-30 is 8 days overdue/);
  });

  it('does not fire on the due day itself, nor for done inspections', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project }, RULE, { today: '2027-09-30' }), []);
  });

  it('treats a missing done as not done', () => {
    const hits = check({ 'a.project.yaml': project }, RULE, { today: '2028-01-02' });
    assert.deepStrictEqual(brief(hits), ['9:2027-09-30', '10:2027-12-31']);
  });

  it('never throws on odd inspections', () => {
    const odd = 'inspections:\n  - { due: 2027-02-30 }\n  - 巡检\n  - { done: false }\n';
    assert.deepStrictEqual(check({ 'a.project.yaml': odd }, RULE, { today: '2028-01-02' }), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project }, RULE, { today: '2027-10-08', locale: 'zh-CN' });
    assert.match(hits[0].message, /项目“某银行日志平台实施项目”应于 2027-09-30 完成的巡检已逾期 8 天仍未完成/);
  });
});
