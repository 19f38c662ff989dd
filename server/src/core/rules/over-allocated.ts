/*
 * over-allocated — seed 000 §7 (资源分配, POC人员的时间安排) and seed 001 (a delay that hits the next
 * project): one person — the same team id in any plan of the workspace — on more overlapping tasks
 * than their capacity on some working day.
 *
 * Decisions:
 * - A day counts for a task when it lies within the task's computed dates and is a working day of
 *   that task's plan. Done and cancelled tasks, milestones and tasks that cannot be scheduled (a
 *   dependency cycle: invented dates) are ignored. Capacity is the member's `capacity` (the
 *   smallest one declared for that id across the workspace), default 1; at least two tasks at once.
 * - A conflict is a maximal run of overloaded days of the person; days that are a working day of
 *   none of the person's plans do not split a run (a weekend between two overloaded weeks).
 * - One finding per person and conflict, at the owner of the task that starts latest among the
 *   tasks involved (ties: the later file path, then the later position), in that task's file only.
 *   The message names the period, the peak count against the capacity and the first three other
 *   tasks (file path, then position order; the plan's title when in another plan), "and N more";
 *   every other task involved is in `related` (relatedInformation), in the same order.
 * - Near-linear: the start/end events of the person's bookings are sorted once and swept; between
 *   two events the set of active tasks is constant and only counted per calendar (plans), so a
 *   person on 1,000 parallel tasks costs the days of the conflict, not days × tasks.
 * - The findings of a person are computed once per workspace index (all files share them) and kept
 *   per file in RuleContext.memo while every value they read is the same.
 * - data: { taskId, person, capacity, peak, dates: [period], conflicts: [{ taskId, plan, file, dates }] }
 *   (conflicts: every other task involved, dates: its overloaded days within the period).
 */
import { defineRule } from './api';
import { formatDate, type Day, type WorkCalendar } from '../dates';
import type { Booking, WorkspaceIndex } from '../workspace-index';
import type { Field, Task } from '../model';
import type { Localized } from '../types';
import { isClosed, taskLabel, localized, tidyZh, type Lang } from './_schedule-util';
import type { ArtifactFile } from './api';

interface Args {
  person: string;
  task: string;
  capacity: number;
  peak: number;
  days: string;
  others: string[];
  more: number;
}

const messages = {
  over: {
    en: (a: Args) =>
      `${a.person} is booked on ${a.peak} tasks at once on ${a.days}, more than their capacity of ${a.capacity}: ` +
      `${a.task} overlaps ${a.others.join(', ')}${a.more ? ` and ${a.more} more` : ''}. Move one of the tasks, or give it to someone else.`,
    'zh-CN': (a: Args) =>
      `${a.person}在 ${a.days} 同时承担 ${a.peak} 个任务，超出其工作容量 ${a.capacity}：` +
      `${a.task} 与以下任务时间重叠：${a.others.join('、')}${a.more ? ` 等 ${a.more + a.others.length} 个任务` : ''}。请错开任务排期，或改派其他人员。`,
  },
  related: {
    en: (a: { task: string; days: string }) => `${a.task}, overloaded on ${a.days}`,
    'zh-CN': (a: { task: string; days: string }) => `${a.task}，超负荷日期 ${a.days}`,
  },
};

/** How many other tasks the message names. */
const SHOWN = 3;
/** Days are scanned from the first start to at most this many days later (ten years). */
const MAX_DAYS = 3660;

interface Found {
  uri: string;
  owner: Field<string>;
  message: Localized;
  data: Record<string, unknown>;
  related: { uri: string; owner: Field<string>; message: Localized }[];
}

/** The findings on one person (in every file) and what they were computed from. */
interface PersonResult {
  capacity: number;
  /** The bookings read: while their dates, calendars and places are the same, `conflicts` stand. */
  booked: Booking[];
  /** The task of each booking when computed (a kept schedule's tasks are rebound to new ones). */
  tasks: Task[];
  /** Whether each booking counted (status, milestone) when computed. */
  counted: boolean[];
  conflicts: Conflict[];
  found: Found[];
}

const calOf = (b: Booking): WorkCalendar => b.file.schedule!.calendar;
/** Bookings that count: open, not milestones, with dates in order. */
const counts = (b: Booking) => !isClosed(b.task.task) && !b.task.milestone && b.task.start! <= b.task.end! && b.task.task.owner !== undefined;

/** What the conflicts read: places, dates, status, calendars. */
function sameDates(a: Booking[], counted: boolean[], b: Booking[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.file.uri !== y.file.uri || x.task.index !== y.task.index || x.task.start !== y.task.start || x.task.end !== y.task.end) return false;
    if (calOf(x) !== calOf(y) || counted[i] !== counts(y)) return false;
  }
  return true;
}

/** What the texts read besides: the task (name, id, owner field), file and plan names, member name. */
function sameTexts(tasks: Task[], a: Booking[], b: Booking[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (tasks[i] !== y.task.task || x.file.name !== y.file.name || x.plan.id?.value !== y.plan.id?.value) return false;
    if (x.plan.title?.value !== y.plan.title?.value || x.member.name?.value !== y.member.name?.value) return false;
  }
  return true;
}

const dateText = new Map<Day, string>();
const fmt = (d: Day) => {
  let s = dateText.get(d);
  if (s === undefined) {
    if (dateText.size > 20000) dateText.clear();
    dateText.set(d, (s = formatDate(d)));
  }
  return s;
};
const period = (a: Day, b: Day) => (a === b ? fmt(a) : `${fmt(a)}..${fmt(b)}`);
/** File path, then position. */
const byPlace = (x: Booking, y: Booking) => (x.file.uri < y.file.uri ? -1 : x.file.uri > y.file.uri ? 1 : x.task.index - y.task.index);

/** The first index of a sorted array whose value is ≥ d. */
function lowerBound(a: Day[], d: Day): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < d) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Conflict {
  first: Day;
  last: Day;
  peak: number;
  /** The bookings involved (indexes into the person's bookings, file path then position order) … */
  involved: number[];
  /** … each with its overloaded days in the conflict, as text. */
  days: string[];
  /** The one that carries the finding (an index into `involved`). */
  at: number;
}

/** The conflicts of one person: one sweep over the sorted start/end events of the bookings. */
export function conflictsOf(booked: Booking[], capacity: number): Conflict[] {
  const all: number[] = [];
  booked.forEach((b, i) => counts(b) && all.push(i));
  if (all.length < 2) return [];
  const cals: WorkCalendar[] = [];
  const calIndex = new Map<WorkCalendar, number>();
  const ci: number[] = [];
  const events: [Day, number, number][] = [];
  let lo = Infinity;
  for (const i of all) {
    const b = booked[i];
    const cal = calOf(b);
    let c = calIndex.get(cal);
    if (c === undefined) calIndex.set(cal, (c = cals.push(cal) - 1));
    ci[i] = c;
    events.push([b.task.start!, 1, c], [b.task.end! + 1, -1, c]);
    lo = Math.min(lo, b.task.start!);
  }
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const hi = lo + MAX_DAYS;
  const active = new Array<number>(cals.length).fill(0);
  let n = 0;
  const days: Day[] = [];
  const loads: number[] = [];
  for (let e = 0; e < events.length; ) {
    const day = events[e][0];
    for (; e < events.length && events[e][0] === day; e++) {
      active[events[e][2]] += events[e][1];
      n += events[e][1];
    }
    if (n < 2 || n <= capacity || e >= events.length) continue;
    const next = Math.min(events[e][0], hi);
    for (let d = day; d < next; d++) {
      let busy = 0;
      for (let c = 0; c < cals.length; c++) if (active[c] && cals[c].isWorkday(d)) busy += active[c];
      if (busy >= 2 && busy > capacity) {
        days.push(d);
        loads.push(busy);
      }
    }
  }
  if (!days.length) return [];
  // Runs of overloaded days; a gap splits a run only when some plan of the person works in it.
  const workdayIn = (a: Day, b: Day) => {
    for (let d = a; d <= b; d++) for (const c of cals) if (c.isWorkday(d)) return true;
    return false;
  };
  const runs: { from: number; to: number; involved: [number, Day, Day][] }[] = [];
  for (let i = 0; i < days.length; i++) {
    const last = runs[runs.length - 1];
    if (last && !workdayIn(days[i - 1] + 1, days[i] - 1)) last.to = i;
    else runs.push({ from: i, to: i, involved: [] });
  }
  const lasts = runs.map((r) => days[r.to]);
  for (const i of all) {
    const b = booked[i];
    const cal = cals[ci[i]];
    for (let k = lowerBound(lasts, b.task.start!); k < runs.length && days[runs[k].from] <= b.task.end!; k++) {
      const a = Math.max(b.task.start!, days[runs[k].from]);
      const z = Math.min(b.task.end!, lasts[k]);
      let x = lowerBound(days, a);
      while (x < days.length && days[x] <= z && !cal.isWorkday(days[x])) x++;
      if (x >= days.length || days[x] > z) continue;
      let y = lowerBound(days, z + 1) - 1;
      while (y > x && !cal.isWorkday(days[y])) y--;
      runs[k].involved.push([i, days[x], days[y]]);
    }
  }
  const out: Conflict[] = [];
  for (const r of runs) {
    if (r.involved.length < 2) continue;
    r.involved.sort((x, y) => byPlace(booked[x[0]], booked[y[0]]));
    let peak = 0;
    for (let i = r.from; i <= r.to; i++) peak = Math.max(peak, loads[i]);
    // The task that starts latest (ties: the later place) carries the finding.
    let at = 0;
    r.involved.forEach(([i], k) => {
      if (booked[i].task.start! >= booked[r.involved[at][0]].task.start!) at = k;
    });
    out.push({ first: days[r.from], last: days[r.to], peak, involved: r.involved.map((x) => x[0]), days: r.involved.map((x) => period(x[1], x[2])), at });
  }
  return out;
}

function findingsOf(person: string, booked: Booking[], capacity: number, conflicts: Conflict[]): Found[] {
  const found: Found[] = [];
  for (const c of conflicts) {
    const at = booked[c.involved[c.at]];
    // Labels once per task and language (a conflict may involve a thousand tasks); the plan is
    // named for tasks of another file.
    const prefixes = new Map<ArtifactFile, [string, string]>();
    const label = (b: Booking): [string, string] => {
      const en = taskLabel(b.task.task, b.task.index, 'en');
      const zh = taskLabel(b.task.task, b.task.index, 'zh-CN');
      if (b.file === at.file) return [en, zh];
      let p = prefixes.get(b.file);
      if (!p) {
        const plan = b.plan.title?.value?.trim() || b.plan.id?.value || b.file.name;
        prefixes.set(b.file, (p = [` in ${plan}`, tidyZh(`${plan} 的 `)]));
      }
      return [en + p[0], p[1] + zh];
    };
    const labels = c.involved.map((i) => label(booked[i]));
    const others: number[] = [];
    for (let k = 0; k < c.involved.length; k++) if (k !== c.at) others.push(k);
    const name = at.member.name?.value?.trim();
    const days = period(c.first, c.last);
    const args = (l: Lang): Args => ({
      // Chinese text names the person (no id where a name exists); an id gets a space after it.
      person: l === 'zh-CN' ? (name ?? `${person} `) : name ? `${name} (${person})` : person,
      task: taskLabel(at.task.task, at.task.index, l),
      capacity,
      peak: c.peak,
      days,
      others: others.slice(0, SHOWN).map((k) => labels[k][l === 'en' ? 0 : 1]),
      more: Math.max(0, others.length - SHOWN),
    });
    found.push({
      uri: at.file.uri,
      owner: at.task.task.owner!,
      message: localized(messages.over, args),
      data: {
        taskId: at.task.id ?? null,
        person,
        capacity,
        peak: c.peak,
        dates: [days],
        taskDates: [c.days[c.at]],
        conflicts: others.map((k) => {
          const b = booked[c.involved[k]];
          return { taskId: b.task.id ?? null, plan: b.plan.id?.value ?? null, file: b.file.name, dates: [c.days[k]] };
        }),
      },
      related: others.map((k) => {
        const b = booked[c.involved[k]];
        const message = { en: messages.related.en({ task: labels[k][0], days: c.days[k] }), 'zh-CN': messages.related['zh-CN']({ task: labels[k][1], days: c.days[k] }) };
        return { uri: b.file.uri, owner: b.task.task.owner!, message };
      }),
    });
  }
  return found;
}

function personResult(person: string, booked: Booking[], capacity: number, prev: PersonResult | undefined): PersonResult {
  const tasks = booked.map((b) => b.task.task);
  const counted = booked.map(counts);
  if (prev && prev.capacity === capacity && sameDates(prev.booked, prev.counted, booked)) {
    if (sameTexts(prev.tasks, prev.booked, booked)) return { ...prev, booked };
    return { capacity, booked, tasks, counted, conflicts: prev.conflicts, found: findingsOf(person, booked, capacity, prev.conflicts) };
  }
  const conflicts = conflictsOf(booked, capacity);
  return { capacity, booked, tasks, counted, conflicts, found: findingsOf(person, booked, capacity, conflicts) };
}

/** Per workspace index: each person's findings, shared by every file checked against that index. */
const byIndex = new WeakMap<WorkspaceIndex, Map<string, PersonResult>>();

export const rule = defineRule({
  id: 'over-allocated',
  defaultSeverity: 'warning',
  description: {
    en: 'One person on overlapping tasks beyond capacity, across the workspace.',
    'zh-CN': '同一人员在重叠时间内承担的任务超出其工作容量（跨项目）。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const file = ctx.file;
    if (!file.schedule) return;
    const memo = ctx.memo as Map<string, PersonResult> | undefined;
    let shared = byIndex.get(ctx.index);
    if (!shared) byIndex.set(ctx.index, (shared = new Map()));
    const kept = new Map<string, PersonResult>();
    const people = new Set<string>();
    for (const st of file.schedule.tasks) if (st.task.owner) people.add(st.task.owner.value);

    for (const person of people) {
      const booked = ctx.index.bookings.get(person);
      if (!booked || !booked.some((b) => b.file === file)) continue;
      let result = shared.get(person);
      if (!result) {
        const declared = (ctx.index.team.get(person) ?? [])
          .map((d) => d.item.capacity?.value)
          .filter((c): c is number => c !== undefined && Number.isFinite(c) && c > 0);
        const capacity = declared.length ? Math.min(...declared) : 1;
        result = personResult(person, booked, capacity, memo?.get(person));
        shared.set(person, result);
      }
      kept.set(person, result);
      for (const f of result.found) {
        if (f.uri !== file.uri) continue;
        ctx.report(f.owner.span, f.message, f.data, f.related.map((r) => ({ uri: r.uri, span: r.owner.span, message: r.message })));
      }
    }
    if (memo) {
      memo.clear();
      for (const [k, v] of kept) memo.set(k, v);
    }
  },
});
