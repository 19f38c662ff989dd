import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule onsite-tasks-missing', () => {
  it('fires at the tasks key, naming the missing phases', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      mode: onsite
      start: 2026-12-01
      tasks:
        - { id: T1, name: 情报收集, phase: intelligence, start: 2026-12-01, duration: 2d }
        - { id: T2, name: 软件集成验证, phase: integration, dependsOn: [T1], duration: 3d }
        - { id: T3, name: 现场部署, phase: deployment, dependsOn: [T2], duration: 2d, status: cancelled }
        - { id: T4, name: 产品演示, phase: demo, dependsOn: [T3], duration: 1d }
    ` }, 'onsite-tasks-missing');
    assert.deepStrictEqual(brief(hits), ['6:tasks']);
    assert.deepStrictEqual(hits[0].data?.missingPhases, ['deployment']);
    assert.match(hits[0].message, /Onsite POC 某银行日志分析平台 POC has no on-site product deployment and verification \(phase: deployment\) task/);
  });

  it('fires at the mode value when no tasks are written', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: onsite\n' }, 'onsite-tasks-missing');
    assert.deepStrictEqual(brief(hits), ['2:onsite']);
    assert.deepStrictEqual(hits[0].data?.missingPhases, ['integration', 'deployment']);
  });

  it('does not fire when both tasks exist, or for a remote POC', () => {
    const tasks = yaml`
      tasks:
        - { id: T2, name: 软件集成验证, phase: integration, start: 2026-12-03, duration: 3d }
        - { id: T3, name: 产品部署, phase: deployment, dependsOn: [T2], duration: 2d }
    `;
    assert.deepStrictEqual(check({ 'bank.poc.yaml': `id: bank-log-poc\nmode: onsite\n${tasks}` }, 'onsite-tasks-missing'), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: remote\ntasks: []\n' }, 'onsite-tasks-missing'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: onsite\ntasks: []\n' }, 'onsite-tasks-missing', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['3:tasks']);
    assert.match(hits[0].message, /^现场 POC “bank-log-poc”缺少软件集成验证和产品部署与验证任务。/);
  });
});
