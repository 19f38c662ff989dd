/**
 * Lookups in the per-kind tables generated from the schemas' annotations (generated/kinds.ts,
 * written by scripts/gen-kinds.mjs): which fields of which kind hold an id of something else, by
 * path pattern — `tasks[].owner`, `tasks[].dependsOn[]`, `weeklyReports[].hours.*` (a key of the
 * mapping; `weeklyReports[].hours.*.*` a key of a mapping under any key of it). Completion needs it to know which ids fit where the cursor is (the symbol table only
 * knows references already written); hover uses it for the fields the symbol table does not
 * record, the free-text fields that may name a person (`loose`: approvedBy, feedback from), where
 * an unknown value is a name rather than an error.
 */
import { LIST_INFO, REF_FIELDS } from './generated/kinds';
import type { RefKind } from './symbols';
import type { Kind } from './types';

export interface RefField {
  kind: RefKind;
  /** The field may hold free text (a name) instead of an id: an unknown value is not an error. */
  loose?: boolean;
}

/** What a new item of a list is called, the fields its snippet fills (after the required ones), its id prefix. */
export interface ListInfo {
  noun: readonly [string, string];
  fields: readonly string[];
  idPrefix?: string;
}

/** The lists whose new items come as snippets, by path pattern (`tasks`, `acceptance.items`, `items[].items`). */
export const LISTS: Readonly<Record<string, ListInfo>> = LIST_INFO;

/** `['tasks', 3, 'dependsOn', 0]` → `tasks[].dependsOn[]`. */
export function pathPattern(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? '[]' : out === '' ? seg : `.${seg}`;
  return out;
}

/** The reference a value at `path` holds, if any. */
export function refFieldAt(kind: Kind, path: readonly (string | number)[]): RefField | undefined {
  return REF_FIELDS[kind][pathPattern(path)];
}

/** The reference a new key of the mapping at `mapPath` names (e.g. a team id under weekly report hours). */
export function refKeyAt(kind: Kind, mapPath: readonly (string | number)[]): RefField | undefined {
  const p = pathPattern(mapPath);
  const direct = REF_FIELDS[kind][p === '' ? '*' : `${p}.*`];
  if (direct || mapPath.length === 0 || typeof mapPath[mapPath.length - 1] !== 'string') return direct;
  // A key of a mapping held under any key of its parent (`hours.zhao.P4`: `weeklyReports[].hours.*.*`).
  const parent = pathPattern(mapPath.slice(0, -1));
  return REF_FIELDS[kind][parent === '' ? '*.*' : `${parent}.*.*`];
}
