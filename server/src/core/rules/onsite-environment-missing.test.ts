import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule onsite-environment-missing', () => {
  it('fires at the mode value when an onsite POC has no machines', () => {
    const hits = check({ 'bank.poc.yaml': yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      mode: onsite
      environment:
        network: 内网，需走堡垒机
        machines: []
    ` }, 'onsite-environment-missing');
    assert.deepStrictEqual(brief(hits), ['4:onsite']);
    assert.match(hits[0].message, /POC 某银行日志分析平台 POC is onsite but environment\.machines is empty/);
  });

  it('fires when there is no environment section at all', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: onsite\n' }, 'onsite-environment-missing');
    assert.deepStrictEqual(brief(hits), ['2:onsite']);
    assert.match(hits[0].message, /has no environment section/);
    assert.deepStrictEqual(hits[0].data, { pocId: 'bank-log-poc', environmentWritten: false });
  });

  it('does not fire for a remote POC or when machines are listed', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: remote\n' }, 'onsite-environment-missing'), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': yaml`
      id: bank-log-poc
      mode: onsite
      environment:
        machines:
          - { role: indexer, count: 3, cpu: 16, memoryGB: 64, diskGB: 2000, os: CentOS 7.9 }
    ` }, 'onsite-environment-missing'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': 'id: bank-log-poc\nmode: onsite\nenvironment:\n  machines:\n' }, 'onsite-environment-missing', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['2:onsite']);
    assert.match(hits[0].message, /^“bank-log-poc”为现场 POC，但没有填写环境。请由运维人员与客户协商申请机器/);
  });
});
