import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'acceptance-unsigned';
const head = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  start: 2027-01-04
  end: 2027-03-31
`;

describe('rule acceptance-unsigned', () => {
  const text = head + 'departure: 2027-04-01\nacceptance:\n  type: final\n  report: { signed: false }\n';

  it('fires at report.signed when more than 10 working days passed after the departure', () => {
    const hits = check({ 'a.project.yaml': text }, RULE, { today: '2027-04-16' });
    assert.deepStrictEqual(brief(hits), ['9:false']);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { since: '2027-04-01', days: 11, limit: 10 });
    assert.match(hits[0].message, /still not signed 11 working days after the departure on 2027-04-01 \(limit 10\)/);
  });

  it('does not fire within the limit, when signed, or without departure and trial run', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE, { today: '2027-04-15' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text.replace('signed: false', 'signed: true, date: 2027-04-10') }, RULE, { today: '2027-06-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': head + 'acceptance: { report: { signed: false } }\n' }, RULE, { today: '2027-06-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE, { today: '2027-04-30', settings: { acceptanceSignDays: 30 } }), []);
  });

  it('counts from the later of departure and the trial run end (top-level or the acceptance one)', () => {
    const trial = head + 'departure: 2027-03-20\ntrialRun: { from: 2027-03-15, to: 2027-04-15 }\nacceptance: { report: { signed: false } }\n';
    assert.deepStrictEqual(check({ 'a.project.yaml': trial }, RULE, { today: '2027-04-29' }), []);
    const hits = check({ 'a.project.yaml': trial }, RULE, { today: '2027-04-30' });
    assert.deepStrictEqual(hits.map((h) => h.data?.since), ['2027-04-15']);
    assert.match(hits[0].message, /after the end of the trial run on 2027-04-15/);
    const nested = head + 'acceptance:\n  trialRun: { from: 2027-03-15, to: 2027-04-15 }\n';
    assert.deepStrictEqual(brief(check({ 'a.project.yaml': nested }, RULE, { today: '2027-04-30' })), ['6:acceptance']);
  });

  it('reports at the departure when there is no acceptance at all', () => {
    assert.deepStrictEqual(brief(check({ 'a.project.yaml': head + 'departure: 2027-04-01\n' }, RULE, { today: '2027-05-01' })), ['6:2027-04-01']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': text }, RULE, { today: '2027-04-16', locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '项目“某银行日志平台实施项目”离场（2027-04-01）已 11 个工作日（上限 10 个），验收报告仍未签署。请尽快请客户在验收报告上签字盖章，并记录签署状态与日期。',
    );
  });
});
