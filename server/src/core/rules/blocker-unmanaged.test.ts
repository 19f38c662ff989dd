import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule blocker-unmanaged', () => {
  it('fires on a high-influence skeptic or blocker without strategy, at the attitude', () => {
    const hits = check({
      'bank.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - id: cio-liu
            name: 刘总
            influence: high
            interest: high
            attitude: blocker
          - id: cso-wu
            name: 吴总
            influence: high
            attitude: skeptic
            strategy: 待定
          - id: dba-sun
            name: 孙工
            influence: high
            attitude: skeptic
            strategy: "…"
      `,
    }, 'blocker-unmanaged');
    assert.deepStrictEqual(brief(hits), ['7:blocker', '11:skeptic', '16:skeptic']);
    assert.strictEqual(hits[0].column, 15);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { attitude: 'blocker', strategy: 'missing', stakeholderId: 'cio-liu' });
    assert.strictEqual(hits[0].message,
      '刘总 (cio-liu) has high influence and is a blocker, but has no strategy. Write how you will manage this person (meetings, whiteboard sessions, a demo focused on their concerns, who follows up).');
    assert.deepStrictEqual(hits[1].data, { attitude: 'skeptic', strategy: 'placeholder', stakeholderId: 'cso-wu' });
    assert.match(hits[1].message, /the strategy "待定" is only a placeholder/);
  });

  it('does not fire with a strategy, lower influence or another attitude', () => {
    const hits = check({
      'bank.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: cio-liu, name: 刘总, influence: high, attitude: blocker, strategy: 由销售安排与 CEO 共同会面，演示审计合规价值 }
          - { id: dev-qian, name: 钱工, influence: medium, attitude: blocker }
          - { id: ceo-chen, name: 陈总, influence: high, attitude: neutral }
          - { id: cfo-he, name: 何总, influence: high }
          - { id: cso-wu, name: 吴总, influence: high, attitude: skeptic, strategy: [每周沟通, 安全专题演示] }
          - { name: 无 id, influence: 3, attitude: [blocker] }
          - 7
      `,
    }, 'blocker-unmanaged');
    assert.deepStrictEqual(brief(hits), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({
      'bank.stakeholders.yaml': 'stakeholders:\n  - { id: cio-liu, name: 刘总, influence: high, attitude: blocker, strategy: TODO }\n',
    }, 'blocker-unmanaged', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message,
      '高影响力的阻碍者 刘总（cio-liu）的应对策略“TODO”只是占位内容。请写明如何管理此干系人（安排会面、白板讨论、针对其顾虑的演示、由谁跟进）。');
  });
});
