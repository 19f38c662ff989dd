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
import type { Field } from '../model';
import type { Localized } from '../types';
import { isClosed, taskLabel, localized, type Lang } from './_schedule-util';

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
      `${a.person} 在 ${a.days} 同时承担 ${a.peak} 个任务，超出其工作容量 ${a.capacity}：` +
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
  inputs: unknown[];
  found: Found[];
}

const INPUTS = 11;
const calOf = (b: Booking): WorkCalendar => b.file.schedule!.calendar;
/** Everything the findings on a person read of one booking. */
function inputOf(b: Booking, k: number): unknown {
  const st = b.task;
  switch (k) {
    case 0: return st.task;
    case 1: return st.index;
    case 2: return st.start;
    case 3: return st.end;
    case 4: return st.milestone;
    case 5: return calOf(b);
    case 6: return b.file.uri;
    case 7: return b.file.name;
    case 8: return b.plan.id?.value;
    case 9: return b.plan.title?.value;
    default: return b.member.name?.value;
  }
}

function inputsOf(capacity: number, booked: Booking[]): unknown[] {
  const inputs: unknown[] = [capacity];
  for (const b of booked) for (let k = 0; k < INPUTS; k++) inputs.push(inputOf(b, k));
  return inputs;
}

function sameInputs(a: unknown[], b: unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

const period = (a: Day, b: Day) => (a === b ? formatDate(a) : `${formatDate(a)}..${formatDate(b)}`);
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
  /** Per booking involved: its first and last overloaded working day in the conflict. */
  involved: Map<Booking, [Day, Day]>;
}

/** The conflicts of one person: one sweep over the sorted start/end events of the bookings. */
export function conflictsOf(all: Booking[], capacity: number): Conflict[] {
  if (all.length < 2) return [];
  const cals: WorkCalendar[] = [];
  const calIndex = new Map<WorkCalendar, number>();
  const ci = new Map<Booking, number>();
  const events: [Day, number, number][] = [];
  let lo = Infinity;
  for (const b of all) {
    const cal = calOf(b);
    let i = calIndex.get(cal);
    if (i === undefined) calIndex.set(cal, (i = cals.push(cal) - 1));
    ci.set(b, i);
    events.push([b.task.start!, 1, i], [b.task.end! + 1, -1, i]);
    lo = Math.min(lo, b.task.start!);
  }
  events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const hi = lo + MAX_DAYS;
  const counts = new Array<number>(cals.length).fill(0);
  let active = 0;
  const days: Day[] = [];
  const loads: number[] = [];
  for (let e = 0; e < events.length; ) {
    const day = events[e][0];
    for (; e < events.length && events[e][0] === day; e++) {
      counts[events[e][2]] += events[e][1];
      active += events[e][1];
    }
    if (active < 2 || active <= capacity || e >= events.length) continue;
    const next = Math.min(events[e][0], hi);
    for (let d = day; d < next; d++) {
      let n = 0;
      for (let c = 0; c < cals.length; c++) if (counts[c] && cals[c].isWorkday(d)) n += counts[c];
      if (n >= 2 && n > capacity) {
        days.push(d);
        loads.push(n);
      }
    }
  }
  if (!days.length) return [];
  // Runs of overloaded days; a gap splits a run only when some plan of the person works in it.
  const workdayIn = (a: Day, b: Day) => {
    for (let d = a; d <= b; d++) for (const c of cals) if (c.isWorkday(d)) return true;
    return false;
  };
  const runs: { from: number; to: number }[] = [];
  for (let i = 0; i < days.length; i++) {
    const last = runs[runs.length - 1];
    if (last && !workdayIn(days[i - 1] + 1, days[i] - 1)) last.to = i;
    else runs.push({ from: i, to: i });
  }
  const out: Conflict[] = runs.map((r) => {
    let peak = 0;
    for (let i = r.from; i <= r.to; i++) peak = Math.max(peak, loads[i]);
    return { first: days[r.from], last: days[r.to], peak, involved: new Map() };
  });
  const lasts = out.map((c) => c.last);
  for (const b of all) {
    const cal = cals[ci.get(b)!];
    for (let k = lowerBound(lasts, b.task.start!); k < out.length && out[k].first <= b.task.end!; k++) {
      const c = out[k];
      const a = Math.max(b.task.start!, c.first);
      const z = Math.min(b.task.end!, c.last);
      let i = lowerBound(days, a);
      while (i < days.length && days[i] <= z && !cal.isWorkday(days[i])) i++;
      if (i >= days.length || days[i] > z) continue;
      let j = lowerBound(days, z + 1) - 1;
      while (j > i && !cal.isWorkday(days[j])) j--;
      c.involved.set(b, [days[i], days[j]]);
    }
  }
  return out.filter((c) => c.involved.size >= 2);
}

function personResult(person: string, booked: Booking[], capacity: number, inputs: unknown[]): PersonResult {
  const all = booked.filter((b) => !isClosed(b.task.task) && !b.task.milestone && b.task.start! <= b.task.end! && b.task.task.owner);
  const found: Found[] = [];
  for (const c of conflictsOf(all, capacity)) {
    const involved = [...c.involved.keys()].sort(byPlace);
    // The task that starts latest (ties: the later place) carries the finding.
    let at = involved[0];
    for (const b of involved) if (b.task.start! > at.task.start! || (b.task.start! === at.task.start! && byPlace(b, at) > 0)) at = b;
    const others = involved.filter((b) => b !== at);
    const planOf = (b: Booking) => b.plan.title?.value?.trim() || b.plan.id?.value || b.file.name;
    const label = (b: Booking, l: Lang) => {
      const t = taskLabel(b.task.task, b.task.index, l);
      if (b.file === at.file) return t;
      return l === 'zh-CN' ? `${planOf(b)} 的 ${t}` : `${t} in ${planOf(b)}`;
    };
    const name = at.member.name?.value?.trim();
    const days = period(c.first, c.last);
    const args = (l: Lang): Args => ({
      person: name ? (l === 'zh-CN' ? `${name}（${person}）` : `${name} (${person})`) : person,
      task: taskLabel(at.task.task, at.task.index, l),
      capacity,
      peak: c.peak,
      days,
      others: others.slice(0, SHOWN).map((b) => label(b, l)),
      more: Math.max(0, others.length - SHOWN),
    });
    const own = c.involved.get(at)!;
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
        taskDates: [period(own[0], own[1])],
        conflicts: others.map((b) => ({
          taskId: b.task.id ?? null,
          plan: b.plan.id?.value ?? null,
          file: b.file.name,
          dates: [period(...c.involved.get(b)!)],
        })),
      },
      related: others.map((b) => ({
        uri: b.file.uri,
        owner: b.task.task.owner!,
        message: localized(messages.related, (l) => ({ task: label(b, l), days: period(...c.involved.get(b)!) })),
      })),
    });
  }
  return { inputs, found };
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
        const inputs = inputsOf(capacity, booked);
        const prev = memo?.get(person);
        result = prev && sameInputs(prev.inputs, inputs) ? prev : personResult(person, booked, capacity, inputs);
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
