import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule criterion-unmeasurable', () => {
  const file = yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行日志分析平台 POC
    successCriteria:
      - id: SC1
        description: 检索 P95 小于 3 秒
        metric: search_p95_seconds
        target: "< 3"
      - id: SC2
        description: 系统要稳定
      - id: SC3
        description: 告警及时
        metric: alert_latency_seconds
        target: TBD
      - id: SC4
        description: 入库零丢失
        target: 0
  `;

  it('fires at the criterion id and says which of metric/target is missing', () => {
    const hits = check({ 'bank.poc.yaml': file }, 'criterion-unmeasurable');
    assert.deepStrictEqual(brief(hits), ['9:SC2', '11:SC3', '15:SC4']);
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['metric', 'target'], ['target'], ['metric']]);
    assert.match(hits[0].message, /SC2 has neither a metric nor a target/);
    assert.match(hits[1].message, /SC3 measures alert_latency_seconds but has no target/);
    assert.match(hits[2].message, /SC4 has a target \(0\) but no metric/);
  });

  it('does not fire on a measurable criterion, nor on blank entries', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      successCriteria:
        - { id: SC1, description: 检索 P95 小于 3 秒, metric: search_p95_seconds, target: "< 3" }
        - { id: SC2, description: 日入库量, metric: ingest_gb_per_day, target: 100 }
        - {}
    ` }, 'criterion-unmeasurable'), []);
  });

  it('falls back to the description when the criterion has no id', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      successCriteria:
        - description: 界面友好
          metric: …
    ` }, 'criterion-unmeasurable');
    assert.deepStrictEqual(brief(hits), ['3:界面友好']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': file }, 'criterion-unmeasurable', { locale: 'zh-CN' });
    assert.match(hits[0].message, /^成功标准 SC2 缺少度量指标和目标值，无法判断是否达成。/);
    assert.match(hits[1].message, /^成功标准 SC3 度量 alert_latency_seconds，但缺少目标值/);
  });
});
