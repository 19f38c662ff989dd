/**
 * Quick fixes for `schema`: an unknown key or enum value → the nearest valid one
 * (data.suggestion); an unknown enum value without a near one → each allowed value; a missing
 * required field (data.missing) → the field with a fresh id or a placeholder; a number written as
 * text where a number is expected → the number.
 */
import * as YAML from 'yaml';
import { insertPair, nodeAt, pairOf, replaceScalar, eolOf, type Place, type YamlValue } from '../edits';
import { locate, rootOf, type PathSeg } from '../../yaml/tree';
import type { CodeActionEntry, DiagnosticRef, FeatureContext } from '../types';
import { baseName } from '../../artifact';
import { ID_RE, idsOfList, nextId, placeholder, quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'schema';

export const provide: FixProvider = (ctx, d) => {
  const data = d.data ?? {};
  if ('missing' in data) return missingField(ctx, d, String(data.missing));
  const suggestion = data.suggestion;
  if ('key' in data) {
    const key = str(data.key);
    if (key === undefined || typeof suggestion !== 'string') return [];
    // Renaming onto a key the mapping already has would make a duplicate key.
    const loc = nodeAt(ctx.file, d.span, YAML.isScalar);
    const map = loc?.path[loc.path.length - 3];
    if (map && YAML.isMap(map) && pairOf(map, suggestion)) return [];
    return replaceWith(ctx, d, key, suggestion, true);
  }
  if ('allowed' in data && 'value' in data) {
    const value = str(data.value);
    if (value === undefined) return [];
    if (typeof suggestion === 'string') return replaceWith(ctx, d, value, suggestion, true);
    const allowed = Array.isArray(data.allowed) ? data.allowed.map(String) : [];
    if (allowed.length > 12) return [];
    return allowed.flatMap((a) => replaceWith(ctx, d, value, a, false));
  }
  if ('expected' in data) return numberFromText(ctx, d, data.expected);
  if (typeof suggestion === 'string') {
    const loc = nodeAt(ctx.file, d.span, YAML.isScalar);
    return loc ? replaceWith(ctx, d, String(loc.node.value), suggestion, true) : [];
  }
  return [];
};

function replaceWith(ctx: FeatureContext, d: DiagnosticRef, from: string, to: string, preferred: boolean): CodeActionEntry[] {
  return quickFix(
    tr(ctx, `Change '${from}' to '${to}'`, `把“${from}”改为“${to}”`),
    RULE,
    [replaceScalar(ctx.file, d.span, to, from)],
    preferred,
  );
}

function numberFromText(ctx: FeatureContext, d: DiagnosticRef, expected: unknown): CodeActionEntry[] {
  const types = Array.isArray(expected) ? expected.map(String) : [];
  if (!types.includes('number') && !types.includes('integer')) return [];
  const loc = nodeAt(ctx.file, d.span, YAML.isScalar);
  const v = loc?.node.value;
  if (typeof v !== 'string' || !/^-?\d+(\.\d+)?$/.test(v.trim())) return [];
  const n = Number(v.trim());
  if (!types.includes('number') && !Number.isInteger(n)) return [];
  return quickFix(tr(ctx, `Write ${n} as a number`, `改为数字 ${n}`), RULE, [replaceScalar(ctx.file, d.span, n)], true);
}

/** Default prefix of fresh ids per list key (the siblings' own prefix wins). */
const ID_PREFIX: Record<string, string> = {
  tasks: 'T',
  successCriteria: 'SC',
  risks: 'RK',
  changes: 'CR',
  scenarios: 'S',
  releases: 'release',
  team: 'member',
  stakeholders: 'person',
  requirements: 'R',
};

/** The mapping that lacks a field; for a list item, the path of its list. */
interface Owner {
  map?: YAML.YAMLMap;
  isRoot: boolean;
  listPath?: PathSeg[];
  listKey?: string;
}

/**
 * The mapping that lacks the field. The schema check reports a missing field at the object's
 * first key (or, for an object without keys, at the object itself; for an empty file at 0).
 * Only the top-level mapping and list items have required fields.
 */
function ownerOf(ctx: FeatureContext, d: DiagnosticRef, missing: string): Owner | undefined {
  const loc = locate(ctx.file, d.span.start);
  const path = loc.entries;
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i];
    if (!YAML.isMap(n)) continue;
    const isRoot = i === 0;
    const parent = path[i - 1];
    if (!isRoot && !YAML.isSeq(parent)) continue;
    const first = n.items[0] as YAML.Pair | undefined;
    const fk = first && YAML.isNode(first.key) ? first.key.range : undefined;
    const r = n.range;
    const at =
      (fk && fk[0] === d.span.start && fk[1] === d.span.end) ||
      (r && r[0] === d.span.start && Math.max(r[0], r[1]) === d.span.end) ||
      (isRoot && d.span.start === 0 && d.span.end === 0);
    if (!at || pairOf(n, missing)) continue;
    const holder = path[i - 2];
    const listKey = holder && YAML.isPair(holder) && YAML.isScalar(holder.key) ? String(holder.key.value) : undefined;
    return { map: n, isRoot, listPath: isRoot ? undefined : loc.path.slice(0, loc.depths[i - 1]), listKey };
  }
  return undefined;
}

function missingField(ctx: FeatureContext, d: DiagnosticRef, missing: string): CodeActionEntry[] {
  const { file } = ctx;
  const root = rootOf(file.parsed);
  const empty = (root === null || root === undefined) && !file.parsed.hasSyntaxError;
  const owner = empty ? { isRoot: true } : ownerOf(ctx, d, missing);
  if (!owner) return [];
  const value = valueFor(ctx, missing, owner);
  if (value === undefined) return [];
  const shown = typeof value === 'string' ? `${missing}: ${value}` : missing;
  const title = tr(ctx, `Add the required field '${shown}'`, `添加必填字段“${shown}”`);
  if (!owner.map) {
    // An empty file (only comments, or nothing): the field goes at the end.
    const text = file.text;
    const eol = eolOf(text);
    const sep = text === '' || /[\r\n]$/.test(text) ? '' : eol;
    const line = `${missing}: ${typeof value === 'string' ? value : '[]'}`;
    return quickFix(title, RULE, [{ uri: file.uri, span: { start: text.length, end: text.length }, newText: sep + line + eol }], true);
  }
  return quickFix(title, RULE, [insertPair(file, owner.map, missing, value, { place: placeFor(owner.map, missing, owner.isRoot) })], true);
}

function placeFor(map: YAML.YAMLMap, missing: string, isRoot: boolean): Place {
  const has = (k: string) => !!pairOf(map, k);
  switch (missing) {
    case 'id':
      return isRoot && has('kind') ? { after: 'kind' } : 'first';
    case 'title':
    case 'text':
      return has('id') ? { after: 'id' } : has('kind') ? { after: 'kind' } : 'first';
    default:
      return 'last';
  }
}

function valueFor(
  ctx: FeatureContext,
  missing: string,
  owner: Owner,
): YamlValue | undefined {
  if (missing === 'items') return [];
  if (missing !== 'id') return placeholder(ctx);
  const { file, ws } = ctx;
  if (owner.isRoot) return rootId(ctx);
  if (!owner.listPath) return undefined;
  const m = file.model;
  let existing = idsOfList(file, owner.listPath);
  let prefix = ID_PREFIX[owner.listKey ?? ''] ?? 'item';
  if (m.kind === 'checklist') {
    existing = m.items.flatMap((it) => (it.id ? [it.id.value] : []));
    prefix = 'C';
  } else if (owner.listKey === 'items') prefix = 'A';
  else if (m.kind === 'requirements') existing = [...existing, ...ws.indexFor(file.uri).requirements.keys()];
  else if (m.kind === 'stakeholders') existing = [...existing, ...ws.indexFor(file.uri).stakeholders.keys()];
  return nextId(existing, prefix);
}

/** A plan or checklist id from the file name: bank-log.poc.yaml → bank-log-poc; free in the workspace. */
function rootId(ctx: FeatureContext): string {
  const { file, ws } = ctx;
  const stem = baseName(file.uri).replace(/\.(poc|project|stakeholders|requirements|checklist)\.ya?ml$/i, '');
  let base = stem.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^[^A-Za-z0-9]+|-+$/g, '');
  if (file.kind === 'poc' || file.kind === 'project') base = base ? `${base}-${file.kind}` : file.kind;
  if (!base || !ID_RE.test(base)) base = file.kind;
  if (file.kind !== 'poc' && file.kind !== 'project') return base;
  const taken = ws.index().plans;
  let id = base;
  for (let n = 2; taken.has(id) && n < 1000; n++) id = `${base}-${n}`;
  return id;
}
