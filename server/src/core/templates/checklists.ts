/**
 * The built-in checklist templates (DOMAIN.md "Built-in templates"), taken from the playbooks:
 * machine readiness (seed 000 §6), integration verification (§8), on-site deployment verification
 * (§9), demo rehearsal (§10, with the demo practice of seed 002), readiness-assessment workshop
 * (seed 002), closing, departure and after-sales handover (seed 001).
 *
 * `renderChecklist` writes the YAML text of a new `*.checklist.yaml` in the user's language; field
 * names are always the DOMAIN.md ones. Never throws: an unknown template id gives ''.
 *
 * Also exported: the small YAML text helpers the other templates use (`yamlScalar`,
 * `commentText`), so that every generated file quotes user text the same safe way.
 */
import { parse as parseYaml } from 'yaml';
import { parseDate } from '../dates';
import { pickLocale, type Locale, type Localized } from '../types';

export type ChecklistPhase =
  | 'intelligence'
  | 'scenario'
  | 'environment'
  | 'schedule'
  | 'integration'
  | 'deployment'
  | 'rehearsal'
  | 'demo'
  | 'review'
  | 'kickoff'
  | 'implementation'
  | 'closing'
  | 'departure'
  | 'after-sales';

export interface ChecklistTemplateItem {
  id: string;
  text: Localized;
  /** Only written when false (items are required unless `required: false`). */
  required?: false;
}

export interface ChecklistTemplateGroup {
  group: Localized;
  items: ChecklistTemplateItem[];
}

export type ChecklistTemplateEntry = ChecklistTemplateItem | ChecklistTemplateGroup;

export interface ChecklistTemplate {
  id: string;
  title: Localized;
  description: Localized;
  phase: ChecklistPhase;
  /** The playbook section it comes from, for the header comment. */
  source: Localized;
  entries: ChecklistTemplateEntry[];
}

/** What the "new checklist" command lists. */
export interface ChecklistTemplateInfo {
  id: string;
  title: Localized;
  description: Localized;
  phase: ChecklistPhase;
}

export interface RenderChecklistOptions {
  /** Checklist due date, YYYY-MM-DD (ignored when not a real date). */
  due?: string;
  /** Owner written on every item: a team id of any plan or a stakeholder id (ignored when not an id). */
  owner?: string;
  /** Id of the POC or project the checklist belongs to (ignored when not an id). */
  plan?: string;
  /** The checklist's id instead of the template's (`closing-2` next to a `closing`; ignored when not an id). */
  id?: string;
}

const L = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });
const item = (id: string, zh: string, en: string, required?: false): ChecklistTemplateItem =>
  required === false ? { id, text: L(zh, en), required } : { id, text: L(zh, en) };
const group = (zh: string, en: string, items: ChecklistTemplateItem[]): ChecklistTemplateGroup => ({ group: L(zh, en), items });

const TEMPLATES: ChecklistTemplate[] = [
  {
    id: 'machine-readiness',
    title: L('客户方机器准备检查', 'Customer machine readiness'),
    description: L(
      '现场POC部署前，审查客户机器的硬件、网络、安全、操作系统和配置、部署环境。',
      'Before an on-site POC deployment, check the customer machines: hardware, network, security, OS and configuration, deployment environment.',
    ),
    phase: 'environment',
    source: L('《POC 任务流程》六、客户方申请机器（现场POC）', 'POC playbook, §6 Customer machines (on-site POC)'),
    entries: [
      item('M1', '客户机器符合产品的硬件需求（计算和存储资源）', 'The customer machines meet the product’s hardware requirements (compute and storage)'),
      item('M2', '客户机器的网络连接稳定，能及时从各数据源获取数据', 'The machines’ network connection is stable and reaches every data source in time'),
      item('M3', '客户机器的安全性已确认，不会发生数据泄露等安全问题', 'The machines’ security is confirmed, with no risk of data leaks'),
      item('M4', '客户机器的操作系统和配置正确，无兼容性问题', 'The machines’ operating system and configuration are correct, with no compatibility issues'),
      item('M5', '客户机器的部署环境（云平台、容器等）符合平台要求', 'The deployment environment (cloud platform, containers …) meets the platform’s requirements'),
      item('M6', '部署前已模拟现场部署环境进行验证', 'The on-site deployment environment was simulated and verified before deployment'),
    ],
  },
  {
    id: 'integration-verification',
    title: L('软件集成与验证检查', 'Software integration and verification'),
    description: L(
      '现场POC：构建部署包，在测试环境中验证部署工艺、功能、性能与安全，并编写测试报告。',
      'On-site POC: build the deployment package and verify the deployment procedure, functions, performance and security in a test environment, then write the test report.',
    ),
    phase: 'integration',
    source: L('《POC 任务流程》八、软件集成与验证（现场POC）', 'POC playbook, §8 Software integration and verification (on-site POC)'),
    entries: [
      group('构建部署包', 'Build the deployment package', [
        item('IV1', '销售人员提供用户的需求清单', 'Sales provides the customer’s requirement list'),
        item('IV2', '技术人员根据需求清单确定所需服务与功能，以邮件形式发送给运维人员', 'The engineer lists the services and functions needed from the requirement list and mails them to ops'),
        item('IV3', '运维人员确认后构建部署包与部署工艺', 'Ops confirms, then builds the deployment package and the deployment procedure'),
      ]),
      group('验证部署工艺', 'Verify the deployment procedure', [
        item('IV4', '已申请机器用于 POC 部署测试', 'Machines for the POC deployment test have been requested and approved'),
        item('IV5', '技术人员根据部署工艺完成内部部署验证，问题已与运维人员沟通解决', 'The engineer deployed internally following the procedure; problems were solved with ops'),
      ]),
      group('测试环境验证', 'Verification in the test environment', [
        item('IV6', '验证产品功能：数据导入、数据处理、数据分析和结果展示', 'Functions verified: data import, processing, analysis and presentation of results'),
        item('IV7', '验证产品性能：数据处理速度、并发处理能力、稳定性和可靠性', 'Performance verified: processing speed, concurrency, stability and reliability'),
        item('IV8', '安全验证：漏洞扫描、渗透测试和安全审计', 'Security verified: vulnerability scan, penetration test and security audit'),
        item('IV9', '编写测试报告：测试结果、问题描述、风险评估和建议的解决方案', 'Test report written: results, problems, risk assessment and proposed solutions'),
      ]),
      group('注意事项', 'Points to watch', [
        item('IV10', '测试环境准备充分：硬件设备、操作系统、数据库和网络', 'The test environment is fully prepared: hardware, operating system, database and network'),
        item('IV11', '测试用例充分，尽可能覆盖各种场景和用例', 'The test cases are sufficient and cover as many scenarios and use cases as possible'),
        item('IV12', '测试过程和测试结果已详细记录，可为后续部署和交付提供参考', 'The test process and results are recorded in detail for the later deployment and delivery'),
      ]),
    ],
  },
  {
    id: 'deployment-verification',
    title: L('产品部署与现场验证检查', 'On-site deployment verification'),
    description: L(
      '在客户现场部署产品，并再次验证功能、性能与安全，完成数据迁移。',
      'Deploy the product at the customer site, verify functions, performance and security again, and migrate the data.',
    ),
    phase: 'deployment',
    source: L('《POC 任务流程》九、产品部署与验证', 'POC playbook, §9 Product deployment and verification'),
    entries: [
      group('产品部署', 'Deployment', [
        item('DV1', '技术人员根据部署工艺完成产品部署', 'The engineer deployed the product following the deployment procedure'),
        item('DV2', '部署问题已及时联系运维人员沟通解决', 'Deployment problems were raised with ops in time and solved'),
      ]),
      group('现场验证', 'On-site verification', [
        item('DV3', '验证产品功能：数据导入、数据处理、数据分析和结果展示', 'Functions verified: data import, processing, analysis and presentation of results'),
        item('DV4', '验证产品性能：数据处理速度、并发处理能力、稳定性和可靠性', 'Performance verified: processing speed, concurrency, stability and reliability'),
        item('DV5', '安全验证：漏洞扫描、渗透测试和安全审计', 'Security verified: vulnerability scan, penetration test and security audit'),
      ]),
      group('数据迁移', 'Data migration', [
        item('DV6', '已与客户确认数据或模型的位置、形式、数据量', 'Location, form and volume of the data or models confirmed with the customer'),
        item('DV7', '数据或模型已处理成符合平台要求的格式', 'The data or models are converted to the format the platform needs'),
        item('DV8', '数据或模型已导入平台并得到正确处理', 'The data or models are imported and processed correctly'),
      ]),
    ],
  },
  {
    id: 'demo-rehearsal',
    title: L('演示流程设计与预演检查', 'Demo design and rehearsal'),
    description: L(
      '正式演示前的预演：数据、目标和指标、流程和步骤、评估与优化；演示不超过 30 分钟、按演示脚本、面向受众。',
      'Rehearsal before the demo: data, goals and metrics, flow and steps, assessment and tuning; a demo of at most 30 minutes, storyboard-driven and audience-focused.',
    ),
    phase: 'rehearsal',
    source: L(
      '《POC 任务流程》十、设计演示流程并预演；演示执行',
      'POC playbook, §10 Design the demo flow and rehearse; demo practice',
    ),
    entries: [
      group('预演', 'Rehearsal', [
        item('DR1', '准备充分的数据：各种类型、足够的数据量和真实的数据质量，尽可能接近实际场景', 'Enough data prepared: all types, enough volume and real quality, as close to the real scenario as possible'),
        item('DR2', '定义好预演的目标和指标，与客户需求和业务场景相匹配', 'Rehearsal goals and metrics defined, matching the customer’s needs and business scenarios'),
        item('DR3', '定义好预演的流程和步骤（数据清洗、数据处理、算法选择、模型调优）', 'Rehearsal flow and steps defined (data cleaning, processing, algorithm choice, model tuning)'),
        item('DR4', '评估方案的准确性和可行性（精度、稳定性、实时性），并与预设目标和指标对照', 'Accuracy and feasibility assessed (precision, stability, timeliness) against the preset goals and metrics'),
        item('DR5', '预演中发现的问题已反馈和优化，并与客户充分沟通', 'Problems found in the rehearsal fed back and fixed, in agreement with the customer'),
      ]),
      group('演示准备', 'Demo preparation', [
        item('DR6', '故事板已确定，每一步对应客户的痛点', 'The storyboard is set; each step answers one of the customer’s pain points'),
        item('DR7', '演示时长不超过 30 分钟', 'The demo takes 30 minutes or less'),
        item('DR8', '已提前确定受众干系人，演示内容面向受众定制', 'The audience (stakeholders) is known in advance and the demo is tailored to it'),
        item('DR9', '演示在我方维护的稳定平台上进行', 'The demo runs on a stable platform that we maintain'),
      ]),
    ],
  },
  {
    id: 'readiness-workshop',
    title: L('准备评估工作坊检查', 'Readiness-assessment workshop'),
    description: L(
      '与客户干系人一起确定机会和用例、记录功能与非功能需求、风险、合规与性能要求，并约定下一步。',
      'With the customer’s stakeholders: find opportunities and use cases, record functional and non-functional requirements, risks, compliance and performance needs, and agree the next steps.',
    ),
    phase: 'scenario',
    source: L('售前任务：准备评估工作坊', 'Presales tasks: readiness-assessment workshop'),
    entries: [
      item('W1', '与干系人接触，确定潜在机会，围绕潜在问题促进解决方案的讨论', 'Met the stakeholders, found potential opportunities and led the discussion of solutions to their problems'),
      item('W2', '识别并记录用例的潜在规模（独立部门或联盟方式）', 'Identified and recorded the potential scale of the use case (one unit, or a consortium)'),
      item('W3', '记录干系人的功能需求（合规、报告、审计、授权或业务重点）', 'Recorded the stakeholders’ functional requirements (compliance, reporting, audit, authorization, business focus)'),
      item('W4', '记录干系人的非功能需求（性能、可靠性、安全性）', 'Recorded the stakeholders’ non-functional requirements (performance, reliability, security)'),
      item('W5', '确定客户对实施的感知风险', 'Identified the risks the customer perceives in the implementation'),
      item('W6', '记录合规要求（如 GDPR、PCI、SOX、HIPAA、等保）', 'Recorded compliance requirements (e.g. GDPR, PCI, SOX, HIPAA)'),
      item('W7', '确定性能要求（如每秒交易量 TPS）', 'Identified performance requirements (e.g. transactions per second)'),
      item('W8', '提供一份带有可实际应用用例的摘要报告', 'Delivered a summary report with use cases that can really be applied'),
      item('W9', '向客户说明预期的下一步评估流程（如后续电话或报价）', 'Told the customer the expected next steps of the assessment (follow-up call, quote)'),
    ],
  },
  {
    id: 'closing',
    title: L('项目收尾检查', 'Project closing'),
    description: L(
      '平台进入试运行：参数优化、产品培训、阶段性汇报、确认验收与离场时间、备份数据库（项目收尾阶段）。',
      'The platform enters trial operation: parameter tuning, product training, interim report, acceptance and departure dates, database backup (closing).',
    ),
    phase: 'closing',
    source: L('《实施项目流程》项目收尾阶段', 'Implementation playbook, project closing'),
    entries: [
      group('参数优化', 'Parameter tuning', [
        item('C1', '根据《运维标准交付检查项》对系统后台参数进行检查优化', 'System parameters checked and tuned against the standard ops delivery checklist'),
      ]),
      group('产品培训', 'Product training', [
        item('C2', '整理培训材料及培训考题', 'Training material and exam questions prepared'),
        item('C3', '培训前人员签到', 'Attendees signed in before the training'),
        item('C4', '培训完毕后对参训人员进行测试', 'Attendees tested after the training'),
      ]),
      group('阶段性汇报', 'Interim report', [
        item('C5', '准备项目阶段性汇报材料', 'Interim report material prepared'),
        item('C6', '进行阶段性汇报及需求初步验收', 'Interim report given and requirements preliminarily accepted'),
        item('C7', '根据汇报及验收结果完善优化，再验收直到最初确认的需求全部实现', 'Improved after the report and acceptance, re-accepted until every requirement agreed at the start is met'),
      ]),
      group('试运行', 'Trial operation', [
        item('C8', '项目相关资料准备，完善项目信息记录', 'Project documents prepared and the project record completed'),
        item('C9', '观察平台运行情况', 'Platform operation observed'),
        item('C10', '备份数据库', 'Database backed up'),
      ]),
      item('C11', '与客户确认项目验收时间及离场时间', 'Acceptance date and departure date confirmed with the customer'),
    ],
  },
  {
    id: 'departure',
    title: L('项目离场检查', 'Project departure'),
    description: L(
      '实施工程师离场前：离场交接、项目验收、售后支持交接、结项通知、项目分享（项目离场阶段）。',
      'Before the engineers leave the site: handover, acceptance, after-sales handover, close-out notices, internal sharing (departure).',
    ),
    phase: 'departure',
    source: L('《实施项目流程》项目离场阶段', 'Implementation playbook, project departure'),
    entries: [
      group('离场交接', 'Handover on leaving', [
        item('L1', '为客户解读售后服务支持计划', 'After-sales support plan explained to the customer'),
        item('L2', '收集项目实施满意度', 'Implementation satisfaction collected'),
        item('L3', '为客户解读技术支持反馈渠道、公司 PMO 直接反馈渠道（邮件、电话）', 'Support channels and the company PMO’s direct channel (mail, phone) explained to the customer'),
        item('L4', '向客户说明技术支持工单提交方式', 'How to submit support tickets explained to the customer'),
        item('L5', '根据项目交付资料清单进行文档交付', 'Documents delivered following the delivery list'),
        item('L6', '根据项目结项清单进行离场交接及结项确认', 'Handover and close-out confirmed following the close-out list'),
      ]),
      group('项目验收', 'Acceptance', [
        item('L7', '分析需求验收', 'Analysis requirements accepted'),
        item('L8', '存储需求验收', 'Storage requirements accepted'),
        item('L9', '告警需求验收', 'Alert requirements accepted'),
        item('L10', '报表需求验收', 'Report requirements accepted'),
        item('L11', '其他需求验收', 'Other requirements accepted', false),
        item('L12', '出具项目验收报告，请客户签名盖章确认', 'Acceptance report issued and signed and stamped by the customer'),
      ]),
      group('售后支持交接', 'After-sales handover', [
        item('L13', '整理项目交接材料并提交运维支持小组验收', 'Handover material prepared and accepted by the support team'),
      ]),
      group('结项通知', 'Close-out notices', [
        item('L14', '离场邮件沟通，邮件截图存档', 'Departure mail sent to the customer, screenshot filed'),
        item('L15', '向客户发送离场通知（简要总结及说明）', 'Departure notice (short summary) sent to the customer'),
        item('L16', '发送内部项目结项通知', 'Internal close-out notice sent'),
        item('L17', '结项之后请客户填写满意度调查', 'Customer asked to fill in the satisfaction survey after close-out'),
      ]),
      group('项目分享', 'Internal sharing', [
        item('L18', '内部项目结项汇报及分享', 'Internal close-out report and sharing held'),
      ]),
    ],
  },
  {
    id: 'after-sales-handover',
    title: L('售后服务支持交接检查', 'After-sales handover'),
    description: L(
      '项目终验后进入维保期：按《售后内部交接清单》向技术支持小组交接，并安排定期巡检（售后服务支持）。',
      'After final acceptance the project enters maintenance: hand over to the support team with the internal handover list and schedule the inspections (after-sales support).',
    ),
    phase: 'after-sales',
    source: L('《实施项目流程》售后服务支持', 'Implementation playbook, after-sales support'),
    entries: [
      group('内部交接', 'Internal handover', [
        item('H1', '按《售后内部交接清单》向技术支持小组交接', 'Handed over to the support team with the internal after-sales handover list'),
        item('H2', '上传集群信息', 'Cluster information uploaded'),
        item('H3', '上传项目问题变更表', 'Project issue and change log uploaded'),
        item('H4', '上传项目定制化信息', 'Project customizations uploaded'),
        item('H5', '上传脚本信息', 'Scripts uploaded'),
      ]),
      group('售后服务支持', 'After-sales support', [
        item('H6', '技术支持小组跟进满意度调查填写情况', 'The support team follows up the satisfaction survey'),
        item('H7', '日常售后服务支持方式已向客户说明', 'Daily after-sales support arrangements explained to the customer'),
        item('H8', '客户需要现场支持时的协调安排方式已明确', 'How on-site support is arranged when the customer needs it is agreed'),
        item('H9', '根据合同维保期要求定期分配巡检任务', 'Regular inspections assigned as the maintenance terms of the contract require'),
      ]),
    ],
  },
];

const BY_ID = new Map(TEMPLATES.map((t) => [t.id, t]));

/** The templates offered by the "new checklist" command, in playbook order. */
export const CHECKLIST_TEMPLATES: readonly ChecklistTemplateInfo[] = TEMPLATES.map((t) => ({
  id: t.id,
  title: t.title,
  description: t.description,
  phase: t.phase,
}));

/** The full template (items included), or undefined for an unknown id. */
export function checklistTemplate(id: string): ChecklistTemplate | undefined {
  return BY_ID.get(id);
}

/** Number of items of a template, groups flattened (0 for an unknown id). */
export function checklistItemCount(id: string): number {
  const t = BY_ID.get(id);
  if (!t) return 0;
  return t.entries.reduce((n, e) => n + ('group' in e ? e.items.length : 1), 0);
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The YAML text of a new `*.checklist.yaml` made from a template, in `locale` (zh-CN or en; any
 * other value counts as en unless it starts with "zh"). `due` and `owner`/`plan` are written only
 * when they are a real date and valid ids. '' for an unknown template id.
 */
export function renderChecklist(templateId: string, locale: Locale | string, opts: RenderChecklistOptions = {}): string {
  const t = BY_ID.get(templateId);
  if (!t) return '';
  const loc = pickLocale(locale);
  const zh = loc === 'zh-CN';
  const due = typeof opts.due === 'string' && parseDate(opts.due) !== undefined ? opts.due.trim() : undefined;
  const owner = typeof opts.owner === 'string' && ID_RE.test(opts.owner) ? opts.owner : undefined;
  const plan = typeof opts.plan === 'string' && ID_RE.test(opts.plan) ? opts.plan : undefined;

  const out: string[] = [];
  out.push(`# ${t.title[loc]}`);
  out.push(zh ? `# 依据：${t.source[loc]}` : `# From: ${t.source[loc]}`);
  out.push(
    zh
      ? '# 完成一项后改为 done: true，可补充 evidence（证据）；不适用的项设置 required: false。'
      : '# Set done: true when an item is finished, with evidence if you have it; set required: false when an item does not apply.',
  );
  out.push('kind: checklist');
  out.push(`id: ${typeof opts.id === 'string' && ID_RE.test(opts.id) ? opts.id : t.id}`);
  out.push(`title: ${yamlScalar(t.title[loc])}`);
  out.push(`phase: ${t.phase}`);
  if (plan) out.push(`plan: ${plan}`);
  if (due) out.push(`due: ${due}`);
  out.push('items:');
  const line = (it: ChecklistTemplateItem, indent: string): string => {
    const parts = [`id: ${it.id}`, `text: ${yamlScalar(it.text[loc], true)}`, 'done: false'];
    if (it.required === false) parts.push('required: false');
    if (owner) parts.push(`owner: ${owner}`);
    return `${indent}- { ${parts.join(', ')} }`;
  };
  for (const e of t.entries) {
    if ('group' in e) {
      out.push(`  - group: ${yamlScalar(e.group[loc])}`);
      out.push('    items:');
      for (const it of e.items) out.push(line(it, '      '));
    } else {
      out.push(line(e, '  '));
    }
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// YAML text helpers shared by the templates.

const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]/;

/**
 * A string as a YAML scalar: plain when that reads back as the same string, else double-quoted
 * (JSON escaping, which YAML accepts, plus escapes for line separators and invisible characters).
 * `flow` also quotes the flow indicators `, [ ] { }` for use inside `{ … }` and `[ … ]`.
 */
export function yamlScalar(value: string, flow = false): string {
  if (isPlainSafe(value, flow)) return value;
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isPlainSafe(value: string, flow: boolean): boolean {
  if (value === '' || value !== value.trim()) return false;
  if (INDICATOR_START.test(value) || UNSAFE_CHARS.test(value)) return false;
  if (value.includes(': ') || value.includes(' #') || value.endsWith(':')) return false;
  if (flow && /[,[\]{}]/.test(value)) return false;
  try {
    return parseYaml(`v: ${value}\n`)?.v === value;
  } catch {
    return false;
  }
}

/** Free text made safe for a one-line `# comment`: line breaks and control characters become spaces. */
export function commentText(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]+/g, ' ').trim();
}
