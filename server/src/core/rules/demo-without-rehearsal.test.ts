import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule demo-without-rehearsal', () => {
  it('fires at the demo task id when the only rehearsal ends after the demo starts', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      start: 2026-12-01
      tasks:
        - { id: T1, name: 情报收集, phase: intelligence, start: 2026-12-01, duration: 2d }
        - { id: T2, name: 设计演示流程, phase: scenario, dependsOn: [T1], duration: 2d }
        - { id: T3, name: 演示预演, phase: rehearsal, start: 2026-12-16, duration: 1d }
        - { id: T4, name: 产品演示, phase: demo, start: 2026-12-15, duration: 1d }
    ` }, 'demo-without-rehearsal');
    assert.deepStrictEqual(brief(hits), ['9:T4']);
    assert.strictEqual(
      hits[0].message,
      'Demo task T4 (产品演示, starts 2026-12-15) has no rehearsal scheduled before it: T3 ends 2026-12-16. Schedule the rehearsal to end before 2026-12-15 (e.g. add it to the demo\'s dependsOn).',
    );
    assert.deepStrictEqual(hits[0].data, { taskId: 'T4', demoStart: '2026-12-15', rehearsals: [{ taskId: 'T3', end: '2026-12-16' }] });
  });

  it('fires when there is no rehearsal task at all', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: T1, name: 设计演示流程, phase: scenario, start: 2026-12-01, duration: 3d }
        - { id: T2, name: 产品演示, phase: demo, dependsOn: [T1], duration: 1d }
    ` }, 'demo-without-rehearsal');
    assert.deepStrictEqual(brief(hits), ['5:T2']);
    assert.match(hits[0].message, /Demo task T2 \(产品演示, starts 2026-12-04\) has no rehearsal task before it/);
  });

  it('a rehearsal the demo depends on, or one that ends the day before, counts', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      start: 2026-12-01
      tasks:
        - { id: T3, name: 演示预演, phase: rehearsal, start: 2026-12-14, duration: 1d }
        - { id: T4, name: 产品演示, phase: demo, start: 2026-12-15, duration: 1d }
        - { id: T5, name: 二次演示, phase: demo, dependsOn: [T6], duration: 1d }
        - { id: T6, name: 二次预演, phase: rehearsal, dependsOn: [T4], duration: 1d }
    ` }, 'demo-without-rehearsal'), []);
  });

  it('cancelled rehearsals do not count, cancelled demos are not checked', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      tasks:
        - { id: T3, name: 演示预演, phase: rehearsal, start: 2026-12-14, duration: 1d, status: cancelled }
        - { id: T4, name: 产品演示, phase: demo, start: 2026-12-15, duration: 1d }
        - { id: T5, name: 领导专场演示, phase: demo, start: 2026-12-18, duration: 1d, status: cancelled }
    ` }, 'demo-without-rehearsal');
    assert.deepStrictEqual(brief(hits), ['4:T4']);
  });

  it('without dates, fires only when there is no rehearsal task', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      tasks:
        - { id: T3, name: 演示预演, phase: rehearsal }
        - { id: T4, name: 产品演示, phase: demo }
    ` }, 'demo-without-rehearsal'), []);
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\ntasks:\n  - { name: 产品演示, phase: demo }\n' }, 'demo-without-rehearsal');
    assert.deepStrictEqual(brief(hits), ['3:产品演示']);
    assert.strictEqual(hits[0].data?.taskId, null);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      tasks:
        - { id: T4, name: 产品演示, phase: demo, start: 2026-12-15, duration: 1d }
    ` }, 'demo-without-rehearsal', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '演示任务 T4（产品演示，2026-12-15 开始）之前没有预演任务。请增加阶段为“演示预演”的预演任务，在 2026-12-15 之前完成，并将其加入演示任务的前置任务，预先检查数据、目标指标和演示流程。',
    );
  });
});
