/** Building the typed model of each kind (model.ts) from the converted YAML, with a Reader (model-reader.ts). */
import type {
  BaselineModel,
  CalendarFileModel,
  CalendarModel,
  ChecklistItem,
  ChecklistModel,
  Demo,
  Entity,
  Field,
  ModelBase,
  PlanModel,
  Requirement,
  Stakeholder,
  Task,
  WeeklyReport,
} from './model';
import type { Span } from './text';
import { parseIsoWeek } from './dates';
import { buildReview, buildTender, presalesQualification } from './model-presales';
import { dateRanges, entity, isObj, KeyField, LazyField, type Obj, type Reader } from './model-reader';
import type { TrialRun } from './model-lifecycle';
import { personHours } from './hours';



export function buildPlan(kind: 'poc' | 'project', o: Obj, base: ModelBase, r: Reader): PlanModel {
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
    calendar: calendarOf(cal, r),
    qualification:
      qualification &&
      Object.assign(qualification, {
      financiallyVetted: r.bool(qualification.raw, 'financiallyVetted'),
      purchaseCommitment: r.bool(qualification.raw, 'purchaseCommitment'),
      conceptFit: r.str(qualification.raw, 'conceptFit'),
      stakeholderSupport: r.str(qualification.raw, 'stakeholderSupport'),
      referenceCase: r.str(qualification.raw, 'referenceCase'),
      ...presalesQualification(qualification.raw, r),
      }),
    tender: ((t) => t && buildTender(t, r))(r.obj(o, 'tender')),
    team: r.section(o, 'team', (m) => entity(m, {
      id: r.id(m, 'id'),
      name: r.str(m, 'name'),
      role: r.str(m, 'role'),
      roles: r.strList(m, 'roles'),
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
    review: review && buildReview(review, r),
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
      scale: r.num(m, 'scale'),
      followUp: (() => {
        const f = r.obj(m, 'followUp');
        return f && Object.assign(f, { date: r.date(f.raw, 'date'), by: r.str(f.raw, 'by') });
      })(),
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
        release: r.id(m, 'release'),
      })),
      report: (() => {
        const rep = r.obj(acceptance.raw, 'report');
        return rep && Object.assign(rep, { signed: r.bool(rep.raw, 'signed'), date: r.date(rep.raw, 'date') });
      })(),
      // `acceptance.stage` and `acceptance.type` are one field (docs/domain.md); `type` wins when both are written.
      type: r.str(acceptance.raw, 'type') ?? r.str(acceptance.raw, 'stage'),
      trialRun: trialRunOf(acceptance.raw, r),
      remote: r.bool(acceptance.raw, 'remote'),
      reportSent: r.date(acceptance.raw, 'reportSent'),
      reportReceived: r.date(acceptance.raw, 'reportReceived'),
      }),
    inspections: r.section(o, 'inspections', (m) => entity(m, {
      due: r.date(m, 'due'),
      done: r.bool(m, 'done'),
      date: r.date(m, 'date'),
    })),
    ...lifecycleOf(o, r),
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
    actualStart: r.date(m, 'actualStart'),
    actualEnd: r.date(m, 'actualEnd'),
    release: r.id(m, 'release'),
    change: r.id(m, 'change'),
    effortDays: r.num(m, 'effortDays'),
  });
}

function buildDemo(demo: Entity & { keySpan: Span }, r: Reader): Demo {
  const rehearsal = r.obj(demo.raw, 'rehearsal');
  return Object.assign(demo, {
    date: r.date(demo.raw, 'date'),
    durationMinutes: r.num(demo.raw, 'durationMinutes'),
    final: r.bool(demo.raw, 'final'),
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
  const byPerson = personHours(m.hours);
  const monday = week ? parseIsoWeek(week.value) : undefined;
  return entity(m, {
    week,
    monday,
    sent: r.date(m, 'sent'),
    hours: { span: hours ? r.spanOf(hours) : undefined, entries, keys, byPerson },
  });
}

export function buildStakeholder(m: Obj, r: Reader): Stakeholder {
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

export function buildRequirement(m: Obj, r: Reader): Requirement {
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

export function buildChecklist(o: Obj, base: ModelBase, r: Reader): ChecklistModel {
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


/** The days of a `calendar:` mapping (a plan's) or of a shared calendar file's top level. */
function calendarOf(cal: Obj, r: Reader): CalendarModel {
  return { holidays: dateRanges(cal.holidays), workdays: dateRanges(cal.workdays), region: r.str(cal, 'region'), use: r.strList(cal, 'use') };
}

export function buildCalendarFile(o: Obj, base: ModelBase, r: Reader): CalendarFileModel {
  return { ...base, kind: 'calendar', id: r.id(o, 'id'), title: r.str(o, 'title'), calendar: { ...calendarOf(o, r), use: r.strList({}, 'use') } };
}

export function buildBaseline(o: Obj, base: ModelBase, r: Reader): BaselineModel {
  return {
    ...base,
    kind: 'baseline',
    plan: r.id(o, 'plan'),
    name: r.str(o, 'name') ?? numAsString(r.num(o, 'name')),
    taken: r.date(o, 'taken'),
    tasks: r.section(o, 'tasks', (m) => entity(m, { id: r.id(m, 'id'), start: r.date(m, 'start'), end: r.date(m, 'end') })),
  };
}

/** A `trialRun: { from, to }` mapping of `o`, if any. */
function trialRunOf(o: Obj, r: Reader): TrialRun | undefined {
  const t = r.obj(o, 'trialRun');
  return t && Object.assign(t, { from: r.date(t.raw, 'from'), to: r.date(t.raw, 'to') });
}

/** The lifecycle fields of a plan (issue 18): top-level trial run, departure, licence and usage. */
function lifecycleOf(o: Obj, r: Reader): Pick<PlanModel, 'trialRun' | 'departure' | 'license' | 'usage'> {
  const license = r.obj(o, 'license');
  // `actual:` is the same field as `usage:` (docs/domain.md); `usage` wins when both are written.
  const usage = r.obj(o, 'usage') ?? r.obj(o, 'actual');
  return {
    trialRun: trialRunOf(o, r),
    departure: r.date(o, 'departure'),
    license: license && Object.assign(license, { dailyVolumeGB: r.num(license.raw, 'dailyVolumeGB'), expires: r.date(license.raw, 'expires') }),
    usage: usage && Object.assign(usage, { dailyVolumeGB: r.num(usage.raw, 'dailyVolumeGB'), measured: r.date(usage.raw, 'measured') }),
  };
}
