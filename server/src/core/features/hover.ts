/**
 * Hover: what a field means (from the schema, whose descriptions carry the playbook's reasons),
 * what an enum value means, who or what a reference names, and for a task its computed dates,
 * slack and critical-path status. Markdown, compact, in the user's language.
 *
 * Cost per request: symbolAt is a scan of the file's symbols (cached per file version); pathAt
 * descends the parsed AST along the offset; a definition's reference count walks the references
 * of the workspace that carry the same id (SymbolTable.occurrences).
 */
import { crossings, crossingsLine, type CrossingsEnv } from '../calendar-crossings';
import { usedCalendars } from '../schedule-env';
import { baselineLines } from './hover-baseline';
import { changeCard } from './hover-change';
import type { ArtifactFile } from '../rules/api';
import { symbolAt, symbolsOf, type Located, type RefKind, type SymbolDef, type SymbolRef } from '../symbols';
import { formatDate as formatDay, type Day } from '../dates';
import { isPlan } from '../model';
import type { ScheduledTask } from '../schedule';
import type { Kind, Locale } from '../types';
import type { FeatureContext, HoverResult } from './types';
import { pathAt } from './cursor';
import { refFieldAt } from '../schema-tables';
import { schemaAt, shortLabel, type PathSeg, type SchemaNode } from './schema-nav';
import { fittingValues, type PlanKind } from './completion-fit';

type Say = (en: string, zh: string) => string;

const dayTexts = new Map<Day, string>();
/** formatDate, memoised: completion describes hundreds of tasks per request. */
function formatDate(day: Day): string {
  let s = dayTexts.get(day);
  if (s === undefined) {
    if (dayTexts.size > 20000) dayTexts.clear();
    dayTexts.set(day, (s = formatDay(day)));
  }
  return s;
}

const sayIn = (locale: Locale): Say => (en, zh) => (locale === 'zh-CN' ? zh : en);

/** Markdown line break. */
const BR = '  \n';

/** Text that cannot break Markdown (ids and names come from the user's file). */
function md(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

function code(s: string): string {
  return '`' + s.replace(/`/g, "'") + '`';
}

function joinList(items: string[], locale: Locale): string {
  return items.join(locale === 'zh-CN' ? '、' : ', ');
}

/** The short localized label of an enum value at a schema path (e.g. attitude `supporter` → 支持者). */
export function enumLabel(kind: Kind, path: readonly PathSeg[], value: string | undefined, locale: Locale): string | undefined {
  if (value === undefined) return undefined;
  const ev = schemaAt(kind, path)
    ?.enumValues()
    .find((e) => String(e.value) === value);
  return ev?.description ? shortLabel(ev.description)[locale] : value;
}

const NOUN: Record<RefKind, [string, string]> = {
  owner: ['team member or stakeholder', '团队成员或干系人'],
  'checklist-owner': ['team member or stakeholder', '团队成员或干系人'],
  requester: ['stakeholder or team member', '干系人或团队成员'],
  task: ['task in this file', '本文件中的任务'],
  requirement: ['requirement', '需求'],
  stakeholder: ['stakeholder', '干系人'],
  scenario: ['scenario in this file', '本文件中的场景'],
  plan: ['POC or project plan', 'POC 或实施项目计划'],
  team: ['team member in this file', '本文件中的团队成员'],
  release: ['release', '版本'],
  calendar: ['shared calendar', '共享日历'],
  change: ['change request in this file', '本文件中的变更'],
};

function findById<T extends { id?: { value: string; span: { start: number } } }>(items: readonly T[], def: SymbolDef): T | undefined {
  return items.find((x) => x.id?.span.start === def.span.start) ?? items.find((x) => x.id?.value === def.id);
}

function scheduledOf(file: ArtifactFile, def: Pick<SymbolDef, 'id' | 'span'>): ScheduledTask | undefined {
  const s = file.schedule;
  if (!s) return undefined;
  const first = s.byId.get(def.id);
  if (first && first.task.id?.span.start === def.span.start) return first;
  return s.tasks.find((t) => t.task.id?.span.start === def.span.start) ?? first;
}

function personName(ctx: FeatureContext, file: ArtifactFile, id: string): string {
  const who = ctx.ws.indexFor(ctx.file.uri).symbols().resolve(file, { kind: 'owner', id })[0];
  return who?.item.label ? `${md(who.item.label)}${ctx.locale === 'zh-CN' ? `（${md(id)}）` : ` (${md(id)})`}` : md(id);
}

export interface Card {
  /** One line for a completion entry: name, role or title, file. */
  detail: string;
  /** The Markdown card. */
  markdown: string;
}

/** A short description of a definition: a person, a task, a requirement, a scenario, a plan, a release … */
export function describeDef(ctx: FeatureContext, loc: Located<SymbolDef>): Card {
  const { locale } = ctx;
  const t = sayIn(locale);
  const { file, item: def } = loc;
  // **刘总**（cio-liu）· CIO / **刘总** (cio-liu) · CIO
  const head = (name: string | undefined) => `**${md(name ?? def.id)}**${name ? (locale === 'zh-CN' ? `（${md(def.id)}）` : ` (${md(def.id)})`) : ''}`;
  const dot = (name: string | undefined) => (name && locale === 'zh-CN' ? '· ' : ' · ');
  const fileLine = `*${md(file.name)}*`;
  const m = file.model;
  switch (def.kind) {
    case 'team': {
      const member = isPlan(m) ? findById(m.team.items, def) : undefined;
      const name = member?.name?.value;
      const role = enumLabel(file.kind, ['team', 0, 'role'], member?.role?.value, locale);
      const lines = [`${head(name)}${dot(name)}${t('team member', '团队成员')}`];
      // Capacity in full-time persons, shown as the percent of a working day it allows (0.5 → 50%).
      const pct = member?.capacity ? Math.round(member.capacity.value * 10000) / 100 : undefined;
      const leave = member?.leave.entries.map((e) => md(e.value)) ?? [];
      const second = [
        role,
        pct !== undefined ? t(`capacity ${pct}%`, `工作容量 ${pct}%`) : undefined,
        leave.length ? t(`leave ${leave.join(', ')}`, `请假 ${leave.map((x) => x.replace('..', ' 至 ')).join('、')}`) : undefined,
      ].filter(Boolean);
      if (second.length) lines.push(second.join(' · '));
      lines.push(fileLine);
      return { detail: [name, role, file.name].filter(Boolean).join(' · '), markdown: lines.join(BR) };
    }
    case 'stakeholder': {
      const s = m.kind === 'stakeholders' ? findById(m.stakeholders.items, def) : undefined;
      const P = ['stakeholders', 0];
      const name = s?.name?.value;
      const title = s?.title?.value;
      const lines = [`${head(name)}${title ? `${dot(name)}${md(title)}` : ''}`];
      const org = enumLabel('stakeholders', [...P, 'org'], s?.org?.value, locale);
      const roles = (s?.roles.items ?? []).map((r) => enumLabel('stakeholders', [...P, 'roles', 0], r.value, locale) ?? r.value);
      const who = [org, roles.length ? joinList(roles, locale) : undefined].filter(Boolean);
      if (who.length) lines.push(who.join(' · '));
      const grid = [
        s?.influence && `${t('Influence', '影响力')}${t(': ', '：')}${enumLabel('stakeholders', [...P, 'influence'], s.influence.value, locale)}`,
        s?.interest && `${t('Interest', '关注度')}${t(': ', '：')}${enumLabel('stakeholders', [...P, 'interest'], s.interest.value, locale)}`,
        s?.attitude && `${t('Attitude', '态度')}${t(': ', '：')}${enumLabel('stakeholders', [...P, 'attitude'], s.attitude.value, locale)}`,
      ].filter(Boolean);
      if (grid.length) lines.push(grid.join(' · '));
      lines.push(fileLine);
      return { detail: [name, title, file.name].filter(Boolean).join(' · '), markdown: lines.join(BR) };
    }
    case 'requirement': {
      const r = m.kind === 'requirements' ? findById(m.requirements.items, def) : undefined;
      const P = ['requirements', 0];
      const prio = enumLabel('requirements', [...P, 'priority'], r?.priority?.value, locale);
      const lines = [`**${md(def.id)}** ${md(r?.title?.value ?? '')}${prio ? ` · ${prio}` : ''}`.replace(/\s+·/, ' ·')];
      const kind = [
        enumLabel('requirements', [...P, 'type'], r?.type?.value, locale),
        enumLabel('requirements', [...P, 'category'], r?.category?.value, locale),
        enumLabel('requirements', [...P, 'status'], r?.status?.value, locale),
      ].filter(Boolean);
      if (kind.length) lines.push(kind.join(' · '));
      if (r?.acceptance?.value.trim()) lines.push(`${t('Acceptance: ', '验收：')}${md(r.acceptance.value.trim())}`);
      lines.push(fileLine);
      return { detail: [r?.title?.value, prio, file.name].filter(Boolean).join(' · '), markdown: lines.join(BR) };
    }
    case 'scenario': {
      const s = isPlan(m) ? findById(m.scenarios.items, def) : undefined;
      const lines = [`**${md(def.id)}** ${md(s?.title?.value ?? '')}`.trim()];
      const reqs = s?.requirements.items.map((r) => r.value) ?? [];
      if (reqs.length) lines.push(`${t('Requirements: ', '需求：')}${joinList(reqs.map(md), locale)}`);
      return { detail: s?.title?.value ?? '', markdown: lines.join(BR) };
    }
    case 'plan': {
      const lines = [`**${md(def.id)}** ${md(def.label ?? '')} · ${file.kind === 'poc' ? 'POC' : t('project', '实施项目')}`.replace(/\s+·/, ' ·')];
      if (isPlan(m)) {
        if (m.customer?.value.trim()) lines.push(`${t('Customer: ', '客户：')}${md(m.customer.value)}`);
        const s = file.schedule;
        const start = m.start?.day ?? s?.start;
        const end = m.end?.day ?? s?.end;
        if (start !== undefined || end !== undefined) lines.push(`${start !== undefined ? formatDate(start) : '?'} → ${end !== undefined ? formatDate(end) : '?'}`);
      }
      lines.push(fileLine);
      return { detail: [def.label, file.name].filter(Boolean).join(' · '), markdown: lines.join(BR) };
    }
    case 'release': {
      const r = isPlan(m) ? findById(m.releases.items, def) : undefined;
      const date = r?.date?.value;
      const lines = [`**${md(def.id)}** ${md(r?.title?.value ?? '')}${date ? ` · ${md(date)}` : ''}`.replace(/\s+·/, ' ·'), fileLine];
      return { detail: [r?.title?.value, date, file.name].filter(Boolean).join(' · '), markdown: lines.join(BR) };
    }
    case 'task': {
      const st = scheduledOf(file, def);
      return st ? taskCard(ctx, file, st) : { detail: def.label ?? '', markdown: `**${md(def.id)}** ${md(def.label ?? '')}`.trim() };
    }
    case 'change':
      return changeCard(locale, file, def, md, BR);
    default:
      return { detail: def.label ?? '', markdown: `**${md(def.id)}** ${md(def.label ?? '')}`.trim() };
  }
}

/** A task: name, owner, computed dates and working days, slack, critical path, dependencies, milestone. */
export function taskCard(ctx: FeatureContext, file: ArtifactFile, st: ScheduledTask): Card {
  const { locale } = ctx;
  const t = sayIn(locale);
  const name = st.task.name?.value;
  const id = st.id ?? `#${st.index + 1}`;
  const lines = [`**${md(id)}** ${md(name ?? '')}`.trim() + (st.milestone ? ` · ${t('milestone', '里程碑')}` : '')];
  const owner = st.task.owner?.value;
  if (owner) lines.push(`${t('Owner: ', '负责人：')}${personName(ctx, file, owner)}`);
  let dates = '';
  if (st.start !== undefined && st.end !== undefined) {
    if (st.milestone) dates = formatDate(st.start);
    else {
      // Actual and forecast dates span the days they take, not the planned length.
      const n = (st.done || st.started) && file.schedule ? Math.max(1, file.schedule.plain.workdaysBetween(st.start, st.end)) : st.duration;
      dates = `${formatDate(st.start)} → ${formatDate(st.end)} · ${t(`${n} working day${n === 1 ? '' : 's'}`, `${n} 个工作日`)}`;
      if (st.delayDays) dates += t(` (incl. ${st.delayDays} days of delay)`, `（含延期 ${st.delayDays} 天）`);
    }
    lines.push(dates);
    const cross = isPlan(file.model) ? crossingsLine(crossings(file.model, st.start, st.end, locale, crossingsEnv(ctx, file, st)), locale) : undefined;
    if (cross) lines.push(md(cross));
    lines.push(...baselineLines(ctx, file, st, md));
    if (st.slack !== undefined) {
      const slack = t(`Total slack: ${st.slack} working day${st.slack === 1 ? '' : 's'}`, `总浮动时间：${st.slack} 个工作日`);
      lines.push(`${slack} · ${st.critical ? t('on the critical path', '关键路径') : t('not on the critical path', '非关键路径')}`);
    }
  } else lines.push(t('Dates cannot be computed (no start date, dependency or plan start).', '无法计算日期（缺少开始日期、前置任务或计划开始日期）。'));
  if (st.inCycle) lines.push(t('In a dependency cycle: its dates ignore the edges of the cycle.', '处于依赖环中：日期计算忽略环内的依赖。'));
  const deps = st.task.dependsOn.items.map((d) => d.value);
  if (deps.length) lines.push(`${t('Depends on: ', '前置任务：')}${joinList(deps.map(md), locale)}`);
  const status = enumLabel(file.kind, ['tasks', 0, 'status'], st.task.status?.value, locale);
  if (status) lines.push(`${t('Status: ', '状态：')}${status}${st.task.progress ? ` · ${st.task.progress.value}%` : ''}`);
  const detail = [name, st.start !== undefined && st.end !== undefined ? (st.milestone ? formatDate(st.start) : `${formatDate(st.start)} → ${formatDate(st.end)}`) : undefined].filter(Boolean).join(' · ');
  return { detail, markdown: lines.join(BR) };
}

/** Where a workspace-wide or file-scoped definition is referenced: count and files. */
function referencesLine(ctx: FeatureContext, def: SymbolDef): string {
  const t = sayIn(ctx.locale);
  const refs = ctx.ws
    .indexFor(ctx.file.uri)
    .symbols()
    .occurrences(ctx.file, def)
    .filter((o) => !o.isDef);
  if (!refs.length) return t('Not referenced anywhere.', '未被引用。');
  const byFile = new Map<string, number>();
  for (const r of refs) byFile.set(r.file.name, (byFile.get(r.file.name) ?? 0) + 1);
  const parts = [...byFile.entries()].map(([f, n]) => t(`${md(f)} (${n})`, `${md(f)}（${n} 处）`));
  return t(`Referenced ${refs.length} time${refs.length === 1 ? '' : 's'}: ${parts.join(', ')}`, `被引用 ${refs.length} 处：${parts.join('、')}`);
}

function refCard(ctx: FeatureContext, kind: RefKind, id: string, loose: boolean): string | undefined {
  const t = sayIn(ctx.locale);
  const found = ctx.ws.indexFor(ctx.file.uri).symbols().resolve(ctx.file, { kind, id });
  if (!found.length) {
    if (loose) return undefined;
    const [en, zh] = NOUN[kind];
    return t(`⚠ No ${en} has the id ${code(id)}.`, `⚠ 找不到 id 为 ${code(id)} 的${zh}。`);
  }
  let card = describeDef(ctx, found[0]).markdown;
  if (found.length > 1) card += BR + t(`(defined ${found.length} times)`, `（定义了 ${found.length} 次）`);
  return card;
}

function defCard(ctx: FeatureContext, def: SymbolDef): string | undefined {
  const t = sayIn(ctx.locale);
  switch (def.kind) {
    case 'task': {
      const st = scheduledOf(ctx.file, def);
      if (!st) return undefined;
      let card = taskCard(ctx, ctx.file, st).markdown;
      const dependents = symbolsOf(ctx.file)
        .refs.filter((r: SymbolRef) => r.kind === 'task' && r.field === 'dependsOn' && r.id === def.id && r.fromTask !== undefined)
        .map((r) => r.fromTask!);
      if (dependents.length) card += BR + t('Followed by: ', '后续任务：') + joinList([...new Set(dependents)].map(md), ctx.locale);
      return card;
    }
    case 'team':
    case 'stakeholder':
    case 'requirement':
    case 'scenario':
    case 'plan':
    case 'release':
    case 'change':
      return describeDef(ctx, { file: ctx.file, item: def }).markdown + BR + referencesLine(ctx, def);
    default:
      return undefined;
  }
}

function allowedValues(node: SchemaNode, locale: Locale, plan: PlanKind): string | undefined {
  const t = sayIn(locale);
  const values = fittingValues(node.enumValues(), plan);
  if (values.length <= 1 && node.types.includes('boolean')) return `${t('Values: ', '取值：')}${code('true')} / ${code('false')}`;
  if (!values.length) return undefined;
  const short = values.every((v) => !v.description || shortLabel(v.description)[locale].length <= 12);
  if (short && values.length <= 6) {
    return t('Allowed values: ', '可选值：') + values.map((v) => `${code(String(v.value))}${v.description ? ` ${md(shortLabel(v.description)[locale])}` : ''}`).join(' · ');
  }
  return t('Allowed values:', '可选值：') + '\n' + values.map((v) => `- ${code(String(v.value))}${v.description ? ` ${md(v.description[locale])}` : ''}`).join('\n');
}

function fieldCard(node: SchemaNode, key: string, required: boolean, locale: Locale, plan: PlanKind): string {
  const t = sayIn(locale);
  const head = `**${md(key)}**${required ? ` · ${t('required', '必填')}` : ''}`;
  const parts = [head];
  if (node.description) parts.push(md(node.description[locale]));
  const allowed = allowedValues(node, locale, plan);
  if (allowed) parts.push(allowed);
  return parts.join('\n\n');
}

function hoverAt(ctx: FeatureContext, offset: number): HoverResult | undefined {
  const { file, locale } = ctx;
  const t = sayIn(locale);
  const sym = symbolAt(file, offset);
  if (sym.ref) {
    const card = refCard(ctx, sym.ref.kind, sym.ref.id, false);
    if (card) return { contents: card, span: sym.ref.span };
  }
  if (sym.def) {
    const card = defCard(ctx, sym.def);
    if (card) return { contents: card, span: sym.def.span };
  }
  const p = pathAt(file, offset);
  if (!p) return undefined;

  // Anywhere on a task's `id`: the task itself.
  if (p.role === 'key' && isPlan(file.model) && p.path.length === 3 && p.path[0] === 'tasks' && p.path[2] === 'id') {
    const st = file.schedule?.tasks.find((x) => x.task.span.start <= p.span.start && p.span.end <= x.task.span.end);
    if (st?.id !== undefined) {
      const card = defCard(ctx, { kind: 'task', id: st.id, span: st.task.id!.span, entity: st.task.span });
      if (card) return { contents: card, span: p.span };
    }
  }

  if (p.role !== 'key' && (typeof p.value === 'string' || typeof p.value === 'number')) {
    const rf = refFieldAt(file.kind, p.path);
    if (rf) {
      const card = refCard(ctx, rf.kind, String(p.value), rf.loose ?? false);
      return card ? { contents: card, span: p.span } : undefined;
    }
  }

  // A task's dates, duration or dependencies: its computed span and the holidays it crosses.
  const span = taskSpanLine(ctx, p.path, p.span.start);
  const node = schemaAt(file.kind, p.path);
  if (!node) return undefined;
  if (p.role === 'key') {
    const key = String(p.path[p.path.length - 1]);
    const parent = schemaAt(file.kind, p.path.slice(0, -1));
    const required = parent?.required().includes(key) ?? false;
    const plan = file.model.kind === 'poc' || file.model.kind === 'project' ? file.model.kind : undefined;
    const card = fieldCard(node, key, required, locale, plan);
    return { contents: span ? `${card}\n\n${span}` : card, span: p.span };
  }
  if (span && p.path[2] !== 'dependsOn') return { contents: span, span: p.span };
  if (p.value === null || p.value === undefined) return undefined;
  const ev = node.enumValues().find((e) => String(e.value) === String(p.value));
  if (!ev) return undefined;
  // For a list item the field is the list (`roles`), not its item.
  const fieldPath = p.role === 'item' ? p.path.slice(0, -1) : p.path;
  const field = fieldPath[fieldPath.length - 1];
  const fieldNode = p.role === 'item' ? schemaAt(file.kind, fieldPath) : node;
  const lines = [`${code(String(ev.value))}${ev.description ? t(': ', '：') + md(ev.description[locale]) : ''}`];
  // In Chinese the field is said by its meaning, not by its key.
  if (typeof field === 'string') {
    const d = fieldNode?.description ? md(fieldNode.description[locale]) : undefined;
    lines.push(d ? t(`Field ${code(field)}: ${d}`, `字段说明：${d}`) : t(`Field ${code(field)}`, `字段 ${code(field)}`));
  }
  return { contents: lines.join('\n\n'), span: p.span };
}

const SPAN_FIELDS = new Set(['start', 'end', 'duration', 'dependsOn']);

/** For a task's start, end, duration or dependsOn: "2026-09-28 → 10-08 · 跨国庆节（10-01 至 10-07 放假）". */
function taskSpanLine(ctx: FeatureContext, path: readonly PathSeg[], at: number): string | undefined {
  const { file, locale } = ctx;
  if (!isPlan(file.model) || path[0] !== 'tasks' || typeof path[1] !== 'number' || !SPAN_FIELDS.has(String(path[2]))) return undefined;
  const st = file.schedule?.tasks.find((x) => x.task.span.start <= at && at <= x.task.span.end);
  if (!st || st.unscheduled || st.start === undefined || st.end === undefined) return undefined;
  const t = sayIn(locale);
  const when = st.milestone ? formatDate(st.start) : `${formatDate(st.start)} → ${formatDate(st.end)}`;
  const cross = crossingsLine(crossings(file.model, st.start, st.end, locale, crossingsEnv(ctx, file, st)), locale);
  return `${t('Computed: ', '排期：')}${when}${cross ? ` · ${md(cross)}` : ''}`;
}

/** The hover at `offset`, or undefined where there is nothing to say. */
export function hover(ctx: FeatureContext, offset: number): HoverResult | undefined {
  return hoverAt(ctx, offset);
}

/** What else decides a task's days: the plan's shared calendars, and its halts unless the task is done. */
export function crossingsEnv(ctx: FeatureContext, file: ArtifactFile, st: ScheduledTask): CrossingsEnv {
  if (!isPlan(file.model)) return {};
  return { shared: usedCalendars(file.model, ctx.ws.scheduleEnv()), halts: st.done ? [] : file.schedule?.halts ?? [] };
}
