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
        '投入工程师时间之前，请向销售确认客户已通过财务审查，然后标记为已通过财务审查。' +
        '请与销售确认客户承诺：按成功标准交付即采购，然后标记为已承诺采购（若客户须走招投标等采购程序，请改为记录采购方式）。',
    );
  });

  describe('formal procurement (招投标)', () => {
    const poc = (q: string, review = '') => `kind: poc\nid: bank-log-poc\ntitle: 某银行日志分析平台 POC\nqualification:\n${q}${review}`;

    it('asks for budget and project approval instead of a purchase promise under a public tender', () => {
      const hits = check({ 'bank.poc.yaml': poc('  financiallyVetted: true\n  procurement: public-tender\n') }, 'unqualified');
      assert.deepStrictEqual(brief(hits), ['4:qualification']);
      assert.deepStrictEqual(hits[0].data, { missing: ['budgetApproved', 'projectApproved'], procurement: 'public-tender', pocId: 'bank-log-poc', qualificationWritten: true });
      assert.match(hits[0].message, /budget approval \(budgetApproved\) and project approval \(projectApproved\) are not recorded/);
      assert.match(hits[0].message, /buys by public tender, so no purchase promise can be given/);
      assert.doesNotMatch(hits[0].message, /purchaseCommitment/);
    });

    it('does not look at purchaseCommitment under a tender, and is satisfied by budget and project approval', () => {
      for (const method of ['public-tender', 'invited-tender', 'competitive-negotiation', 'single-source', 'inquiry']) {
        const q = `  financiallyVetted: true\n  purchaseCommitment: false\n  budgetApproved: true\n  projectApproved: true\n  procurement: ${method}\n  tenderDate: 2027-01-15\n`;
        assert.deepStrictEqual(check({ 'bank.poc.yaml': poc(q) }, 'unqualified'), [], method);
      }
    });

    it('reports a written budgetApproved: false at its value', () => {
      const hits = check({ 'bank.poc.yaml': poc('  financiallyVetted: true\n  budgetApproved: false\n  projectApproved: true\n  procurement: invited-tender\n') }, 'unqualified');
      assert.deepStrictEqual(brief(hits), ['6:false']);
      assert.deepStrictEqual(hits[0].data?.missing, ['budgetApproved']);
    });

    it('keeps the purchase promise for a direct purchase', () => {
      const hits = check({ 'bank.poc.yaml': poc('  financiallyVetted: true\n  budgetApproved: true\n  procurement: direct\n') }, 'unqualified');
      assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['purchaseCommitment']]);
    });

    it('stops once the review decided, won or lost, but not while it is pending', () => {
      for (const decision of ['won', 'lost']) {
        assert.deepStrictEqual(check({ 'bank.poc.yaml': poc('  financiallyVetted: false\n', `review:\n  decision: ${decision}\n`) }, 'unqualified'), [], decision);
      }
      assert.deepStrictEqual(brief(check({ 'bank.poc.yaml': poc('  financiallyVetted: false\n  purchaseCommitment: true\n', 'review:\n  decision: pending\n') }, 'unqualified')), ['5:false']);
    });

    it('speaks Chinese under a tender, naming the method', () => {
      const hits = check({ 'bank.poc.yaml': poc('  financiallyVetted: true\n  procurement: competitive-negotiation\n') }, 'unqualified', { locale: 'zh-CN' });
      assert.strictEqual(
        hits[0].message,
        '“某银行日志分析平台 POC”未完成资格确认：未记录预算落实情况和项目立项情况。客户采用竞争性谈判方式采购，无法事先承诺采购，请改为确认预算落实和立项情况。' +
          '请向销售确认本次采购的预算已落实，然后标记为预算已落实。请与销售确认客户已完成立项，然后标记为已立项。',
      );
    });
  });
});
