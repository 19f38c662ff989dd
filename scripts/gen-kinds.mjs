// Reads the annotations of schemas/*.schema.json (x-id, x-list, x-ref, x-schedule) and writes the
// per-kind tables that symbols, completion, hover, schema-check and the scheduler's change detection
// read: server/src/core/generated/kinds.ts (git-ignored). Run by scripts/gen-validators.mjs, so by
// `npm run compile`, `npm run build` (esbuild.mjs) and scripts/test.mjs.
//
//   x-id:       on a file's `id`: { def, label } — the file defines an id of that kind.
//   x-list:     on a list: { noun: [en, zh], fields, idPrefix?, def?, label?, labelStyle?,
//               validateEach?, groupedBy? } — what an item is called, the fields a new item's
//               snippet fills, and when its items define ids (`def`), their kind and label field.
//   x-ref:      on a field (or a list of ids, or `propertyNames`: the keys; `propertyNames` of
//               `additionalProperties`: the keys of each nested mapping): { to, where?, loose? }
//               — the field names an id of `to` (a reference kind of symbols.ts); `where` words it
//               in messages ("{label}": the item's label); `loose`: free text that may be an id.
//   x-schedule: on a field the scheduler reads (a change of it reschedules the plan).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const KINDS = ['poc', 'project', 'stakeholders', 'requirements', 'checklist', 'calendar', 'baseline'];
export const KEYWORDS = ['x-id', 'x-list', 'x-ref', 'x-schedule'];

export function loadSchemas(root) {
  const out = {};
  for (const name of ['common', ...KINDS]) out[`${name}.schema.json`] = JSON.parse(readFileSync(join(root, 'schemas', `${name}.schema.json`), 'utf8'));
  return out;
}

/** The schema a `$ref` names, with the file it is in. */
function deref(schemas, file, ref) {
  const [f, pointer] = ref.split('#');
  const target = f ? f : file;
  let node = schemas[target];
  for (const seg of (pointer ?? '').split('/').filter(Boolean)) node = node[seg];
  if (!node) throw new Error(`unresolved $ref ${ref} in ${file}`);
  return { node, file: target };
}

/** A schema and the ones it refers to (`$ref` chain), outermost first. */
function chain(schemas, file, schema) {
  const out = [];
  let cur = { node: schema, file };
  for (let n = 0; cur && n < 10; n++) {
    out.push(cur);
    cur = cur.node.$ref ? deref(schemas, cur.file, cur.node.$ref) : undefined;
  }
  return out;
}

const ann = (c, key) => c.map((x) => x.node[key]).find((v) => v !== undefined);

/** The properties of an object schema (every branch of anyOf/oneOf merged), with their files. */
function propertiesOf(schemas, file, schema) {
  const props = [];
  for (const { node, file: f } of chain(schemas, file, schema)) {
    for (const [k, v] of Object.entries(node.properties ?? {})) props.push({ key: k, schema: v, file: f });
    for (const b of [...(node.anyOf ?? []), ...(node.oneOf ?? [])]) props.push(...propertiesOf(schemas, f, b));
  }
  return props;
}

/**
 * Walks one kind's schema. `node` is the tree symbols.ts walks (refs, lists, nested objects);
 * `flat` collects the path patterns (`tasks[].dependsOn[]`, `weeklyReports[].hours.*`).
 */
function walkObject(schemas, file, schema, prefix, flat, depth = 0) {
  const node = { refs: [], lists: [], objects: [] };
  if (depth > 8) return node;
  const seen = new Set();
  for (const p of propertiesOf(schemas, file, schema)) {
    const c = chain(schemas, p.file, p.schema);
    const path = prefix ? `${prefix}.${p.key}` : p.key;
    const isArray = c.some((x) => x.node.type === 'array' || x.node.items);
    const xid = ann(c, 'x-id');
    if (xid) node.def = { kind: xid.def, ...(xid.label ? { label: xid.label } : {}) };
    if (ann(c, 'x-schedule')) flat.schedule.add(path);
    const xref = ann(c, 'x-ref');
    if (xref) {
      const mode = isArray ? 'list' : 'value';
      flat.refs.set(isArray ? `${path}[]` : path, { kind: xref.to, ...(xref.loose ? { loose: true } : {}) });
      if (!xref.loose && !seen.has(`ref:${p.key}`)) node.refs.push({ key: p.key, to: xref.to, mode, where: xref.where ?? [p.key, p.key] });
      seen.add(`ref:${p.key}`);
    }
    const names = c.map((x) => x.node.propertyNames).find(Boolean);
    const keyRef = names && ann(chain(schemas, p.file, names), 'x-ref');
    if (keyRef) {
      flat.refs.set(`${path}.*`, { kind: keyRef.to });
      node.refs.push({ key: p.key, to: keyRef.to, mode: 'keys', where: keyRef.where ?? [p.key, p.key] });
    }
    // The keys of the mappings a mapping holds (`hours: { zhao: { P4: 16 } }`: the task ids), from
    // `propertyNames` of its `additionalProperties` (or of one of their oneOf/anyOf branches).
    const values = c.map((x) => x.node.additionalProperties).find((v) => v && typeof v === 'object');
    const valueRef = values && [values, ...(values.oneOf ?? []), ...(values.anyOf ?? [])].map((b) => b.propertyNames && ann(chain(schemas, p.file, b.propertyNames), 'x-ref')).find(Boolean);
    if (valueRef) {
      flat.refs.set(`${path}.*.*`, { kind: valueRef.to });
      node.refs.push({ key: p.key, to: valueRef.to, mode: 'value-keys', where: valueRef.where ?? [p.key, p.key] });
    }
    const xlist = ann(c, 'x-list');
    if (isArray) {
      const items = c.map((x) => (x.node.items ? { schema: x.node.items, file: x.file } : undefined)).find(Boolean);
      if (xlist) {
        flat.lists.set(path, xlist);
        const item = walkObject(schemas, items.file, items.schema, `${path}[]`, flat, depth + 1);
        if (xlist.groupedBy) item.lists = item.lists.filter((l) => l.key !== p.key);
        if (!seen.has(`list:${p.key}`)) node.lists.push({ key: p.key, spec: xlist, item });
        seen.add(`list:${p.key}`);
      } else if (items && propertiesOf(schemas, items.file, items.schema).length) {
        walkObject(schemas, items.file, items.schema, `${path}[]`, flat, depth + 1);
      }
    } else if (propertiesOf(schemas, p.file, p.schema).length && !seen.has(`obj:${p.key}`)) {
      seen.add(`obj:${p.key}`);
      const child = walkObject(schemas, p.file, p.schema, path, flat, depth + 1);
      if (child.refs.length || child.lists.length || child.objects.length) node.objects.push({ key: p.key, node: child });
    }
  }
  return node;
}

/** The tables of every kind. */
export function kindTables(schemas) {
  const tables = {};
  for (const kind of KINDS) {
    const flat = { refs: new Map(), lists: new Map(), schedule: new Set() };
    const tree = walkObject(schemas, `${kind}.schema.json`, schemas[`${kind}.schema.json`], '', flat);
    tables[kind] = { tree, flat };
  }
  // The model reads every plan section in both plan kinds (a section of the other kind is still read;
  // the schema rule reports it), so each plan kind also knows the other's lists.
  for (const [a, b] of [['poc', 'project'], ['project', 'poc']]) {
    const own = tables[a].tree;
    for (const l of tables[b].tree.lists) if (!own.lists.some((x) => x.key === l.key)) own.lists.push(l);
    for (const o of tables[b].tree.objects) if (!own.objects.some((x) => x.key === o.key)) own.objects.push(o);
  }
  for (const [a, b] of [['poc', 'project'], ['project', 'poc']]) {
    for (const [p, v] of tables[b].flat.refs) if (p.includes('.') || p.includes('[')) if (!tables[a].flat.refs.has(p)) tables[a].flat.refs.set(p, v);
  }
  return tables;
}

/** Where each list validated item by item takes its items' schema (for gen-validators.mjs). */
export function itemValidators(schemas) {
  const out = {};
  for (const kind of KINDS) {
    const file = `${kind}.schema.json`;
    for (const [key, schema] of Object.entries(schemas[file].properties ?? {})) {
      const x = schema['x-list'];
      if (!x?.validateEach) continue;
      const ref = schema.items.$ref;
      const [f, pointer] = ref.split('#');
      out[x.def] = `${f || file}#${pointer}`;
    }
  }
  return out;
}

export function generateKinds(schemas) {
  const tables = kindTables(schemas);
  const per = (fn) => `{\n${KINDS.map((k) => `  ${JSON.stringify(k)}: ${fn(tables[k], k)},`).join('\n')}\n}`;
  const listInfo = {};
  for (const k of KINDS) for (const [p, x] of tables[k].flat.lists) listInfo[p] ??= { noun: x.noun, fields: x.fields, ...(x.idPrefix ? { idPrefix: x.idPrefix } : {}) };
  const validateEach = {};
  for (const k of KINDS) {
    for (const l of tables[k].tree.lists) {
      if (l.spec.validateEach && schemas[`${k}.schema.json`].properties?.[l.key]) validateEach[k] = { key: l.key, item: l.spec.def };
    }
  }
  const defLists = (t) => JSON.stringify([...t.flat.lists].filter(([, x]) => x.def).map(([path, x]) => ({ path, def: x.def, noun: x.noun, ...(x.idPrefix ? { idPrefix: x.idPrefix } : {}), ...(x.label ? { label: x.label } : {}) })));
  return `// Generated by scripts/gen-kinds.mjs from the annotations of schemas/*.schema.json: do not edit.
import type { Kind } from '../types';
import type { DefKind, RefKind } from '../symbols';

/** A field naming an id: of a value, of each item of a list, of each key of a mapping, or of each key of the mappings it holds. */
export interface RefNode {
  key: string;
  to: RefKind;
  mode: 'value' | 'list' | 'keys' | 'value-keys';
  /** How messages name the place: en and zh-CN, \`{label}\` standing for the item's label. */
  where: readonly [string, string];
}

export interface ListSpec {
  noun: readonly [string, string];
  fields: readonly string[];
  idPrefix?: string;
  def?: DefKind;
  label?: string;
  labelStyle?: 'item' | 'name-id' | 'date' | 'plain';
  validateEach?: boolean;
  groupedBy?: string;
}

/** What an object of a file holds: its own id, references, lists of items, nested mappings. */
export interface SchemaNode {
  def?: { kind: DefKind; label?: string };
  refs: readonly RefNode[];
  lists: readonly { key: string; spec: ListSpec; item: SchemaNode }[];
  objects: readonly { key: string; node: SchemaNode }[];
}

/** Each kind's tree of ids and references, from the root mapping. */
export const TREES: Record<Kind, SchemaNode> = ${per((t) => JSON.stringify(t.tree))};

/** The fields holding ids, by path pattern (\`tasks[].dependsOn[]\`, \`weeklyReports[].hours.*\`). */
export const REF_FIELDS: Record<Kind, Record<string, { kind: RefKind; loose?: boolean }>> = ${per((t) => JSON.stringify(Object.fromEntries([...t.flat.refs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))))};

/** The lists whose items define ids. */
export const DEF_LISTS: Record<Kind, readonly { path: string; def: DefKind; noun: readonly [string, string]; idPrefix?: string; label?: string }[]> = ${per(defLists)};

/** What a new item of each list is called, the fields its snippet fills, its id prefix (any kind). */
export const LIST_INFO: Record<string, { noun: readonly [string, string]; fields: readonly string[]; idPrefix?: string }> = ${JSON.stringify(listInfo)};

/** The long list of a kind, validated item by item, and its item validator. */
export const VALIDATE_EACH: Partial<Record<Kind, { key: string; item: string }>> = ${JSON.stringify(validateEach)};

/** The fields the scheduler reads (a change of any other field keeps the schedule). */
export const SCHEDULER_INPUTS: Partial<Record<Kind, readonly string[]>> = ${JSON.stringify(Object.fromEntries(KINDS.filter((k) => tables[k].flat.schedule.size).map((k) => [k, [...tables[k].flat.schedule]])))};
`;
}
