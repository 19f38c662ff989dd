import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule success-criteria-missing', () => {
  it('fires at the successCriteria key when the list is empty', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      mode: onsite
      start: 2026-12-01
      successCriteria: []
      tasks:
        - { id: T1, name: 情报收集, phase: intelligence, start: 2026-12-01, duration: 2d }
    ` }, 'success-criteria-missing');
    assert.deepStrictEqual(brief(hits), ['6:successCriteria']);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /POC 某银行日志分析平台 POC lists no success criteria/);
    assert.deepStrictEqual(hits[0].data, { pocId: 'bank-log-poc', keyWritten: true });
  });

  it('fires at the POC id when successCriteria is not written, and on placeholder-only lists', () => {
    const absent = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
    ` }, 'success-criteria-missing');
    assert.deepStrictEqual(brief(absent), ['2:bank-log-poc']);
    assert.strictEqual(absent[0].data?.keyWritten, false);

    const placeholder = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      successCriteria:
        - { id: , description: 待补充 }
    ` }, 'success-criteria-missing');
    assert.deepStrictEqual(brief(placeholder), ['2:successCriteria']);
  });

  it('points at the start of the file when there is neither key nor id', () => {
    const hits = check({ 'empty.poc.yaml': '# 还没开始写\n' }, 'success-criteria-missing');
    assert.deepStrictEqual(hits.map((h) => [h.line, h.column, h.text]), [[1, 1, '']]);
  });

  it('does not fire when one criterion is written (even in the wrong shape)', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      successCriteria:
        - { id: SC1, description: 检索 P95 小于 3 秒, metric: search_p95_seconds, target: "< 3" }
    ` }, 'success-criteria-missing'), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      successCriteria: [检索 P95 小于 3 秒]
    ` }, 'success-criteria-missing'), []);
  });

  it('does not look at other kinds', () => {
    assert.deepStrictEqual(check({ 'bank.project.yaml': 'id: bank-impl\ntitle: 某银行实施\n' }, 'success-criteria-missing'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nsuccessCriteria:\n' }, 'success-criteria-missing', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['2:successCriteria']);
    assert.match(hits[0].message, /“bank-log-poc”的成功标准为空。请在 POC 开始前与客户和销售共同确定/);
  });
});
