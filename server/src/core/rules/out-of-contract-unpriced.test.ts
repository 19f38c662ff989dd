import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'out-of-contract-unpriced';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  changes:
    - id: CR1
      date: 2027-02-01
      description: 对接客户自研运维平台
      scope: out-of-contract
      decision: accepted
      approvedBy: 刘总
    - { id: CR2, date: 2027-02-03, description: 新增数据库审计日志, scope: out-of-contract, decision: accepted, price: 8 万元 }
    - { id: CR3, date: 2027-02-05, description: 移动端告警, scope: out-of-contract, decision: pending }
    - { id: CR4, date: 2027-02-06, description: 报表样式调整, scope: daily-change, decision: accepted }
    - { id: CR5, date: 2027-02-07, description: 赠送的日志模板, scope: out-of-contract, decision: accepted, price: 0 }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - id: R7
      title: 对接短信网关发送告警
      type: functional
      acceptance: 告警触发后 1 分钟内发出短信
      scope: out-of-contract
      status: agreed
    - { id: R8, title: 大屏展示, acceptance: 大屏 10 秒刷新一次, scope: out-of-contract, status: proposed }
    - { id: R9, title: 审计报表, acceptance: 每日 8 点前生成日报, scope: out-of-contract, status: verified, price: TBD }
    - { id: R10, title: 日志检索, acceptance: 检索 P95 小于 3 秒, scope: in-contract, status: verified }
`;

describe('rule out-of-contract-unpriced', () => {
  it('fires at the scope of an accepted out-of-contract change without price', () => {
    const hits = check({ 'a.project.yaml': project }, RULE);
    assert.deepStrictEqual(brief(hits), ['9:out-of-contract']);
    assert.deepStrictEqual(hits[0].data, { id: 'CR1', item: 'change' });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /Change request CR1 is out of contract and accepted, but has no price/);
  });

  it('fires at the scope of an agreed or verified out-of-contract requirement without price', () => {
    const hits = check({ 'r.requirements.yaml': requirements }, RULE);
    assert.deepStrictEqual(brief(hits), ['7:out-of-contract', '10:out-of-contract']);
    assert.deepStrictEqual(hits.map((h) => h.data?.id), ['R7', 'R9']);
  });

  it('does not fire when priced, proposed, pending or in contract', () => {
    const priced = requirements.replace('status: agreed', 'status: agreed\n    price: 3 万元').replace('price: TBD', 'price: 5000');
    assert.deepStrictEqual(check({ 'r.requirements.yaml': priced }, RULE), []);
    const noCr1 = project.replace('approvedBy: 刘总', 'price: { amount: 20000, contract: HT-2027-015 }');
    assert.deepStrictEqual(check({ 'a.project.yaml': noCr1 }, RULE), []);
  });

  it('never throws on odd input', () => {
    assert.deepStrictEqual(check({ 'r.requirements.yaml': 'requirements: [1, {scope: 3}, {status: agreed}]\n' }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'changes: {}\n' }, RULE), []);
    const hits = check({ 'a.project.yaml': 'changes:\n  - { scope: out-of-contract, decision: accepted, price: "" }\n' }, RULE);
    assert.deepStrictEqual(hits.map((h) => h.data), [{ id: null, item: 'change' }]);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'r.requirements.yaml': requirements }, RULE, { locale: 'zh-CN' });
    assert.match(hits[0].message, /需求 R7 属于合同外需求且状态已为“已确认”，但没有报价/);
  });
});
