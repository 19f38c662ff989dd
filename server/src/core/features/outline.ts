/**
 * The Outline (document symbols) and workspace symbol search.
 *
 * Decisions:
 * - A plan is one root entry (its title, else id, else the file name; detail: the id) whose children
 *   are its top-level sections in file order (every key whose value is a mapping or a list: team,
 *   tasks, demo …), named in the user's language with the YAML key as detail. List sections have
 *   their items as children: people as `张三（zhang）`, tasks as `T1 情报收集` (kind milestone for a
 *   computed milestone; detail: phase and computed dates), scenarios, criteria, risks, releases,
 *   changes, acceptance items, delays, halts, weekly reports, surveys, training, inspections.
 * - A stakeholders file lists its people (`刘总（cio-liu）`, detail: title); a requirements file
 *   its requirements (`R1 日志检索性能`, detail: priority · category); a checklist is one root
 *   entry with its groups (kind section, nested as written) and items (`C1 备份数据库`, detail:
 *   done or not, optional, due date).
 * - The selection is the id value when there is one, else the shown name's value, else the start of
 *   the entry; it is always inside the entry's span.
 * - Workspace symbols: every definition of the symbol table (plans, people, tasks, requirements,
 *   scenarios …, checklists and their items). A query matches the id or the name: case-insensitive
 *   substring, or (for a query without Chinese characters) a subsequence of the letters. Results
 *   are ranked exact id, id prefix, name prefix, substring, subsequence, then by file and position;
 *   at most 200. An empty query lists everything (up to 200).
 *
 * Cost: documentSymbols is O(file). workspaceSymbols visits every definition of the workspace
 * (cached per file by symbols.ts): O(definitions) per request, no parsing.
 */
import type { ArtifactFile } from '../rules/api';
import type { Span } from '../text';
import type { Locale, Localized } from '../types';
import type { Workspace } from '../workspace';
import type { ChecklistItem, ChecklistModel, Field, PlanModel, Task } from '../model';
import type { ScheduledTask } from '../schedule';
import { formatDate } from '../dates';
import { symbolsOf, type DefKind } from '../symbols';
import type { FeatureContext, SymbolEntry, WorkspaceSymbolEntry } from './types';
import { KIND_NAMES } from './navigation';
import { label, type LabelGroup } from '../labels';

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** The label of an enum value shown as a detail (a value that is not a string is shown as written). */
const lbl = (locale: Locale, group: LabelGroup, v: unknown): string | undefined =>
  typeof v === 'string' ? label(locale, group, v) : v === undefined ? undefined : String(v);

/** Names of the top-level sections of a plan. */
export const SECTION_NAMES: Record<string, Localized> = {
  calendar: L('Calendar', '工作日历'),
  qualification: L('Qualification', '资格评估'),
  team: L('Team', '团队'),
  intelligence: L('Intelligence', '情报收集'),
  scenarios: L('Scenarios', '业务场景'),
  successCriteria: L('Success criteria', '成功标准'),
  environment: L('Environment', 'POC 环境'),
  tasks: L('Tasks', '任务'),
  risks: L('Risks', '风险'),
  demo: L('Demo', '产品演示'),
  review: L('Review', '客户评审与反馈'),
  contract: L('Contract', '合同'),
  releases: L('Releases', '版本规划'),
  changes: L('Changes', '需求变更'),
  delays: L('Delays', '延期记录'),
  halts: L('Halts', '客户叫停'),
  weeklyReports: L('Weekly reports', '周报'),
  satisfaction: L('Satisfaction surveys', '满意度调查'),
  training: L('Training', '产品培训'),
  acceptance: L('Acceptance', '项目验收'),
  inspections: L('Inspections', '巡检'),
};

const MAX_LABEL = 40;

function short(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  return t.length > MAX_LABEL ? `${t.slice(0, MAX_LABEL - 1)}…` : t;
}

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object';

const inside = (sel: Span, span: Span) => sel.start >= span.start && sel.end <= span.end;

/** An entry; the selection falls back to the start of the span when it is not inside it. */
function entry(kind: SymbolEntry['kind'], name: string, span: Span, selection: Span | undefined, detail?: string, children?: SymbolEntry[]): SymbolEntry {
  const sel = selection && inside(selection, span) ? selection : { start: span.start, end: span.start };
  return {
    name,
    kind,
    span,
    selection: sel,
    ...(detail ? { detail } : {}),
    ...(children && children.length ? { children } : {}),
  };
}

/** `id name`, or whichever exists, or `#n`. */
function idAndName(id: Field<string> | undefined, name: Field<string> | undefined, index: number): string {
  const i = id?.value.trim();
  const n = short(name?.value);
  if (i && n) return `${i} ${n}`;
  return i || n || `#${index + 1}`;
}

/** `张三（zhang）` / `张三 (zhang)`, or whichever exists. */
export function personName(id: string | undefined, name: string | undefined, locale: Locale, index = 0): string {
  const n = short(name);
  const i = id?.trim() || undefined;
  if (n && i) return locale === 'zh-CN' ? `${n}（${i}）` : `${n} (${i})`;
  return n || i || `#${index + 1}`;
}

const joinDetail = (...parts: (string | undefined)[]) => parts.filter((p) => p !== undefined && p !== '').join(' · ') || undefined;

/** Computed dates of a scheduled task: `2026-12-01 → 2026-12-02`, or one date for a milestone. */
export function taskDates(st: ScheduledTask | undefined): string | undefined {
  if (!st || st.start === undefined || st.end === undefined) return undefined;
  return st.milestone || st.start === st.end ? formatDate(st.start) : `${formatDate(st.start)} → ${formatDate(st.end)}`;
}

function planChildren(file: ArtifactFile, m: PlanModel, key: string, locale: Locale): SymbolEntry[] {
  const zh = locale === 'zh-CN';
  switch (key) {
    case 'team':
      return m.team.items.map((t, i) =>
        entry('person', personName(t.id?.value, t.name?.value, locale, i), t.span, t.id?.span ?? t.name?.span, lbl(locale, 'teamRole', t.role?.value)),
      );
    case 'tasks':
      return m.tasks.items.map((t: Task, i) => {
        const st = file.schedule?.tasks[i];
        const kind = st?.milestone ? 'milestone' : 'task';
        return entry(kind, idAndName(t.id, t.name, i), t.span, t.id?.span ?? t.name?.span, joinDetail(lbl(locale, 'phase', t.phase?.value), taskDates(st)));
      });
    case 'scenarios':
      return m.scenarios.items.map((s, i) => entry('scenario', idAndName(s.id, s.title, i), s.span, s.id?.span ?? s.title?.span));
    case 'successCriteria':
      return m.successCriteria.items.map((c, i) =>
        entry('criterion', idAndName(c.id, c.description, i), c.span, c.id?.span ?? c.description?.span, lbl(locale, 'result', c.result?.value)),
      );
    case 'risks':
      return m.risks.items.map((r, i) =>
        entry('risk', idAndName(r.id, r.description, i), r.span, r.id?.span ?? r.description?.span, joinDetail(lbl(locale, 'level', r.impact?.value), lbl(locale, 'riskStatus', r.status?.value))),
      );
    case 'releases':
      return m.releases.items.map((r, i) => entry('release', idAndName(r.id, r.title, i), r.span, r.id?.span ?? r.title?.span, r.date?.value));
    case 'changes':
      return m.changes.items.map((c, i) =>
        entry('change', idAndName(c.id, c.description, i), c.span, c.id?.span ?? c.description?.span, joinDetail(lbl(locale, 'scope', c.scope?.value), lbl(locale, 'decision', c.decision?.value))),
      );
    case 'acceptance':
      return (m.acceptance?.items.items ?? []).map((a, i) =>
        entry('item', a.id?.value.trim() || `#${i + 1}`, a.span, a.id?.span, joinDetail(lbl(locale, 'category', a.category?.value), lbl(locale, 'acceptance', a.status?.value))),
      );
    case 'delays':
      return m.delays.items.map((d, i) => {
        const days = d.days ? (zh ? ` +${d.days.value} 天` : ` +${d.days.value}d`) : '';
        return entry('item', `${d.task?.value ?? `#${i + 1}`}${days}`, d.span, d.task?.span, d.date?.value);
      });
    case 'halts':
      return m.halts.items.map((h, i) => {
        const name = h.from ? (h.to ? `${h.from.value} → ${h.to.value}` : h.from.value) : `#${i + 1}`;
        return entry('item', name, h.span, h.from?.span, short(h.reason?.value));
      });
    case 'weeklyReports':
      return m.weeklyReports.items.map((w, i) => entry('item', w.week?.value || `#${i + 1}`, w.span, w.week?.span, w.sent?.value));
    case 'satisfaction':
      return m.satisfaction.items.map((s, i) =>
        entry('item', s.date?.value || `#${i + 1}`, s.span, s.date?.span, s.score ? String(s.score.value) : undefined),
      );
    case 'training':
      return m.training.items.map((t, i) =>
        entry('item', short(t.topic?.value) ?? t.date?.value ?? `#${i + 1}`, t.span, t.topic?.span ?? t.date?.span, t.topic ? t.date?.value : undefined),
      );
    case 'inspections':
      return m.inspections.items.map((x, i) => {
        const done = x.done?.value === true ? (zh ? '已完成' : 'done') : zh ? '未完成' : 'not done';
        return entry('item', x.due?.value || `#${i + 1}`, x.span, x.due?.span, done);
      });
    default:
      return [];
  }
}

function planSymbols(file: ArtifactFile, m: PlanModel, locale: Locale): SymbolEntry[] {
  const map = file.parsed.map;
  const sections: SymbolEntry[] = [];
  for (const key of Object.keys(m.raw)) {
    const v = m.raw[key];
    if (!isObj(v)) continue;
    const keySpan = map.key(m.raw, key);
    if (!keySpan) continue;
    const valueSpan = map.value(m.raw, key) ?? keySpan;
    const span = { start: keySpan.start, end: Math.max(keySpan.end, valueSpan.end) };
    const name = SECTION_NAMES[key]?.[locale] ?? key;
    sections.push(entry('section', name, span, keySpan, locale === 'zh-CN' && SECTION_NAMES[key] ? undefined : key, planChildren(file, m, key, locale)));
  }
  sections.sort((a, b) => a.span.start - b.span.start);
  const shown = m.title?.value.trim() ? m.title : m.id?.value.trim() ? m.id : undefined;
  const name = shown ? shown.value.trim() : file.name;
  return [entry('plan', name, m.span, m.id?.span ?? shown?.span, m.id?.value, sections)];
}

function itemEntry(it: ChecklistItem, index: number, locale: Locale): SymbolEntry {
  const zh = locale === 'zh-CN';
  const done = it.done?.value === true ? (zh ? '已完成' : 'done') : zh ? '未完成' : 'not done';
  const optional = it.required?.value === false ? (zh ? '可选' : 'optional') : undefined;
  return entry('item', idAndName(it.id, it.text, index), it.span, it.id?.span ?? it.text?.span, joinDetail(done, optional, it.due?.value));
}

/** The checklist's items and groups as written (groups nested), mirroring how model.ts reads them. */
function checklistChildren(file: ArtifactFile, m: ChecklistModel, locale: Locale): SymbolEntry[] {
  const map = file.parsed.map;
  const byRaw = new Map<unknown, { item: ChecklistItem; index: number }>();
  m.items.forEach((item, index) => byRaw.set(item.raw, { item, index }));
  const walk = (list: unknown, depth: number): SymbolEntry[] => {
    if (!Array.isArray(list) || depth > 8) return [];
    const out: SymbolEntry[] = [];
    list.forEach((e, i) => {
      if (!isObj(e) || Array.isArray(e)) return;
      const found = byRaw.get(e);
      if (found) {
        out.push(itemEntry(found.item, found.index, locale));
        return;
      }
      if ('group' in e || 'items' in e) {
        const span = map.item(list, i) ?? map.node(e);
        if (!span) return;
        const g = e.group;
        const name = typeof g === 'string' && g.trim() ? g.trim() : locale === 'zh-CN' ? '（未命名分组）' : '(unnamed group)';
        out.push(entry('section', name, span, map.value(e, 'group') ?? map.key(e, 'items'), undefined, walk(e.items, depth + 1)));
      }
    });
    return out;
  };
  return walk(m.raw.items, 0);
}

/** Block collections end after their last line break: the Outline entry ends at the last character. */
function trimmed(text: string, entries: SymbolEntry[]): SymbolEntry[] {
  for (const e of entries) {
    let end = e.span.end;
    while (end > e.span.start && end > e.selection.end && /\s/.test(text[end - 1])) end--;
    e.span = { start: e.span.start, end };
    if (e.children) trimmed(text, e.children);
  }
  return entries;
}

/** Symbols for the Outline of the file. */
export function documentSymbols(ctx: FeatureContext): SymbolEntry[] {
  return trimmed(ctx.file.text, outlineOf(ctx));
}

function outlineOf(ctx: FeatureContext): SymbolEntry[] {
  const { file, locale } = ctx;
  const m = file.model;
  if (file.parsed.unreadable || !file.parsed.root || typeof file.parsed.root !== 'object' || Array.isArray(file.parsed.root)) return [];
  switch (m.kind) {
    case 'poc':
    case 'project':
      return planSymbols(file, m, locale);
    case 'stakeholders':
      return m.stakeholders.items.map((s, i) =>
        entry('person', personName(s.id?.value, s.name?.value, locale, i), s.span, s.id?.span ?? s.name?.span, short(s.title?.value)),
      );
    case 'requirements':
      return m.requirements.items.map((r, i) =>
        entry('requirement', idAndName(r.id, r.title, i), r.span, r.id?.span ?? r.title?.span, joinDetail(lbl(locale, 'priority', r.priority?.value), lbl(locale, 'reqCategory', r.category?.value))),
      );
    case 'checklist': {
      const shown = m.title?.value.trim() ? m.title : m.id?.value.trim() ? m.id : undefined;
      return [
        entry('checklist', shown ? shown.value.trim() : file.name, m.span, m.id?.span ?? shown?.span, joinDetail(m.id?.value, lbl(locale, 'phase', m.phase?.value)), checklistChildren(file, m, locale)),
      ];
    }
    case 'calendar': {
      const shown = m.title?.value.trim() ? m.title : m.id?.value.trim() ? m.id : undefined;
      return [entry('plan', shown ? shown.value.trim() : file.name, m.span, m.id?.span ?? shown?.span, joinDetail(m.id?.value, m.calendar.region?.value))];
    }
    case 'baseline':
      return [
        entry(
          'plan',
          m.name?.value.trim() || file.name,
          m.span,
          m.name?.span ?? m.plan?.span,
          joinDetail(m.plan?.value, m.taken?.value),
          m.tasks.items.map((t, i) => entry('task', t.id?.value ?? `#${i + 1}`, t.span, t.id?.span, joinDetail(t.start?.value, t.end?.value))),
        ),
      ];
  }
}

const SYMBOL_KIND: Record<DefKind, SymbolEntry['kind']> = {
  plan: 'plan',
  stakeholder: 'person',
  requirement: 'requirement',
  release: 'release',
  team: 'person',
  task: 'task',
  scenario: 'scenario',
  criterion: 'criterion',
  risk: 'risk',
  change: 'change',
  acceptance: 'item',
  checklist: 'checklist',
  'checklist-item': 'item',
  calendar: 'plan',
};

export const MAX_WORKSPACE_SYMBOLS = 200;

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;

function isSubsequence(q: string, s: string): boolean {
  let j = 0;
  for (let i = 0; i < s.length && j < q.length; i++) if (s[i] === q[j]) j++;
  return j === q.length;
}

/** Rank of a match (lower is better), undefined when it does not match. */
function score(q: string, id: string, name: string | undefined): number | undefined {
  if (!q) return 0;
  const i = id.toLowerCase();
  const n = name?.toLowerCase() ?? '';
  if (i === q) return 0;
  if (i.startsWith(q)) return 1;
  if (n.startsWith(q)) return 2;
  if (i.includes(q) || n.includes(q)) return 3;
  if (CJK.test(q)) return undefined;
  if (isSubsequence(q, i) || isSubsequence(q, n)) return 4;
  return undefined;
}

/** Ids and names matching `query` across all files of the workspace (at most 200). */
export function workspaceSymbols(ws: Workspace, query: string, locale: Locale): WorkspaceSymbolEntry[] {
  const q = query.trim().toLowerCase();
  const hits: { s: number; order: number; e: WorkspaceSymbolEntry }[] = [];
  let order = 0;
  for (const file of ws.files()) {
    const byId = file.schedule?.byId;
    for (const d of symbolsOf(file).defs) {
      order++;
      const s = score(q, d.id, d.label);
      if (s === undefined) continue;
      const people = d.kind === 'team' || d.kind === 'stakeholder';
      const name = people ? personName(d.id, d.label, locale) : short(d.label) ? `${d.id} ${short(d.label)}` : d.id;
      const kind = d.kind === 'task' && byId?.get(d.id)?.milestone ? 'milestone' : SYMBOL_KIND[d.kind];
      hits.push({ s, order, e: { name, detail: `${KIND_NAMES[d.kind][locale]} · ${file.name}`, kind, uri: file.uri, span: d.span } });
      // Everything matches an empty query equally: the first 200 in file order are the answer.
      if (!q && hits.length >= MAX_WORKSPACE_SYMBOLS) return hits.map((h) => h.e);
    }
  }
  hits.sort((a, b) => a.s - b.s || a.order - b.order);
  return hits.slice(0, MAX_WORKSPACE_SYMBOLS).map((h) => h.e);
}
