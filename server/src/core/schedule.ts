/**
 * Working-day scheduler for one plan: forward pass over `dependsOn` (a task starts on the first
 * working day after its last dependency ends; a milestone `0d` is a point in time at the start of
 * its date, so its successors may start that same day), explicit `start`/`end` respected,
 * backward pass for late dates, total slack and the critical path. Tasks in a dependency cycle are
 * marked and scheduled as if the cycle's edges did not exist, so the rest of the plan still works.
 *
 * Decisions (DOMAIN.md "Calendars, actuals, baselines and load"):
 * - Working days: the plan's own holidays/workdays, then each shared calendar of `calendar.use`
 *   (its own days, then its region's), then the plan's region, then Mon–Fri (calendarOf).
 * - Halts stop the clock for tasks that are not done: their working days inside a halt (`from`..`to`,
 *   inclusive; a halt without `to` lasts until today) do not count, so such a task moves or
 *   lengthens by the halt and is not overdue because of it. A done task keeps its dates.
 * - Actuals: a done task (status done, or an `actualEnd`) runs from its `actualStart` (else its
 *   planned start) to its `actualEnd` (else its planned end). A started task (`actualStart`, not
 *   done) starts on its actual start; with a `progress` and a today, its remaining work
 *   (duration × (100 − progress) %, at least one day) is forecast from today (or its actual start,
 *   if later); without a progress it keeps its planned length from the actual start.
 * - Recorded delays lengthen a task without actual dates (its plan moves); a task with actual dates
 *   runs on them and its forecast, and its delays only explain it.
 * - What a schedule read besides the plan (shared calendars, today when a forecast or an open halt
 *   needs it) is its `envKey`: a kept schedule (file.ts) must have the same.
 */
import type { WorkCalendar, Day } from './dates';
import type { PlanModel, Task } from './model';
import { calendarOf, envKeyOf, haltsOf, isDone, type ScheduleEnv } from './schedule-env';

export { calendarOf, envKeyOf, isDone, usedCalendars, type ScheduleEnv } from './schedule-env';

export interface ScheduledTask {
  task: Task;
  index: number;
  id?: string;
  /** Earliest start and finish (inclusive working days); undefined when not schedulable. */
  start?: Day;
  end?: Day;
  /** Working days, recorded delays included; 0 for a milestone (the planned length, before halts). */
  duration: number;
  /** Working days added by the plan's `delays` entries for this task. */
  delayDays: number;
  milestone: boolean;
  /** The task has an explicit `start` / `end`. */
  fixedStart: boolean;
  fixedEnd: boolean;
  inCycle: boolean;
  /**
   * The task cannot be scheduled: it is in a dependency cycle, or its start comes from a
   * dependency that cannot be scheduled. Its dates are placeholders (the cycle's edges ignored):
   * the date rules (overdue, outside-window, starts-before-dependency, over-allocated) leave it out;
   * schedule-cycle reports the cycle itself.
   */
  unscheduled: boolean;
  /** Ids in dependsOn that name no task of this plan. */
  unknownDeps: string[];
  /** Resolved dependencies (other tasks of the plan). */
  deps: ScheduledTask[];
  lateStart?: Day;
  lateEnd?: Day;
  /** Total slack in working days. */
  slack?: number;
  critical: boolean;
  /** Done (status done, or an actualEnd): its dates are what happened. */
  done: boolean;
  /** Started and not done: its end is a forecast. */
  started: boolean;
  /** The dates as planned (before actuals and forecast; halts applied to work not done). */
  plannedStart?: Day;
  plannedEnd?: Day;
}


export interface Schedule {
  /** The working days of work not done: the plan's calendar with its halts closed. */
  calendar: WorkCalendar;
  /** The plan's calendar without its halts (slips and baselines count in it). */
  plain: WorkCalendar;
  tasks: ScheduledTask[];
  /** By id (the first task of each id); a rebound schedule's is a view (schedule-rebound.ts). */
  byId: Pick<ReadonlyMap<string, ScheduledTask>, 'get' | 'has'>;
  /** Each cycle as the list of its task ids. */
  cycles: string[][];
  start?: Day;
  end?: Day;
  /**
   * The computation the dates come from: shared by the schedules of later versions that reuse it
   * (file.ts), so caches of what depends on the dates alone compare `basis`, not the schedule.
   */
  basis: object;
  /** The halts in force (inclusive ranges; an open one up to today). */
  halts: [Day, Day][];
  /** What the schedule read besides the plan (see ScheduleEnv): equal keys, equal schedules. */
  envKey: string;
}

/** The first day on which a successor of `dep` may start. */
export function availableFrom(cal: WorkCalendar, dep: ScheduledTask): Day | undefined {
  if (dep.end === undefined || dep.start === undefined) return undefined;
  // A milestone on a non-working day (a contract signed on a Saturday) lets work start on the next working day.
  return dep.milestone ? cal.onOrAfter(dep.start) : cal.nextWorkday(dep.end);
}

export function schedulePlan(plan: PlanModel, env: ScheduleEnv = {}): Schedule {
  const plain = calendarOf(plan, env);
  const halts = haltsOf(plan, env.today);
  // Tasks not done count working days outside the halts only (the backward pass too).
  const cal = plain.closing(halts);
  const today = env.today;
  const tasks: ScheduledTask[] = plan.tasks.items.map((task, index) => ({
    task,
    index,
    id: task.id?.value,
    duration: 1,
    delayDays: 0,
    milestone: false,
    fixedStart: task.start?.day !== undefined,
    fixedEnd: task.end?.day !== undefined,
    inCycle: false,
    unscheduled: false,
    unknownDeps: [],
    deps: [],
    critical: false,
    done: isDone(task),
    started: !isDone(task) && task.actualStart?.day !== undefined,
  }));
  const byId = new Map<string, ScheduledTask>();
  for (const t of tasks) if (t.id !== undefined && !byId.has(t.id)) byId.set(t.id, t);
  for (const t of tasks) {
    for (const dep of t.task.dependsOn.items) {
      const d = byId.get(dep.value);
      if (!d) t.unknownDeps.push(dep.value);
      else if (!t.deps.includes(d)) t.deps.push(d);
    }
  }

  // Recorded delays (seed 001: 记录延期) lengthen their task, and so push its successors; a task
  // with actual dates runs on them (and its forecast), the delay explains it.
  for (const d of plan.delays.items) {
    const t = d.task && byId.get(d.task.value);
    if (t && d.days && d.days.value > 0 && t.task.actualStart?.day === undefined && t.task.actualEnd?.day === undefined) t.delayDays += Math.ceil(d.days.value);
  }

  // Exact-length arrays: they live as long as the schedule (a plan of 20,000 tasks, ~3 MB of spare capacity).
  for (const t of tasks) {
    t.deps = t.deps.slice();
    t.unknownDeps = t.unknownDeps.slice();
  }

  const cycles = findCycles(tasks);
  for (const c of cycles) for (const t of c) t.inCycle = true;

  // Forward pass in topological order; edges inside a cycle are ignored.
  const order = topoOrder(tasks);
  const planStart = plan.start?.day;
  for (const t of order) {
    t.unscheduled = t.inCycle || (t.task.start?.day === undefined && usableDeps(t).some((d) => d.unscheduled));
    const explicitDays = t.task.duration?.value;
    const s = t.task.start?.day;
    const e = t.task.end?.day;
    let earliest: Day | undefined;
    for (const d of usableDeps(t)) {
      const from = availableFrom(cal, d);
      if (from !== undefined && (earliest === undefined || from > earliest)) earliest = from;
    }
    if (explicitDays === 0) {
      t.milestone = true;
      t.duration = 0;
      const planned = s !== undefined ? s : e !== undefined ? e : earliest ?? (planStart !== undefined ? cal.onOrAfter(planStart) : undefined);
      const at = t.task.actualEnd?.day ?? t.task.actualStart?.day ?? planned;
      t.plannedStart = t.plannedEnd = planned;
      t.start = at;
      t.end = at;
      continue;
    }
    // The planned dates on the working days without halts …
    let start: Day | undefined;
    if (s !== undefined) start = plain.onOrAfter(s);
    else if (earliest !== undefined) start = earliest;
    else if (e !== undefined && explicitDays !== undefined) start = plain.startBefore(e, explicitDays);
    else if (planStart !== undefined) start = plain.onOrAfter(planStart);

    let end: Day | undefined;
    if (e !== undefined) end = t.delayDays ? plain.addWorkdays(plain.onOrBefore(e), t.delayDays) : e;
    else if (start !== undefined) end = plain.endAfter(start, (explicitDays ?? 1) + t.delayDays);

    if (explicitDays !== undefined) t.duration = Math.max(1, Math.ceil(explicitDays)) + t.delayDays;
    else if (start !== undefined && end !== undefined) t.duration = Math.max(1, plain.workdaysBetween(start, end));

    if (!t.done && start !== undefined && end !== undefined && halts.length) {
      start = cal.onOrAfter(start);
      end = cal.endAfter(start, t.duration);
    }
    t.plannedStart = start;
    t.plannedEnd = end;
    // … then what happened, and the forecast for work started.
    const actualStart = t.task.actualStart?.day;
    const actualEnd = t.task.actualEnd?.day;
    if (t.done) {
      if (actualStart !== undefined) start = actualStart;
      if (actualEnd !== undefined) end = actualEnd;
      if (start !== undefined && end !== undefined && end < start) start = end;
    } else if (actualStart !== undefined) {
      start = actualStart;
      const progress = t.task.progress?.value;
      if (progress !== undefined && today !== undefined) {
        const remaining = Math.max(1, Math.ceil((t.duration * (100 - Math.min(100, Math.max(0, progress)))) / 100));
        end = cal.endAfter(cal.onOrAfter(Math.max(today, actualStart)), remaining);
      } else end = cal.endAfter(cal.onOrAfter(actualStart), t.duration);
    }
    t.start = start;
    t.end = end;
  }

  const scheduled = tasks.filter((t) => t.start !== undefined && t.end !== undefined);
  let first: Day | undefined;
  let last: Day | undefined;
  let finish: Day | undefined; // the last day of work: the latest end of a task that is not a milestone
  for (const t of scheduled) {
    if (first === undefined || t.start! < first) first = t.start;
    if (last === undefined || t.end! > last) last = t.end;
    if (!t.milestone && (finish === undefined || t.end! > finish)) finish = t.end;
  }
  finish ??= last;

  // Backward pass: latest dates without delaying the plan's last finish. A milestone marks the
  // start of its day, so the last day of work is the latest end of a task that is not a milestone.
  if (finish !== undefined) {
    const successors = new Map<ScheduledTask, ScheduledTask[]>();
    for (const t of order) {
      for (const d of usableDeps(t)) {
        const list = successors.get(d);
        if (list) list.push(t);
        else successors.set(d, [t]);
      }
    }
    for (const t of [...order].reverse()) {
      if (t.start === undefined || t.end === undefined) continue;
      const succ = (successors.get(t) ?? []).filter((s) => s.lateStart !== undefined);
      let limit: Day | undefined; // the latest day a successor needs this task to be available from
      for (const s of succ) if (limit === undefined || s.lateStart! < limit) limit = s.lateStart!;
      if (t.milestone) {
        const late = limit !== undefined ? limit : cal.nextWorkday(finish);
        t.lateStart = t.lateEnd = Math.max(late, t.start);
      } else {
        const lateEnd = limit !== undefined ? cal.previousWorkday(limit) : finish;
        t.lateEnd = Math.max(lateEnd, t.end);
        // Actual and forecast dates take the days they span, not the planned length.
        const length = t.done || t.started ? Math.max(1, cal.workdaysBetween(t.start, t.end)) : t.duration;
        t.lateStart = cal.startBefore(t.lateEnd, length);
        if (t.lateStart < t.start) t.lateStart = t.start;
      }
      t.slack = t.lateStart > t.start ? cal.workdaysBetween(t.start, t.lateStart) - (cal.isWorkday(t.lateStart) ? 1 : 0) : 0;
      t.critical = t.slack <= 0 && !t.inCycle;
    }
  }

  return {
    calendar: cal,
    plain,
    tasks,
    byId,
    cycles: cycles.map((c) => c.map((t) => t.id ?? `#${t.index + 1}`)),
    start: first,
    end: last,
    basis: {},
    halts,
    envKey: envKeyOf(plan, env),
  };
}

function usableDeps(t: ScheduledTask): ScheduledTask[] {
  return t.inCycle ? t.deps.filter((d) => !d.inCycle) : t.deps;
}

/** Tasks ordered so that every usable dependency comes before its dependents. */
function topoOrder(tasks: ScheduledTask[]): ScheduledTask[] {
  const out: ScheduledTask[] = [];
  const state = new Map<ScheduledTask, 1 | 2>();
  const visit = (root: ScheduledTask) => {
    // Iterative DFS: deep chains of dependencies must not overflow the stack.
    const stack: [ScheduledTask, number][] = [[root, 0]];
    while (stack.length) {
      const top = stack[stack.length - 1];
      const [t, i] = top;
      if (i === 0) {
        if (state.has(t)) {
          stack.pop();
          continue;
        }
        state.set(t, 1);
      }
      const deps = usableDeps(t);
      if (i < deps.length) {
        top[1]++;
        if (!state.has(deps[i])) stack.push([deps[i], 0]);
      } else {
        state.set(t, 2);
        out.push(t);
        stack.pop();
      }
    }
  };
  for (const t of tasks) visit(t);
  return out;
}

/** Strongly connected components with more than one task, or a task depending on itself (Tarjan, iterative). */
function findCycles(tasks: ScheduledTask[]): ScheduledTask[][] {
  let counter = 0;
  const index = new Map<ScheduledTask, number>();
  const low = new Map<ScheduledTask, number>();
  const onStack = new Set<ScheduledTask>();
  const stack: ScheduledTask[] = [];
  const result: ScheduledTask[][] = [];
  for (const root of tasks) {
    if (index.has(root)) continue;
    const work: [ScheduledTask, number][] = [[root, 0]];
    while (work.length) {
      const frame = work[work.length - 1];
      const [v, i] = frame;
      if (i === 0) {
        index.set(v, counter);
        low.set(v, counter);
        counter++;
        stack.push(v);
        onStack.add(v);
      }
      if (i < v.deps.length) {
        frame[1]++;
        const w = v.deps[i];
        if (!index.has(w)) work.push([w, 0]);
        else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1][0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: ScheduledTask[] = [];
        let w: ScheduledTask;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1 || v.deps.includes(v)) result.push(comp.sort((a, b) => a.index - b.index));
      }
    }
  }
  return result;
}
