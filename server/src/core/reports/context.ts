/**
 * What every report reads: the plan file with its schedule, the other files of its workspace folder
 * (names of people, requirements), "today", the language, and the errors that make figures
 * uncertain. Built from a Workspace, so the language server and the CLI give the same report.
 */
import { lineIndexOf } from '../file';
import { isPlan, type PlanModel, type Requirement, type Stakeholder } from '../model';
import type { ArtifactFile } from '../rules/api';
import type { Schedule, ScheduledTask } from '../schedule';
import type { Day } from '../dates';
import type { Locale } from '../types';
import type { Workspace } from '../workspace';
import { oneLine } from './markdown';

export interface ReportError {
  /** File name (no folder). */
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  message: string;
}

export interface ReportContext {
  file: ArtifactFile;
  plan: PlanModel;
  schedule?: Schedule;
  today: Day;
  locale: Locale;
  stakeholders: Map<string, Stakeholder>;
  requirements: Map<string, Requirement>;
  /** Error diagnostics of the plan and of the files it reads (stakeholders, requirements). */
  errors: ReportError[];
}

export function reportContext(ws: Workspace, uri: string, opts: { locale?: Locale; today?: Day } = {}): ReportContext {
  const file = ws.get(uri);
  if (!file || !isPlan(file.model)) throw new Error(`not a POC or project plan: ${uri}`);
  const stakeholders = new Map<string, Stakeholder>();
  const requirements = new Map<string, Requirement>();
  const errors: ReportError[] = [];
  const related: ArtifactFile[] = [file];
  for (const f of ws.files()) {
    const m = f.model;
    if (m.kind === 'stakeholders') {
      for (const s of m.stakeholders.items) if (s.id && !stakeholders.has(s.id.value)) stakeholders.set(s.id.value, s);
      if (f !== file) related.push(f);
    } else if (m.kind === 'requirements') {
      for (const r of m.requirements.items) if (r.id && !requirements.has(r.id.value)) requirements.set(r.id.value, r);
      if (f !== file) related.push(f);
    }
  }
  const locale = opts.locale ?? ws.messageLocale;
  for (const f of related) {
    const lines = lineIndexOf(f);
    const diagnostics = ws.check(f.uri).filter((d) => d.severity === 'error');
    // check() applies suppression comments; findings() has the messages in both languages.
    const findings = diagnostics.length ? ws.findings(f.uri) : [];
    for (const d of diagnostics) {
      const localized = findings.find((x) => x.rule === d.rule && x.span.start === d.span.start && x.span.end === d.span.end && x.message[ws.messageLocale] === d.message);
      const message = localized ? localized.message[locale] : d.message;
      errors.push({ file: f.name, line: lines.positionAt(d.span.start).line + 1, rule: d.rule, message: oneLine(message) });
    }
  }
  errors.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return {
    file,
    plan: file.model,
    schedule: file.schedule,
    today: opts.today ?? ws.today,
    locale,
    stakeholders,
    requirements,
    errors,
  };
}

/** zh-CN or English text. */
export const tr = (ctx: { locale: Locale }, zh: string, en: string): string => (ctx.locale === 'zh-CN' ? zh : en);

/** A person's display name: team member of the plan, else stakeholder, else the id itself. */
export function personName(ctx: ReportContext, id: string | undefined): string {
  if (!id) return '';
  const member = ctx.plan.team.items.find((m) => m.id?.value === id);
  if (member?.name?.value) return member.name.value;
  const s = ctx.stakeholders.get(id);
  if (s?.name?.value) return s.name.value;
  return id;
}

export function scheduledTasks(ctx: ReportContext): ScheduledTask[] {
  return ctx.schedule?.tasks ?? [];
}

const LABELS: Record<string, Record<string, [string, string]>> = {
  status: {
    todo: ['未开始', 'to do'],
    doing: ['进行中', 'in progress'],
    done: ['已完成', 'done'],
    blocked: ['受阻', 'blocked'],
    cancelled: ['已取消', 'cancelled'],
  },
  level: { high: ['高', 'high'], medium: ['中', 'medium'], low: ['低', 'low'] },
  priority: { must: ['必须', 'must'], should: ['应该', 'should'], could: ['可以', 'could'], wont: ['不做', "won't"] },
  scope: {
    'in-contract': ['合同内', 'in contract'],
    'next-phase': ['下一期', 'next phase'],
    'out-of-contract': ['合同外', 'out of contract'],
    'daily-change': ['日常变更', 'daily change'],
  },
  decision: { pending: ['待决定', 'pending'], accepted: ['已接受', 'accepted'], deferred: ['已推迟', 'deferred'], rejected: ['已拒绝', 'rejected'] },
  result: { pending: ['待定', 'pending'], met: ['达成', 'met'], 'not-met': ['未达成', 'not met'] },
  review: { pending: ['待评审', 'pending'], won: ['赢单（通过）', 'won'], lost: ['丢单（未通过）', 'lost'] },
  acceptance: { pending: ['待验收', 'pending'], passed: ['通过', 'passed'], failed: ['未通过', 'failed'] },
  riskStatus: { open: ['未关闭', 'open'], closed: ['已关闭', 'closed'] },
  mode: { onsite: ['现场 POC', 'on-site POC'], remote: ['远程 POC', 'remote POC'] },
  phase: {
    intelligence: ['情报收集', 'intelligence'],
    scenario: ['业务场景', 'scenarios'],
    environment: ['环境准备', 'environment'],
    schedule: ['任务排期', 'scheduling'],
    integration: ['集成验证', 'integration'],
    deployment: ['部署验证', 'deployment'],
    rehearsal: ['演示预演', 'rehearsal'],
    demo: ['产品演示', 'demo'],
    review: ['客户评审', 'review'],
    kickoff: ['项目启动', 'kickoff'],
    implementation: ['项目实施', 'implementation'],
    closing: ['项目收尾', 'closing'],
    departure: ['项目离场', 'departure'],
    'after-sales': ['售后服务', 'after-sales'],
  },
  category: {
    analysis: ['分析需求验收', 'Analysis'],
    storage: ['存储需求验收', 'Storage'],
    alert: ['告警需求验收', 'Alerting'],
    report: ['报表需求验收', 'Reports'],
    other: ['其他需求验收', 'Other'],
  },
};

/** The label of an enum value in the report's language; an unknown value is shown as written. */
export function label(ctx: { locale: Locale }, group: keyof typeof LABELS | string, value: string | undefined): string {
  if (value === undefined) return '';
  const l = LABELS[group]?.[value];
  return l ? (ctx.locale === 'zh-CN' ? l[0] : l[1]) : value;
}
