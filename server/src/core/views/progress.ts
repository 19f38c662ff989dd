/**
 * The progress view's data: every checklist of the workspace folder (done / required / overdue,
 * per group and per item), the same totals per phase, each POC's success criteria (met / not met /
 * pending), and each plan's progress weighted by task duration. Pure data; `tickEdit` gives the
 * minimal text edit that ticks (or unticks) one item.
 *
 * Decisions:
 * - Overdue is the checklist-overdue rule's test (required, not done, own due date else the
 *   checklist's, before today), so the panel and the Problems view agree.
 * - Percentages: a checklist's and a phase's bar is required done / required (all items when none
 *   is required); a plan's is Σ duration × progress / Σ duration over its tasks that are not
 *   cancelled, where progress is `progress` when given, else 100 for `done` and 0 otherwise.
 *   Milestones (0 days) weigh nothing; a plan without any duration shows no percentage.
 */
import type { ArtifactFile } from '../rules/api';
import type { Workspace } from '../workspace';
import { isPlan, isRequired, type ChecklistItem, type ChecklistModel, type PlanModel } from '../model';
import { formatDate, type Day } from '../dates';
import type { Span } from '../text';
import type { Locale, Localized } from '../types';
import { schemaAt, shortLabel } from '../features/schema-nav';
import { mapOf, setPairValue } from '../features/edits';
import type { TextEdit } from '../features/types';
import { releaseProgress, type ReleaseProgress } from '../releases';
import type { Requirement } from '../model';

export interface Counts {
  total: number;
  done: number;
  required: number;
  requiredDone: number;
  overdue: number;
  /** 0–100, rounded: required done / required (all items when none is required). */
  percent: number;
}

export interface ProgressItem {
  /** Generated key (`c0.3`: checklist 0, item 3). */
  key: string;
  /** Position among the checklist's items (groups flattened), for ticking. */
  index: number;
  id?: string;
  text: string;
  group?: string;
  done: boolean;
  required: boolean;
  overdue: boolean;
  owner?: string;
  due?: string;
  span: Span;
}

export interface ChecklistProgress extends Counts {
  key: string;
  uri: string;
  id?: string;
  title: string;
  phase?: string;
  phaseName: string;
  due?: string;
  groups: ({ name: string } & Counts)[];
  items: ProgressItem[];
  span: Span;
}

export interface PhaseProgress extends Counts {
  phase: string;
  name: string;
  checklists: number;
}

export interface CriteriaProgress {
  uri: string;
  plan: string;
  met: number;
  notMet: number;
  pending: number;
  items: { id?: string; text: string; result: 'met' | 'not-met' | 'pending'; span: Span }[];
}

export interface PlanProgress {
  uri: string;
  plan: string;
  kind: 'poc' | 'project';
  /** Weighted by duration; undefined when no task has a duration. */
  percent?: number;
  tasks: number;
  doneTasks: number;
  days: number;
  doneDays: number;
  /** Per release, when the plan lists releases (issue 18; core/releases.ts). */
  releases?: ReleaseProgress[];
}

export interface ProgressView {
  today: string;
  checklists: ChecklistProgress[];
  phases: PhaseProgress[];
  criteria: CriteriaProgress[];
  plans: PlanProgress[];
  empty?: string;
}

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
const TEXT = {
  none: L('No checklists or plans in this workspace folder.', '此工作区文件夹中没有检查清单或计划。'),
  otherPhase: L('No phase', '未指定阶段'),
  untitled: L('Untitled checklist', '未命名清单'),
};

/** The progress view of the workspace folder. */
export function progressView(ws: Workspace, locale: Locale): ProgressView {
  const today = ws.today;
  const files = [...ws.files()].sort((a, b) => a.uri.localeCompare(b.uri));
  const checklists: ChecklistProgress[] = [];
  const criteria: CriteriaProgress[] = [];
  const plans: PlanProgress[] = [];
  for (const f of files) {
    const m = f.model;
    if (m.kind === 'checklist') checklists.push(checklistProgress(f, m, checklists.length, today, locale));
    else if (isPlan(m)) {
      const reqs = [...ws.indexFor(f.uri).requirements].map(([id, defs]): [string, Requirement] => [id, defs[0].item]);
      plans.push(planProgress(f, m, reqs));
      if (m.kind === 'poc') criteria.push(criteriaProgress(f, m));
    }
  }
  const order = phaseOrder();
  const byPhase = new Map<string, ChecklistProgress[]>();
  for (const c of checklists) {
    const p = c.phase ?? '';
    (byPhase.get(p) ?? byPhase.set(p, []).get(p)!).push(c);
  }
  const phases: PhaseProgress[] = [...byPhase.entries()]
    .sort(([a], [b]) => rank(order, a) - rank(order, b) || a.localeCompare(b))
    .map(([phase, cs]) => ({
      phase,
      name: cs[0].phaseName,
      checklists: cs.length,
      ...counts(cs.flatMap((c) => c.items)),
    }));
  const view: ProgressView = { today: formatDate(today), checklists, phases, criteria, plans };
  if (!checklists.length && !plans.length) view.empty = TEXT.none[locale];
  return view;
}

function rank(order: string[], phase: string): number {
  const i = order.indexOf(phase);
  return i < 0 ? order.length + (phase ? 0 : 1) : i;
}

export function counts(items: readonly Pick<ProgressItem, 'done' | 'required' | 'overdue'>[]): Counts {
  let done = 0;
  let required = 0;
  let requiredDone = 0;
  let overdue = 0;
  for (const i of items) {
    if (i.done) done++;
    if (i.required) {
      required++;
      if (i.done) requiredDone++;
    }
    if (i.overdue) overdue++;
  }
  const percent = required ? Math.round((requiredDone / required) * 100) : items.length ? Math.round((done / items.length) * 100) : 0;
  return { total: items.length, done, required, requiredDone, overdue, percent };
}

function checklistProgress(f: ArtifactFile, m: ChecklistModel, n: number, today: Day, locale: Locale): ChecklistProgress {
  const checklistDue = m.due?.day;
  const items = m.items.map((it, index) => itemOf(it, index, `c${n}.${index}`, checklistDue, today));
  const groupNames: string[] = [];
  for (const i of items) if (i.group !== undefined && !groupNames.includes(i.group)) groupNames.push(i.group);
  const phase = m.phase?.value;
  return {
    key: `c${n}`,
    uri: f.uri,
    id: m.id?.value,
    title: m.title?.value?.trim() || m.id?.value || f.name || TEXT.untitled[locale],
    phase,
    phaseName: phaseName(phase, locale),
    due: m.due?.value,
    groups: groupNames.map((name) => ({ name, ...counts(items.filter((i) => i.group === name)) })),
    items,
    span: m.span,
    ...counts(items),
  };
}

function itemOf(it: ChecklistItem, index: number, key: string, checklistDue: Day | undefined, today: Day): ProgressItem {
  const done = it.done?.value === true;
  const required = isRequired(it);
  const due = it.due ? it.due.day : checklistDue;
  return {
    key,
    index,
    id: it.id?.value,
    text: it.text?.value?.trim() || it.id?.value || `#${index + 1}`,
    group: it.group,
    done,
    required,
    overdue: required && !done && due !== undefined && due < today,
    owner: it.owner?.value,
    due: it.due?.value,
    span: it.span,
  };
}

function planTitle(f: ArtifactFile, m: PlanModel): string {
  return m.title?.value?.trim() || m.id?.value || f.name;
}

function criteriaProgress(f: ArtifactFile, m: PlanModel): CriteriaProgress {
  const items = m.successCriteria.items.map((c) => {
    const r = c.result?.value;
    const result: 'met' | 'not-met' | 'pending' = r === 'met' ? 'met' : r === 'not-met' ? 'not-met' : 'pending';
    return { id: c.id?.value, text: c.description?.value?.trim() || c.id?.value || '', result, span: c.span };
  });
  return {
    uri: f.uri,
    plan: planTitle(f, m),
    met: items.filter((i) => i.result === 'met').length,
    notMet: items.filter((i) => i.result === 'not-met').length,
    pending: items.filter((i) => i.result === 'pending').length,
    items,
  };
}

/** A plan's progress weighted by task duration (working days of the schedule). */
export function planProgress(f: ArtifactFile, m: PlanModel, requirements: Iterable<[string, Requirement]> = []): PlanProgress {
  let days = 0;
  let doneDays = 0;
  let tasks = 0;
  let doneTasks = 0;
  for (const st of f.schedule?.tasks ?? []) {
    const status = st.task.status?.value;
    if (status === 'cancelled') continue;
    tasks++;
    if (status === 'done') doneTasks++;
    const p = st.task.progress?.value;
    const fraction = typeof p === 'number' && p >= 0 && p <= 100 ? p / 100 : status === 'done' ? 1 : 0;
    days += st.duration;
    doneDays += st.duration * fraction;
  }
  const out: PlanProgress = {
    uri: f.uri,
    plan: planTitle(f, m),
    kind: m.kind,
    percent: days > 0 ? Math.round((doneDays / days) * 100) : undefined,
    tasks,
    doneTasks,
    days,
    doneDays: Math.round(doneDays * 10) / 10,
  };
  if (m.releases.items.length) out.releases = releaseProgress(m, f.schedule?.tasks ?? [], requirements);
  return out;
}

let phaseCache: Map<string, Localized | undefined> | undefined;
function phaseDescriptions(): Map<string, Localized | undefined> {
  if (!phaseCache) {
    phaseCache = new Map();
    for (const v of schemaAt('checklist', ['phase'])?.enumValues() ?? []) {
      if (typeof v.value === 'string') phaseCache.set(v.value, v.description ? shortLabel(v.description) : undefined);
    }
  }
  return phaseCache;
}

function phaseOrder(): string[] {
  return [...phaseDescriptions().keys()];
}

function phaseName(phase: string | undefined, locale: Locale): string {
  if (!phase) return TEXT.otherPhase[locale];
  const d = phaseDescriptions().get(phase);
  return d ? d[locale] : phase;
}

/**
 * The minimal edit that sets `done` of the checklist item at `index` (groups flattened) to
 * `done`: the value replaced in place, or `done: …` added after `text` (else last). Undefined when
 * there is no such item, it already has that value, or the text has no editable shape there.
 * With `expectId`, the item must still have that id.
 */
export function tickEdit(file: ArtifactFile, index: number, done: boolean, expectId?: string): TextEdit | undefined {
  const m = file.model;
  if (m.kind !== 'checklist') return undefined;
  const item = m.items[index];
  if (!item) return undefined;
  if (expectId !== undefined && item.id?.value !== expectId) return undefined;
  if ((item.done?.value === true) === done && item.done) return undefined;
  const map = mapOf(file, item.raw);
  if (!map) return undefined;
  return setPairValue(file, map, 'done', done, { place: { after: 'text' } });
}
