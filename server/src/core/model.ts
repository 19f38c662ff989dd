/**
 * The typed model of the artifact kinds, read leniently from the converted YAML.
 *
 * Every field keeps the span of its value and key so that rules can point at the exact place.
 * A value of the wrong type is simply absent from the model (the `schema` rule reports it), so
 * rules never have to guard against strings where numbers are expected.
 */
import type { Kind } from './types';
import type { Span } from './text';
import type { SourceMap } from './parse';
import type { Day } from './dates';
import type { FollowUp, License, TrialRun, Usage } from './model-lifecycle';
import { isObj, Reader, type Obj } from './model-reader';
import type { PresalesQualification, Review, Tender } from './model-presales';
import { buildBaseline, buildCalendarFile, buildChecklist, buildPlan, buildRequirement, buildStakeholder } from './model-build';

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
  /** Several roles of one person (`roles: [presales, engineer]`), besides `role`. */
  roles: StringList;
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
  actualStart?: DateField;
  actualEnd?: DateField;
  /** Release id (issue 18). */
  release?: Field<string>;
  /** Change request id of this file that added the task (issue 18). */
  change?: Field<string>;
  /** Budgeted effort in person-days (issue 18; the weekly report weighs the hours against it). */
  effortDays?: Field<number>;
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
  /** The final POC presentation (seed 000 §11), with its own length limit. */
  final?: Field<boolean>;
  audience: StringList;
  storyboard: Section<StoryStep>;
  rehearsal?: Entity & { keySpan: Span; date?: DateField };
}

export interface Qualification extends Entity, PresalesQualification {
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
  /** `entries`: the per-person numbers; `byPerson`: each person's hours, per-task hours summed. */
  hours: { span?: Span; entries: Field<number>[]; keys: Field<string>[]; byPerson: Map<string, number> };
}

export interface Survey extends Entity {
  date?: DateField;
  score?: Field<number>;
  /** The top of the score scale (default 10). */
  scale?: Field<number>;
  followUp?: FollowUp;
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
  /** Release id (issue 18). */
  release?: Field<string>;
}

export interface Acceptance extends Entity {
  keySpan: Span;
  items: Section<AcceptanceItem>;
  report?: Entity & { keySpan: Span; signed?: Field<boolean>; date?: DateField };
  /** The stage: initial | requirements | final (初验 / 需求验收 / 终验). */
  type?: Field<string>;
  trialRun?: TrialRun;
  remote?: Field<boolean>;
  reportSent?: DateField;
  reportReceived?: DateField;
}

export interface Inspection extends Entity {
  due?: DateField;
  done?: Field<boolean>;
  date?: DateField;
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
  /** Shared calendars (`*.calendar.yaml` ids) whose days apply under the plan's own. */
  use: StringList;
}

export interface ModelBase {
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
  tender?: Tender;
  team: Section<TeamMember>;
  intelligence?: Entity & { keySpan: Span };
  scenarios: Section<Scenario>;
  successCriteria: Section<Criterion>;
  environment?: Entity & { keySpan: Span; machines: Section<Machine>; deployment?: Field<string> };
  tasks: Section<Task>;
  risks: Section<Risk>;
  demo?: Demo;
  review?: Review;
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
  /** Lifecycle (issue 18): the top-level `trialRun`, `departure`, `license`, `usage`. */
  trialRun?: TrialRun;
  departure?: DateField;
  license?: License;
  usage?: Usage;
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

/** A shared calendar (`*.calendar.yaml`): company or customer-site days that plans name in `calendar.use`. */
export interface CalendarFileModel extends ModelBase {
  kind: 'calendar';
  id?: Field<string>;
  title?: Field<string>;
  calendar: CalendarModel;
}

export interface BaselineTask extends Entity {
  id?: Field<string>;
  start?: DateField;
  end?: DateField;
}

/** A baseline (`*.baseline.yaml`): a plan's computed dates as promised on `taken`. */
export interface BaselineModel extends ModelBase {
  kind: 'baseline';
  plan?: Field<string>;
  name?: Field<string>;
  taken?: DateField;
  tasks: Section<BaselineTask>;
}

export type FileModel = PlanModel | StakeholdersModel | RequirementsModel | ChecklistModel | CalendarFileModel | BaselineModel;

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
    case 'calendar':
      return buildCalendarFile(raw, base, r);
    case 'baseline':
      return buildBaseline(raw, base, r);
  }
}
/** Whether a checklist item counts as required (items are required unless `required: false`). */
export function isRequired(item: ChecklistItem): boolean {
  return item.required?.value !== false;
}

export function isPlan(m: FileModel): m is PlanModel {
  return m.kind === 'poc' || m.kind === 'project';
}
