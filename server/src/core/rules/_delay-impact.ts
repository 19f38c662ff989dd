/**
 * Delay impact (seed 001 FAQ 1/2: 如果延期对下一个项目造成影响，需要关联受影响项目告知销售): which
 * other plans a delay or slip of this plan pushes a shared person into over-allocation in. Shared
 * by the rule delay-impact, its quick fix and the weekly report.
 *
 * Decisions:
 * - A task of plan X is delayed when a `delays` entry of X names it with `days` > 0, or when its
 *   forecast end lies after its baseline end (the plan's chosen baseline, baselines/read.ts) — a
 *   task pushed by a predecessor's slip counts too: its person is just as busy later.
 * - Its pushed part: with a slip against the baseline, the days after the baseline end up to the
 *   forecast end; else (no baseline, the task not in it, or the baseline already holding the
 *   delay) its last N working days on its plan's calendar (halts closed), N being the sum of the
 *   `days` of its delays entries (what schedule.ts lengthens it by).
 * - Over-allocation is over-allocated's (conflictsOf over the owner's bookings of the whole
 *   portfolio, the capacity the smallest declared for the id, default 1). A delayed task impacts
 *   plan Y (another plan file) when a conflict involves the task and a task of Y on some day of the
 *   pushed part that is a working day of both plans and within both tasks' dates. The days of all
 *   such conflicts with Y are one impact per (task, Y), as periods: two days join when every day
 *   between is a day off in X or in Y (a weekend does not split a period).
 * - The delay entry of an impact is the last `delays` entry of the task (whatever its days), the
 *   one the quick fix adds the plan to; an impact is recorded when any entry of the task lists Y's
 *   id in `affects` (an earlier entry may already have told it).
 * - Y's sales contact: the first member of Y's team with role `sales` (id and name).
 * - What this reads of other files: the person's bookings (their export key `bookings`), team
 *   entries and capacities (`team`, `ids`), the other plan's id and title (in every team entry's
 *   key) and its sales member's entry. Findings of the rule point into Y (related), so any change of
 *   Y re-checks X (Workspace `citing`) — also a sales member who books nothing in X.
 * - Impacts come in task order, then by the other plan's file path.
 */
import type { Day, WorkCalendar } from '../dates';
import type { Delay, TeamMember } from '../model';
import type { ScheduledTask } from '../schedule';
import type { Booking, WorkspaceIndex } from '../workspace-index';
import type { ArtifactFile } from './api';
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import { calOf, conflictsOf, MAX_DAYS, period, weightOf, type Conflict } from './_allocation-sweep';

export interface DelayImpact {
  /** The delayed (or slipped) task of this plan. */
  task: ScheduledTask;
  /** The last `delays` entry of the task, and its index in `delays`; undefined for a slip alone. */
  delay?: Delay;
  delayIndex?: number;
  /** Working days after the baseline end (slip), 0 without a slip. */
  slipDays: number;
  /** The owner's team id, and their entry in this plan. */
  person: string;
  member: TeamMember;
  /** The other plan. */
  plan: { file: ArtifactFile; id?: string; title?: string };
  /** The other plan's sales contact (team member with role `sales`), if it has one. */
  sales?: { id: string; name?: string; member: TeamMember };
  /** The overloaded days of the pushed part shared with that plan, as periods `YYYY-MM-DD..YYYY-MM-DD`. */
  dates: string[];
  /** The periods as one text (`, ` between). */
  days: string;
  /** The other plan's tasks involved (the person's bookings there), in position order. */
  others: Booking[];
  /** Whether the other plan's id is in `affects` of a delays entry of the task. */
  recorded: boolean;
}

/** Per portfolio bookings (one People per portfolio version): each person's capacity and conflicts. */
const conflictMemo = new WeakMap<Map<string, Booking[]>, Map<string, Conflict[]>>();

function conflictsFor(index: WorkspaceIndex, person: string, booked: Booking[]): Conflict[] {
  let per = conflictMemo.get(index.bookings);
  if (!per) conflictMemo.set(index.bookings, (per = new Map()));
  let c = per.get(person);
  if (!c) {
    const declared = (index.team.get(person) ?? [])
      .map((d) => d.item.capacity?.value)
      .filter((x): x is number => x !== undefined && Number.isFinite(x) && x > 0);
    c = conflictsOf(booked, declared.length ? Math.min(...declared) : 1);
    per.set(person, c);
  }
  return c;
}

/** The sales contact of a plan: its first team member with role `sales` and an id. */
export function salesOf(file: ArtifactFile): DelayImpact['sales'] {
  const m = file.model;
  if (m.kind !== 'poc' && m.kind !== 'project') return undefined;
  // A person of several roles (`roles: [sales, presales]`) is the sales contact too.
  const t = m.team.items.find((x) => x.id && (x.role?.value?.trim() === 'sales' || x.roles.items.some((r) => r.value.trim() === 'sales')));
  return t && { id: t.id!.value, name: t.name?.value?.trim() || undefined, member: t };
}

/** A plan of the portfolio by id (the first in path order), as `delays[].affects` resolves it. */
export function planFileById(index: WorkspaceIndex, id: string): ArtifactFile | undefined {
  for (const f of index.portfolioPlans.length ? index.portfolioPlans : index.planFiles) {
    const m = f.model;
    if ((m.kind === 'poc' || m.kind === 'project') && m.id?.value === id) return f;
  }
  return undefined;
}

interface TaskDelays {
  last: Delay;
  lastIndex: number;
  days: number;
  affects: Set<string>;
}

/** Sorted days as periods, joined where every day between is off in one of the calendars. */
function periodsOf(days: Day[], x: WorkCalendar, y: WorkCalendar): string[] {
  const out: string[] = [];
  let from = days[0];
  let to = days[0];
  for (let i = 1; i < days.length; i++) {
    let joined = true;
    for (let d = to + 1; d < days[i] && joined; d++) joined = !(x.isWorkday(d) && y.isWorkday(d));
    if (joined) to = days[i];
    else {
      out.push(period(from, to));
      from = to = days[i];
    }
  }
  out.push(period(from, to));
  return out;
}

/**
 * The other plans the delays and slips of a plan push its people into over-allocation in.
 * `baselineName`: the setting pocStudio.baseline ('' or undefined: the newest baseline).
 */
export function delayImpacts(index: WorkspaceIndex, file: ArtifactFile, baselineName?: string): DelayImpact[] {
  const m = file.model;
  const s = file.schedule;
  if ((m.kind !== 'poc' && m.kind !== 'project') || !s) return [];
  const byTask = new Map<string, TaskDelays>();
  m.delays.items.forEach((d, i) => {
    const id = d.task?.value;
    if (id === undefined) return;
    let e = byTask.get(id);
    if (!e) byTask.set(id, (e = { last: d, lastIndex: i, days: 0, affects: new Set() }));
    e.last = d;
    e.lastIndex = i;
    const n = d.days?.value;
    if (n !== undefined && Number.isFinite(n) && n > 0) e.days += Math.ceil(n);
    for (const a of d.affects.items) e.affects.add(a.value);
  });
  const baseline = baselineFor(index.files, m.id?.value, baselineName || undefined);
  const slips = baseline ? slipsOf(m, s, baseline) : [];
  const out: DelayImpact[] = [];
  for (const t of s.tasks) {
    const owner = t.task.owner?.value;
    if (owner === undefined || t.milestone || t.unscheduled || t.start === undefined || t.end === undefined) continue;
    const delays = t.id !== undefined ? byTask.get(t.id) : undefined;
    const slip = slips[t.index];
    let from: Day;
    if (slip && slip.slipDays > 0) from = Math.max(t.start, slip.baselineEnd + 1);
    else if (delays && delays.days > 0) from = Math.max(t.start, s.calendar.startBefore(t.end, delays.days));
    else continue;
    const to = t.end;
    if (from > to) continue;
    const booked = index.bookings.get(owner);
    const at = booked?.findIndex((b) => b.file.uri === file.uri && b.task.index === t.index) ?? -1;
    if (!booked || at < 0 || !weightOf(booked[at])) continue;
    const mine = booked[at];
    const calX = calOf(mine);
    // Per other plan file: the ranges of the pushed part overloaded with its tasks, and those tasks.
    const per = new Map<string, { file: ArtifactFile; ranges: [Day, Day][]; others: Set<Booking>; cal: WorkCalendar; plan: Booking['plan'] }>();
    for (const c of conflictsFor(index, owner, booked)) {
      if (c.last < from || c.first > to || !c.involved.includes(at)) continue;
      for (const k of c.involved) {
        const b = booked[k];
        if (b.file.uri === file.uri) continue;
        const lo = Math.max(c.first, from, b.task.start!);
        const hi = Math.min(c.last, to, b.task.end!, lo + MAX_DAYS);
        const calY = calOf(b);
        // Counted when some day of the range is a working day of both plans.
        let d = lo;
        while (d <= hi && !(calX.isWorkday(d) && calY.isWorkday(d))) d++;
        if (d > hi) continue;
        let entry = per.get(b.file.uri);
        if (!entry) per.set(b.file.uri, (entry = { file: b.file, ranges: [], others: new Set(), cal: calY, plan: b.plan }));
        entry.ranges.push([d, hi]);
        entry.others.add(b);
      }
    }
    const ys = [...per.values()].sort((a, b) => (a.file.uri < b.file.uri ? -1 : a.file.uri > b.file.uri ? 1 : 0));
    for (const y of ys) {
      const days: Day[] = [];
      let upTo = -Infinity;
      for (const [lo, hi] of y.ranges.sort((p, q) => p[0] - q[0])) {
        for (let d = Math.max(lo, upTo + 1); d <= hi; d++) if (calX.isWorkday(d) && y.cal.isWorkday(d)) days.push(d);
        upTo = Math.max(upTo, hi);
      }
      const dates = periodsOf(days, calX, y.cal);
      const id = y.plan.id?.value;
      out.push({
        task: t,
        delay: delays?.last,
        delayIndex: delays?.lastIndex,
        slipDays: slip && slip.slipDays > 0 ? slip.slipDays : 0,
        person: owner,
        member: mine.member,
        plan: { file: y.file, id, title: y.plan.title?.value?.trim() || undefined },
        sales: salesOf(y.file),
        dates,
        days: dates.join(', '),
        others: [...y.others].sort((a, b) => a.task.index - b.task.index),
        recorded: id !== undefined && !!delays?.affects.has(id),
      });
    }
  }
  return out;
}
