/**
 * The plan of a new implementation project (command "POC Studio: New Project"): one
 * `<id>.project.yaml` following the implementation playbook of seed 001 (kickoff → implementation
 * → closing → departure → after-sales inspections), in the user's language, field names as in
 * DOMAIN.md.
 *
 * Decisions:
 * - The id is made safe like a POC id (`safeId`), falling back to `project-YYYYMMDD`.
 * - Team ids are the role names (pm, engineer, ops, sales): the comment asks to replace them with
 *   the real people's ids (the same id in two plans is the same person).
 * - The tasks are chained with dependsOn from the given start on the plan's calendar (China's,
 *   `region: CN`, for Chinese users; Monday–Friday otherwise); `end` is the final milestone. Sections that only fill up as the project runs
 *   (changes, delays, weekly reports, satisfaction, training, acceptance, inspections) are written
 *   empty with a comment, so that a fresh plan, checked before its start, has no finding at all.
 */
import { formatDate, localToday, parseDate, WorkCalendar, type Day } from '../dates';
import { regionCalendar } from '../region-calendar';
import { pickLocale, type Locale } from '../types';
import { commentText, yamlScalar } from './checklists';
import { safeFileStem, safeId, type NewFile } from './new-poc';

export interface NewProjectOptions {
  customer: string;
  projectId: string;
  locale: Locale | string;
  /** First day, YYYY-MM-DD (an invalid one falls back to today). */
  start: string;
}

const TASKS: { id: string; zh: string; en: string; phase: string; owner: string; days: number }[] = [
  { id: 'P1', zh: '项目启动会', en: 'Kickoff meeting', phase: 'kickoff', owner: 'pm', days: 1 },
  { id: 'P2', zh: '环境部署', en: 'Environment deployment', phase: 'implementation', owner: 'engineer', days: 3 },
  { id: 'P3', zh: '数据接入与配置', en: 'Data ingestion and configuration', phase: 'implementation', owner: 'engineer', days: 10 },
  { id: 'P4', zh: '参数优化与阶段性汇报', en: 'Tuning and progress review', phase: 'closing', owner: 'pm', days: 3 },
  { id: 'P5', zh: '产品培训', en: 'Product training', phase: 'closing', owner: 'pm', days: 1 },
  { id: 'P6', zh: '离场交接', en: 'Departure handover', phase: 'departure', owner: 'pm', days: 1 },
  { id: 'P7', zh: '上线', en: 'Go-live', phase: 'departure', owner: 'pm', days: 0 },
];

/** The file of a new project plan. Never throws. */
export function newProject(opts: NewProjectOptions): NewFile {
  const zh = pickLocale(typeof opts?.locale === 'string' ? opts.locale : undefined) === 'zh-CN';
  const t = (zhText: string, enText: string) => (zh ? zhText : enText);
  const startDay: Day = parseDate(opts?.start) ?? localToday();
  const start = formatDate(startDay);
  const id = safeId(opts?.projectId, `project-${start.replace(/-/g, '')}`);
  const customerRaw = typeof opts?.customer === 'string' ? opts.customer.trim() : '';
  const title = customerRaw ? t(`${customerRaw}实施项目`, `${customerRaw} implementation`) : t('新实施项目', 'New implementation project');

  // Chinese users work on China's calendar (the `calendar` line below), so the dates are the schedule's.
  const region = zh ? regionCalendar('CN') : undefined;
  const cal = new WorkCalendar([], [], region ? [region] : []);
  const rows: string[] = [];
  let prev: { id: string; end: Day; days: number } | undefined;
  for (const x of TASKS) {
    const s = !prev ? cal.onOrAfter(startDay) : prev.days === 0 ? cal.onOrAfter(prev.end) : cal.nextWorkday(prev.end);
    const end = x.days === 0 ? s : cal.endAfter(s, x.days);
    const when = prev ? `dependsOn: [${prev.id}]` : `start: ${start}`;
    rows.push(`  - { id: ${x.id}, name: ${yamlScalar(zh ? x.zh : x.en, true)}, phase: ${x.phase}, owner: ${x.owner}, ${when}, duration: ${x.days}d, status: todo }`);
    prev = { id: x.id, end, days: x.days };
  }

  const p: string[] = [];
  p.push(`# ${commentText(title)}`);
  p.push(t('# 实施阶段：项目启动 → 实施 → 收尾 → 离场 → 售后（巡检）', '# Phases: kickoff → implementation → closing → departure → after-sales (inspections)'));
  p.push(t('# 字段名保持英文不变；下方空列表随项目推进填写。', '# Keep the field names as they are; fill the empty lists below as the project runs.'));
  p.push('kind: project');
  p.push(`id: ${id}`);
  p.push(`title: ${yamlScalar(title)}`);
  p.push(`customer: ${yamlScalar(customerRaw || t('待补充', 'TBD'))}`);
  p.push(`start: ${start}`);
  p.push(`end: ${formatDate(prev!.end)}`);
  if (zh) p.push('calendar: { region: CN }   # 内置中国法定节假日与调休上班日');
  p.push('');
  p.push(t('team:                        # 请把 id 换成真实人员的 id（同一 id 在多个计划中即同一人）', 'team:                        # replace the ids with the real people’s ids (the same id in two plans is the same person)'));
  for (const [role, zhName, enName] of [['pm', '项目经理', 'project manager'], ['engineer', '实施工程师', 'engineer'], ['ops', '运维', 'ops'], ['sales', '销售', 'sales']]) {
    p.push(`  - { id: ${role}, name: ${t('待定', 'TBD')}, role: ${role} }   # ${t(zhName, enName)}`);
  }
  p.push('');
  p.push(t('tasks:                       # 工期为工作日，0d 为里程碑；dependsOn 为前置任务', 'tasks:                       # durations in working days, 0d is a milestone; dependsOn lists the predecessors'));
  p.push(...rows);
  p.push('');
  p.push(t('risks: []                    # 风险：{ id, description, probability, impact, mitigation, owner, status }', 'risks: []                    # { id, description, probability, impact, mitigation, owner, status }'));
  p.push(t('changes: []                  # 变更请求：{ id, date, requestedBy, description, scope, decision }', 'changes: []                  # change requests: { id, date, requestedBy, description, scope, decision }'));
  p.push(t('delays: []                   # 延期：{ task, date, days, reason, reportedToSales }', 'delays: []                   # { task, date, days, reason, reportedToSales }'));
  p.push(t('weeklyReports: []            # 每周周报：{ week, sent, hours }', 'weeklyReports: []            # one a week: { week, sent, hours }'));
  p.push(t('satisfaction: []             # 客户满意度调查（每月）：{ date, score }', 'satisfaction: []             # monthly survey: { date, score }'));
  p.push(t('training: []                 # 培训：{ date, signIn, exam }', 'training: []                 # { date, signIn, exam }'));
  p.push(t('inspections: []              # 售后巡检：{ due, done }', 'inspections: []              # after-sales: { due, done }'));
  return { name: `${safeFileStem(id, 'project')}.project.yaml`, text: p.join('\n') + '\n' };
}
