/**
 * The Gantt view's data: the schedule of one plan (sections by phase) or of every plan of the
 * workspace as a portfolio (one lane per POC/project, owner in each label), filtered by owner or
 * to the critical path. Pure data: the panel, the CLI and the exports render it (mermaid.ts).
 * Tasks the scheduler cannot place (no date, unknown dependency only) are listed as unscheduled
 * with the reason, so a broken plan still shows everything that can be shown.
 */
import type { ArtifactFile } from '../rules/api';
import type { Workspace } from '../workspace';
import { isPlan, type PlanModel } from '../model';
import type { ScheduledTask } from '../schedule';
import { formatDate, parseDate, type Day } from '../dates';
import type { Span } from '../text';
import type { Locale, Localized } from '../types';
import { schemaAt } from '../features/schema-nav';
import { label } from '../labels';
import { itemLabel } from '../symbols';
import { INSPECTION_TEXT, inspectionBars } from './inspections';

export type GanttScope = 'file' | 'portfolio';
export type BarStatus = 'done' | 'active' | 'todo' | 'blocked' | 'cancelled';

export interface GanttOptions {
  scope: GanttScope;
  locale: Locale;
  /** Only tasks on the critical path (and milestones on it). */
  criticalOnly?: boolean;
  /** Only tasks of this owner id. */
  owner?: string;
  /** Add the inspections the contract expects after go-live (inspections.ts). */
  inspections?: boolean;
}

export interface GanttBar {
  /** The bar's id in the Mermaid source and the SVG (`b0`, `b1` …): never user text. */
  key: string;
  uri: string;
  /** The task entity's span in its file (to reveal it). */
  span: Span;
  taskId?: string;
  /** The task's position in its plan (what a drag edit names). */
  taskIndex: number;
  /** The task's name (or id, or position) as the user wrote it. */
  name: string;
  /** The text on the bar: name, then the owner. */
  label: string;
  owner?: string;
  ownerName?: string;
  plan?: string;
  section: string;
  /** Inclusive dates; undefined for an unscheduled task. */
  start?: string;
  end?: string;
  /** Working days (0 for a milestone). */
  duration: number;
  milestone: boolean;
  status: BarStatus;
  progress?: number;
  critical: boolean;
  slack?: number;
  /** Days past its end (today − end) of a task neither done nor cancelled; absent when not late. */
  overdue?: number;
  inCycle: boolean;
  unknownDeps: string[];
  /** Why the bar is marked (cycle, unknown dependency, no date), in the user's language. */
  problems: string[];
  /** Not a task (an expected inspection): not dragged, not filtered by owner. */
  fixed?: boolean;
}

export interface GanttSection {
  name: string;
  bars: GanttBar[];
}

export interface GanttChart {
  scope: GanttScope;
  title: string;
  /** The plan file of a `file` chart. */
  uri?: string;
  today: string;
  start?: string;
  end?: string;
  sections: GanttSection[];
  /** Tasks without dates (shown as a list under the chart). */
  unscheduled: GanttBar[];
  /** Everyone who owns a task of the chart (before the owner filter), for the filter's choices. */
  owners: { id: string; name?: string }[];
  /** Total number of tasks before filters. */
  total: number;
  criticalOnly: boolean;
  owner?: string;
  /** The expected inspections are shown (GanttOptions.inspections). */
  inspections: boolean;
  /** A message to show instead of a chart (no plan, nothing scheduled). */
  empty?: string;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

const TEXT = {
  cycle: L('in a dependency cycle (scheduled without the cycle)', '处于依赖环中（按去掉环后的依赖排期）'),
  unknownDep: (ids: string) => L(`unknown dependency ${ids}`, `未知的前置任务 ${ids}`),
  noDate: L('no date: give start, dependsOn or a plan start', '无法排期：请填写开始日期、前置任务或计划的开始日期'),
  otherPhase: L('Other', '其他'),
  portfolio: L('Portfolio: all plans', '全部计划（组合视图）'),
  noPlan: L('This file is not a POC or project plan.', '此文件不是 POC 或实施项目计划。'),
  noPlans: L('No POC or project plan in this workspace folder.', '此工作区文件夹中没有 POC 或实施项目计划。'),
  noTasks: L('No tasks to show.', '没有可显示的任务。'),
  untitled: L('Untitled plan', '未命名计划'),
};

/** The Gantt chart of a plan file, or of the whole workspace folder (`scope: 'portfolio'`). */
export function ganttChart(ws: Workspace, file: ArtifactFile | undefined, opts: GanttOptions): GanttChart {
  const { locale } = opts;
  const t = (l: Localized) => l[locale];
  const plans: ArtifactFile[] =
    opts.scope === 'portfolio'
      ? ws
          .files()
          .filter((f) => isPlan(f.model))
          .sort((a, b) => a.uri.localeCompare(b.uri))
      : file && isPlan(file.model)
        ? [file]
        : [];
  const chart: GanttChart = {
    scope: opts.scope,
    title: opts.scope === 'portfolio' ? t(TEXT.portfolio) : plans[0] ? planTitle(plans[0], locale) : file?.name ?? '',
    uri: opts.scope === 'file' ? file?.uri : undefined,
    today: formatDate(ws.today),
    sections: [],
    unscheduled: [],
    owners: [],
    total: 0,
    criticalOnly: !!opts.criticalOnly,
    owner: opts.owner || undefined,
    inspections: !!opts.inspections,
  };
  if (!plans.length) {
    chart.empty = t(opts.scope === 'portfolio' ? TEXT.noPlans : TEXT.noPlan);
    return chart;
  }

  const owners = new Map<string, string | undefined>();
  let key = 0;
  let first: Day | undefined;
  let last: Day | undefined;
  for (const f of plans) {
    const plan = f.model as PlanModel;
    const schedule = f.schedule;
    if (!schedule) continue;
    const team = new Map<string, string | undefined>();
    for (const m of plan.team.items) if (m.id?.value !== undefined) team.set(m.id.value, m.name?.value);
    const sections = new Map<string, GanttSection>();
    const sectionOf = (name: string) => {
      let s = sections.get(name);
      if (!s) sections.set(name, (s = { name, bars: [] }));
      return s;
    };
    if (opts.scope === 'file') for (const p of phaseOrder(plan)) sectionOf(phaseName(plan, p, locale));
    const lane = opts.scope === 'portfolio' ? sectionOf(planTitle(f, locale)) : undefined;

    for (const st of schedule.tasks) {
      chart.total++;
      const task = st.task;
      const ownerId = task.owner?.value;
      const ownerName = ownerId !== undefined ? (team.get(ownerId) ?? stakeholderName(ws, f.uri, ownerId)) : undefined;
      if (ownerId !== undefined && !owners.has(ownerId)) owners.set(ownerId, ownerName);
      if (opts.owner && ownerId !== opts.owner) continue;
      if (opts.criticalOnly && !st.critical) continue;
      const name = task.name?.value?.trim() || task.id?.value || itemLabel(task.id, task.name, st.index)[locale];
      const who = ownerName ?? ownerId;
      const bar: GanttBar = {
        key: `b${key++}`,
        uri: f.uri,
        span: task.span,
        taskId: task.id?.value,
        taskIndex: st.index,
        name,
        label: who ? `${name}（${who}）` : name,
        owner: ownerId,
        ownerName,
        plan: plan.id?.value,
        section: '',
        start: st.start !== undefined ? formatDate(st.start) : undefined,
        end: st.end !== undefined ? formatDate(st.end) : undefined,
        duration: st.duration,
        milestone: st.milestone,
        status: statusOf(st),
        progress: task.progress?.value,
        critical: st.critical,
        slack: st.slack,
        inCycle: st.inCycle,
        unknownDeps: st.unknownDeps,
        problems: problemsOf(st, locale),
      };
      if (locale === 'en' && who) bar.label = `${name} (${who})`;
      const open = bar.status !== 'done' && bar.status !== 'cancelled';
      if (open && st.end !== undefined && st.end < ws.today) bar.overdue = ws.today - st.end;
      if (bar.start === undefined || bar.end === undefined) {
        bar.section = lane?.name ?? phaseName(plan, task.phase?.value, locale);
        chart.unscheduled.push(bar);
        continue;
      }
      const section = lane ?? sectionOf(phaseName(plan, task.phase?.value, locale));
      bar.section = section.name;
      section.bars.push(bar);
      if (first === undefined || st.start! < first) first = st.start;
      if (last === undefined || st.end! > last) last = st.end;
    }
    if (opts.inspections && !opts.owner && !opts.criticalOnly) {
      const extra = inspectionBars(f.uri, plan, locale, ws.today, () => `b${key++}`);
      const section = lane ?? sectionOf(t(INSPECTION_TEXT.section));
      for (const bar of extra) {
        bar.section = section.name;
        section.bars.push(bar);
        const d = parseDate(bar.start);
        if (d !== undefined && (first === undefined || d < first)) first = d;
        if (d !== undefined && (last === undefined || d > last)) last = d;
      }
    }
    for (const s of sections.values()) {
      if (!s.bars.length) continue;
      // Portfolio lanes of two plans with the same title stay apart.
      const existing = chart.sections.find((x) => x.name === s.name);
      if (existing) existing.bars.push(...s.bars);
      else chart.sections.push(s);
    }
  }
  chart.owners = [...owners.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.id.localeCompare(b.id));
  if (first !== undefined) chart.start = formatDate(first);
  if (last !== undefined) chart.end = formatDate(last);
  if (!chart.sections.length && !chart.unscheduled.length) chart.empty = t(TEXT.noTasks);
  return chart;
}

/** Every bar of the chart, scheduled first. */
export function allBars(chart: GanttChart): GanttBar[] {
  return [...chart.sections.flatMap((s) => s.bars), ...chart.unscheduled];
}

function planTitle(f: ArtifactFile, locale: Locale): string {
  const m = f.model as PlanModel;
  return m.title?.value?.trim() || m.id?.value || f.name || TEXT.untitled[locale];
}

function stakeholderName(ws: Workspace, uri: string, id: string): string | undefined {
  return ws.indexFor(uri).stakeholders.get(id)?.[0]?.item.name?.value;
}

function statusOf(st: ScheduledTask): BarStatus {
  switch (st.task.status?.value) {
    case 'done':
      return 'done';
    case 'doing':
      return 'active';
    case 'blocked':
      return 'blocked';
    case 'cancelled':
      return 'cancelled';
    default:
      return 'todo';
  }
}

function problemsOf(st: ScheduledTask, locale: Locale): string[] {
  const out: string[] = [];
  if (st.inCycle) out.push(TEXT.cycle[locale]);
  if (st.unknownDeps.length) out.push(TEXT.unknownDep(st.unknownDeps.join(', '))[locale]);
  if (st.start === undefined || st.end === undefined) out.push(TEXT.noDate[locale]);
  return out;
}

/** The phases in the schema's order (the playbook's order), then others in order of appearance. */
function phaseOrder(plan: PlanModel): string[] {
  const used = new Set(plan.tasks.items.map((t) => t.phase?.value).filter((p): p is string => !!p));
  const known = phaseValues(plan).filter((p) => used.has(p));
  const rest = [...used].filter((p) => !known.includes(p));
  return [...known, ...rest];
}

const phaseCache = new Map<string, string[]>();

/** The phase values the schema allows for this kind, in the schema's (the playbook's) order. */
function phaseValues(plan: PlanModel): string[] {
  let values = phaseCache.get(plan.kind);
  if (!values) {
    values = (schemaAt(plan.kind, ['tasks', 0, 'phase'])?.enumValues() ?? []).map((v) => v.value).filter((v): v is string => typeof v === 'string');
    phaseCache.set(plan.kind, values);
  }
  return values;
}

/** A phase's name: the same term as in reports and messages (labels.ts), capitalised as a heading. */
function phaseName(plan: PlanModel, phase: string | undefined, locale: Locale): string {
  if (!phase) return TEXT.otherPhase[locale];
  const name = label(locale, 'phase', phase);
  return name.charAt(0).toUpperCase() + name.slice(1);
}
