import * as assert from 'assert';
import { brief, check, yaml } from '../testing';
import { hasNumber, vagueWords } from './untestable-requirement';

describe('rule untestable-requirement', () => {
  it('fires on vague acceptance without numbers, at the acceptance value, quoting the vague words', () => {
    const hits = check({
      'bank.requirements.yaml': yaml`
        kind: requirements
        requirements:
          - id: R1
            title: 日志检索性能
            priority: must
            acceptance: 100GB/天 数据量下检索 P95 < 3 秒
          - id: R2
            title: 操作界面
            priority: should
            acceptance: 界面友好，响应要快，尽快完成检索
          - id: R3
            title: 审计日志
            acceptance: 解决方案应该对利益相关者非常高效
          - id: R4
            title: 报表导出
            acceptance: 支持导出 PDF 报表
      `,
    }, 'untestable-requirement');
    assert.deepStrictEqual(brief(hits), [
      '10:界面友好，响应要快，尽快完成检索',
      '13:解决方案应该对利益相关者非常高效',
      '16:支持导出 PDF 报表',
    ]);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { vague: ['友好', '快', '尽快'], requirementId: 'R2' });
    assert.strictEqual(hits[0].message,
      'Acceptance of requirement R2 (操作界面) "界面友好，响应要快，尽快完成检索" uses vague words (友好, 快, 尽快) and no number, so no test can check it. ' +
      'Say how much: rewrite it with a measurable target (e.g. "handles more than 200 TPS at peak load") or add metric: { name, op, value }.');
    assert.deepStrictEqual(hits[1].data?.vague, ['高效']);
    // No vague word, but no number either.
    assert.deepStrictEqual(hits[2].data?.vague, []);
    assert.match(hits[2].message, /contains no number/);
  });

  it('fires on missing or empty acceptance, at the requirement id or the empty value', () => {
    const hits = check({
      'bank.requirements.yaml': yaml`
        requirements:
          - id: R5
            title: 高可用
            priority: must
          - id: R6
            acceptance: ""
          - title: 没有 id 的需求
            metric: { name: uptime, op: ">=" }
      `,
    }, 'untestable-requirement');
    assert.deepStrictEqual(brief(hits), ['2:R5', '6:""', '7:没有 id 的需求']);
    assert.match(hits[0].message, /^Requirement R5 \(高可用\) has no acceptance criterion/);
    assert.deepStrictEqual(hits[2].data, { vague: [], metricMissing: ['value'] });
    assert.match(hits[2].message, /Its metric lacks value\./);
  });

  it('does not fire when measurable: digits (also full-width), a complete metric, or a wont requirement', () => {
    const hits = check({
      'bank.requirements.yaml': yaml`
        kind: requirements
        requirements:
          - { id: R1, title: 吞吐, acceptance: 高峰负载下处理超过 200 TPS }
          - { id: R2, title: 稳定性, acceptance: 系统稳定运行３０天无宕机 }
          - { id: R3, title: 检索, acceptance: 检索要快, metric: { name: search_p95_seconds, op: "<", value: 3, unit: s } }
          - { id: R4, title: 移动端, priority: wont, acceptance: 界面美观 }
          - { id: R5, title: 告警, acceptance: 99.9% 的告警在 1 分钟内送达 }
          - { id: R6, title: 错误类型, acceptance: [ 列表, 不是文本 ] }
          - just text
      `,
    }, 'untestable-requirement');
    assert.deepStrictEqual(brief(hits), []);
  });

  it('finds vague words longest-first and not inside non-vague words', () => {
    assert.deepStrictEqual(vagueWords('尽快提供快照功能，界面简单易用'), ['尽快', '简单', '易用']);
    assert.deepStrictEqual(vagueWords('The UI must be fast, user-friendly and Robust; breakfast is fine'), ['fast', 'user-friendly', 'Robust']);
    assert.deepStrictEqual(vagueWords('稳定版发布'), []);
    assert.strictEqual(hasNumber('检索三秒内返回'), false);
    assert.strictEqual(hasNumber('检索３秒内返回'), true);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({
      'bank.requirements.yaml': 'requirements:\n  - { id: R2, title: 操作界面, acceptance: 界面友好、操作方便 }\n  - { id: R9, title: 备份 }\n',
    }, 'untestable-requirement', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message,
      '需求 R2（操作界面）的验收标准“界面友好、操作方便”含有模糊用语（友好、方便）且没有可度量的数字，无法测试。请写明具体指标（如“高峰负载下处理超过 200 TPS”），或补充 metric: { name, op, value }。');
    assert.match(hits[1].message, /^需求 R9（备份）没有验收标准（acceptance），无法测试/);
  });
});
