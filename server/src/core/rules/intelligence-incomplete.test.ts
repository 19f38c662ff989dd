import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const full = yaml`
  intelligence:
    customer:
      scenarios: 交易日志实时检索、异常交易告警
      techStack: Oracle 19c + Kafka，日志落地 ELK
      team: 运维 6 人，熟悉 Shell，无大数据经验
      competitors: 同业城商行已上线日志平台
      compliance: 等保三级，日志保存 180 天
      architecture: 两地三中心，应用日志经 Kafka 汇聚
      budget: 2027 年预算 200 万，Q1 采购
    competitors:
      - { name: 某友商, features: 检索快但告警弱, customers: 股份制银行, strategy: 低价, technology: ES, pocResults: 去年 POC 未通过 }
    market:
      trends: 金融行业集中化日志审计
      technology: 存算分离、向量检索
      regulations: 无
`;

describe('rule intelligence-incomplete', () => {
  it('fires once at the intelligence key, listing the empty fields', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      intelligence:
        customer:
          scenarios: 交易日志实时检索
          techStack: Oracle 19c + Kafka
          team: …
          competitors: 待补充
          compliance: 等保三级
          architecture: TODO 问客户架构师
          budget:
        competitors: [ { name: …, features: … } ]
        market: { trends: 日志集中审计, technology: '...', regulations: TBD }
    ` }, 'intelligence-incomplete');
    assert.deepStrictEqual(brief(hits), ['4:intelligence']);
    assert.strictEqual(hits[0].severity, 'info');
    assert.deepStrictEqual(hits[0].data?.empty, [
      'customer.team', 'customer.competitors', 'customer.architecture', 'customer.budget', 'competitors', 'market.technology', 'market.regulations',
    ]);
    assert.match(hits[0].message, /7 of 11 fields are still empty: customer\.team, customer\.competitors/);
  });

  it('fires at the POC id when there is no intelligence section', () => {
    const hits = check({ 'bank.poc.yaml': 'kind: poc\nid: bank-log-poc\n' }, 'intelligence-incomplete');
    assert.deepStrictEqual(brief(hits), ['2:bank-log-poc']);
    assert.strictEqual((hits[0].data?.empty as string[]).length, 11);
    assert.match(hits[0].message, /POC bank-log-poc has no intelligence section/);
  });

  it('does not fire when every field is filled (无 is an answer)', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': `id: bank-log-poc\n${full}` }, 'intelligence-incomplete'), []);
  });

  it('speaks Chinese when asked', () => {
    const text = `id: bank-log-poc\n${full}`.replace('budget: 2027 年预算 200 万，Q1 采购', 'budget: 待定');
    const hits = check({ 'bank.poc.yaml': text }, 'intelligence-incomplete', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['2:intelligence']);
    assert.strictEqual(
      hits[0].message,
      '“bank-log-poc”的情报收集尚未完成，11 项中仍有 1 项为空：预算和购买计划。请与销售一起在确定 POC 业务场景和演示之前补充。',
    );
  });
});
