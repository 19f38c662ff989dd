import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const poc = (start: string) => yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  ${start}
  successCriteria:
    - id: SC1
      description: 检索 P95 小于 3 秒
      metric: search_p95_seconds
      target: "< 3"
      agreedWithCustomer: true
    - id: SC2
      description: 每天 100GB 日志入库无丢失
      metric: ingest_loss_rate
      target: "0"
      agreedWithCustomer: false
    - id: SC3
      description: 告警在 1 分钟内送达
      metric: alert_latency_seconds
      target: "< 60"
`;

describe('rule success-criteria-not-agreed', () => {
  it('fires once the POC has started, at agreedWithCustomer or else the criterion id', () => {
    const hits = check({ 'bank.poc.yaml': poc('start: 2026-12-01') }, 'success-criteria-not-agreed');
    assert.deepStrictEqual(brief(hits), ['15:false', '16:SC3']);
    assert.match(hits[0].message, /Success criterion SC2 is marked as not agreed with the customer, yet POC 某银行日志分析平台 POC started on 2026-12-01/);
    assert.match(hits[1].message, /SC3 is not confirmed as agreed/);
    assert.deepStrictEqual(hits[0].data, { criterionId: 'SC2', pocStart: '2026-12-01', keyWritten: true });
    assert.deepStrictEqual(hits[1].data, { criterionId: 'SC3', pocStart: '2026-12-01', keyWritten: false });
  });

  it('fires on the start day itself', () => {
    const hits = check({ 'bank.poc.yaml': poc('start: 2026-12-10') }, 'success-criteria-not-agreed', { today: '2026-12-10' });
    assert.deepStrictEqual(brief(hits), ['15:false', '16:SC3']);
  });

  it('does not fire before the POC starts', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': poc('start: 2026-12-11') }, 'success-criteria-not-agreed'), []);
  });

  it('fires always when the POC has no start', () => {
    const hits = check({ 'bank.poc.yaml': poc('stage: preparation') }, 'success-criteria-not-agreed', { today: '2020-01-01' });
    assert.deepStrictEqual(brief(hits), ['15:false', '16:SC3']);
    assert.match(hits[0].message, /has no start date/);
    assert.strictEqual(hits[0].data?.pocStart, null);
  });

  it('reports an empty agreedWithCustomer at its key and skips blank entries', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      start: 2026-12-01
      successCriteria:
        - {}
        - { description: 报表一键导出, agreedWithCustomer: }
    ` }, 'success-criteria-not-agreed');
    assert.deepStrictEqual(brief(hits), ['5:agreedWithCustomer']);
    assert.match(hits[0].message, /Success criterion 报表一键导出 is not confirmed/);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc('start: 2026-12-01') }, 'success-criteria-not-agreed', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message, '成功标准 SC2 标记为未与客户达成一致，而“某银行日志分析平台 POC”已于 2026-12-01 开始。请与客户和销售确认该成功标准（达成即采购），然后标记为已与客户达成一致。');
  });
});
