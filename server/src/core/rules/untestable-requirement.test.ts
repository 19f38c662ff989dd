import * as assert from 'assert';
import { brief, check, yaml } from '../testing';
import { hasNumber, vagueWords } from './untestable-requirement';

const hitsOf = (items: string) =>
  check({ 'bank.requirements.yaml': `kind: requirements\nrequirements:\n${items}` }, 'untestable-requirement');

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
            title: 运维报表
            type: functional
            acceptance: 报表界面友好，操作简单
      `,
    }, 'untestable-requirement');
    assert.deepStrictEqual(brief(hits), [
      '10:界面友好，响应要快，尽快完成检索',
      '13:解决方案应该对利益相关者非常高效',
      '17:报表界面友好，操作简单',
    ]);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { vague: ['友好', '快', '尽快'], requirementId: 'R2' });
    assert.strictEqual(hits[0].message,
      'Acceptance of requirement R2 (操作界面) "界面友好，响应要快，尽快完成检索" uses vague words (友好, 快, 尽快) and no number, so no test can check it. ' +
      'Say how much: rewrite it with a measurable target (e.g. "handles more than 200 TPS at peak load") or add metric: { name, op, value }.');
    assert.deepStrictEqual(hits[1].data?.vague, ['高效']);
    assert.deepStrictEqual(hits[2].data, { vague: ['友好', '简单'], requirementId: 'R4' });
  });

  it('a functional acceptance that names an observable behaviour is testable, without any number', () => {
    const hits = hitsOf([
      '  - { id: R1, type: functional, acceptance: 支持按交易流水号检索日志并展示上下文 }',
      '  - { id: R2, acceptance: 支持导出 PDF 报表 }',
      '  - { id: R3, type: functional, acceptance: Search logs by transaction id and show the surrounding lines }',
      '  - { id: R4, type: functional, category: usability, acceptance: 告警短信包含主机名和告警级别 }',
    ].join('\n'));
    assert.deepStrictEqual(brief(hits), []);
  });

  it('a non-functional acceptance needs a measurable target, with or without vague words', () => {
    const hits = hitsOf([
      '  - { id: R1, type: non-functional, acceptance: 系统应具备良好的可扩展性 }',
      '  - { id: R2, type: non-functional, acceptance: 系统支持水平扩展 }',
      '  - { id: R3, category: performance, acceptance: 检索速度满足业务需要 }',
      '  - { id: R4, type: non-functional, acceptance: The system must scale horizontally }',
      '  - { id: R5, type: non-functional, acceptance: 检索要快, metric: { name: search_p95_seconds, op: "<", value: 3, unit: s } }',
    ].join('\n'));
    assert.deepStrictEqual(brief(hits), ['3:系统应具备良好的可扩展性', '4:系统支持水平扩展', '5:检索速度满足业务需要', '6:The system must scale horizontally']);
    assert.deepStrictEqual(hits[0].data?.vague, ['良好']);
    assert.match(hits[0].message, /uses vague words \(良好\) and no number/);
    assert.strictEqual(hits[1].message,
      'Acceptance of non-functional requirement R2 "系统支持水平扩展" has no measurable target, so no test can check it. ' +
      'Add a number with its unit (time, volume, rate, percentage…, e.g. "P95 search time < 3 s") or metric: { name, op, value }.');
  });

  it('counts numbers in Chinese and in full-width digits', () => {
    const hits = hitsOf([
      '  - { id: R1, type: non-functional, acceptance: 检索响应时间不超过三秒 }',
      '  - { id: R2, type: non-functional, acceptance: 可用性达到百分之九十九点九 }',
      '  - { id: R3, type: non-functional, acceptance: 数据保留六个月 }',
      '  - { id: R4, type: non-functional, acceptance: ３秒内返回 }',
      '  - { id: R5, type: non-functional, acceptance: 故障切换在十分钟内完成，切换过程稳定 }',
      '  - { id: R6, type: non-functional, acceptance: Failover completes within ten minutes }',
    ].join('\n'));
    assert.deepStrictEqual(brief(hits), []);
  });

  it('still fires on vague words when the only digits are a version or a model name', () => {
    const hits = hitsOf([
      '  - { id: R1, type: functional, acceptance: 系统要快，IE11 兼容，界面友好 }',
      '  - { id: R2, type: functional, acceptance: V2 版本界面更好用 }',
      '  - { id: R3, type: non-functional, acceptance: 在 Windows 10 上运行稳定 }',
      '  - { id: R4, type: functional, acceptance: Fast search on CentOS 7.9 }',
      '  - { id: R5, type: functional, acceptance: 在 Windows 10 上 3 秒内打开，界面友好 }',
    ].join('\n'));
    assert.deepStrictEqual(brief(hits), ['3:系统要快，IE11 兼容，界面友好', '4:V2 版本界面更好用', '5:在 Windows 10 上运行稳定', '6:Fast search on CentOS 7.9']);
    assert.deepStrictEqual(hits[0].data?.vague, ['快', '友好']);
    assert.deepStrictEqual(hits[3].data?.vague, ['Fast']);
  });

  it('fires on missing or empty acceptance, at the requirement id or the empty value', () => {
    const hits = check({
      'bank.requirements.yaml': yaml`
        requirements:
          - id: R5
            title: 高可用
            priority: must
          - id: R6
            type: functional
            acceptance: ""
          - title: 没有 id 的需求
            metric: { name: uptime, op: ">=" }
      `,
    }, 'untestable-requirement');
    assert.deepStrictEqual(brief(hits), ['2:R5', '7:""', '8:没有 id 的需求']);
    assert.match(hits[0].message, /^Requirement R5 \(高可用\) has no acceptance criterion/);
    assert.deepStrictEqual(hits[2].data, { vague: [], metricMissing: ['value'] });
    assert.match(hits[2].message, /Its metric lacks value\./);
  });

  it('does not fire when measurable: digits (also full-width), a complete metric, or a wont requirement', () => {
    const hits = check({
      'bank.requirements.yaml': yaml`
        kind: requirements
        requirements:
          - { id: R1, title: 吞吐, type: non-functional, acceptance: 高峰负载下处理超过 200 TPS }
          - { id: R2, title: 稳定性, type: non-functional, acceptance: 系统稳定运行３０天无宕机 }
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
  });

  it('tells quantities from ordinary words, names and versions', () => {
    for (const yes of ['检索三秒内返回', '检索３秒内返回', '两天内部署完成', '保留一年', '每天一次全量备份', '百分之九十九', '处理超过 200 TPS', 'takes 3 seconds', 'P95 < 3 秒', '在 Windows 10 上 3 秒内打开', '数据保留六个月', '并发 1000 用户']) {
      assert.strictEqual(hasNumber(yes), true, yes);
    }
    for (const no of ['界面一致', '统一周报', '统一月报格式', '十分友好', '一次性导入', 'IE11 兼容', 'V2 版本', 'Windows 10', 'CentOS 7.9', '麒麟 V10', '升级到 1.2.3', '第 3 代', 'HTML5 页面', '支持导出 PDF 报表']) {
      assert.strictEqual(hasNumber(no), false, no);
    }
  });

  it('speaks Chinese when asked, without field names', () => {
    const hits = check({
      'bank.requirements.yaml': [
        'requirements:',
        '  - { id: R2, title: 操作界面, acceptance: 界面友好、操作方便 }',
        '  - { id: R9, title: 备份 }',
        '  - { id: R7, type: non-functional, acceptance: 支持水平扩展, metric: { name: nodes } }',
        '',
      ].join('\n'),
    }, 'untestable-requirement', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message,
      '需求 R2（操作界面）的验收标准“界面友好、操作方便”含有模糊用语（友好、方便）且没有可度量的数字，无法测试。请写明具体指标（如“高峰负载下处理超过 200 TPS”），或补充完整的度量指标（名称、比较方式和目标值）。');
    assert.match(hits[1].message, /^需求 R9（备份）没有验收标准，无法测试/);
    assert.strictEqual(hits[2].message,
      '非功能需求 R7 的验收标准“支持水平扩展”没有可度量的目标，无法测试。其度量指标缺少比较方式、目标值。请写明带单位的数字（时间、数据量、速率、百分比等，如“检索 P95 < 3 秒”），或补充完整的度量指标（名称、比较方式和目标值）。');
    for (const h of hits) assert.doesNotMatch(h.message, /acceptance|metric|\bname\b|\bop\b|\bvalue\b/, h.message);
  });
});
