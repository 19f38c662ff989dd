/**
 * The cross-file index of one workspace folder (or of one customer's scope in it: core/scope.ts):
 * who and what is defined where, which requirements are covered, and — over the whole portfolio —
 * who is booked on which days. Built from every artifact file's
 * model and schedule; rules use it for anything that lives in another file.
 */
import type { ArtifactFile } from './rules/api';
import type {
  ChecklistModel,
  Field,
  PlanModel,
  Requirement,
  Stakeholder,
  TeamMember,
} from './model';
import type { ScheduledTask } from './schedule';
import type { Span } from './text';
import { nearest } from './similar';
import { SymbolTable } from './symbols';

export interface Defined<T> {
  file: ArtifactFile;
  item: T;
  id: Field<string>;
}

export interface Booking {
  file: ArtifactFile;
  plan: PlanModel;
  member: TeamMember;
  task: ScheduledTask;
}

export interface Coverage {
  file: ArtifactFile;
  span: Span;
  via: 'criterion' | 'scenario' | 'acceptance';
  /** The release of the covering item (an acceptance item's `release`), if any (issue 18). */
  release?: string;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** People and their bookings: shared by every file of a portfolio (all folders, all customers). */
export interface People {
  /** Team members of every plan, by team id (the same id in two plans is the same person). */
  readonly team: Map<string, Defined<TeamMember>[]>;
  /** Scheduled tasks per owner team id, across all plans. */
  readonly bookings: Map<string, Booking[]>;
  /** Every plan file, in path order (plan ids resolve across the portfolio: `delays[].affects`). */
  readonly plans?: readonly ArtifactFile[];
}

/** What one plan file (one version: the file object) gives the people: its team entries and bookings, in order. */
export interface PlanPeople {
  readonly file: ArtifactFile;
  readonly team: readonly [string, Defined<TeamMember>][];
  readonly bookings: readonly [string, Booking][];
}

function planPeople(file: ArtifactFile, m: PlanModel): PlanPeople {
  const team: [string, Defined<TeamMember>][] = [];
  const bookings: [string, Booking][] = [];
  const members = new Map<string, TeamMember>();
  for (const t of m.team.items) {
    if (!t.id) continue;
    team.push([t.id.value, { file, item: t, id: t.id }]);
    if (!members.has(t.id.value)) members.set(t.id.value, t);
  }
  for (let i_ = 0, a_ = file.schedule?.tasks ?? []; i_ < a_.length; i_++) {
    const st = a_[i_];
    const owner = st.task.owner?.value;
    const member = owner !== undefined ? members.get(owner) : undefined;
    if (member && st.start !== undefined && st.end !== undefined && !st.unscheduled) {
      bookings.push([owner!, { file, plan: m, member, task: st }]);
    }
  }
  return { file, team, bookings };
}

/**
 * The people of these files (plans in path order; the first file of a uri wins). `cache` (by uri)
 * keeps each plan version's part between calls: a portfolio rebuilds its people after every edit
 * of any plan, and reading every task of every plan again cost most of an edit's time.
 */
export function peopleOf(files: Iterable<ArtifactFile>, cache?: Map<string, PlanPeople>): People {
  const team = new Map<string, Defined<TeamMember>[]>();
  const bookings = new Map<string, Booking[]>();
  const seen = new Set<string>();
  const plans: ArtifactFile[] = [];
  for (const file of files) {
    const m = file.model;
    if ((m.kind !== 'poc' && m.kind !== 'project') || seen.has(file.uri)) continue;
    seen.add(file.uri);
    plans.push(file);
    let part = cache?.get(file.uri);
    if (!part || part.file !== file) {
      part = planPeople(file, m);
      cache?.set(file.uri, part);
    }
    for (const [id, d] of part.team) push(team, id, d);
    for (const [owner, b] of part.bookings) push(bookings, owner, b);
  }
  if (cache) for (const uri of [...cache.keys()]) if (!seen.has(uri)) cache.delete(uri);
  return { team, bookings, plans };
}

export class WorkspaceIndex {
  readonly stakeholders = new Map<string, Defined<Stakeholder>[]>();
  readonly requirements = new Map<string, Defined<Requirement>[]>();
  readonly plans = new Map<string, Defined<PlanModel>[]>();
  readonly checklists = new Map<string, Defined<ChecklistModel>[]>();
  readonly releases = new Map<string, Defined<unknown>[]>();
  /** Team members of every plan of the portfolio, by team id (the same id in two plans is the same person). */
  readonly team: Map<string, Defined<TeamMember>[]>;
  readonly coverage = new Map<string, Coverage[]>();
  /** Scheduled tasks per owner team id, across all plans of the portfolio. */
  readonly bookings: Map<string, Booking[]>;
  readonly decisionMakers: Defined<Stakeholder>[] = [];
  readonly planFiles: ArtifactFile[] = [];
  readonly stakeholderFiles: ArtifactFile[] = [];

  private symbolTable?: SymbolTable;
  /** The plan files of the whole portfolio (their ids resolve from any file: `delays[].affects`). */
  readonly portfolioPlans: readonly ArtifactFile[];

  /**
   * @param idsVersion changes whenever what files show each other of their ids may have changed (a
   * file's export key, a file added or removed: Workspace counts); undefined when unknown. While it
   * stays the same, a file whose own definitions did not change resolves every reference as before.
   * @param people the people and bookings of the whole portfolio (default: those of `files`).
   */
  constructor(
    readonly files: readonly ArtifactFile[],
    readonly idsVersion?: number,
    people?: People,
  ) {
    const p = people ?? peopleOf(files);
    this.team = p.team;
    this.bookings = p.bookings;
    this.portfolioPlans = p.plans ?? [];
    for (const file of files) this.add(file);
  }

  /** Definitions and references of all files, for resolution (built on first use). */
  symbols(): SymbolTable {
    return (this.symbolTable ??= new SymbolTable(this.files, this.portfolioPlans));
  }

  private add(file: ArtifactFile): void {
    const m = file.model;
    switch (m.kind) {
      case 'stakeholders':
        this.stakeholderFiles.push(file);
        for (const s of m.stakeholders.items) {
          if (!s.id) continue;
          const d = { file, item: s, id: s.id };
          push(this.stakeholders, s.id.value, d);
          if (s.roles.items.some((r) => r.value === 'decision-maker')) this.decisionMakers.push(d);
        }
        break;
      case 'requirements':
        for (const r of m.requirements.items) if (r.id) push(this.requirements, r.id.value, { file, item: r, id: r.id });
        break;
      case 'checklist':
        if (m.id) push(this.checklists, m.id.value, { file, item: m, id: m.id });
        break;
      case 'poc':
      case 'project': {
        this.planFiles.push(file);
        if (m.id) push(this.plans, m.id.value, { file, item: m, id: m.id });
        for (const r of m.releases.items) if (r.id) push(this.releases, r.id.value, { file, item: r, id: r.id });
        for (const c of m.successCriteria.items) {
          if (c.requirement) push(this.coverage, c.requirement.value, { file, span: c.requirement.span, via: 'criterion' });
        }
        for (const s of m.scenarios.items) {
          for (const r of s.requirements.items) push(this.coverage, r.value, { file, span: r.span, via: 'scenario' });
        }
        for (const a of m.acceptance?.items.items ?? []) {
          if (a.requirement) push(this.coverage, a.requirement.value, { file, span: a.requirement.span, via: 'acceptance', release: a.release?.value });
        }
        break;
      }
    }
  }

  /** Whether an owner id resolves: a team id of the same plan, else a stakeholder id. */
  ownerExists(file: ArtifactFile, id: string): boolean {
    const m = file.model;
    if ((m.kind === 'poc' || m.kind === 'project') && m.team.items.some((t) => t.id?.value === id)) return true;
    // A checklist has no team of its own: any team member of the workspace may own an item.
    if (m.kind === 'checklist' && this.team.has(id)) return true;
    return this.stakeholders.has(id);
  }

  /** Candidate ids for an owner field, for "did you mean". */
  ownerCandidates(file: ArtifactFile): string[] {
    const m = file.model;
    const ids = new Set<string>(this.stakeholders.keys());
    if (m.kind === 'poc' || m.kind === 'project') for (const t of m.team.items) if (t.id) ids.add(t.id.value);
    if (m.kind === 'checklist') for (const k of this.team.keys()) ids.add(k);
    return [...ids];
  }

  suggest(value: string, candidates: Iterable<string>): string | undefined {
    return nearest(value, candidates);
  }
}
