/**
 * The typed model of the five artifact kinds, read leniently from the converted YAML.
 *
 * Every field keeps the span of its value and key so that rules can point at the exact place.
 * A value of the wrong type is simply absent from the model (the `schema` rule reports it), so
 * rules never have to guard against strings where numbers are expected.
 */
import type { Kind } from './types';
import type { Span } from './text';
import { SourceMap } from './parse';
import { parseDate, parseDateOrRange, parseDuration, parseIsoWeek, type Day } from './dates';
import { Slot } from './slot';

export interface Field<T> {
  value: T;
  span: Span;
  keySpan: Span;
}

/** A date field: `value` is the text, `day` the parsed date (absent when the text is not a real date). */
export interface DateField extends Field<string> {
  day?: Day;
}

/** Any mapping of the file: its span and the raw object (for generic access). */
export interface Entity {
  span: Span;
  raw: Record<string, unknown>;
}

/** A list of ids or strings, e.g. `dependsOn: [T1, T2]`. */
export interface StringList {
  keySpan?: Span;
  span?: Span;
  items: Field<string>[];
}

/** A list section of mappings, e.g. `tasks:`; `keySpan` is absent when the key is not written. */
export interface Section<T> {
  keySpan?: Span;
  span?: Span;
  items: T[];
}

export interface TeamMember extends Entity {
  id?: Field<string>;
  name?: Field<string>;
  role?: Field<string>;
  /** Full-time persons: 1 = one full-time person, 0.5 = half time. */
  capacity?: Field<number>;
  /** Days away: the valid entries of `leave:` as inclusive ranges, each with the entry it was read from. */
  leave: DayRanges;
}

/**
 * Inclusive date ranges read from a list of dates or `YYYY-MM-DD..YYYY-MM-DD` ranges (`leave:`):
 * `entries[i]` is the written item of range i (where a rule points), `list` the whole list (its
 * key and value spans). Entries that are not a date or a range in order are left out.
 */
export type DayRanges = [Day, Day][] & { entries: Field<string>[]; list: StringList };

export interface Task extends Entity {
  id?: Field<string>;
  name?: Field<string>;
  phase?: Field<string>;
  owner?: Field<string>;
  start?: DateField;
  end?: DateField;
  /** Working days; a milestone is 0. */
  duration?: Field<number>;
  dependsOn: StringList;
  priority?: Field<string>;
  status?: Field<string>;
  progress?: Field<number>;
  /** Percentage of the owner's working day the task takes (0–100; absent: 100). */
  allocation?: Field<number>;
}

export interface Scenario extends Entity {
  id?: Field<string>;
  title?: Field<string>;
  requirements: StringList;
}

export interface Criterion extends Entity {
  id?: Field<string>;
  description?: Field<string>;
  metric?: Field<string>;
  target?: Field<string>;
  agreedWithCustomer?: Field<boolean>;
  requirement?: Field<string>;
  result?: Field<string>;
  evidence?: Field<string>;
}

export interface Machine extends Entity {
  role?: Field<string>;
  count?: Field<number>;
}

export interface Risk extends Entity {
  id?: Field<string>;
  description?: Field<string>;
  probability?: Field<string>;
  impact?: Field<string>;
  mitigation?: Field<string>;
  owner?: Field<string>;
  status?: Field<string>;
}

export interface StoryStep extends Entity {
  step?: Field<string>;
  scenario?: Field<string>;
  minutes?: Field<number>;
}

export interface Demo extends Entity {
  keySpan: Span;
  date?: DateField;
  durationMinutes?: Field<number>;
  audience: StringList;
  storyboard: Section<StoryStep>;
  rehearsal?: Entity & { keySpan: Span; date?: DateField };
}

export interface Qualification extends Entity {
  keySpan: Span;
  financiallyVetted?: Field<boolean>;
  purchaseCommitment?: Field<boolean>;
  conceptFit?: Field<string>;
  stakeholderSupport?: Field<string>;
  referenceCase?: Field<string>;
}

export interface Change extends Entity {
  id?: Field<string>;
  date?: DateField;
  requestedBy?: Field<string>;
  description?: Field<string>;
  scope?: Field<string>;
  decision?: Field<string>;
  approvedBy?: Field<string>;
  estimateDays?: Field<number>;
  price?: Field<unknown>;
}

export interface Delay extends Entity {
  task?: Field<string>;
  date?: DateField;
  days?: Field<number>;
  reason?: Field<string>;
  reportedToSales?: DateField;
  affects: StringList;
}

export interface Halt extends Entity {
  from?: DateField;
  to?: DateField;
  reason?: Field<string>;
  resumePlan?: Field<string>;
}

export interface WeeklyReport extends Entity {
  week?: Field<string>;
  /** Monday of the ISO week, when `week` is valid. */
  monday?: Day;
  sent?: DateField;
  hours: { span?: Span; entries: Field<number>[]; keys: Field<string>[] };
}

export interface Survey extends Entity {
  date?: DateField;
  score?: Field<number>;
}

export interface Training extends Entity {
  date?: DateField;
  topic?: Field<string>;
  attendees?: Field<number>;
  signIn?: Field<boolean>;
  exam?: Field<boolean>;
  passRate?: Field<number>;
}

export interface AcceptanceItem extends Entity {
  id?: Field<string>;
  category?: Field<string>;
  requirement?: Field<string>;
  status?: Field<string>;
  date?: DateField;
}

export interface Acceptance extends Entity {
  keySpan: Span;
  items: Section<AcceptanceItem>;
  report?: Entity & { signed?: Field<boolean>; date?: DateField };
}

export interface Inspection extends Entity {
  due?: DateField;
  done?: Field<boolean>;
}

export interface Release extends Entity {
  id?: Field<string>;
  title?: Field<string>;
  date?: DateField;
}

export interface CalendarModel {
  holidays: [Day, Day][];
  workdays: [Day, Day][];
  /** A built-in regional calendar (`CN`), see region-calendar.ts. */
  region?: Field<string>;
}

interface ModelBase {
  /** The declared `kind:` value, if any. */
  kindField?: Field<string>;
  /** Span of the top-level mapping (or of the whole text when it is not a mapping). */
  span: Span;
  raw: Record<string, unknown>;
}

export interface PlanModel extends ModelBase {
  kind: 'poc' | 'project';
  id?: Field<string>;
  title?: Field<string>;
  customer?: Field<string>;
  mode?: Field<string>;
  stage?: Field<string>;
  start?: DateField;
  end?: DateField;
  calendar: CalendarModel;
  qualification?: Qualification;
  team: Section<TeamMember>;
  intelligence?: Entity & { keySpan: Span };
  scenarios: Section<Scenario>;
  successCriteria: Section<Criterion>;
  environment?: Entity & { keySpan: Span; machines: Section<Machine>; deployment?: Field<string> };
  tasks: Section<Task>;
  risks: Section<Risk>;
  demo?: Demo;
  review?: Entity & { keySpan: Span; decision?: Field<string> };
  contract?: Entity & { keySpan: Span; signed?: DateField; maintenanceMonths?: Field<number>; inspectionEvery?: Field<string> };
  releases: Section<Release>;
  changes: Section<Change>;
  delays: Section<Delay>;
  halts: Section<Halt>;
  weeklyReports: Section<WeeklyReport>;
  satisfaction: Section<Survey>;
  training: Section<Training>;
  acceptance?: Acceptance;
  inspections: Section<Inspection>;
}

export interface Stakeholder extends Entity {
  id?: Field<string>;
  name?: Field<string>;
  title?: Field<string>;
  org?: Field<string>;
  roles: StringList;
  influence?: Field<string>;
  interest?: Field<string>;
  attitude?: Field<string>;
  reportsTo?: Field<string>;
  strategy?: Field<string>;
  lastContact?: DateField;
}

export interface StakeholdersModel extends ModelBase {
  kind: 'stakeholders';
  stakeholders: Section<Stakeholder>;
}

export interface Metric extends Entity {
  keySpan: Span;
  name?: Field<string>;
  op?: Field<string>;
  value?: Field<unknown>;
  unit?: Field<string>;
}

export interface Requirement extends Entity {
  id?: Field<string>;
  title?: Field<string>;
  type?: Field<string>;
  category?: Field<string>;
  priority?: Field<string>;
  source?: Field<string>;
  acceptance?: Field<string>;
  metric?: Metric;
  scope?: Field<string>;
  release?: Field<string>;
  status?: Field<string>;
  price?: Field<unknown>;
}

export interface RequirementsModel extends ModelBase {
  kind: 'requirements';
  requirements: Section<Requirement>;
}

export interface ChecklistItem extends Entity {
  id?: Field<string>;
  text?: Field<string>;
  done?: Field<boolean>;
  required?: Field<boolean>;
  owner?: Field<string>;
  due?: DateField;
  evidence?: Field<string>;
  /** The `group:` this item belongs to, if any. */
  group?: string;
}

export interface ChecklistModel extends ModelBase {
  kind: 'checklist';
  id?: Field<string>;
  title?: Field<string>;
  phase?: Field<string>;
  due?: DateField;
  /** All items, groups flattened, in file order. */
  items: ChecklistItem[];
  itemsKeySpan?: Span;
}

export type FileModel = PlanModel | StakeholdersModel | RequirementsModel | ChecklistModel;

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Spans are read when asked for, from the shared span table: a model item built from a converted
 * value stays right when the chunk that holds it moves (parse.ts), so items of unchanged chunks
 * are built once and reused across versions (see Reader.section).
 */
const SPANS = new SourceMap();
const NO_SPAN: Span = Object.freeze({ start: 0, end: 0 });

class LazyField<T> implements Field<T> {
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
class KeyField implements Field<string> {
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
class ItemField implements Field<string> {
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
function entity<T extends object>(raw: Obj, fields: T): T & Entity {
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
class Reader {
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

export function buildModel(kind: Kind, root: unknown, map: SourceMap, textLength: number): FileModel {
  const r = new Reader(map, textLength);
  const raw: Obj = isObj(root) ? root : Object.create(null);
  const base: ModelBase = {
    kindField: r.str(raw, 'kind'),
    span: isObj(root) ? r.spanOf(root) : { start: 0, end: textLength },
    raw,
  };
  switch (kind) {
    case 'poc':
    case 'project':
      return buildPlan(kind, raw, base, r);
    case 'stakeholders':
      return { ...base, kind, stakeholders: r.section(raw, 'stakeholders', (o) => buildStakeholder(o, r), 'stakeholder') };
    case 'requirements':
      return { ...base, kind, requirements: r.section(raw, 'requirements', (o) => buildRequirement(o, r), 'requirement') };
    case 'checklist':
      return buildChecklist(raw, base, r);
  }
}

function dateRanges(v: unknown): [Day, Day][] {
  if (!Array.isArray(v)) return [];
  const out: [Day, Day][] = [];
  for (const item of v) {
    const range = parseDateOrRange(item);
    if (range) out.push(range);
  }
  return out;
}

function buildPlan(kind: 'poc' | 'project', o: Obj, base: ModelBase, r: Reader): PlanModel {
  const cal = isObj(o.calendar) ? o.calendar : {};
  const qualification = r.obj(o, 'qualification');
  const environment = r.obj(o, 'environment');
  const demo = r.obj(o, 'demo');
  const review = r.obj(o, 'review');
  const contract = r.obj(o, 'contract');
  const acceptance = r.obj(o, 'acceptance');
  return {
    ...base,
    kind,
    id: r.id(o, 'id'),
    title: r.str(o, 'title'),
    customer: r.str(o, 'customer'),
    mode: r.str(o, 'mode'),
    stage: r.str(o, 'stage'),
    start: r.date(o, 'start'),
    end: r.date(o, 'end'),
    calendar: { holidays: dateRanges(cal.holidays), workdays: dateRanges(cal.workdays), region: r.str(cal, 'region') },
    qualification:
      qualification &&
      Object.assign(qualification, {
      financiallyVetted: r.bool(qualification.raw, 'financiallyVetted'),
      purchaseCommitment: r.bool(qualification.raw, 'purchaseCommitment'),
      conceptFit: r.str(qualification.raw, 'conceptFit'),
      stakeholderSupport: r.str(qualification.raw, 'stakeholderSupport'),
      referenceCase: r.str(qualification.raw, 'referenceCase'),
      }),
    team: r.section(o, 'team', (m) => entity(m, {
      id: r.id(m, 'id'),
      name: r.str(m, 'name'),
      role: r.str(m, 'role'),
      capacity: r.num(m, 'capacity'),
      leave: r.dayRanges(m, 'leave'),
    })),
    intelligence: r.obj(o, 'intelligence'),
    scenarios: r.section(o, 'scenarios', (m) => entity(m, {
      id: r.id(m, 'id'),
      title: r.str(m, 'title'),
      requirements: r.strList(m, 'requirements'),
    })),
    successCriteria: r.section(o, 'successCriteria', (m) => entity(m, {
      id: r.id(m, 'id'),
      description: r.str(m, 'description'),
      metric: r.str(m, 'metric'),
      target: r.str(m, 'target') ?? numAsString(r.num(m, 'target')),
      agreedWithCustomer: r.bool(m, 'agreedWithCustomer'),
      requirement: r.id(m, 'requirement'),
      result: r.str(m, 'result'),
      evidence: r.str(m, 'evidence'),
    })),
    environment:
      environment &&
      Object.assign(environment, {
      machines: r.section(environment.raw, 'machines', (m) => entity(m, {
        role: r.str(m, 'role'),
        count: r.num(m, 'count'),
      })),
      deployment: r.str(environment.raw, 'deployment'),
      }),
    tasks: r.section(o, 'tasks', (m) => buildTask(m, r), 'task'),
    risks: r.section(o, 'risks', (m) => entity(m, {
      id: r.id(m, 'id'),
      description: r.str(m, 'description'),
      probability: r.str(m, 'probability'),
      impact: r.str(m, 'impact'),
      mitigation: r.str(m, 'mitigation'),
      owner: r.id(m, 'owner'),
      status: r.str(m, 'status'),
    })),
    demo: demo && buildDemo(demo, r),
    review: review && Object.assign(review, { decision: r.str(review.raw, 'decision') }),
    contract:
      contract &&
      Object.assign(contract, {
      signed: r.date(contract.raw, 'signed'),
      maintenanceMonths: r.num(contract.raw, 'maintenanceMonths'),
      inspectionEvery: r.str(contract.raw, 'inspectionEvery'),
      }),
    releases: r.section(o, 'releases', (m) => entity(m, {
      id: r.id(m, 'id'),
      title: r.str(m, 'title'),
      date: r.date(m, 'date'),
    })),
    changes: r.section(o, 'changes', (m) => entity(m, {
      id: r.id(m, 'id'),
      date: r.date(m, 'date'),
      requestedBy: r.id(m, 'requestedBy'),
      description: r.str(m, 'description'),
      scope: r.str(m, 'scope'),
      decision: r.str(m, 'decision'),
      approvedBy: r.str(m, 'approvedBy'),
      estimateDays: r.num(m, 'estimateDays'),
      price: r.any(m, 'price'),
    })),
    delays: r.section(o, 'delays', (m) => entity(m, {
      task: r.id(m, 'task'),
      date: r.date(m, 'date'),
      days: r.num(m, 'days'),
      reason: r.str(m, 'reason'),
      reportedToSales: r.date(m, 'reportedToSales'),
      affects: r.strList(m, 'affects'),
    })),
    halts: r.section(o, 'halts', (m) => entity(m, {
      from: r.date(m, 'from'),
      to: r.date(m, 'to'),
      reason: r.str(m, 'reason'),
      resumePlan: r.str(m, 'resumePlan'),
    })),
    weeklyReports: r.section(o, 'weeklyReports', (m) => buildWeeklyReport(m, r)),
    satisfaction: r.section(o, 'satisfaction', (m) => entity(m, {
      date: r.date(m, 'date'),
      score: r.num(m, 'score'),
    })),
    training: r.section(o, 'training', (m) => entity(m, {
      date: r.date(m, 'date'),
      topic: r.str(m, 'topic'),
      attendees: r.num(m, 'attendees'),
      signIn: r.bool(m, 'signIn'),
      exam: r.bool(m, 'exam'),
      passRate: r.num(m, 'passRate'),
    })),
    acceptance:
      acceptance &&
      Object.assign(acceptance, {
      items: r.section(acceptance.raw, 'items', (m) => entity(m, {
        id: r.id(m, 'id'),
        category: r.str(m, 'category'),
        requirement: r.id(m, 'requirement'),
        status: r.str(m, 'status'),
        date: r.date(m, 'date'),
      })),
      report: (() => {
        const rep = r.obj(acceptance.raw, 'report');
        return rep && Object.assign(rep, { signed: r.bool(rep.raw, 'signed'), date: r.date(rep.raw, 'date') });
      })(),
      }),
    inspections: r.section(o, 'inspections', (m) => entity(m, {
      due: r.date(m, 'due'),
      done: r.bool(m, 'done'),
    })),
  };
}

function numAsString(f: Field<number> | undefined): Field<string> | undefined {
  return f && new LazyField(String(f.value), (f as LazyField<number>).o, (f as LazyField<number>).k);
}

function buildTask(m: Obj, r: Reader): Task {
  return entity(m, {
    id: r.id(m, 'id'),
    name: r.str(m, 'name'),
    phase: r.str(m, 'phase'),
    owner: r.id(m, 'owner'),
    start: r.date(m, 'start'),
    end: r.date(m, 'end'),
    duration: r.duration(m, 'duration'),
    dependsOn: r.strList(m, 'dependsOn'),
    priority: r.str(m, 'priority'),
    status: r.str(m, 'status'),
    progress: r.num(m, 'progress'),
    allocation: r.num(m, 'allocation'),
  });
}

function buildDemo(demo: Entity & { keySpan: Span }, r: Reader): Demo {
  const rehearsal = r.obj(demo.raw, 'rehearsal');
  return Object.assign(demo, {
    date: r.date(demo.raw, 'date'),
    durationMinutes: r.num(demo.raw, 'durationMinutes'),
    audience: r.strList(demo.raw, 'audience'),
    storyboard: r.section(demo.raw, 'storyboard', (m) => entity(m, {
      step: r.str(m, 'step'),
      scenario: r.id(m, 'scenario'),
      minutes: r.num(m, 'minutes'),
    })),
    rehearsal: rehearsal && Object.assign(rehearsal, { date: r.date(rehearsal.raw, 'date') }),
  });
}

function buildWeeklyReport(m: Obj, r: Reader): WeeklyReport {
  const week = r.str(m, 'week');
  const hours = isObj(m.hours) ? m.hours : undefined;
  const entries: Field<number>[] = [];
  const keys: Field<string>[] = [];
  if (hours) {
    for (const k of Object.keys(hours)) {
      const f = r.num(hours, k);
      if (f) entries.push(f);
      keys.push(new KeyField(k, hours, k));
    }
  }
  const monday = week ? parseIsoWeek(week.value) : undefined;
  return entity(m, {
    week,
    monday,
    sent: r.date(m, 'sent'),
    hours: { span: hours ? r.spanOf(hours) : undefined, entries, keys },
  });
}

function buildStakeholder(m: Obj, r: Reader): Stakeholder {
  return entity(m, {
    id: r.id(m, 'id'),
    name: r.str(m, 'name'),
    title: r.str(m, 'title'),
    org: r.str(m, 'org'),
    roles: r.strList(m, 'roles'),
    influence: r.str(m, 'influence'),
    interest: r.str(m, 'interest'),
    attitude: r.str(m, 'attitude'),
    reportsTo: r.id(m, 'reportsTo'),
    strategy: r.str(m, 'strategy'),
    lastContact: r.date(m, 'lastContact'),
  });
}

function buildRequirement(m: Obj, r: Reader): Requirement {
  const metric = r.obj(m, 'metric');
  return entity(m, {
    id: r.id(m, 'id'),
    title: r.str(m, 'title'),
    type: r.str(m, 'type'),
    category: r.str(m, 'category'),
    priority: r.str(m, 'priority'),
    source: r.id(m, 'source'),
    acceptance: r.str(m, 'acceptance') ?? numAsString(r.num(m, 'acceptance')),
    metric:
      metric &&
      Object.assign(metric, {
        name: r.str(metric.raw, 'name'),
        op: r.str(metric.raw, 'op'),
        value: r.any(metric.raw, 'value'),
        unit: r.str(metric.raw, 'unit'),
      }),
    scope: r.str(m, 'scope'),
    release: r.id(m, 'release'),
    status: r.str(m, 'status'),
    price: r.any(m, 'price'),
  });
}

function buildChecklist(o: Obj, base: ModelBase, r: Reader): ChecklistModel {
  const items: ChecklistItem[] = [];
  const walk = (list: unknown, group: string | undefined, depth: number) => {
    if (!Array.isArray(list) || depth > 8) return;
    list.forEach((entry) => {
      if (!isObj(entry)) return;
      if ('group' in entry || ('items' in entry && !('text' in entry))) {
        const name = typeof entry.group === 'string' ? entry.group : group;
        walk(entry.items, name, depth + 1);
        return;
      }
      items.push(entity(entry, {
        id: r.id(entry, 'id'),
        text: r.str(entry, 'text'),
        done: r.bool(entry, 'done'),
        required: r.bool(entry, 'required'),
        owner: r.id(entry, 'owner'),
        due: r.date(entry, 'due'),
        evidence: r.str(entry, 'evidence'),
        group,
      }));
    });
  };
  walk(o.items, undefined, 0);
  return {
    ...base,
    kind: 'checklist',
    id: r.id(o, 'id'),
    title: r.str(o, 'title'),
    phase: r.str(o, 'phase'),
    due: r.date(o, 'due'),
    items,
    itemsKeySpan: r.keySpan(o, 'items'),
  };
}

/** Whether a checklist item counts as required (items are required unless `required: false`). */
export function isRequired(item: ChecklistItem): boolean {
  return item.required?.value !== false;
}

export function isPlan(m: FileModel): m is PlanModel {
  return m.kind === 'poc' || m.kind === 'project';
}
