import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule unqualified', () => {
  it('fires at each written field that is not true', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      qualification:
        financiallyVetted: false
        purchaseCommitment: 待确认
        conceptFit: 需要不可篡改的审计日志
    ` }, 'unqualified');
    assert.deepStrictEqual(brief(hits), ['5:false', '6:待确认']);
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['financiallyVetted'], ['purchaseCommitment']]);
    assert.match(hits[0].message, /financial vetting of the customer is not confirmed \(financiallyVetted: false\)/);
  });

  it('groups absent fields into one diagnostic at the qualification key', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      qualification:
        financiallyVetted: true
        stakeholderSupport: CIO 支持
    ` }, 'unqualified');
    assert.deepStrictEqual(brief(hits), ['2:qualification']);
    assert.deepStrictEqual(hits[0].data?.missing, ['purchaseCommitment']);
  });

  it('reports at the POC id when there is no qualification at all', () => {
    const hits = check({ 'bank.poc.yaml': 'kind: poc\nid: bank-log-poc\ntitle: 某银行日志分析平台 POC\n' }, 'unqualified');
    assert.deepStrictEqual(brief(hits), ['2:bank-log-poc']);
    assert.deepStrictEqual(hits[0].data?.missing, ['financiallyVetted', 'purchaseCommitment']);
  });

  it('does not fire when both are confirmed', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      qualification: { financiallyVetted: true, purchaseCommitment: true }
    ` }, 'unqualified'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nqualification:\n' }, 'unqualified', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['2:qualification']);
    assert.strictEqual(
      hits[0].message,
      '“bank-log-poc”未完成资格确认：未记录客户财务审查和客户采购承诺。' +
        '投入工程师时间之前，请向销售确认客户已通过财务审查，然后标记为已通过财务审查。请与销售确认客户承诺：按成功标准交付即采购，然后标记为已承诺采购。',
    );
  });
});
