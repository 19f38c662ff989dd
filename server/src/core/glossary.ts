/**
 * One word per concept in everything a user reads (rule messages, panels, reports, settings): the
 * Chinese term, its English counterpart, and the variants that must not appear. glossary.test.ts
 * scans every message table, report template, view string and settings text for the variants, and
 * checks the messages that the rules produce on the examples and fixtures.
 */
export interface Term {
  zh: string;
  en: string;
  /** Chinese variants of the same concept that must not appear. */
  forbidden: readonly string[];
  /** Why the variant is wrong (shown when the test fails). */
  note?: string;
}

export const GLOSSARY: readonly Term[] = [
  { zh: '受众', en: 'audience', forbidden: ['观众'], note: 'the people a demo is for (参会人员 for a meeting)' },
  { zh: '演示脚本', en: 'storyboard', forbidden: ['故事板'] },
  { zh: '阻碍者', en: 'blocker', forbidden: ['反对者'], note: 'the stakeholder attitude blocker' },
  { zh: '叫停', en: 'halt', forbidden: ['停工'] },
  { zh: '必须', en: 'must', forbidden: ['必须有'] },
  { zh: '重要', en: 'should', forbidden: ['应该有'] },
  { zh: '可选', en: 'could', forbidden: ['可以有'] },
  { zh: '待审批', en: 'pending (change decision)', forbidden: ['待决定'] },
  { zh: '审批结论', en: 'decision', forbidden: ['决策结果'] },
  { zh: '投入比例', en: 'allocation / capacity', forbidden: ['负载率'] },
  { zh: '基线', en: 'baseline', forbidden: ['基准计划', '基准线'] },
  { zh: '原计划', en: 'baseline dates', forbidden: ['初始计划'] },
  { zh: '延期', en: 'delay / slip', forbidden: ['延误', '拖期', '偏差：'], note: 'a slip is said as 比原计划晚 N 个工作日' },
  { zh: '共享日历', en: 'shared calendar', forbidden: ['公共日历'] },
  { zh: '通过', en: 'won (POC review)', forbidden: ['赢单', '丢单'], note: 'sales jargon stays out of what customers read' },
];

/** Tool internals that no user-facing text may show. */
export const INTERNALS: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /seed \d{3}/, what: 'a playbook reference (seed 000 …)' },
  { pattern: /\*\.[a-z]+\.ya?ml/, what: 'a file pattern such as *.project.yaml' },
  { pattern: /\(s\)/, what: 'an English "(s)" plural' },
];

/** Full-width punctuation inside Chinese: an ASCII comma, semicolon or colon next to Chinese text. */
export const HALF_WIDTH_IN_ZH = /[\u4e00-\u9fff][,;](?!\d)|[,;] ?[\u4e00-\u9fff]/;
