/**
 * The words users read for enum values of the files (status `doing` → 进行中 / in progress), one
 * table for rule messages, reports, views and the outline, so each value has one name everywhere.
 * labels.test.ts checks that every enum value of schemas/*.schema.json has a label here.
 */
import type { Locale, Localized } from './types';

type Pair = readonly [zh: string, en: string];

export const LABELS = {
  status: {
    todo: ['未开始', 'to do'],
    doing: ['进行中', 'in progress'],
    done: ['已完成', 'done'],
    blocked: ['受阻', 'blocked'],
    cancelled: ['已取消', 'cancelled'],
  },
  level: { high: ['高', 'high'], medium: ['中', 'medium'], low: ['低', 'low'] },
  priority: { must: ['必须', 'must'], should: ['重要', 'should'], could: ['可选', 'could'], wont: ['不做', "won't"] },
  reqStatus: { proposed: ['已提出', 'proposed'], agreed: ['已确认', 'agreed'], implemented: ['已实现', 'implemented'], verified: ['已验证', 'verified'] },
  reqType: { functional: ['功能性需求', 'functional'], 'non-functional': ['非功能性需求', 'non-functional'] },
  reqCategory: {
    performance: ['性能', 'performance'],
    reliability: ['可靠性', 'reliability'],
    availability: ['可用性', 'availability'],
    security: ['安全性', 'security'],
    maintainability: ['可维护性', 'maintainability'],
    portability: ['可移植性', 'portability'],
    usability: ['易用性', 'usability'],
    compatibility: ['兼容性', 'compatibility'],
    scalability: ['可扩展性', 'scalability'],
    compliance: ['合规性', 'compliance'],
    other: ['其他', 'other'],
  },
  scope: {
    'in-contract': ['合同内', 'in contract'],
    'next-phase': ['下一期', 'next phase'],
    'out-of-contract': ['合同外', 'out of contract'],
    'daily-change': ['日常变更', 'daily change'],
  },
  decision: { pending: ['待审批', 'pending'], accepted: ['已接受', 'accepted'], deferred: ['已推迟', 'deferred'], rejected: ['已拒绝', 'rejected'] },
  result: { pending: ['待验证', 'pending'], met: ['已达成', 'met'], 'not-met': ['未达成', 'not met'] },
  review: { pending: ['待评审', 'pending'], won: ['通过', 'passed'], lost: ['未通过', 'not passed'] },
  // Presales (issue 18): how a Chinese buyer purchases, and the answers of a tender response matrix.
  procurement: {
    'public-tender': ['公开招标', 'public tender'],
    'invited-tender': ['邀请招标', 'invited tender'],
    'competitive-negotiation': ['竞争性谈判', 'competitive negotiation'],
    'single-source': ['单一来源', 'single-source procurement'],
    inquiry: ['询价', 'request for quotation'],
    direct: ['直接采购', 'direct purchase'],
  },
  tenderResponse: {
    full: ['满足', 'fully met'],
    partial: ['部分满足', 'partly met'],
    none: ['不满足', 'not met'],
    // The same answers as a Chinese matrix writes them (the model reads them as full / partial / none).
    '满足': ['满足', 'fully met'],
    '部分满足': ['部分满足', 'partly met'],
    '不满足': ['不满足', 'not met'],
  },
  acceptance: { pending: ['待验收', 'pending'], passed: ['已通过', 'passed'], failed: ['未通过', 'failed'] },
  acceptanceType: { initial: ['初验', 'initial acceptance'], requirements: ['需求验收', 'requirements acceptance'], final: ['终验', 'final acceptance'] },
  cause: { customer: ['客户方', 'the customer'], us: ['我方', 'us'], 'third-party': ['第三方', 'a third party'], other: ['其他', 'other'] },
  overall: { ok: ['正常', 'on track'], risk: ['有风险', 'at risk'], late: ['延期', 'late'] },
  riskStatus: {
    open: ['未关闭', 'open'],
    mitigated: ['已缓解', 'mitigated'],
    occurred: ['已发生', 'occurred'],
    accepted: ['已接受', 'accepted'],
    closed: ['已关闭', 'closed'],
  },
  mode: { onsite: ['现场 POC', 'on-site POC'], remote: ['远程 POC', 'remote POC'] },
  stage: {
    prospecting: ['勘察', 'prospecting'],
    preparation: ['准备', 'preparation'],
    approach: ['初次接触', 'approach'],
    presentation: ['演示', 'presentation'],
    objection: ['异议处理', 'objection handling'],
    close: ['成交', 'close'],
    'follow-up': ['后续跟进', 'follow-up'],
  },
  deployment: { 'bare-metal': ['物理机', 'bare metal'], vm: ['虚拟机', 'virtual machine'], container: ['容器', 'container'], cloud: ['云平台', 'cloud'] },
  teamRole: {
    sales: ['销售', 'sales'],
    presales: ['售前', 'presales'],
    ops: ['运维', 'ops'],
    engineer: ['实施工程师', 'engineer'],
    pm: ['项目经理', 'project manager'],
    support: ['技术支持', 'support'],
  },
  // The playbook's names of its steps (seed 000's headings): one term in Gantt, reports and messages.
  phase: {
    intelligence: ['情报收集', 'intelligence'],
    scenario: ['确定业务场景', 'business scenarios'],
    environment: ['客户方申请机器', 'environment'],
    schedule: ['任务排期', 'scheduling'],
    integration: ['软件集成与验证', 'integration and verification'],
    deployment: ['产品部署与验证', 'deployment and verification'],
    rehearsal: ['设计演示流程并预演', 'demo design and rehearsal'],
    demo: ['产品演示', 'demo'],
    review: ['客户评审与反馈', 'customer review'],
    kickoff: ['项目启动', 'kickoff'],
    implementation: ['项目实施', 'implementation'],
    closing: ['项目收尾', 'closing'],
    departure: ['项目离场', 'departure'],
    'after-sales': ['售后服务支持', 'after-sales support'],
  },
  category: {
    analysis: ['分析需求验收', 'Analysis'],
    storage: ['存储需求验收', 'Storage'],
    alert: ['告警需求验收', 'Alerting'],
    report: ['报表需求验收', 'Reports'],
    other: ['其他需求验收', 'Other'],
  },
  inspectionEvery: { monthly: ['每月', 'monthly'], quarterly: ['每季度', 'quarterly'], 'half-yearly': ['每半年', 'half-yearly'] },
  org: { customer: ['客户方', 'customer'], vendor: ['我方', 'our side'], partner: ['合作伙伴', 'partner'] },
  stakeholderRole: {
    'decision-maker': ['决策者', 'decision maker'],
    'technical-influencer': ['技术影响者', 'technical influencer'],
    'business-influencer': ['业务影响者', 'business influencer'],
    'end-user': ['最终用户', 'end user'],
    approver: ['审批人', 'approver'],
    legal: ['法务', 'legal'],
    procurement: ['采购', 'procurement'],
    developer: ['开发人员', 'developer'],
  },
  attitude: { champion: ['倡导者', 'champion'], supporter: ['支持者', 'supporter'], neutral: ['中立', 'neutral'], skeptic: ['怀疑者', 'skeptic'], blocker: ['阻碍者', 'blocker'] },
} satisfies Record<string, Record<string, Pair>>;

export type LabelGroup = keyof typeof LABELS;

/** The label of an enum value in one language; an unknown value is shown as written. */
export function label(ctx: { locale: Locale } | Locale, group: LabelGroup | string, value: string | undefined): string {
  if (value === undefined) return '';
  const locale = typeof ctx === 'string' ? ctx : ctx.locale;
  const l = (LABELS as Record<string, Record<string, Pair>>)[group]?.[value];
  return l ? (locale === 'zh-CN' ? l[0] : l[1]) : value;
}

/** The label in both languages (for rule messages). */
export function labels(group: LabelGroup, value: string | undefined): Localized {
  return { en: label('en', group, value), 'zh-CN': label('zh-CN', group, value) };
}

/** An English count with its noun, never "(s)": `1 day`, `2 days`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
