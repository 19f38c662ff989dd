/**
 * The files of a new POC folder (command "POC Studio: New POC folder"), following the POC process
 * of seed 000 (team §2, intelligence §4, scenarios §5, machines §6, schedule §7, integration §8,
 * deployment §9, rehearsal §10, demo §11, review §12) and the presales practice of seed 002
 * (qualification, success criteria agreed before the POC, stakeholders, a demo of at most 30
 * minutes with a storyboard, testable requirements).
 *
 * Comments and placeholders are in the user's language; field names are the DOMAIN.md ones.
 * Placeholders are `待补充` / `TBD`, which the rules count as "not written".
 *
 * Decisions:
 * - Names are safe: the POC id is reduced to `[A-Za-z0-9][A-Za-z0-9_.-]*` (anything else becomes
 *   `-`, accents are dropped, a run of punctuation becomes one character so no `..` is left, no
 *   leading or trailing punctuation, at most 64 characters), falling back to `poc-YYYYMMDD` when
 *   nothing ASCII is left (e.g. a Chinese id). The customer slug comes from `customerId` when
 *   given, else from the POC id without its `-poc` suffix, lower-cased. File stems whose first
 *   part is a Windows device name (con, prn, aux, nul, com0-9, lpt0-9) get a suffix
 *   (`con-poc.poc.yaml`). The customer's free text never reaches a file name; in YAML it is
 *   quoted when needed and in comments its line breaks become spaces.
 * - Workspace-scoped ids (stakeholder and requirement ids, DOMAIN.md) are prefixed with the
 *   customer slug (`bank-decision-maker`, `bank-R1`) so that a second customer folder in the same
 *   workspace does not clash with the first. Team ids are the four role names (sales, presales,
 *   ops, engineer): the comment asks to replace them with the real people's ids, since the same
 *   team id in two plans is the same person (two untouched new POCs overlapping in time would be
 *   reported as `over-allocated`).
 * - Mode `onsite` by default (the full process with machines, integration and deployment, and the
 *   machine-readiness checklist); `remote` drops those tasks (their successors take over their
 *   dependencies, minus redundant ones), the environment section, the machines risk and the
 *   checklist.
 * - The tasks are chained with dependsOn from T1's start (the given start); `end` is the date of
 *   the final milestone, `demo.date` the demo task's first day, `demo.rehearsal.date` the
 *   rehearsal task's last day, the checklist's `due` the last day of "客户方申请机器", all on the
 *   plan's calendar: China's (`region: CN`) for Chinese users, Monday–Friday otherwise. An invalid
 *   start falls back to today. The wait for the customer's review (T9) is `allocation: 0`, with a
 *   comment saying why: sales is free for other work meanwhile (`over-allocated` counts no load).
 * - Qualification is what the user answered (New POC folder asks both questions): a confirmed
 *   field is written `true`, an unconfirmed one `false` (then `unqualified` says so — the user's
 *   fact, not the template's). Never `true` without the user's word.
 * - What a fresh folder is told (checked together, today before the start): `unqualified` for each
 *   qualification the user did not confirm, and the info `intelligence-incomplete` (intelligence is
 *   all placeholders). Nothing else: the success
 *   criteria are measurable and trace the two requirements, the stakeholders name a decision maker,
 *   the demo is 30 minutes with a rehearsal task before it, the risks have mitigations. Once the
 *   start has passed, `success-criteria-not-agreed` joins them until the criteria are agreed, and
 *   the date rules (`overdue`, `checklist-overdue`) as days go by.
 */
import { formatDate, localToday, parseDate, WorkCalendar, type Day } from '../dates';
import { pickLocale, type Locale } from '../types';
import { regionCalendar } from '../region-calendar';
import { commentText, renderChecklist, yamlScalar } from './checklists';

export interface NewPocOptions {
  /** Customer name, free text (e.g. 某银行). */
  customer: string;
  /** The POC id (made safe, see above). */
  pocId: string;
  locale: Locale | string;
  /** First day of the POC, YYYY-MM-DD. */
  start: string;
  /** Short ASCII id of the customer for file names and id prefixes (default: from pocId). */
  customerId?: string;
  /** onsite (default) or remote. */
  mode?: 'onsite' | 'remote';
  /** Id of the machine-readiness checklist (default `machine-readiness`; the file is named after it). */
  checklistId?: string;
  /** What sales has confirmed (see Decisions); absent fields are written `false`. */
  qualified?: { financiallyVetted?: boolean; purchaseCommitment?: boolean };
}

export interface NewFile {
  name: string;
  text: string;
}

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9]|conin\$|conout\$)$/i;

/**
 * Text reduced to a valid id (`[A-Za-z0-9][A-Za-z0-9_.-]*`, at most 64 characters) that is also
 * safe inside a file name: no path separators, no `..`, no leading or trailing punctuation.
 * `fallback` when nothing is left.
 */
export function safeId(text: unknown, fallback: string): string {
  let s = typeof text === 'string' ? text : '';
  s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(/[^A-Za-z0-9_.-]+/g, '-');
  // Runs of punctuation collapse to one character, a dot if there was one (no `..` is left).
  s = s.replace(/[._-]{2,}/g, (run) => (run.includes('.') ? '.' : run.includes('-') ? '-' : '_'));
  s = s.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
  s = s.slice(0, 64).replace(/[^A-Za-z0-9]+$/, '');
  return s || fallback;
}

/** A safe id as a file stem: a Windows device name as first part gets `-<suffix>` appended. */
export function safeFileStem(id: string, suffix: string): string {
  const first = id.split('.')[0];
  return WINDOWS_RESERVED.test(first) ? `${first}-${suffix}${id.slice(first.length)}` : id;
}

interface TaskDef {
  id: string;
  name: { zh: string; en: string };
  phase: string;
  owner: string;
  days: number;
  dependsOn: string[];
  onsiteOnly?: boolean;
  /** Percent of the owner's day (absent: 100); a waiting task takes 0, with the reason as a comment. */
  allocation?: { percent: number; zh: string; en: string };
}

/** The standard tasks of seed 000 §3, in order. */
const TASKS: TaskDef[] = [
  { id: 'T1', name: { zh: '情报收集', en: 'Intelligence gathering' }, phase: 'intelligence', owner: 'sales', days: 2, dependsOn: [] },
  { id: 'T2', name: { zh: '确定 POC 业务场景', en: 'Define the POC business scenarios' }, phase: 'scenario', owner: 'presales', days: 2, dependsOn: ['T1'] },
  { id: 'T3', name: { zh: '客户方申请机器', en: 'Customer provides the machines' }, phase: 'environment', owner: 'ops', days: 3, dependsOn: ['T1'], onsiteOnly: true },
  { id: 'T4', name: { zh: '任务排期', en: 'Schedule the tasks' }, phase: 'schedule', owner: 'presales', days: 1, dependsOn: ['T2'] },
  { id: 'T5', name: { zh: '软件集成与验证', en: 'Software integration and verification' }, phase: 'integration', owner: 'engineer', days: 3, dependsOn: ['T3', 'T4'], onsiteOnly: true },
  { id: 'T6', name: { zh: '产品部署与验证', en: 'Product deployment and verification' }, phase: 'deployment', owner: 'engineer', days: 2, dependsOn: ['T5'], onsiteOnly: true },
  { id: 'T7', name: { zh: '设计演示流程并预演', en: 'Design the demo flow and rehearse' }, phase: 'rehearsal', owner: 'presales', days: 2, dependsOn: ['T6'] },
  { id: 'T8', name: { zh: '产品演示', en: 'Product demo' }, phase: 'demo', owner: 'presales', days: 1, dependsOn: ['T7'] },
  { id: 'T9', name: { zh: '等待客户评审与反馈', en: 'Customer review and feedback' }, phase: 'review', owner: 'sales', days: 5, dependsOn: ['T8'],
    allocation: { percent: 0, zh: '等待客户期间不占用销售的工时，可同时跟进其他项目', en: 'waiting for the customer takes none of the owner’s time' } },
  { id: 'T10', name: { zh: '客户评审结论', en: 'Customer decision' }, phase: 'review', owner: 'sales', days: 0, dependsOn: ['T9'] },
];

interface Planned extends TaskDef {
  start: Day;
  end: Day;
}

/** Keeps the tasks of the mode, gives dropped tasks' dependencies to their successors, and dates them. */
function planTasks(onsite: boolean, start: Day, cal: WorkCalendar): Planned[] {
  const dropped = new Map<string, string[]>();
  const resolveDeps = (deps: string[]): string[] => {
    const out: string[] = [];
    for (const d of deps) for (const x of dropped.has(d) ? dropped.get(d)! : [d]) if (!out.includes(x)) out.push(x);
    return out;
  };
  const byId = new Map<string, Planned>();
  const out: Planned[] = [];
  const ancestors = new Map<string, Set<string>>();
  for (const t of TASKS) {
    let deps = resolveDeps(t.dependsOn);
    // A dependency that another dependency already comes after is redundant (remote: T7 needs T4, not T1 too).
    deps = deps.filter((d) => !deps.some((e) => e !== d && ancestors.get(e)?.has(d)));
    if (t.onsiteOnly && !onsite) {
      dropped.set(t.id, deps);
      continue;
    }
    let s: Day;
    if (!deps.length) s = cal.onOrAfter(start);
    else {
      const last = Math.max(...deps.map((d) => byId.get(d)!.end));
      // A milestone dependency is a point at the start of its day; others end at the end of theirs.
      const lastIsMilestone = deps.some((d) => byId.get(d)!.days === 0 && byId.get(d)!.end === last);
      s = lastIsMilestone ? cal.onOrAfter(last) : cal.nextWorkday(last);
    }
    const p: Planned = { ...t, dependsOn: deps, start: s, end: t.days === 0 ? s : cal.endAfter(s, t.days) };
    byId.set(t.id, p);
    ancestors.set(t.id, new Set(deps.flatMap((d) => [d, ...(ancestors.get(d) ?? [])])));
    out.push(p);
  }
  return out;
}

/** The files of a new POC folder, in the order: plan, stakeholders, requirements, checklist. Never throws. */
export function newPocFolder(opts: NewPocOptions): NewFile[] {
  const loc = pickLocale(typeof opts?.locale === 'string' ? opts.locale : undefined);
  const zh = loc === 'zh-CN';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const TBD = t('待补充', 'TBD');

  const startDay = parseDate(opts?.start) ?? localToday();
  const start = formatDate(startDay);
  const pocId = safeId(opts?.pocId, `poc-${start.replace(/-/g, '')}`);
  const baseSlug = safeId(opts?.customerId, '') || safeId(pocId.replace(/[-_.]?poc$/i, ''), '') || pocId;
  const slug = safeId(baseSlug.toLowerCase(), 'customer');
  const customerRaw = typeof opts?.customer === 'string' ? opts.customer.trim() : '';
  const customer = customerRaw || TBD;
  const customerNote = commentText(customerRaw) || t('新客户', 'new customer');
  const onsite = opts?.mode !== 'remote';

  const sid = (role: string) => `${slug}-${role}`;
  const DM = sid('decision-maker');
  const TECH = sid('tech-lead');
  const BIZ = sid('business-owner');
  const USER = sid('end-user');
  const PROC = sid('procurement');
  const R1 = `${slug}-R1`;
  const R2 = `${slug}-R2`;

  // The calendar the plan is written with (see the `calendar` lines below), so that its dates are the schedule's.
  const region = zh ? regionCalendar('CN') : undefined;
  const tasks = planTasks(onsite, startDay, new WorkCalendar([], [], region ? [region] : []));
  const task = (id: string) => tasks.find((x) => x.id === id);
  const endDay = tasks[tasks.length - 1].end;
  const demoDay = task('T8')!.start;
  const rehearsalDay = task('T7')!.end;
  const machinesDue = task('T3')?.end;

  const q = (s: string, flow = false) => yamlScalar(s, flow);
  const pad = (s: string, width: number) => {
    // Aligns trailing comments; CJK characters count double.
    const w = [...s].reduce((n, c) => n + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);
    return s + ' '.repeat(Math.max(1, width - w));
  };
  const c = (line: string, comment: string, width = 30) => `${pad(line, width)}# ${comment}`;

  // ---- <pocId>.poc.yaml ---------------------------------------------------------------------
  const title = customerRaw ? `${customerRaw} POC` : t('新 POC', 'New POC');
  const p: string[] = [];
  p.push(`# ${commentText(title)}${onsite ? t('（现场POC）', ' (on-site POC)') : t('（远程POC）', ' (remote POC)')}`);
  p.push(
    t(
      '# 流程参照《POC 任务流程》：情报收集 → 确定业务场景 → ' + (onsite ? '客户方申请机器 → ' : '') + '任务排期',
      '# Follows the POC playbook: intelligence → business scenarios → ' + (onsite ? 'customer machines → ' : '') + 'schedule',
    ),
  );
  p.push(
    t(
      '# → ' + (onsite ? '软件集成与验证 → 产品部署与验证 → ' : '') + '设计演示流程并预演 → 产品演示 → 客户评审与反馈',
      '# → ' + (onsite ? 'integration and verification → deployment and verification → ' : '') + 'demo design and rehearsal → demo → customer review',
    ),
  );
  p.push(t('# “待补充”处请在 POC 开始前补全；字段名保持英文不变。', '# Fill in every "TBD" before the POC starts; keep the field names as they are.'));
  p.push('kind: poc');
  p.push(`id: ${pocId}`);
  p.push(`title: ${q(title)}`);
  p.push(`customer: ${q(customer)}`);
  p.push(c(`mode: ${onsite ? 'onsite' : 'remote'}`, t('onsite 现场POC | remote 远程POC', 'onsite | remote')));
  p.push(c('stage: presentation', t('销售周期阶段：prospecting | preparation | approach | presentation | objection | close | follow-up', 'sales-cycle stage: prospecting | preparation | approach | presentation | objection | close | follow-up')));
  p.push(`start: ${start}`);
  if (zh) {
    // Chinese users work on China's calendar: statutory holidays and make-up working days built in.
    p.push(c(`end: ${formatDate(endDay)}`, '按下方任务排期推算（工作日按法定节假日与调休计算）'));
    p.push(c('calendar:', '工作日历：内置中国法定节假日与调休上班日'));
    p.push('  region: CN');
    p.push(c('  # holidays: ["2026-10-01..2026-10-07"]', '可选：公司或客户现场的额外休息日'));
  } else {
    p.push(c(`end: ${formatDate(endDay)}`, 'from the task schedule below (working days: Monday–Friday)'));
    p.push('# calendar:                   # optional: holidays and make-up working days');
    p.push('#   holidays: ["2026-10-01..2026-10-07"]');
    p.push('#   workdays: [2026-10-10]');
  }
  p.push('');
  p.push(c('qualification:', t('资格评估：投入工程师时间之前先与销售确认', 'qualify with sales before spending engineer time')));
  const confirmed = opts?.qualified ?? {};
  p.push(
    confirmed.financiallyVetted === true
      ? c('  financiallyVetted: true', t('销售已确认客户通过财务审查', 'sales confirmed the customer is financially vetted'))
      : c('  financiallyVetted: false', t('客户已通过财务审查后改为 true', 'true once sales confirms the customer is financially vetted')),
  );
  p.push(
    confirmed.purchaseCommitment === true
      ? c('  purchaseCommitment: true', t('客户已承诺“达到成功标准即采购”', 'the customer committed to buy when the criteria are met'))
      : c('  purchaseCommitment: false', t('客户承诺“达到成功标准即采购”后改为 true', 'true once the customer commits to buy when the criteria are met')),
  );
  p.push(c(`  conceptFit: ${TBD}`, t('客户场景为何适合本产品', 'why the customer’s scenario suits the product')));
  p.push(c(`  stakeholderSupport: ${TBD}`, t('谁支持本次 POC', 'who backs this POC')));
  p.push(c(`  referenceCase: ${TBD}`, t('同行业参考案例', 'a comparable reference case')));
  p.push(c(`  budget: ${TBD}`, t('预算和购买计划', 'budget and purchase plan')));
  p.push('');
  p.push(c('team:', t('POC 成员：请把 id 换成真实人员的 id（同一 id 在多个计划中即同一人）', 'POC team: replace the ids with the real people’s ids (the same id in two plans is the same person)')));
  const member = (id: string, role: string, zhDuty: string, enDuty: string) =>
    c(`  - { id: ${id}, name: ${t('待定', 'TBD')}, role: ${role} }`, t(zhDuty, enDuty), 50);
  p.push(member('sales', 'sales', '销售人员：向客户介绍产品，并进行交易的沟通', 'sales: presents the product and negotiates the deal'));
  p.push(member('presales', 'presales', '售前人员：根据客户的业务场景，设计POC演示流程', 'presales: designs the POC demo flow for the customer’s scenarios'));
  p.push(member('ops', 'ops', '运维人员：构建产品部署包，为部署提供技术支持', 'ops: builds the deployment package and supports the deployment'));
  p.push(member('engineer', 'engineer', '技术人员：负责产品部署，为售前提供技术支持', 'engineer: deploys the product and supports presales'));
  p.push('');
  p.push(c('intelligence:', t('情报收集：遵守法律和道德准则，不得非法获取信息或侵犯隐私', 'intelligence: gather it lawfully and ethically')));
  p.push('  customer:');
  const intel = (key: string, zhNote: string, enNote: string, indent = '    ') => c(`${indent}${key}: ${TBD}`, t(zhNote, enNote));
  p.push(intel('scenarios', '业务场景和数据需求', 'business scenarios and data needs'));
  p.push(intel('techStack', '技术栈和基础设施', 'technology stack and infrastructure'));
  p.push(intel('team', '团队成员、技术水平、职能和角色', 'team, skills, functions and roles'));
  p.push(intel('competitors', '客户的竞争对手和市场环境', 'the customer’s competitors and market'));
  p.push(intel('compliance', '数据安全和合规性要求', 'data security and compliance requirements'));
  p.push(intel('architecture', '技术架构和数据流程', 'technical architecture and data flows'));
  p.push(intel('budget', '预算和购买计划', 'budget and purchase plan'));
  p.push(c('  competitors:', t('竞争对手情报：产品特性、客户群体、营销策略、技术、POC 结果', 'competitors: features, customers, strategy, technology, POC results')));
  p.push(`    - { name: ${TBD}, features: ${TBD}, customers: ${TBD}, strategy: ${TBD}, technology: ${TBD}, pocResults: ${TBD} }`);
  p.push('  market:');
  p.push(intel('trends', '行业趋势和前景', 'industry trends and outlook'));
  p.push(intel('technology', '技术趋势和新兴技术', 'technology trends'));
  p.push(intel('regulations', '行业标准和法规', 'industry standards and regulations'));
  p.push('');
  p.push(c('scenarios:', t('业务场景：需求分析 → 数据收集 → 数据分析 → POC 设计', 'business scenarios: requirements → data collection → analysis → POC design')));
  p.push('  - id: S1');
  p.push(`    title: ${TBD}`);
  p.push('    owner: presales');
  p.push(c(`    requirements: [${R1}, ${R2}]`, t(`需求见 ${slug}.requirements.yaml`, `see ${slug}.requirements.yaml`)));
  p.push(
    c(
      `    data: { sources: ${TBD}, volume: ${TBD}, format: ${TBD}, location: ${TBD} }`,
      t('数据来源、数据量、格式、位置', 'data sources, volume, format, location'),
    ),
  );
  p.push('');
  p.push(c('successCriteria:', t('成功标准：POC 开始前与客户和销售共同确认，且可度量', 'success criteria: agreed with the customer and sales before the POC, measurable')));
  const criterion = (id: string, description: string, metric: string, target: string, req: string) => {
    p.push(`  - id: ${id}`);
    p.push(`    description: ${q(description)}`);
    p.push(`    metric: ${metric}`);
    p.push(`    target: ${q(target)}`);
    p.push(c('    agreedWithCustomer: false', t('与客户确认后改为 true', 'true once agreed with the customer')));
    p.push(`    requirement: ${req}`);
    p.push('    scenario: S1');
    p.push(c('    result: pending', 'pending | met | not-met'));
  };
  criterion('SC1', t('每天 100GB 数据接入，丢失率小于 0.01%', '100 GB of data a day ingested with a loss rate under 0.01%'), 'loss_rate_percent', '< 0.01', R1);
  criterion('SC2', t('100GB/天 数据量下查询 P95 小于 3 秒', 'Query P95 under 3 seconds at 100 GB/day'), 'query_p95_seconds', '< 3', R2);
  p.push('');
  if (onsite) {
    p.push(c('environment:', t('现场POC：审查客户机器的硬件、网络、安全、操作系统和部署环境', 'on-site POC: check the hardware, network, security, OS and deployment environment')));
    p.push('  machines:');
    p.push(`    - { role: ${TBD}, count: 1, cpu: 8, memoryGB: 32, diskGB: 500, os: ${TBD} }`);
    p.push(`  network: ${TBD}`);
    p.push(`  security: ${TBD}`);
    p.push(c('  deployment: vm', 'bare-metal | vm | container | cloud'));
    p.push('');
  }
  p.push(c('tasks:', t('任务排期：工期为工作日，0d 为里程碑；dependsOn 为前置任务', 'schedule: durations in working days, 0d is a milestone; dependsOn lists the predecessors')));
  for (const x of tasks) {
    const parts = [`id: ${x.id}`, `name: ${q(zh ? x.name.zh : x.name.en, true)}`, `phase: ${x.phase}`, `owner: ${x.owner}`];
    if (!x.dependsOn.length) parts.push(`start: ${start}`);
    else parts.push(`dependsOn: [${x.dependsOn.join(', ')}]`);
    parts.push(`duration: ${x.days}d`);
    if (x.allocation) parts.push(`allocation: ${x.allocation.percent}`);
    parts.push('status: todo');
    const line = `  - { ${parts.join(', ')} }`;
    p.push(x.allocation ? `${line}   # ${t(x.allocation.zh, x.allocation.en)}` : line);
  }
  p.push('');
  p.push(c('risks:', t('风险：评估并在排期中做出相应调整', 'risks: assess them and adjust the schedule')));
  const risk = (id: string, zhD: string, enD: string, prob: string, zhM: string, enM: string, owner: string) =>
    `  - { id: ${id}, description: ${q(t(zhD, enD), true)}, probability: ${prob}, impact: high, mitigation: ${q(t(zhM, enM), true)}, owner: ${owner}, status: open }`;
  p.push(risk('RK1', '客户数据质量不佳', 'Poor quality of the customer’s data', 'medium', '提前抽样客户数据，与客户确认字段和格式', 'Sample the customer’s data early and confirm fields and formats with the customer', 'engineer'));
  p.push(risk('RK2', '算法或方案效果不理想', 'The algorithm or solution underperforms', 'medium', '预演时对照成功标准评估并优化', 'Assess against the success criteria in the rehearsal and tune', 'presales'));
  if (onsite) {
    p.push(risk('RK3', '客户机器不符合产品要求', 'The customer machines do not meet the product’s requirements', 'medium', '按客户方机器准备检查单逐项确认', 'Check them item by item with the machine-readiness checklist', 'ops'));
  }
  p.push('');
  p.push(c('demo:', t('产品演示：不超过 30 分钟，按故事板进行，面向受众', 'demo: at most 30 minutes, storyboard-driven, focused on the audience')));
  p.push(`  date: ${formatDate(demoDay)}`);
  p.push('  durationMinutes: 30');
  p.push(c(`  audience: [${DM}, ${TECH}]`, t('干系人 id', 'stakeholder ids')));
  p.push(c('  storyboard:', t('每一步对应客户的一个痛点', 'each step answers one pain point')));
  p.push(`    - { step: ${q(t('开场：客户痛点与 POC 目标', 'Opening: pain points and POC goals'), true)}, painPoint: ${TBD}, minutes: 5 }`);
  p.push(`    - { step: ${q(t('场景 S1 实操演示', 'Scenario S1, live'), true)}, painPoint: ${TBD}, scenario: S1, minutes: 20 }`);
  p.push(`    - { step: ${q(t('对照成功标准总结与下一步', 'Results against the success criteria and next steps'), true)}, minutes: 5 }`);
  p.push(
    `  rehearsal: { date: ${formatDate(rehearsalDay)}, goals: ${q(t('全流程跑通且不超过 30 分钟', 'The whole flow runs within 30 minutes'), true)}, metrics: ${q(
      t('每步时长、成功标准各项指标', 'Time per step; each success-criterion metric'),
      true,
    )} }`,
  );
  p.push('');
  p.push(c('review:', t('等待客户评审与反馈：跟踪反馈、维护关系、准备后续计划', 'customer review: follow feedback, keep the relationship, plan the next steps')));
  p.push(c('  decision: pending', 'pending | won | lost'));
  p.push('  feedback: []');

  // ---- <slug>.stakeholders.yaml ---------------------------------------------------------------
  const s: string[] = [];
  s.push(t(`# ${customerNote} 干系人：识别 → 分析 → 管理`, `# Stakeholders of ${customerNote}: identify → analyse → manage`));
  s.push(t('# 识别组织中的角色，分析其影响力与关注度，再确定管理策略；至少确定一位决策者。', '# Find the roles, analyse influence and interest, then decide how to manage each person; name at least one decision maker.'));
  s.push('kind: stakeholders');
  s.push(`customer: ${q(customer)}`);
  s.push('stakeholders:');
  const person = (id: string, zhTitle: string, enTitle: string, roles: string, influence: string, interest: string, reportsTo?: string) => {
    s.push(`  - id: ${id}`);
    s.push(`    name: ${t('待定', 'TBD')}`);
    s.push(`    title: ${q(t(zhTitle, enTitle))}`);
    s.push('    org: customer');
    s.push(`    roles: [${roles}]`);
    s.push(c(`    influence: ${influence}`, 'high | medium | low'));
    s.push(c(`    interest: ${interest}`, 'high | medium | low'));
    s.push(c('    attitude: neutral', 'champion | supporter | neutral | skeptic | blocker'));
    if (reportsTo) s.push(`    reportsTo: ${reportsTo}`);
    s.push(c(`    strategy: ${TBD}`, t('如何管理此人', 'how we manage this person')));
  };
  person(DM, '决策者（如 CIO）', 'Decision maker (e.g. CIO)', 'decision-maker', 'high', 'high');
  person(TECH, '技术负责人', 'Technical lead', 'technical-influencer', 'high', 'high', DM);
  person(BIZ, '业务负责人', 'Business owner', 'business-influencer', 'medium', 'high', DM);
  person(USER, '最终用户代表', 'End-user representative', 'end-user', 'low', 'high', TECH);
  person(PROC, '采购负责人', 'Procurement', 'procurement', 'medium', 'low', DM);

  // ---- <slug>.requirements.yaml ---------------------------------------------------------------
  const r: string[] = [];
  r.push(t(`# ${customerNote} 需求：每条需求都应可测试（有数字或度量指标）`, `# Requirements of ${customerNote}: each one testable (a number or a metric)`));
  r.push(t('# 以下两条为示例，请按客户需求改写。', '# The two entries below are examples: rewrite them with the customer’s needs.'));
  r.push('kind: requirements');
  r.push(`customer: ${q(customer)}`);
  r.push('requirements:');
  const requirement = (id: string, title: string, type: string, category: string, source: string, acceptance: string, metric: string) => {
    r.push(`  - id: ${id}`);
    r.push(`    title: ${q(title)}`);
    r.push(c(`    type: ${type}`, 'functional | non-functional'));
    r.push(`    category: ${category}`);
    r.push(c('    priority: must', 'must | should | could | wont'));
    r.push(c(`    source: ${source}`, t('提出需求的干系人 id', 'stakeholder id')));
    r.push(`    acceptance: ${q(acceptance)}`);
    r.push(`    metric: ${metric}`);
    r.push(c('    scope: in-contract', 'in-contract | out-of-contract'));
    r.push(c('    status: proposed', 'proposed | agreed | implemented | verified'));
  };
  requirement(
    R1,
    t('数据接入完整性', 'Complete data ingestion'),
    'functional',
    'reliability',
    USER,
    t('每天 100GB 数据接入，丢失率 < 0.01%', '100 GB of data a day ingested, loss rate < 0.01%'),
    '{ name: loss_rate_percent, op: "<", value: 0.01, unit: "%" }',
  );
  requirement(
    R2,
    t('查询性能', 'Query performance'),
    'non-functional',
    'performance',
    TECH,
    t('100GB/天 数据量下查询 P95 < 3 秒', 'Query P95 < 3 s at 100 GB/day'),
    '{ name: query_p95_seconds, op: "<", value: 3, unit: s }',
  );

  const files: NewFile[] = [
    { name: `${safeFileStem(pocId, 'poc')}.poc.yaml`, text: p.join('\n') + '\n' },
    { name: `${safeFileStem(slug, 'customer')}.stakeholders.yaml`, text: s.join('\n') + '\n' },
    { name: `${safeFileStem(slug, 'customer')}.requirements.yaml`, text: r.join('\n') + '\n' },
  ];
  if (onsite) {
    const checklistId = safeId(opts?.checklistId, 'machine-readiness');
    files.push({
      name: `${safeFileStem(checklistId, 'checklist')}.checklist.yaml`,
      text: renderChecklist('machine-readiness', loc, { due: machinesDue !== undefined ? formatDate(machinesDue) : undefined, owner: 'ops', plan: pocId, id: checklistId }),
    });
  }
  return files;
}
