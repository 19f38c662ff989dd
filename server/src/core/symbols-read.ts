/**
 * Reads what a file defines and refers to along its kind's schema tree (generated/kinds.ts, from
 * the schemas' x-id / x-list / x-ref annotations): no table of fields by hand, so a new id field is
 * one schema annotation. Spans are read lazily from the converted YAML, as the model's are.
 */
import type { ArtifactFile } from './rules/api';
import type { Field } from './model';
import { SourceMap } from './parse';
import type { Span } from './text';
import type { Localized } from './types';
import { formatDate, parseDate } from './dates';
import { Slot } from './slot';
import { ItemField, KeyField } from './model-reader';
import { TREES, type ListSpec, type SchemaNode } from './generated/kinds';
import type { DefKind, FileSymbols, RefKind, SymbolDef, SymbolRef } from './symbols';

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

/** An id read from the converted YAML, with lazy spans like the model's: a value, a list item or a key. */
class ValueField implements Field<string> {
  constructor(
    readonly value: string,
    private readonly o: object,
    private readonly k: string,
  ) {}

  get keySpan(): Span {
    return SPANS.key(this.o, this.k) ?? NO_SPAN;
  }

  get span(): Span {
    return SPANS.value(this.o, this.k) ?? this.keySpan;
  }
}

class NodeEntity {
  constructor(private readonly o: object) {}

  get span(): Span {
    return SPANS.node(this.o) ?? NO_SPAN;
  }
}

const SPANS = new SourceMap();
const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Ids are strings; numbers are accepted too (as in the model) so that references still resolve. */
function idValue(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined;
}

/** `where` of a reference: the schema's wording (x-ref) with the item's label in place of `{label}`. */
function wording(where: readonly [string, string], label: Localized | undefined): Localized {
  const [en, zh] = where;
  if (!label || !en.includes('{label}')) return L(en, zh);
  const at = zh.indexOf('{label}');
  const zhText = at < 0 ? zh : `${zh.slice(0, at)}${zhThen(label['zh-CN'], zh.slice(at + '{label}'.length))}`;
  return L(en.replace('{label}', label.en), zhText);
}

/** How messages name an item of a list (x-list `label`, `labelStyle`). */
function labelOf(spec: ListSpec, item: Obj, id: Field<string> | undefined, i: number): Localized {
  const text = spec.label !== undefined && typeof item[spec.label] === 'string' ? (item[spec.label] as string) : undefined;
  switch (spec.labelStyle) {
    case 'date': {
      const day = typeof item.date === 'string' ? parseDate(item.date) : undefined;
      const when = day !== undefined ? formatDate(day) : undefined;
      return when ? L(`the delay of ${when}`, `${when} 的延期记录`) : L(`delay #${i + 1}`, `第 ${i + 1} 条延期记录`);
    }
    case 'plain': {
      const t = text?.trim() || `#${i + 1}`;
      return L(t, t);
    }
    case 'name-id': {
      const n = text?.trim();
      const d = idOf(id);
      if (n && d !== undefined) return L(`${n} (${d})`, `${n}（${d}）`);
      break;
    }
  }
  const name = text !== undefined ? { value: text } : undefined;
  return itemLabel(id, name as Field<string> | undefined, i);
}

interface Found {
  defs: SymbolDef[];
  refs: SymbolRef[];
}

/**
 * Where each item of a top-level list put its symbols in the file's defs and refs: per list, the
 * arrays holding the items and six numbers per item (array, index in it, defs from/to, refs
 * from/to), in document order — symbolAt finds the item under the cursor by its span in a few
 * probes instead of reading the span of every symbol of the file.
 */
export interface ListSegment {
  arrays: unknown[][];
  /** Six numbers per item, `n` items (an Int32Array sized from the list: no growth garbage per edit). */
  cells: Int32Array;
  n: number;
}

function cellsFor(seg: ListSegment, more: number): void {
  if (seg.cells.length >= 6 * (seg.n + more)) return;
  const next = new Int32Array(Math.max(6 * (seg.n + more), 2 * seg.cells.length));
  next.set(seg.cells.subarray(0, 6 * seg.n));
  seg.cells = next;
}

/** The references a mapping holds (by the schema node), worded with the label of its item. */
function refsOf(o: Obj, node: SchemaNode, label: () => Localized | undefined, out: Found, fromTask?: string, segments?: ListSegment[]): void {
  for (const r of node.refs) {
    const v = o[r.key];
    if (v === undefined || v === null) continue;
    let cached: Localized | undefined;
    const where = () => (cached ??= wording(r.where, label()));
    const add = (f: Field<string>) => {
      if (f.value.trim() !== '') out.refs.push(new Ref(r.to, f.value, f, r.key, where, r.to === 'task' ? fromTask : undefined));
    };
    if (r.mode === 'keys') {
      if (isObj(v)) for (const k of Object.keys(v)) add(new KeyField(k, v, k));
    } else if (r.mode === 'value-keys') {
      if (isObj(v)) for (const inner of Object.values(v)) if (isObj(inner)) for (const k of Object.keys(inner)) add(new KeyField(k, inner, k));
    } else if (r.mode === 'list' && Array.isArray(v)) {
      v.forEach((x, i) => {
        const s = idValue(x);
        if (s !== undefined) add(new ItemField(s, v, i));
      });
    } else {
      // A single id where a list is expected counts as a one-item list (the schema reports the type).
      const s = idValue(v);
      if (s !== undefined) add(new ValueField(s, o, r.key));
    }
  }
  for (const c of node.objects) {
    const v = o[c.key];
    if (isObj(v)) refsOf(v, c.node, label, out, fromTask);
  }
  for (const l of node.lists) {
    const seg: ListSegment | undefined = segments ? { arrays: [], cells: new Int32Array(0), n: 0 } : undefined;
    listOf(o[l.key], l.key, l.spec, l.item, out, { n: 0 }, 0, seg);
    if (seg && seg.n) segments!.push(seg);
  }
}

/**
 * The symbols of one item of a list, kept on its converted mapping: items of unchanged chunks are
 * the same objects from one version to the next (parse.ts), so a plan of thousands of tasks does
 * not rebuild them on every keystroke. A label that names the position is reused at that position only.
 */
const itemCache = new Slot<{ spec: ListSpec; i: number; anywhere: boolean; found: Found }>('poc-studio.item-symbols');

function itemOf(item: Obj, spec: ListSpec, node: SchemaNode, i: number): Found {
  const c = itemCache.get(item);
  if (c && c.spec === spec && (c.anywhere || c.i === i)) return c.found;
  const found: Found = { defs: [], refs: [] };
  const rawId = spec.def ? idValue(item.id) : undefined;
  const id = rawId !== undefined ? new ValueField(rawId, item, 'id') : undefined;
  let label: Localized | undefined;
  const lbl = () => (label ??= labelOf(spec, item, id, i));
  const text = spec.label !== undefined && typeof item[spec.label] === 'string' ? (item[spec.label] as string) : undefined;
  if (spec.def && idOf(id) !== undefined) found.defs.push(new Def(spec.def, id!.value, id!, new NodeEntity(item), text));
  refsOf(item, node, lbl, found, spec.def === 'task' ? idOf(id) : undefined);
  const anywhere = spec.labelStyle === 'date' ? typeof item.date === 'string' && parseDate(item.date) !== undefined : spec.labelStyle === 'plain' ? !!text?.trim() : idOf(id) !== undefined || !!text?.trim();
  // Kept as long as the item: exact-length arrays (one pushed element reserves seventeen slots).
  found.defs = found.defs.slice();
  found.refs = found.refs.slice();
  itemCache.set(item, { spec, i, anywhere, found });
  return found;
}

/** The items of a list (a group of a grouped list holds more items under the same key). */
function listOf(v: unknown, key: string, spec: ListSpec, node: SchemaNode, out: Found, counter: { n: number }, depth: number, seg?: ListSegment): void {
  if (!Array.isArray(v) || depth > 8) return;
  let at = -1;
  if (seg) cellsFor(seg, v.length);
  for (let i = 0; i < v.length; i++) {
    const item = v[i];
    if (!isObj(item)) continue;
    if (spec.groupedBy !== undefined && (spec.groupedBy in item || (key in item && !(spec.label !== undefined && spec.label in item)))) {
      listOf(item[key], key, spec, node, out, counter, depth + 1, seg);
      continue;
    }
    const f = itemOf(item, spec, node, counter.n++);
    if (seg && at < 0) at = seg.arrays.push(v) - 1;
    if (seg) {
      cellsFor(seg, 1);
      const c = 6 * seg.n++;
      seg.cells[c] = at;
      seg.cells[c + 1] = i;
      seg.cells[c + 2] = out.defs.length;
      seg.cells[c + 3] = out.defs.length + f.defs.length;
      seg.cells[c + 4] = out.refs.length;
      seg.cells[c + 5] = out.refs.length + f.refs.length;
    }
    for (let k = 0; k < f.defs.length; k++) out.defs.push(f.defs[k]);
    for (let k = 0; k < f.refs.length; k++) out.refs.push(f.refs[k]);
  }
}

/** What a file defines and refers to, read along its kind's schema tree (generated/kinds.ts). */
export function collect(file: ArtifactFile): FileSymbols {
  const out: Found & { lists: ListSegment[] } = { defs: [], refs: [], lists: [] };
  const tree = TREES[file.kind];
  const root = file.model.raw;
  if (tree.def) {
    const id = idValue(root.id);
    const label = tree.def.label !== undefined && typeof root[tree.def.label] === 'string' ? (root[tree.def.label] as string) : undefined;
    if (id !== undefined && id.trim() !== '') out.defs.push(new Def(tree.def.kind, id, new ValueField(id, root, 'id'), file.model, label));
  }
  refsOf(root, tree, () => undefined, out, undefined, out.lists);
  return out;
}

