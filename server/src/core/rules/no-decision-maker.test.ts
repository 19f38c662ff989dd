import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const pocFile = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  customer: 某银行
`;

const people = (roles: string) => yaml`
  kind: stakeholders
  stakeholders:
    - id: cio-liu
      name: 刘总
      title: CIO
      org: customer
      roles: ${roles}
      influence: high
      interest: high
    - id: dev-sun
      name: 孙工
      org: customer
      roles: [developer, end-user]
`;

describe('rule no-decision-maker', () => {
  it('fires at the stakeholders key of the stakeholders file, not on the POC', () => {
    const hits = check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': people('[technical-influencer]') }, 'no-decision-maker');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), ['bank.stakeholders.yaml:2:stakeholders']);
    assert.match(hits[0].message, /No stakeholder of this customer \(this folder, its subfolders and the folders above\) is marked as decision maker \(2 stakeholders listed here\)/);
    assert.deepStrictEqual(hits[0].data, { reason: 'no-decision-maker' });
  });

  it('fires at the start of a stakeholders file without a stakeholders list', () => {
    const hits = check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': 'kind: stakeholders\n' }, 'no-decision-maker');
    assert.deepStrictEqual(hits.map((h) => [h.file, h.line, h.column, h.text]), [['bank.stakeholders.yaml', 1, 1, '']]);
  });

  it('is silenced in both files by a decision maker in the stakeholders file', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': people('[decision-maker, approver]') }, 'no-decision-maker'), []);
  });

  it('fires on the POC id when the workspace has no stakeholders file', () => {
    const hits = check({ 'bank.poc.yaml': pocFile, 'bank.requirements.yaml': 'requirements: []\n' }, 'no-decision-maker');
    assert.deepStrictEqual(brief(hits), ['2:bank-log-poc']);
    assert.deepStrictEqual(hits[0].data, { reason: 'no-stakeholders-file', pocId: 'bank-log-poc' });
  });

  it('is silenced on the POC by adding a stakeholders file with a decision maker', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': people('decision-maker') }, 'no-decision-maker'), []);
  });

  it('counts a decision maker from another stakeholders file of the workspace', () => {
    const exec = yaml`
      stakeholders:
        - { id: ceo-chen, name: 陈总, org: customer, roles: [decision-maker] }
    `;
    assert.deepStrictEqual(
      check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': people('[technical-influencer]'), 'exec.stakeholders.yaml': exec }, 'no-decision-maker'),
      [],
    );
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': pocFile, 'bank.stakeholders.yaml': people('[technical-influencer]') }, 'no-decision-maker', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message, '本客户的干系人中没有决策者（本文件列出 2 位干系人）。请识别客户方做采购决策的决策者并争取其参与，把其角色标为“决策者”。');
    const poc = check({ 'bank.poc.yaml': pocFile }, 'no-decision-maker', { locale: 'zh-CN' });
    assert.match(poc[0].message, /^“某银行日志分析平台 POC”：本客户的文件夹中没有干系人文件，尚未识别决策者。/);
  });
});
