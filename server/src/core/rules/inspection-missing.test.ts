import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'inspection-missing';
const project = (extra: string) => yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  end: 2027-03-31
  contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }
` + extra;

describe('rule inspection-missing', () => {
  it('fires at the inspections key for each expected date up to today with no entry near it', () => {
    const hits = check({ 'a.project.yaml': project('inspections:\n  - { due: 2027-04-10, done: true }\n') }, RULE, { today: '2027-10-01' });
    assert.deepStrictEqual(brief(hits), ['7:inspections', '7:inspections']);
    assert.deepStrictEqual(hits.map((h) => h.data), [{ expected: '2027-06-28', basis: 'contract' }, { expected: '2027-09-28', basis: 'contract' }]);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /has no inspection for 2027-06-28, which the maintenance contract expects \(maintenance from 2026-12-28, the contract signing\)/);
  });

  it('reports at contract.inspectionEvery when there is no inspections section', () => {
    assert.deepStrictEqual(brief(check({ 'a.project.yaml': project('') }, RULE, { today: '2027-04-01' })), ['6:quarterly']);
  });

  it('does not double-report an inspection that is planned but overdue (inspection-overdue has it)', () => {
    const text = project('inspections:\n  - { due: 2027-03-31, done: false }\n');
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE, { today: '2027-05-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, 'inspection-overdue', { today: '2027-05-01' }).length, 1);
  });

  it('does not fire before the expected date, without a maintenance period or an interval', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE, { today: '2027-03-27' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\ncontract: { signed: 2026-12-28, inspectionEvery: monthly }\n' }, RULE, { today: '2028-01-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\ncontract: { signed: 2026-12-28, maintenanceMonths: 12 }\n' }, RULE, { today: '2028-01-01' }), []);
  });

  it('counts from a signed final acceptance', () => {
    const text = project('acceptance: { type: final, report: { signed: true, date: 2027-04-15 } }\ninspections: []\n');
    const hits = check({ 'a.project.yaml': text }, RULE, { today: '2027-08-01' });
    assert.deepStrictEqual(hits.map((h) => h.data), [{ expected: '2027-07-15', basis: 'acceptance' }]);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('') }, RULE, { today: '2027-04-01', locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '按合同维保期规定（维保期自合同签署日 2026-12-28 起），项目“某银行日志平台实施项目”应在 2027-03-28 前后巡检，但巡检记录中没有这一次。请安排技术支持小组巡检，并在巡检记录中补记应巡检日期。',
    );
  });
});
