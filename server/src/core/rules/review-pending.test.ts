import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'review-pending';

/** Today is 2026-12-10 (a Thursday); 2026-11-25 is 11 working days before it, 2026-11-26 is 10. */
const poc = (rest: string) =>
  yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行日志分析平台 POC
    stage: presentation
    start: 2026-11-02
    end: 2026-11-27
  ` + rest;

describe('rule review-pending', () => {
  it('fires at the pending decision 11 working days after the demo, naming the last feedback date', () => {
    const hits = check({ 'bank.poc.yaml': poc(yaml`
      demo:
        date: 2026-11-25
      review:
        decision: pending
        feedback:
          - { date: 2026-11-30, from: cio-liu, text: 希望补充报表演示 }
          - { date: 2026-11-27, from: sec-zhou, text: 关注数据不出行 }
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['10:pending']);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { days: 11, limit: 10, since: '2026-11-25', from: 'demo', lastFeedback: '2026-11-30' });
    assert.strictEqual(
      hits[0].message,
      'POC 某银行日志分析平台 POC has had no review decision for 11 working days since its demo on 2026-11-25 (limit 10); the last customer feedback was recorded on 2026-11-30. ' +
        'Follow up with the customer: answer their open questions, ask for the review outcome, and record it under review (decision, date, feedback).',
    );
  });

  it('does not fire at exactly the limit, and follows the setting', () => {
    const text = poc('demo:\n  date: 2026-11-26\nreview:\n  decision: pending\n');
    assert.deepStrictEqual(check({ 'bank.poc.yaml': text }, RULE), []);
    assert.deepStrictEqual(brief(check({ 'bank.poc.yaml': text }, RULE, { settings: { reviewPendingDays: 9 } })), ['10:pending']);
  });

  it('uses the POC end when there is no demo date, and says when no feedback was recorded', () => {
    const hits = check({ 'bank.poc.yaml': poc('') .replace('end: 2026-11-27', 'end: 2026-11-20') }, RULE);
    assert.deepStrictEqual(brief(hits), ['6:2026-11-20']);
    assert.deepStrictEqual(hits[0].data, { days: 14, limit: 10, since: '2026-11-20', from: 'end', lastFeedback: null });
    assert.match(hits[0].message, /since it ended on 2026-11-20 \(limit 10\); no customer feedback has been recorded\./);
  });

  it('does not fire once decided, at a signed stage, or without a date', () => {
    for (const decision of ['won', 'lost']) {
      assert.deepStrictEqual(check({ 'bank.poc.yaml': poc(`demo:\n  date: 2026-11-02\nreview:\n  decision: ${decision}\n`) }, RULE), [], decision);
    }
    assert.deepStrictEqual(check({ 'bank.poc.yaml': poc('demo:\n  date: 2026-11-02\n').replace('stage: presentation', 'stage: close') }, RULE), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': 'kind: poc\nid: p\ntitle: t\nreview:\n  decision: pending\n' }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc('demo:\n  date: 2026-11-25\nreview:\n  feedback: []\n') }, RULE, { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['9:review']);
    assert.strictEqual(
      hits[0].message,
      '“某银行日志分析平台 POC”演示（2026-11-25）后已 11 个工作日仍无评审结论（上限 10 个）；尚未记录任何客户反馈。' +
        '请密切跟踪客户的反馈和意见，及时回复客户提出的问题，争取评审结论，并记录评审结论、日期和客户反馈。',
    );
  });
});
