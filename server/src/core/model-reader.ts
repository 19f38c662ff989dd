/**
 * Reading typed fields out of converted YAML (model.ts): lazy fields whose spans come from the
 * shared span table when asked for, and list sections whose items are built once per mapping.
 */
import type { DateField, DayRanges, Entity, Field, Section, StringList } from './model';
import type { Span } from './text';
import { SourceMap } from './parse';
import { parseDate, parseDateOrRange, parseDuration, type Day } from './dates';
import { Slot } from './slot';

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Spans are read when asked for, from the shared span table: a model item built from a converted
 * value stays right when the chunk that holds it moves (parse.ts), so items of unchanged chunks
 * are built once and reused across versions (see Reader.section).
 */
const SPANS = new SourceMap();
const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });

export class LazyField<T> implements Field<T> {
  constructor(
    readonly value: T,
    /** The mapping and key it was read from. */
    readonly o: Obj,
    readonly k: string,
  ) {}

  get keySpan(): Span {
    return SPANS.key(this.o, this.k) ?? NO_SPAN;
  }

  get span(): Span {
    return SPANS.value(this.o, this.k) ?? this.keySpan;
  }
}

class LazyDateField extends LazyField<string> implements DateField {
  readonly day?: Day;

  constructor(value: string, o: Obj, k: string) {
    super(value, o, k);
    const d = parseDate(value);
    if (d !== undefined) this.day = d;
  }
}

/** A key that is itself the value (weekly-report hours: the keys are team ids). */
export class KeyField implements Field<string> {
  constructor(
    readonly value: string,
    private readonly o: Obj,
    private readonly k: string,
  ) {}

  get span(): Span {
    return SPANS.key(this.o, this.k) ?? NO_SPAN;
  }

  get keySpan(): Span {
    return this.span;
  }
}

/** An item of a list of scalars (`dependsOn: [T1, T2]`). */
export class ItemField implements Field<string> {
  constructor(
    readonly value: string,
    private readonly list: unknown[],
    private readonly i: number,
  ) {}

  get span(): Span {
    return SPANS.item(this.list, this.i) ?? SPANS.node(this.list) ?? NO_SPAN;
  }

  get keySpan(): Span {
    return this.span;
  }
}

class EntityBase implements Entity {
  constructor(readonly raw: Obj) {}

  get span(): Span {
    return SPANS.node(this.raw) ?? NO_SPAN;
  }
}

/** A mapping under a key (`demo:`, `qualification:` …). */
class KeyedEntity extends EntityBase {
  constructor(
    raw: Obj,
    private readonly parent: Obj,
    private readonly key: string,
  ) {
    super(raw);
  }

  get keySpan(): Span {
    return SPANS.key(this.parent, this.key) ?? NO_SPAN;
  }
}

/** A model item: the given fields on an object whose span comes from its raw mapping. */
export function entity<T extends object>(raw: Obj, fields: T): T & Entity {
  return Object.assign(new EntityBase(raw), fields);
}

class LazyList<T> {
  constructor(
    readonly items: T[],
    private readonly o: Obj,
    private readonly key: string,
    private readonly list: unknown,
    private readonly single?: Field<string>,
  ) {}

  get keySpan(): Span | undefined {
    return this.key in this.o ? SPANS.key(this.o, this.key) : undefined;
  }

  get span(): Span | undefined {
    return this.single ? this.single.span : SPANS.node(this.list);
  }
}

/** Built model items, kept on their converted mapping (reused while the mapping is), with the kind of item. */
const ITEM_CACHE = new Slot<{ as: string; item: unknown }>('poc-studio.model-item');

/** Reads typed fields out of converted YAML. */
export class Reader {
  constructor(
    private readonly map: SourceMap,
    private readonly textLength: number,
  ) {}

  private field<T>(o: Obj, key: string, value: T): Field<T> {
    return new LazyField(value, o, key);
  }

  keySpan(o: Obj, key: string): Span | undefined {
    return key in o ? this.map.key(o, key) : undefined;
  }

  spanOf(v: unknown): Span {
    return this.map.node(v) ?? { start: 0, end: this.textLength };
  }

  str(o: Obj, key: string): Field<string> | undefined {
    const v = o[key];
    return typeof v === 'string' ? this.field(o, key, v) : undefined;
  }

  /** Ids are strings; numbers are accepted too (the schema reports them) so references still resolve. */
  id(o: Obj, key: string): Field<string> | undefined {
    const v = o[key];
    if (typeof v === 'string') return this.field(o, key, v);
    if (typeof v === 'number' && Number.isFinite(v)) return this.field(o, key, String(v));
    return undefined;
  }

  num(o: Obj, key: string): Field<number> | undefined {
    const v = o[key];
    return typeof v === 'number' && Number.isFinite(v) ? this.field(o, key, v) : undefined;
  }

  bool(o: Obj, key: string): Field<boolean> | undefined {
    const v = o[key];
    return typeof v === 'boolean' ? this.field(o, key, v) : undefined;
  }

  any(o: Obj, key: string): Field<unknown> | undefined {
    const v = o[key];
    return v === undefined || v === null ? undefined : this.field(o, key, v);
  }

  date(o: Obj, key: string): DateField | undefined {
    const v = o[key];
    return typeof v === 'string' ? new LazyDateField(v, o, key) : undefined;
  }

  duration(o: Obj, key: string): Field<number> | undefined {
    const v = o[key];
    const days = parseDuration(v);
    return days === undefined ? undefined : this.field(o, key, days);
  }

  strList(o: Obj, key: string): StringList {
    const v = o[key];
    if (typeof v === 'string' || typeof v === 'number') {
      // A single id where a list is expected: keep it as a one-item list (the schema reports the type).
      const f = this.id(o, key)!;
      return new LazyList([f], o, key, v, f);
    }
    if (!Array.isArray(v)) return new LazyList([], o, key, undefined);
    const items: Field<string>[] = [];
    v.forEach((item, i) => {
      if (typeof item === 'string' || (typeof item === 'number' && Number.isFinite(item))) items.push(new ItemField(String(item), v, i));
    });
    return new LazyList(items, o, key, v);
  }

  /** A list of dates or date ranges (`leave:`), with the entry of each range. */
  dayRanges(o: Obj, key: string): DayRanges {
    const list = this.strList(o, key);
    const ranges = [] as unknown as DayRanges;
    const entries: Field<string>[] = [];
    for (const f of list.items) {
      const range = parseDateOrRange(f.value);
      if (range && range[0] <= range[1]) {
        ranges.push(range);
        entries.push(f);
      }
    }
    return Object.assign(ranges, { entries, list });
  }

  obj(o: Obj, key: string): (Entity & { keySpan: Span }) | undefined {
    const v = o[key];
    if (!isObj(v)) return undefined;
    return new KeyedEntity(v, o, key);
  }

  /**
   * The items of a list section. An item depends only on its own mapping, so it is built once per
   * mapping (`cacheAs` names the kind of item) and reused while the mapping is.
   */
  section<T>(o: Obj, key: string, build: (item: Obj) => T, cacheAs?: string): Section<T> {
    const v = o[key];
    if (!Array.isArray(v)) return new LazyList<T>([], o, key, undefined);
    const items: T[] = [];
    for (const item of v) {
      if (!isObj(item)) continue;
      const cached = cacheAs ? ITEM_CACHE.get(item) : undefined;
      let e = cached && cached.as === cacheAs ? (cached.item as T) : undefined;
      if (e === undefined) {
        e = build(item);
        if (cacheAs) ITEM_CACHE.set(item, { as: cacheAs, item: e });
      }
      items.push(e);
    }
    return new LazyList(items, o, key, v);
  }
}

export function dateRanges(v: unknown): [Day, Day][] {
  if (!Array.isArray(v)) return [];
  const out: [Day, Day][] = [];
  for (const item of v) {
    const range = parseDateOrRange(item);
    if (range) out.push(range);
  }
  return out;
}
