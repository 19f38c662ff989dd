import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'remote-acceptance-unrecorded';
const text = (acc: string) => yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  trialRun: { from: 2027-03-15, to: 2027-03-26 }
  acceptance:
` + acc;

describe('rule remote-acceptance-unrecorded', () => {
  it('fires at remote when the trial run ended and no report was sent', () => {
    const hits = check({ 'a.project.yaml': text('  remote: true\n') }, RULE, { today: '2027-03-29' });
    assert.deepStrictEqual(brief(hits), ['7:true']);
    assert.deepStrictEqual(hits[0].data, { missing: 'reportSent', since: '2027-03-26' });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /remote, but there is no record of the acceptance report being sent since 2027-03-26/);
  });

  it('fires at reportSent when the receipt is not recorded after 5 working days', () => {
    const t = text('  remote: true\n  reportSent: 2027-03-29\n');
    assert.deepStrictEqual(check({ 'a.project.yaml': t }, RULE, { today: '2027-04-05' }), []);
    const hits = check({ 'a.project.yaml': t }, RULE, { today: '2027-04-06' });
    assert.deepStrictEqual(brief(hits), ['8:2027-03-29']);
    assert.deepStrictEqual(hits[0].data, { missing: 'reportReceived', since: '2027-03-29' });
  });

  it('does not fire on site, before the trial run ends, once received or once signed', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': text('  remote: false\n') }, RULE, { today: '2027-06-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text('  remote: true\n') }, RULE, { today: '2027-03-26' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text('  remote: true\n  reportSent: 2027-03-29\n  reportReceived: 2027-04-01\n') }, RULE, { today: '2027-06-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text('  remote: true\n  report: { signed: true, date: 2027-04-02 }\n') }, RULE, { today: '2027-06-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\nacceptance: { remote: true }\n' }, RULE, { today: '2027-06-01' }), []);
  });

  it('speaks Chinese when asked', () => {
    const zh = (acc: string, today: string) => check({ 'a.project.yaml': text(acc) }, RULE, { today, locale: 'zh-CN' })[0].message;
    assert.strictEqual(zh('  remote: true\n', '2027-03-29'), '项目“某银行日志平台实施项目”为远程验收，但自 2027-03-26 起没有验收报告寄出的记录。请将验收报告快递给客户签字盖章，并记录寄出日期（客户签收后记录签收日期）。');
    assert.match(zh('  remote: true\n  reportSent: 2027-03-29\n', '2027-04-06'), /验收报告已于 2027-03-29 寄出，已过 6 个工作日仍无客户签收记录/);
  });
});
