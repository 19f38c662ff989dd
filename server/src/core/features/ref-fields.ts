/**
 * Which fields of which file kind hold an id of something else, by path pattern: `tasks[].owner`,
 * `tasks[].dependsOn[]`, `weeklyReports[].hours.*` (a key of the mapping). Completion needs it to
 * know which ids fit where the cursor is (the symbol table only knows references already
 * written); hover uses it for the fields the symbol table does not record, such as the free-text
 * fields that may name a person (`loose`: approvedBy, feedback from), where an unknown value is a
 * name rather than an error. Keep it in step with symbols.ts.
 */
import type { RefKind } from '../symbols';
import type { Kind } from '../types';
import type { PathSeg } from './schema-nav';

export interface RefField {
  kind: RefKind;
  /** The field may hold free text (a name) instead of an id: an unknown value is not an error. */
  loose?: boolean;
}

const PLAN: Record<string, RefField> = {
  'tasks[].owner': { kind: 'owner' },
  'tasks[].dependsOn[]': { kind: 'task' },
  'tasks[].release': { kind: 'release' },
  'risks[].owner': { kind: 'owner' },
  'scenarios[].owner': { kind: 'owner' },
  'scenarios[].requirements[]': { kind: 'requirement' },
  'successCriteria[].requirement': { kind: 'requirement' },
  'successCriteria[].scenario': { kind: 'scenario' },
  'demo.audience[]': { kind: 'stakeholder' },
  'demo.storyboard[].scenario': { kind: 'scenario' },
  'demo.storyboard[].presenter': { kind: 'owner' },
  'review.feedback[].from': { kind: 'stakeholder', loose: true },
  'changes[].requestedBy': { kind: 'requester' },
  'changes[].approvedBy': { kind: 'stakeholder', loose: true },
  'changes[].requirement': { kind: 'requirement' },
  'delays[].task': { kind: 'task' },
  'delays[].affects[]': { kind: 'plan' },
  'weeklyReports[].hours.*': { kind: 'team' },
  'acceptance.items[].requirement': { kind: 'requirement' },
  'inspections[].owner': { kind: 'team' },
};

const TABLE: Record<Kind, Record<string, RefField>> = {
  poc: PLAN,
  project: { ...PLAN, poc: { kind: 'plan' } },
  stakeholders: {
    'stakeholders[].reportsTo': { kind: 'stakeholder' },
  },
  requirements: {
    'requirements[].source': { kind: 'stakeholder' },
    'requirements[].release': { kind: 'release' },
  },
  checklist: {
    owner: { kind: 'checklist-owner' },
    plan: { kind: 'plan' },
    'items[].owner': { kind: 'checklist-owner' },
    'items[].items[].owner': { kind: 'checklist-owner' },
  },
};

/** `['tasks', 3, 'dependsOn', 0]` → `tasks[].dependsOn[]`. */
export function pathPattern(path: readonly PathSeg[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? '[]' : out === '' ? seg : `.${seg}`;
  return out;
}

/** The reference a value at `path` holds, if any. */
export function refFieldAt(kind: Kind, path: readonly PathSeg[]): RefField | undefined {
  return TABLE[kind][pathPattern(path)];
}

/** The reference a new key of the mapping at `mapPath` names (e.g. a team id under weekly report hours). */
export function refKeyAt(kind: Kind, mapPath: readonly PathSeg[]): RefField | undefined {
  const p = pathPattern(mapPath);
  return TABLE[kind][p === '' ? '*' : `${p}.*`];
}
