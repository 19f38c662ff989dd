import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule risk-unmitigated', () => {
  const poc = yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行日志分析平台 POC
    risks:
      - { id: RK1, description: 客户数据质量不佳, probability: high, impact: high, owner: li }
      - { id: RK2, description: 客户机器交付延迟, probability: medium, impact: high, mitigation: 提前一周确认机器清单, owner: wang }
      - { id: RK3, description: 算法效果不理想, impact: high, mitigation: 待定, status: open }
      - { id: RK4, description: 竞品压价, impact: high, status: closed }
      - { id: RK5, description: 演示网络不稳定, impact: medium }
  `;

  it('fires at the id of each open high-impact risk without a real mitigation', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'risk-unmitigated');
    assert.deepStrictEqual(brief(hits), ['5:RK1', '7:RK3']);
    assert.match(hits[0].message, /^Risk RK1 \(客户数据质量不佳\) has high impact and is open, but has no mitigation\./);
    assert.match(hits[1].message, /its mitigation is only a placeholder \("待定"\)/);
    assert.deepStrictEqual(hits[0].data, { riskId: 'RK1' });
  });

  it('checks project files too, where 无 means no mitigation', () => {
    const hits = check({ 'bank.project.yaml': yaml`
      kind: project
      id: bank-log-impl
      risks:
        - id: RK1
          description: 二期需求范围不清
          impact: high
          mitigation: 无
    ` }, 'risk-unmitigated');
    assert.deepStrictEqual(brief(hits), ['4:RK1']);
  });

  it('does not fire on mitigated, closed or lower-impact risks', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      risks:
        - { id: RK2, description: 客户机器交付延迟, impact: high, mitigation: 提前一周确认机器清单 }
        - { id: RK4, description: 竞品压价, impact: high, status: closed }
        - { id: RK5, description: 演示网络不稳定, impact: medium }
    ` }, 'risk-unmitigated'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc }, 'risk-unmitigated', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '风险 RK1（客户数据质量不佳）影响高且未关闭，但没有应对措施。请填写应对措施及负责人，并据此调整 POC 排期；风险消除后再关闭。',
    );
  });
});
