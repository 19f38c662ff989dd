/**
 * The portfolio: every workspace (folder) open in the editor or named on one CLI command line,
 * seen as one body of people and bookings (DOMAIN.md "Portfolio"). Each folder keeps its own
 * Workspace (its settings, its files, its customer-scoped index); the portfolio gives all of them
 * the same `People` (team entries and bookings of every plan of every member), and says which
 * files of which member to re-check when one member's people change.
 *
 * Decisions:
 * - `version` counts every change that may change what a member's index reads from the others: a
 *   plan added, changed or removed anywhere (bookings hold the plans' current file objects), ids
 *   changed anywhere (the members' indexes carry it as their idsVersion), a member joining or
 *   leaving. A member's cached index is rebuilt when the version moved.
 * - People are built once per version from the plans of all members in path order (the same
 *   order whichever member read its files first, so messages equal the CLI's); a file present in
 *   two members (nested CLI arguments) counts once.
 * - The core has no notion of folders on disk: a member is just a Workspace.
 */
import type { ArtifactFile } from './rules/api';
import { peopleOf, type People, type PlanPeople } from './workspace-index';

/** What the portfolio needs of a member (Workspace implements it). */
export interface PortfolioMember {
  files(): ArtifactFile[];
  /** The files of this member whose last diagnostics point into `uri`. */
  citingFiles(uri: string): string[];
  /** Whether this member holds the file. */
  has(uri: string): boolean;
  get(uri: string): ArtifactFile | undefined;
}

export class Portfolio<M extends PortfolioMember = PortfolioMember> {
  private readonly members: M[] = [];
  private changes = 0;
  private ids = 0;
  private cached?: { version: number; people: People };
  /** Each plan version's team entries and bookings, reused by the next build of `people`. */
  private readonly planPeople = new Map<string, PlanPeople>();

  /** Changes whenever a member's index may read the others differently. */
  get version(): number {
    return this.changes;
  }

  join(member: M): void {
    if (this.members.includes(member)) return;
    this.members.push(member);
    this.changed();
  }

  leave(member: M): void {
    const i = this.members.indexOf(member);
    if (i < 0) return;
    this.members.splice(i, 1);
    this.changed();
  }

  /** Called by members on every change of what others read of them. */
  changed(): void {
    this.changes++;
  }

  /** Counts the changes of what files show each other of their ids, in any member (WorkspaceIndex.idsVersion). */
  get idsVersion(): number {
    return this.ids;
  }

  /** Called by a member when what its files show of their ids changed (or a file came or went). */
  idsChanged(): void {
    this.ids++;
    this.changes++;
  }

  workspaces(): M[] {
    return [...this.members];
  }

  /** Team entries and bookings of every plan of every member. */
  people(): People {
    if (this.cached?.version === this.changes) return this.cached.people;
    const plans: ArtifactFile[] = [];
    for (const m of this.members) for (const f of m.files()) if (f.kind === 'poc' || f.kind === 'project') plans.push(f);
    plans.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
    const people = peopleOf(plans, this.planPeople);
    this.cached = { version: this.changes, people };
    return people;
  }

  /**
   * Per member, the files that book or list any of these people (to re-check after they changed),
   * read in one pass over the people's bookings and team entries (a person booked in hundreds of
   * plans, asked of hundreds of members one by one, was most of an edit's time).
   */
  filesWithPeople(people: Iterable<string>): [M, string[]][] {
    const wanted = new Set(people);
    if (!wanted.size) return [];
    const { bookings, team } = this.people();
    const files = new Set<ArtifactFile>();
    for (const p of wanted) {
      for (const b of bookings.get(p) ?? []) files.add(b.file);
      for (const d of team.get(p) ?? []) files.add(d.file);
    }
    const out: [M, string[]][] = [];
    for (const m of this.members) {
      const uris: string[] = [];
      for (const f of files) if (m.get(f.uri) === f) uris.push(f.uri);
      if (uris.length) out.push([m, uris]);
    }
    return out;
  }

  /** Per member, the files whose last diagnostics point into `uri`. */
  citingFiles(uri: string): [M, string[]][] {
    const out: [M, string[]][] = [];
    for (const m of this.members) {
      const uris = m.citingFiles(uri);
      if (uris.length) out.push([m, uris]);
    }
    return out;
  }

  /** The member holding a file, and the file. */
  find(uri: string): { member: M; file: ArtifactFile } | undefined {
    for (const m of this.members) {
      const file = m.get(uri);
      if (file) return { member: m, file };
    }
    return undefined;
  }
}
