import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const poc = (minutes: number, steps: number[], extra = '') => yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  demo:
    date: 2026-12-18
    durationMinutes: ${minutes}${extra}
    audience: [cio-liu]
    storyboard:
${steps.map((m, i) => `      - { step: 场景${i + 1}, painPoint: 排障慢, minutes: ${m} }`).join('\n')}
`;

describe('rule demo-too-long', () => {
  it('fires once, at durationMinutes, when the declared duration is over 30 minutes', () => {
    const hits = check({ 'bank.poc.yaml': poc(45, [20, 15, 10]) }, 'demo-too-long');
    assert.deepStrictEqual(brief(hits), ['6:45']);
    assert.match(hits[0].message, /The demo is planned for 45 minutes, 15 over the 30-minute limit/);
  });

  it('fires on the storyboard alone when it outgrows a short declared duration', () => {
    const hits = check({ 'bank.poc.yaml': poc(30, [15, 10, 10]) }, 'demo-too-long');
    assert.deepStrictEqual(brief(hits), ['8:storyboard']);
    assert.match(hits[0].message, /storyboard adds up to 35 minutes \(场景1 15 \+ 场景2 10 \+ 场景3 10\)/);
    assert.deepStrictEqual(hits[0].data, { minutes: 35, max: 30, source: 'storyboard' });
  });

  it('does not fire at exactly the limit', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': poc(30, [10, 10, 10]) }, 'demo-too-long'), []);
  });

  it('follows the demoMaxMinutes setting', () => {
    assert.deepStrictEqual(check({ 'bank.poc.yaml': poc(45, [20, 15, 10]) }, 'demo-too-long', { settings: { demoMaxMinutes: 45 } }), []);
    const hits = check({ 'bank.poc.yaml': poc(30, [10, 10, 10]) }, 'demo-too-long', { settings: { demoMaxMinutes: 20 } });
    assert.deepStrictEqual(brief(hits), ['6:30']);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.poc.yaml': poc(40, [10]) }, 'demo-too-long', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['6:40']);
    assert.match(hits[0].message, /^演示计划 40 分钟，超过 30 分钟的上限 10 分钟。请将演示控制在 30 分钟以内/);
  });

  describe('the final POC presentation (demo.final: true)', () => {
    const final = (minutes: number, steps: number[], stage = 'presentation') => poc(minutes, steps, '\n    final: true').replace('title:', `stage: ${stage}\ntitle:`);

    it('has its own 90-minute limit: 60 minutes are fine, 100 are not', () => {
      assert.deepStrictEqual(check({ 'bank.poc.yaml': final(60, [20, 20, 20]) }, 'demo-too-long'), []);
      const hits = check({ 'bank.poc.yaml': final(100, [40, 40, 20]) }, 'demo-too-long');
      assert.deepStrictEqual(brief(hits), ['7:100']);
      assert.deepStrictEqual(hits[0].data, { minutes: 100, max: 90, source: 'durationMinutes', final: true });
      assert.match(hits[0].message, /^The final POC presentation \(demo, evaluation and summary\) is planned for 100 minutes, 10 over the 90-minute limit/);
    });

    it('checks its storyboard against the final limit, and follows demoFinalMaxMinutes', () => {
      const hits = check({ 'bank.poc.yaml': final(60, [40, 40, 20]) }, 'demo-too-long');
      assert.deepStrictEqual(hits.map((h) => h.data), [{ minutes: 100, max: 90, source: 'storyboard', final: true }]);
      assert.match(hits[0].message, /^The final POC presentation storyboard adds up to 100 minutes/);
      assert.deepStrictEqual(brief(check({ 'bank.poc.yaml': final(60, [20, 20, 20]) }, 'demo-too-long', { settings: { demoFinalMaxMinutes: 45 } })), ['7:60']);
    });

    it('is decided by final: true, not by the stage: an early demo of a closed deal keeps the 30-minute rule', () => {
      const closed = poc(45, [15, 15, 15]).replace('title:', 'stage: close\ntitle:');
      assert.deepStrictEqual(brief(check({ 'bank.poc.yaml': closed }, 'demo-too-long')), ['7:45']);
      const early = poc(45, [15, 15, 15], '\n    final: false').replace('title:', 'stage: prospecting\ntitle:');
      assert.deepStrictEqual(brief(check({ 'bank.poc.yaml': early }, 'demo-too-long')), ['7:45']);
    });

    it('speaks Chinese when asked', () => {
      const hits = check({ 'bank.poc.yaml': final(120, [60]) }, 'demo-too-long', { locale: 'zh-CN' });
      assert.strictEqual(
        hits[0].message,
        'POC 最终演示（演示、评估与总结）计划 120 分钟，超过 90 分钟的上限 30 分钟。请控制在 90 分钟以内，围绕成功标准展示结果，并留出客户评估的时间。',
      );
    });
  });
});
