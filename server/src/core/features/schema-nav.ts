/**
 * Walks the JSON Schemas of the artifact kinds (schemas/*.schema.json) along a YAML path, for
 * completion and hover: `$ref` (relative `common.schema.json#/definitions/x` and
 * `#/definitions/x`), `properties`, `items`, `additionalProperties`, and `anyOf`/`oneOf`/`allOf`
 * (the branches are kept side by side: their object properties are merged, and `variants()` gives
 * them one by one, e.g. a checklist entry that is an item or a group).
 *
 * Descriptions in the schemas are "中文\nEnglish"; the description written next to a `$ref` (the
 * field's own) wins over the referenced definition's.
 */
import { SCHEMAS } from '../schema-check';
import type { Kind, Locale, Localized } from '../types';

/** One step of a path from the document root: a mapping key or a list index. */
export type PathSeg = string | number;

type Json = Record<string, unknown>;

interface Branch {
  schema: Json;
  /** The schema document it lives in (for resolving `#/…` references). */
  doc: keyof typeof SCHEMAS;
}

export interface EnumValue {
  value: string | number | boolean;
  description?: Localized;
}

export interface PropertyInfo {
  name: string;
  required: boolean;
  node: SchemaNode;
}

const isJson = (v: unknown): v is Json => !!v && typeof v === 'object' && !Array.isArray(v);

/** "中文\nEnglish" → { zh-CN, en }; a text without a line break is used for both. */
export function splitDescription(s: unknown): Localized | undefined {
  if (typeof s !== 'string' || s.trim() === '') return undefined;
  const i = s.indexOf('\n');
  if (i < 0) return { 'zh-CN': s.trim(), en: s.trim() };
  return { 'zh-CN': s.slice(0, i).trim(), en: s.slice(i + 1).trim() };
}

/** The name part of an enum description: "销售人员：介绍产品…" → "销售人员", "Sales: presents…" → "Sales". */
export function shortLabel(l: Localized): Localized {
  const zh = l['zh-CN'].split(/[：（(]/)[0].trim() || l['zh-CN'];
  const en = l.en.split(/:\s|\s\(/)[0].trim() || l.en;
  return { 'zh-CN': zh, en };
}

export function pick(l: Localized | undefined, locale: Locale): string {
  return l ? l[locale] : '';
}

const MAX_REF_DEPTH = 16;

function docName(ref: string, current: Branch['doc']): Branch['doc'] | undefined {
  const file = ref.split('#')[0];
  if (file === '') return current;
  const m = /^([a-z]+)\.schema\.json$/.exec(file);
  return m && m[1] in SCHEMAS ? (m[1] as Branch['doc']) : undefined;
}

function resolveRef(ref: string, current: Branch['doc']): Branch | undefined {
  const doc = docName(ref, current);
  if (!doc) return undefined;
  const pointer = ref.includes('#') ? ref.slice(ref.indexOf('#') + 1) : '';
  let node: unknown = SCHEMAS[doc];
  for (const part of pointer.split('/').filter(Boolean)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    node = isJson(node) ? node[key] : undefined;
  }
  return isJson(node) ? { schema: node, doc } : undefined;
}

/** The concrete schemas a schema stands for: `$ref` followed, `anyOf`/`oneOf`/`allOf` flattened. */
function expand(schema: Json, doc: Branch['doc'], depth = 0): Branch[] {
  if (depth > MAX_REF_DEPTH) return [];
  if (typeof schema.$ref === 'string') {
    const target = resolveRef(schema.$ref, doc);
    return target ? expand(target.schema, target.doc, depth + 1) : [];
  }
  const combos = [schema.anyOf, schema.oneOf, schema.allOf].filter(Array.isArray) as unknown[][];
  if (combos.length) {
    const out: Branch[] = [];
    for (const list of combos) for (const s of list) if (isJson(s)) out.push(...expand(s, doc, depth + 1));
    // Keywords beside the combinator (type, properties) still apply.
    if (schema.type !== undefined || isJson(schema.properties) || schema.items !== undefined) out.push({ schema, doc });
    return out;
  }
  return [{ schema, doc }];
}

/** The description written on the schema itself, else on what its `$ref` points to. */
function describeRaw(schema: Json, doc: Branch['doc'], depth = 0): Localized | undefined {
  const own = splitDescription(schema.description);
  if (own || depth > MAX_REF_DEPTH || typeof schema.$ref !== 'string') return own;
  const target = resolveRef(schema.$ref, doc);
  return target ? describeRaw(target.schema, target.doc, depth + 1) : undefined;
}

/** A place in a schema: one or more concrete branches and the description that applies there. */
export class SchemaNode {
  constructor(
    readonly branches: readonly Branch[],
    private readonly desc?: Localized,
  ) {}

  static of(schema: Json, doc: Branch['doc']): SchemaNode {
    return new SchemaNode(expand(schema, doc), describeRaw(schema, doc));
  }

  get description(): Localized | undefined {
    if (this.desc) return this.desc;
    for (const b of this.branches) {
      const d = splitDescription(b.schema.description);
      if (d) return d;
    }
    return undefined;
  }

  /** JSON types the value may have ('object', 'array', 'string', 'number', 'integer', 'boolean', 'null'). */
  get types(): string[] {
    const out = new Set<string>();
    for (const { schema } of this.branches) {
      const t = schema.type;
      if (typeof t === 'string') out.add(t);
      else if (Array.isArray(t)) {
        for (const x of t) if (typeof x === 'string') out.add(x);
      } else if (schema.const !== undefined) out.add(typeof schema.const);
      else if (Array.isArray(schema.enum) && schema.enum.length) out.add(typeof schema.enum[0]);
      else if (isJson(schema.properties) || isJson(schema.additionalProperties)) out.add('object');
      else if (schema.items !== undefined) out.add('array');
    }
    return [...out];
  }

  get format(): string | undefined {
    for (const { schema } of this.branches) if (typeof schema.format === 'string') return schema.format;
    return undefined;
  }

  /** The pattern of a string value, if any (used to recognise durations). */
  get pattern(): string | undefined {
    for (const { schema } of this.branches) if (typeof schema.pattern === 'string') return schema.pattern;
    return undefined;
  }

  isObject(): boolean {
    return this.types.includes('object');
  }

  isArray(): boolean {
    return this.types.includes('array');
  }

  isBoolean(): boolean {
    return this.types.includes('boolean');
  }

  /** Only a mapping or a list is allowed here (no scalar form). */
  isCollectionOnly(): boolean {
    const t = this.types;
    return t.length > 0 && t.every((x) => x === 'object' || x === 'array');
  }

  private objectBranches(): Branch[] {
    return this.branches.filter(({ schema }) => isJson(schema.properties) || isJson(schema.additionalProperties) || schema.type === 'object');
  }

  /** Properties of the object branches, merged in order of first appearance. */
  properties(): PropertyInfo[] {
    const required = new Set(this.required());
    const byName = new Map<string, { raws: Branch[] }>();
    for (const b of this.objectBranches()) {
      const props = b.schema.properties;
      if (!isJson(props)) continue;
      for (const [name, raw] of Object.entries(props)) {
        if (!isJson(raw)) continue;
        const entry = byName.get(name);
        if (entry) entry.raws.push({ schema: raw, doc: b.doc });
        else byName.set(name, { raws: [{ schema: raw, doc: b.doc }] });
      }
    }
    return [...byName.entries()].map(([name, { raws }]) => ({
      name,
      required: required.has(name),
      node: raws.length === 1 ? SchemaNode.of(raws[0].schema, raws[0].doc) : SchemaNode.merge(raws.map((r) => SchemaNode.of(r.schema, r.doc))),
    }));
  }

  property(name: string): PropertyInfo | undefined {
    return this.properties().find((p) => p.name === name);
  }

  /** Required keys: those every object branch requires. */
  required(): string[] {
    const lists = this.objectBranches().map(({ schema }) => (Array.isArray(schema.required) ? (schema.required as unknown[]).filter((x): x is string => typeof x === 'string') : []));
    if (!lists.length) return [];
    return lists[0].filter((k) => lists.every((l) => l.includes(k)));
  }

  /** The schema of values under keys not listed in `properties` (e.g. weekly report hours), if any. */
  additional(): SchemaNode | undefined {
    const nodes: SchemaNode[] = [];
    for (const b of this.objectBranches()) if (isJson(b.schema.additionalProperties)) nodes.push(SchemaNode.of(b.schema.additionalProperties, b.doc));
    return nodes.length ? SchemaNode.merge(nodes) : undefined;
  }

  /** Allowed values (enum or const) with their meaning from enumDescriptions (a const has none of its own). */
  enumValues(): EnumValue[] {
    const out: EnumValue[] = [];
    const seen = new Set<unknown>();
    for (const { schema } of this.branches) {
      if (schema.const !== undefined && isScalar(schema.const) && !seen.has(schema.const)) {
        seen.add(schema.const);
        out.push({ value: schema.const });
      }
      if (!Array.isArray(schema.enum)) continue;
      const descs = Array.isArray(schema.enumDescriptions) ? schema.enumDescriptions : [];
      schema.enum.forEach((v, i) => {
        if (!isScalar(v) || seen.has(v)) return;
        seen.add(v);
        out.push({ value: v, description: splitDescription(descs[i]) });
      });
    }
    return out;
  }

  /** The object branches one by one (an item or a group …); this node itself when there is one. */
  variants(): SchemaNode[] {
    const objs = this.objectBranches();
    if (objs.length <= 1) return [this];
    return objs.map((b) => new SchemaNode([b], splitDescription(b.schema.description) ?? this.desc));
  }

  /** The schema one step down: a property (or additionalProperties) for a key, `items` for an index. */
  child(seg: PathSeg): SchemaNode | undefined {
    const nodes: SchemaNode[] = [];
    for (const b of this.branches) {
      const s = b.schema;
      if (typeof seg === 'number') {
        if (isJson(s.items)) nodes.push(SchemaNode.of(s.items, b.doc));
        continue;
      }
      const props = s.properties;
      if (isJson(props) && isJson(props[seg])) nodes.push(SchemaNode.of(props[seg] as Json, b.doc));
      else if (isJson(s.additionalProperties)) nodes.push(SchemaNode.of(s.additionalProperties, b.doc));
    }
    if (!nodes.length) return undefined;
    return nodes.length === 1 ? nodes[0] : SchemaNode.merge(nodes);
  }

  at(path: readonly PathSeg[]): SchemaNode | undefined {
    let node: SchemaNode | undefined = this;
    for (const seg of path) {
      node = node.child(seg);
      if (!node) return undefined;
    }
    return node;
  }

  static merge(nodes: SchemaNode[]): SchemaNode {
    return new SchemaNode(
      nodes.flatMap((n) => n.branches),
      nodes.map((n) => n.description).find((d) => d !== undefined),
    );
  }
}

function isScalar(v: unknown): v is string | number | boolean {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

const roots = new Map<Kind, SchemaNode>();

/** The schema of a whole file of this kind. */
export function schemaFor(kind: Kind): SchemaNode {
  let n = roots.get(kind);
  if (!n) roots.set(kind, (n = SchemaNode.of(SCHEMAS[kind] as Json, kind)));
  return n;
}

/** The schema at a path from the root of a file of this kind (undefined when the path leaves the schema). */
export function schemaAt(kind: Kind, path: readonly PathSeg[]): SchemaNode | undefined {
  // Every list index leads to the same `items` schema: cache by the path with indices erased.
  const key = `${kind}\u0000${path.map((s) => (typeof s === 'number' ? '\u0001' : s)).join('\u0000')}`;
  if (atCache.has(key)) return atCache.get(key);
  const node = schemaFor(kind).at(path);
  if (atCache.size > 2000) atCache.clear();
  atCache.set(key, node);
  return node;
}

const atCache = new Map<string, SchemaNode | undefined>();
