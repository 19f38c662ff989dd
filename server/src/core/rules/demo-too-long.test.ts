import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const poc = (minutes: number, steps: number[]) => yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  demo:
    date: 2026-12-18
    durationMinutes: ${minutes}
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
});
