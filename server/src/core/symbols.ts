/**
 * Ids as symbols: what each file defines (plans, people, tasks, requirements …) and every place
 * it refers to an id, with exact spans. One table serves unknown-ref, go to definition, find
 * references, rename, hover, completion and the Outline.
 *
 * Scopes (DOMAIN.md): plan, stakeholder, requirement and release ids are unique across the
 * workspace folder; task, scenario, criterion, risk, change, acceptance-item and checklist-item
 * ids within their file. A team id names a person: the same id in two plans is the same person,
 * so its identity is workspace-wide, while an `owner` first resolves to the team of its own file.
 */
import type { ArtifactFile } from './rules/api';
import type { Field, StringList, Task } from './model';
import { SourceMap } from './parse';
import type { Span } from './text';
import type { Localized } from './types';
import { formatDate } from './dates';
import { Slot } from './slot';

export type DefKind =
  | 'plan'
  | 'stakeholder'
  | 'requirement'
  | 'release'
  | 'team'
  | 'task'
  | 'scenario'
  | 'criterion'
  | 'risk'
  | 'change'
  | 'acceptance'
  | 'checklist'
  | 'checklist-item';

export type RefKind =
  | 'owner'
  | 'checklist-owner'
  | 'requester'
  | 'task'
  | 'requirement'
  | 'stakeholder'
  | 'scenario'
  | 'plan'
  | 'team'
  | 'release';

export interface SymbolDef {
  kind: DefKind;
  id: string;
  /** The id value. */
  span: Span;
  /** The whole item (task mapping, stakeholder entry …). */
  entity: Span;
  /** Its name, title or text, if any. */
  label?: string;
}

export interface SymbolRef {
  kind: RefKind;
  id: string;
  span: Span;
  /** The field that holds the reference (owner, dependsOn, audience, hours …). */
  field: string;
  /** Where it is, for messages: "Owner of task T1" / "任务 T1 的负责人". */
  where: Localized;
  /** For a task's dependsOn: the id of the task that depends (to keep completion free of cycles). */
  fromTask?: string;
}

// Definitions and references read their spans when asked (the model's spans are lazy too): an
// edit rebuilds the table of its file, and most spans are never needed.
class Ref implements SymbolRef {
  private cached?: Localized;
  readonly fromTask?: string;

  constructor(
    readonly kind: RefKind,
    readonly id: string,
    private readonly f: Field<string>,
    readonly field: string,
    private readonly describe: () => Localized,
    fromTask?: string,
  ) {
    if (fromTask !== undefined) this.fromTask = fromTask;
  }

  get span(): Span {
    return this.f.span;
  }

  get where(): Localized {
    return (this.cached ??= this.describe());
  }
}

class Def implements SymbolDef {
  constructor(
    readonly kind: DefKind,
    readonly id: string,
    private readonly f: Field<string>,
    private readonly ent: { span: Span },
    readonly label?: string,
  ) {}

  get span(): Span {
    return this.f.span;
  }

  get entity(): Span {
    return this.ent.span;
  }
}

export interface FileSymbols {
  defs: SymbolDef[];
  refs: SymbolRef[];
}

/** The definition kinds a reference may name, tried in order; `sameFile` limits a tier to the referring file. */
export const TARGETS: Record<RefKind, { kind: DefKind; sameFile: boolean }[]> = {
  owner: [
    { kind: 'team', sameFile: true },
    { kind: 'stakeholder', sameFile: false },
  ],
  'checklist-owner': [
    { kind: 'team', sameFile: false },
    { kind: 'stakeholder', sameFile: false },
  ],
  requester: [
    { kind: 'stakeholder', sameFile: false },
    { kind: 'team', sameFile: true },
  ],
  task: [{ kind: 'task', sameFile: true }],
  requirement: [{ kind: 'requirement', sameFile: false }],
  stakeholder: [{ kind: 'stakeholder', sameFile: false }],
  scenario: [{ kind: 'scenario', sameFile: true }],
  plan: [{ kind: 'plan', sameFile: false }],
  team: [{ kind: 'team', sameFile: true }],
  release: [{ kind: 'release', sameFile: false }],
};

/** Kinds whose ids are unique within their file; the others are workspace-wide. */
export const FILE_SCOPED: ReadonlySet<DefKind> = new Set(['task', 'scenario', 'criterion', 'risk', 'change', 'acceptance', 'checklist-item']);

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** A zh-CN label followed by more text: a space only after ASCII (`R2 的`, `“部署”的`). */
export function zhThen(label: string, rest: string): string {
  return /[\x21-\x7e]$/.test(label) && !/[）」”]$/.test(label) ? `${label} ${rest}` : `${label}${rest}`;
}

function idOf(f: Field<string> | undefined): string | undefined {
  return f && f.value.trim() !== '' ? f.value : undefined;
}

/** How an item is named in messages: its id, else its name in quotes, else its position. */
export function itemLabel(id: Field<string> | undefined, name: Field<string> | undefined, index: number): Localized {
  const i = idOf(id);
  if (i !== undefined) return L(i, i);
  const full = name?.value.trim();
  const n = full && full.length > 30 ? `${full.slice(0, 29)}…` : full;
  if (n) return L(`"${n}"`, `“${n}”`);
  return L(`#${index + 1}`, `#${index + 1}`);
}

/** An id field the typed model does not carry, read with lazy spans like the model's. */
class RawField implements Field<string> {
  private static readonly spans = new SourceMap();

  constructor(
    readonly value: string,
    private readonly o: Record<string, unknown>,
    private readonly k: string,
  ) {}

  get keySpan(): Span {
    return RawField.spans.key(this.o, this.k) ?? { start: 0, end: 0 };
  }

  get span(): Span {
    return RawField.spans.value(this.o, this.k) ?? this.keySpan;
  }
}

/**
 * A task's definition and references. Tasks of unchanged chunks are the same objects from one
 * version to the next (model.ts), so a task with an id keeps its symbols: a plan of thousands of
 * tasks does not rebuild them on every keystroke. (Without an id, the label names the position.)
 */
const taskCache = new Slot<{ def?: SymbolDef; refs: SymbolRef[] }>('poc-studio.task-symbols');

function taskSymbols(t: Task, i: number, raw: (o: Record<string, unknown>, k: string) => Field<string> | undefined): { def?: SymbolDef; refs: SymbolRef[] } {
  const cached = taskCache.get(t);
  if (cached) return cached;
  const refs: SymbolRef[] = [];
  const add = (kind: RefKind, f: Field<string> | undefined, field: string, where: () => Localized, fromTask?: string) => {
    const id = idOf(f);
    if (id !== undefined) refs.push(new Ref(kind, id, f!, field, where, fromTask));
  };
  let label: Localized | undefined;
  const lbl = () => (label ??= itemLabel(t.id, t.name, i));
  add('owner', t.owner, 'owner', () => L(`Owner of task ${lbl().en}`, `任务 ${zhThen(lbl()['zh-CN'], '的负责人')}`));
  add('release', raw(t.raw, 'release'), 'release', () => L(`Release of task ${lbl().en}`, `任务 ${zhThen(lbl()['zh-CN'], '的版本（release）')}`));
  let deps: Localized | undefined;
  const depsWhere = () => (deps ??= L(`Dependency (dependsOn) of task ${lbl().en}`, `任务 ${zhThen(lbl()['zh-CN'], '的前置任务（dependsOn）')}`));
  for (const d of t.dependsOn.items) add('task', d, 'dependsOn', depsWhere, idOf(t.id));
  const id = idOf(t.id);
  const result = { def: id !== undefined ? new Def('task', id, t.id!, t, t.name?.value) : undefined, refs };
  if (id !== undefined) taskCache.set(t, result);
  return result;
}

const cache = new WeakMap<ArtifactFile, FileSymbols>();
let lastTasks: { tasks: readonly Task[]; per: { def?: SymbolDef; refs: SymbolRef[] }[] } | undefined;

/** The definitions and references of one file (computed once per file version). */
export function symbolsOf(file: ArtifactFile): FileSymbols {
  let s = cache.get(file);
  if (!s) {
    s = collect(file);
    cache.set(file, s);
  }
  return s;
}

function collect(file: ArtifactFile): FileSymbols {
  const defs: SymbolDef[] = [];
  const refs: SymbolRef[] = [];
  const def = (kind: DefKind, f: Field<string> | undefined, entity: { span: Span }, label?: Field<string>) => {
    const id = idOf(f);
    if (id !== undefined) defs.push(new Def(kind, id, f!, entity, label?.value));
  };
  // `where` is only read when a reference is reported: it is built on first use (a large plan has
  // thousands of references, and this runs on every edit).
  const ref = (kind: RefKind, f: Field<string> | undefined, field: string, where: () => Localized, fromTask?: string) => {
    const id = idOf(f);
    if (id !== undefined) refs.push(new Ref(kind, id, f!, field, where, fromTask));
  };
  const refList = (kind: RefKind, list: StringList, field: string, where: () => Localized, fromTask?: string) => {
    if (list.items.length === 0) return;
    let cached: Localized | undefined;
    const once = () => (cached ??= where());
    for (const item of list.items) ref(kind, item, field, once, fromTask);
  };

  /** An id field the typed model does not carry (optional extensions in the schemas). */
  const raw = (obj: Record<string, unknown>, key: string): Field<string> | undefined => {
    const v = obj[key];
    return typeof v === 'string' && file.parsed.map.key(obj, key) ? new RawField(v, obj, key) : undefined;
  };

  const m = file.model;
  switch (m.kind) {
    case 'poc':
    case 'project': {
      if (m.kind === 'project') ref('plan', raw(m.raw, 'poc'), 'poc', () => L('The POC this project follows', '本项目对应的 POC'));
      def('plan', m.id, m, m.title);
      for (const t of m.team.items) def('team', t.id, t, t.name);
      for (const r of m.releases.items) def('release', r.id, r, r.title);
      for (const s of m.scenarios.items) def('scenario', s.id, s, s.title);
      for (const c of m.successCriteria.items) def('criterion', c.id, c, c.description);
      // The tasks of the last plan collected, by position: an identity check is cheaper than a lookup in taskCache.
      const last = lastTasks;
      const perTask = m.tasks.items.map((t, i) => (last && last.tasks[i] === t ? last.per[i] : taskSymbols(t, i, raw)));
      lastTasks = { tasks: m.tasks.items, per: perTask };
      m.tasks.items.forEach((t, i) => {
        if (perTask[i].def) defs.push(perTask[i].def!);
        else def('task', t.id, t, t.name);
      });
      for (const r of m.risks.items) def('risk', r.id, r, r.description);
      for (const c of m.changes.items) def('change', c.id, c, c.description);
      for (const a of m.acceptance?.items.items ?? []) def('acceptance', a.id, a, undefined);

      for (const p of perTask) for (const r of p.refs) refs.push(r);
      m.risks.items.forEach((r, i) => {
        const lbl = itemLabel(r.id, r.description, i);
        ref('owner', r.owner, 'owner', () => L(`Owner of risk ${lbl.en}`, `风险 ${zhThen(lbl['zh-CN'], '的负责人')}`));
      });
      m.scenarios.items.forEach((s, i) => {
        const lbl = itemLabel(s.id, s.title, i);
        refList('requirement', s.requirements, 'requirements', () => L(`Requirement of scenario ${lbl.en}`, `场景 ${zhThen(lbl['zh-CN'], '引用的需求')}`));
        ref('owner', raw(s.raw, 'owner'), 'owner', () => L(`Owner of scenario ${lbl.en}`, `场景 ${zhThen(lbl['zh-CN'], '的负责人')}`));
      });
      m.successCriteria.items.forEach((c, i) => {
        const lbl = itemLabel(c.id, c.description, i);
        ref('requirement', c.requirement, 'requirement', () => L(`Requirement of success criterion ${lbl.en}`, `成功标准 ${zhThen(lbl['zh-CN'], '引用的需求')}`));
        ref('scenario', raw(c.raw, 'scenario'), 'scenario', () => L(`Scenario of success criterion ${lbl.en}`, `成功标准 ${zhThen(lbl['zh-CN'], '的场景')}`));
      });
      (m.acceptance?.items.items ?? []).forEach((a, i) => {
        const lbl = itemLabel(a.id, undefined, i);
        ref('requirement', a.requirement, 'requirement', () => L(`Requirement of acceptance item ${lbl.en}`, `验收项 ${zhThen(lbl['zh-CN'], '引用的需求')}`));
      });
      if (m.demo) {
        refList('stakeholder', m.demo.audience, 'audience', () => L('Demo audience member', '演示受众'));
        m.demo.storyboard.items.forEach((st, i) => {
          const lbl = itemLabel(undefined, st.step, i);
          ref('scenario', st.scenario, 'scenario', () => L(`Scenario of storyboard step ${lbl.en}`, `演示脚本步骤 ${zhThen(lbl['zh-CN'], '的场景')}`));
          ref('owner', raw(st.raw, 'presenter'), 'presenter', () => L(`Presenter of storyboard step ${lbl.en}`, `演示脚本步骤 ${zhThen(lbl['zh-CN'], '的演示人')}`));
        });
      }
      m.changes.items.forEach((c, i) => {
        const lbl = itemLabel(c.id, c.description, i);
        ref('requester', c.requestedBy, 'requestedBy', () => L(`Requester (requestedBy) of change ${lbl.en}`, `变更 ${zhThen(lbl['zh-CN'], '的提出人（requestedBy）')}`));
      });
      m.delays.items.forEach((d, i) => {
        const when = d.date?.day !== undefined ? formatDate(d.date.day) : undefined;
        const en = when ? `the delay of ${when}` : `delay #${i + 1}`;
        const zh = when ? `${when} 的延期记录` : `第 ${i + 1} 条延期记录`;
        ref('task', d.task, 'task', () => L(`Task of ${en}`, `${zh}的任务`));
        refList('plan', d.affects, 'affects', () => L(`Plan affected by ${en}`, `${zh}影响的项目（affects）`));
      });
      m.weeklyReports.items.forEach((w, i) => {
        const wk = w.week?.value.trim() || `#${i + 1}`;
        for (const k of w.hours.keys) ref('team', k, 'hours', () => L(`Hours key of weekly report ${wk}`, `周报 ${wk} 的工时人员`));
      });
      break;
    }
    case 'stakeholders':
      m.stakeholders.items.forEach((s, i) => {
        def('stakeholder', s.id, s, s.name);
        const n = s.name?.value.trim();
        const d = idOf(s.id);
        const lbl = n && d !== undefined ? L(`${n} (${d})`, `${n}（${d}）`) : itemLabel(s.id, s.name, i);
        ref('stakeholder', s.reportsTo, 'reportsTo', () => L(`reportsTo of stakeholder ${lbl.en}`, `干系人 ${zhThen(lbl['zh-CN'], '的上级（reportsTo）')}`));
      });
      break;
    case 'requirements':
      m.requirements.items.forEach((r, i) => {
        def('requirement', r.id, r, r.title);
        const lbl = itemLabel(r.id, r.title, i);
        ref('stakeholder', r.source, 'source', () => L(`Source of requirement ${lbl.en}`, `需求 ${zhThen(lbl['zh-CN'], '的来源（source）')}`));
        ref('release', r.release, 'release', () => L(`Release of requirement ${lbl.en}`, `需求 ${zhThen(lbl['zh-CN'], '的版本（release）')}`));
      });
      break;
    case 'checklist':
      def('checklist', m.id, m, m.title);
      ref('plan', raw(m.raw, 'plan'), 'plan', () => L('The plan of this checklist', '本清单所属的计划'));
      ref('checklist-owner', raw(m.raw, 'owner'), 'owner', () => L('Owner of this checklist', '本清单的负责人'));
      m.items.forEach((it, i) => {
        def('checklist-item', it.id, it, it.text);
        const lbl = itemLabel(it.id, it.text, i);
        ref('checklist-owner', it.owner, 'owner', () => L(`Owner of checklist item ${lbl.en}`, `检查项 ${zhThen(lbl['zh-CN'], '的负责人')}`));
      });
      break;
  }
  return { defs, refs };
}

export interface Located<T> {
  file: ArtifactFile;
  item: T;
}

/** Definitions of the whole workspace by kind and id (for resolution and completion). */
export class SymbolTable {
  private readonly byKind = new Map<DefKind, Map<string, Located<SymbolDef>[]>>();

  constructor(readonly files: readonly ArtifactFile[]) {
    for (const file of files) {
      for (const d of symbolsOf(file).defs) {
        let m = this.byKind.get(d.kind);
        if (!m) this.byKind.set(d.kind, (m = new Map()));
        const list = m.get(d.id);
        if (list) list.push({ file, item: d });
        else m.set(d.id, [{ file, item: d }]);
      }
    }
  }

  /** Definitions of a kind and id, anywhere (or only in `file`). */
  defs(kind: DefKind, id: string, file?: ArtifactFile): Located<SymbolDef>[] {
    const all = this.byKind.get(kind)?.get(id) ?? [];
    return file ? all.filter((d) => d.file === file) : all;
  }

  /** All ids of a kind (or of a kind in one file). */
  ids(kind: DefKind, file?: ArtifactFile): string[] {
    const m = this.byKind.get(kind);
    if (!m) return [];
    if (!file) return [...m.keys()];
    return [...m.entries()].filter(([, list]) => list.some((d) => d.file === file)).map(([id]) => id);
  }

  /** Every definition of a kind, with its file. */
  all(kind: DefKind): Located<SymbolDef>[] {
    return [...(this.byKind.get(kind)?.values() ?? [])].flat();
  }

  /** The definitions a reference names: the first tier of TARGETS that has any. */
  resolve(file: ArtifactFile, ref: Pick<SymbolRef, 'kind' | 'id'>): Located<SymbolDef>[] {
    for (const tier of TARGETS[ref.kind]) {
      const found = this.defs(tier.kind, ref.id, tier.sameFile ? file : undefined);
      if (found.length) return found;
    }
    return [];
  }

  /** Whether a reference names anything (like resolve(), without building the list). */
  exists(file: ArtifactFile, ref: Pick<SymbolRef, 'kind' | 'id'>): boolean {
    for (const tier of TARGETS[ref.kind]) {
      const all = this.byKind.get(tier.kind)?.get(ref.id);
      if (all && (!tier.sameFile || all.some((d) => d.file === file))) return true;
    }
    return false;
  }

  /** Ids a reference could name (for suggestions and completion), in tier order, without duplicates. */
  candidates(file: ArtifactFile, kind: RefKind): string[] {
    const out = new Set<string>();
    for (const tier of TARGETS[kind]) for (const id of this.ids(tier.kind, tier.sameFile ? file : undefined)) out.add(id);
    return [...out];
  }

  /**
   * Every place (definitions and references) that names the same thing as `def`: a file-scoped id
   * within its file, a workspace id (people included) across all files.
   */
  occurrences(file: ArtifactFile, def: SymbolDef): { file: ArtifactFile; span: Span; isDef: boolean }[] {
    const scoped = FILE_SCOPED.has(def.kind);
    const out: { file: ArtifactFile; span: Span; isDef: boolean }[] = [];
    for (const f of scoped ? [file] : this.files) {
      const s = symbolsOf(f);
      for (const d of s.defs) if (d.kind === def.kind && d.id === def.id) out.push({ file: f, span: d.span, isDef: true });
      for (const r of s.refs) {
        if (r.id !== def.id) continue;
        if (this.resolve(f, r).some((t) => t.item.kind === def.kind && (!scoped || t.file === file))) out.push({ file: f, span: r.span, isDef: false });
      }
    }
    return out;
  }
}

/** The definition or reference whose span contains `offset` (end inclusive, so a cursor after the id counts). */
export function symbolAt(file: ArtifactFile, offset: number): { def?: SymbolDef; ref?: SymbolRef } {
  const s = symbolsOf(file);
  const hit = <T extends { span: Span }>(xs: T[]) => xs.find((x) => x.span.start <= offset && offset <= x.span.end);
  const ref = hit(s.refs);
  if (ref) return { ref };
  const def = hit(s.defs);
  return def ? { def } : {};
}
