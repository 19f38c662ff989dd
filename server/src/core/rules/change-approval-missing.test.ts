import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'change-approval-missing';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  tasks:
    - { id: T1, name: 移动端告警开发, duration: 3, change: CR1 }
    - { id: T2, name: 大屏开发, duration: 2, change: CR2 }
    - { id: T3, name: 报表开发, duration: 2, change: CR3 }
  changes:
    - { id: CR1, description: 移动端告警, scope: next-phase, decision: accepted }
    - { id: CR2, description: 大屏, scope: next-phase, decision: accepted, approvedBy: zhao }
    - { id: CR3, description: 报表, scope: next-phase, decision: accepted, approvedBy: 刘总 }
    - { id: CR4, description: 审计, scope: next-phase, decision: accepted }
    - { id: CR5, description: 样式, scope: daily-change, decision: accepted }
`;

const stakeholders = yaml`
  kind: stakeholders
  stakeholders:
    - { id: liu, name: 刘总, org: customer }
    - { id: zhao, name: 赵工, org: vendor }
`;

describe('rule change-approval-missing', () => {
  it('fires on a next-phase change with linked tasks and no customer approval', () => {
    const hits = check({ 'p.project.yaml': project, 's.stakeholders.yaml': stakeholders }, RULE);
    assert.deepStrictEqual(brief(hits), ['10:CR1', '11:zhao']);
    assert.deepStrictEqual(hits.map((h) => h.data), [
      { changeId: 'CR1', tasks: ['T1'], approvedBy: null },
      { changeId: 'CR2', tasks: ['T2'], approvedBy: 'zhao' },
    ]);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /^Change CR1 is for the next phase, but tasks T1 already do it in this phase, and no approval is recorded\./);
    assert.match(hits[1].message, /zhao is not a customer stakeholder/);
  });

  it('does not fire with a customer approver (by id or name), without linked tasks, or when nobody can be checked', () => {
    const ok = project.replace('decision: accepted }\n  - { id: CR2', 'decision: accepted, approvedBy: liu }\n  - { id: CR2').replace('approvedBy: zhao', 'approvedBy: 刘总');
    assert.deepStrictEqual(check({ 'p.project.yaml': ok, 's.stakeholders.yaml': stakeholders }, RULE), []);
    assert.deepStrictEqual(brief(check({ 'p.project.yaml': project }, RULE)), ['10:CR1']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'p.project.yaml': project, 's.stakeholders.yaml': stakeholders }, RULE, { locale: 'zh-CN' });
    assert.strictEqual(hits[1].message,
      '变更 CR2 已定为放到下一期，但任务 T2 已在本期实施，批准人“zhao”不是客户方干系人。提前实施下一期的内容须经客户同意，请填写批准此事的客户方干系人。');
  });

  it('never throws on odd input', () => {
    assert.deepStrictEqual(check({ 'p.project.yaml': 'kind: project\ntasks: [1, {change: 3}]\nchanges: [2, {scope: next-phase}]\n' }, RULE), []);
  });
});
