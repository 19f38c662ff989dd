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
import type { ListSegment } from './symbols-read';
import type { Span } from './text';
import type { Localized } from './types';
import { collect } from './symbols-read';

export { itemLabel, zhThen } from './symbols-read';

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
  | 'checklist-item'
  | 'calendar';

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
  | 'release'
  | 'calendar'
  | 'change';

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

export interface FileSymbols {
  defs: SymbolDef[];
  refs: SymbolRef[];
  /** Where the items of the top-level lists put their symbols (symbols-read.ts ListSegment). */
  lists?: ListSegment[];
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
  calendar: [{ kind: 'calendar', sameFile: false }],
  change: [{ kind: 'change', sameFile: true }],
};

/** Kinds whose ids are unique within their file; the others are workspace-wide. */
export const FILE_SCOPED: ReadonlySet<DefKind> = new Set(['task', 'scenario', 'criterion', 'risk', 'change', 'acceptance', 'checklist-item']);

const cache = new WeakMap<ArtifactFile, FileSymbols>();

/** The definitions and references of one file (computed once per file version). */
export function symbolsOf(file: ArtifactFile): FileSymbols {
  let s = cache.get(file);
  if (!s) {
    s = collect(file);
    cache.set(file, s);
  }
  return s;
}

/** The plan definitions of a file's symbols (what another folder's index reads of it), once per file version. */
const planDefsCache = new WeakMap<FileSymbols, SymbolDef[]>();
function planDefsOf(file: ArtifactFile): SymbolDef[] {
  const s = symbolsOf(file);
  let defs = planDefsCache.get(s);
  if (!defs) planDefsCache.set(s, (defs = s.defs.filter((d) => d.kind === 'plan')));
  return defs;
}

export interface Located<T> {
  file: ArtifactFile;
  item: T;
}

/** Definitions of the whole workspace by kind and id (for resolution and completion). */
export class SymbolTable {
  private readonly byKind = new Map<DefKind, Map<string, Located<SymbolDef>[]>>();
  /** The other plans, until plan ids are first read (most files never name a plan; every folder's table would list them all). */
  private otherPlans?: readonly ArtifactFile[];

  /**
   * @param others plan files of the rest of the portfolio (other folders and customers): only their
   * plan ids are definitions here, so that `delays[].affects` names a plan of any customer.
   */
  constructor(
    readonly files: readonly ArtifactFile[],
    others: readonly ArtifactFile[] = [],
  ) {
    for (const file of files) for (const d of symbolsOf(file).defs) this.add(file, d);
    if (others.length) this.otherPlans = others;
  }

  private add(file: ArtifactFile, d: SymbolDef): void {
    let m = this.byKind.get(d.kind);
    if (!m) this.byKind.set(d.kind, (m = new Map()));
    const list = m.get(d.id);
    if (list) list.push({ file, item: d });
    else m.set(d.id, [{ file, item: d }]);
  }

  /** The definitions of a kind by id; plan ids of the other plans are added on first read (after the own ones, as if added at once). */
  private kind(kind: DefKind): Map<string, Located<SymbolDef>[]> | undefined {
    if (kind === 'plan' && this.otherPlans) {
      const others = this.otherPlans;
      this.otherPlans = undefined;
      const own = new Set(this.files);
      for (const file of others) if (!own.has(file)) for (const d of planDefsOf(file)) this.add(file, d);
    }
    return this.byKind.get(kind);
  }

  /** Definitions of a kind and id, anywhere (or only in `file`). */
  defs(kind: DefKind, id: string, file?: ArtifactFile): Located<SymbolDef>[] {
    const all = this.kind(kind)?.get(id) ?? [];
    return file ? all.filter((d) => d.file === file) : all;
  }

  /** All ids of a kind (or of a kind in one file). */
  ids(kind: DefKind, file?: ArtifactFile): string[] {
    const m = this.kind(kind);
    if (!m) return [];
    if (!file) return [...m.keys()];
    return [...m.entries()].filter(([, list]) => list.some((d) => d.file === file)).map(([id]) => id);
  }

  /** Every definition of a kind, with its file. */
  all(kind: DefKind): Located<SymbolDef>[] {
    return [...(this.kind(kind)?.values() ?? [])].flat();
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
      const all = this.kind(tier.kind)?.get(ref.id);
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
  const on = (x: { span: Span }) => x.span.start <= offset && offset <= x.span.end;
  // The item of a top-level list under the cursor, by binary search over the items' spans: only
  // its own symbols are read (a plan of 20,000 tasks has 40,000 references).
  for (const seg of s.lists ?? []) {
    const n = seg.n;
    let lo = 0;
    let hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = 6 * mid;
      const span = file.parsed.map.item(seg.arrays[seg.cells[c]], seg.cells[c + 1]);
      if (!span) break;
      if (offset < span.start) hi = mid - 1;
      else if (offset > span.end) lo = mid + 1;
      else {
        for (let k = seg.cells[c + 4]; k < seg.cells[c + 5]; k++) if (on(s.refs[k])) return { ref: s.refs[k] };
        for (let k = seg.cells[c + 2]; k < seg.cells[c + 3]; k++) if (on(s.defs[k])) return { def: s.defs[k] };
        return {};
      }
    }
  }
  const ref = s.refs.find(on);
  if (ref) return { ref };
  const def = s.defs.find(on);
  return def ? { def } : {};
}
