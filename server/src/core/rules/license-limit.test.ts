import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'license-limit';
const project = (extra: string) => yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  contract: { signed: 2026-12-28, maintenanceMonths: 12 }
` + extra;

describe('rule license-limit', () => {
  it('fires at the usage when it passes the licence', () => {
    const hits = check({ 'a.project.yaml': project('license: { dailyVolumeGB: 100 }\nusage: { dailyVolumeGB: 120, measured: 2027-05-10 }\n') }, RULE);
    assert.deepStrictEqual(brief(hits), ['6:120']);
    assert.deepStrictEqual(hits[0].data, { kind: 'over', usage: 120, licensed: 100, percent: 120 });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /120 GB \(measured 2027-05-10\), over the licensed 100 GB \(120%\)\. Tell sales/);
  });

  it('reads actual: as the same field as usage:', () => {
    const hits = check({ 'a.project.yaml': project('license: { dailyVolumeGB: 100 }\nactual: { dailyVolumeGB: 120 }\n') });
    assert.deepStrictEqual(hits.filter((h) => h.severity === 'error'), []);
    assert.deepStrictEqual(hits.filter((h) => h.rule === RULE).map((h) => h.data?.kind), ['over']);
  });

  it('fires when it nears the licence (90% by default, a setting)', () => {
    const text = project('license: { dailyVolumeGB: 100 }\nusage: { dailyVolumeGB: 90 }\n');
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE).map((h) => h.data?.kind), ['near']);
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE, { settings: { licenseWarnPercent: 95 } }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('license: { dailyVolumeGB: 100 }\nusage: { dailyVolumeGB: 89.9 }\n') }, RULE), []);
  });

  it('fires at the expiry when the licence ends within the maintenance period', () => {
    const hits = check({ 'a.project.yaml': project('license: { dailyVolumeGB: 100, expires: 2027-06-30 }\n') }, RULE);
    assert.deepStrictEqual(brief(hits), ['5:2027-06-30']);
    assert.deepStrictEqual(hits[0].data, { kind: 'expires', expires: '2027-06-30', maintenanceEnd: '2027-12-27' });
    assert.deepStrictEqual(check({ 'a.project.yaml': project('license: { expires: 2027-12-31 }\n') }, RULE), []);
  });

  it('does not fire without a licence, a usage or a licensed volume', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('usage: { dailyVolumeGB: 500 }\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('license: { dailyVolumeGB: 100 }\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('license: { dailyVolumeGB: 0 }\nusage: { dailyVolumeGB: 5 }\n') }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const zh = (extra: string) => check({ 'a.project.yaml': project(extra) }, RULE, { locale: 'zh-CN' })[0].message;
    assert.strictEqual(zh('license: { dailyVolumeGB: 100 }\nusage: { dailyVolumeGB: 120 }\n'), '项目“某银行日志平台实施项目”的每日日志量为 120 GB，已超过授权的 100 GB（120%）。请提醒销售：客户日志量超限，需扩容授权，可提供二次销售机会。');
    assert.match(zh('license: { dailyVolumeGB: 100 }\nusage: { dailyVolumeGB: 95 }\n'), /已达授权 100 GB 的 95%。请在超限前提醒销售/);
    assert.match(zh('license: { expires: 2027-06-30 }\n'), /授权将于 2027-06-30 到期，早于维保期结束（2027-12-27）。请提醒销售及时安排授权续期/);
  });
});
