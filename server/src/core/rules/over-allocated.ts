/*
 * over-allocated — seed 000 §7 (资源分配, POC人员的时间安排) and seed 001 (a delay that hits the next
 * project): one person — the same team id in any plan of the workspace — booked beyond their
 * capacity on some working day, or booked on a day of their leave.
 *
 * Decisions:
 * - Load: each task takes its `allocation` (percent of the owner's working day, 0–100, default
 *   100; values outside 0–100 are clamped, the schema reports them) on every day that lies within
 *   its computed dates and is a working day of its plan. The person is over-allocated on a day when
 *   the sum over all plans exceeds capacity × 100, capacity being the member's `capacity` in
 *   full-time persons (the smallest one declared for that id across the workspace), default 1. Two
 *   100% tasks at once conflict, 50% + 50% fits, one 60% task of a half-time person (0.5) does not.
 * - Left out: done and cancelled tasks, milestones, tasks with allocation 0 (waiting for the
 *   customer), tasks that cannot be scheduled (a dependency cycle: invented dates), and the days of
 *   a plan's `halts` for the bookings of that plan — its people are free for other plans then. The
 *   halts are closed days of the plan's schedule calendar (schedule.ts: from..to inclusive, a halt
 *   without an end lasts until today), the calendar this rule counts working days on.
 * - A conflict is a maximal run of overloaded days of the person; days that are a working day of
 *   none of the person's plans do not split a run (a weekend between two overloaded weeks).
 * - One finding per person and conflict, at the owner of the task that starts latest among the
 *   tasks involved (ties: the later file path, then the later position); when tasks of other plans
 *   (files) are involved, each of those files gets the same conflict too, at its own task that
 *   starts latest: every plan sharing the person is told (DOMAIN.md "Portfolio"), in any folder.
 *   The message names the period, the peak load against the capacity in percent and the first three
 *   other tasks (file path, then position order; the plan's title when in another plan), "and N
 *   more"; every other task involved is in `related` (relatedInformation), in the same order, with
 *   its allocation. A single task above a part-time capacity is a conflict of its own.
 * - Leave: `leave` of the person's team entries in every plan (dates and ranges). Each counted task
 *   with a working day of its plan (halts closed) on leave gets one finding at its owner,
 *   naming the leave days it covers; the leave entries are in `related`. Leave outside every task
 *   (and outside the plan windows) is simply not booked over: no finding.
 * - Near-linear: the start/end events of the person's bookings are sorted once
 *   and swept; between two events the load is constant per plan and only the working days are
 *   tested per plan, so a person on 1,000 parallel tasks costs the days of the conflict, not days ×
 *   tasks. Leave costs bookings × leave entries.
 * - The findings of a person are computed once per version of the portfolio's bookings (every folder's and customer's index shares them) and kept
 *   per file in RuleContext.memo while every value they read is the same: dates, calendars, halts,
 *   status and allocation (the conflicts), and names, leave and team entries (the texts).
 * - data: { taskId, person, capacity, capacityPercent, load (peak percent), peak (most tasks at
 *   once), allocation, dates: [period], taskDates, conflicts: [{ taskId, plan, file, dates,
 *   allocation }] } (conflicts: every other task involved, dates: its overloaded days within the
 *   period); for leave: { taskId, person, leave: true, dates: [leave days of the task] }.
 */
import { defineRule } from './api';
import type { Day } from '../dates';
import type { Booking, WorkspaceIndex } from '../workspace-index';
import type { Field, Task, TeamMember } from '../model';
import type { Localized } from '../types';
import { taskLabel, localized, tidyZh, type Lang } from './_schedule-util';
import type { ArtifactFile } from './api';
import { allocationOf, calOf, conflictsOf, MAX_DAYS, percent, period, weightOf, works, zhPeriod, type Conflict, type Group } from './_allocation-sweep';

export { allocationOf, conflictsOf } from './_allocation-sweep';

interface Args {
  person: string;
  task: string;
  capacity: number;
  load: number;
  days: string;
  others: string[];
  more: number;
}

const messages = {
  over: {
    en: (a: Args) =>
      `${a.person} is booked ${a.load}% against a capacity of ${a.capacity}% on ${a.days}: ` +
      `${a.task} overlaps ${a.others.join(', ')}${a.more ? ` and ${a.more} more` : ''}. Move one of the tasks, lower their allocation, or give one to someone else.`,
    'zh-CN': (a: Args) =>
      `${a.person}在 ${a.days} 安排 ${a.load}%，超出其工作容量 ${a.capacity}%：` +
      `${a.task} 与以下任务时间重叠：${a.others.join('、')}${a.more ? ` 等 ${a.more + a.others.length} 个任务` : ''}。请错开任务排期、调低投入比例，或改派其他人员。`,
  },
  single: {
    en: (a: Args) =>
      `${a.person} is booked ${a.load}% against a capacity of ${a.capacity}% on ${a.days}: ${a.task} alone takes more than their capacity. Lower its allocation, or give it to someone else.`,
    'zh-CN': (a: Args) =>
      `${a.person}在 ${a.days} 安排 ${a.load}%，超出其工作容量 ${a.capacity}%：仅 ${a.task} 一项就已超出。请调低投入比例，或改派其他人员。`,
  },
  leave: {
    en: (a: { person: string; days: string; task: string }) => `${a.person} is on leave on ${a.days} but has ${a.task}. Move the task, or give it to someone else.`,
    'zh-CN': (a: { person: string; days: string; task: string }) => `${a.person}在 ${a.days} 请假，但安排了任务 ${a.task}。请调整任务排期，或改派其他人员。`,
  },
  related: {
    en: (a: { task: string; days: string; allocation: number }) => `${a.task}, ${a.allocation}%, overloaded on ${a.days}`,
    'zh-CN': (a: { task: string; days: string; allocation: number }) => `${a.task}，投入比例 ${a.allocation}%，超负荷日期 ${a.days}`,
  },
  leaveEntry: {
    en: (a: { person: string; days: string }) => `Leave of ${a.person}: ${a.days}`,
    'zh-CN': (a: { person: string; days: string }) => `${a.person}的请假：${a.days}`,
  },
};

/** How many other tasks the message names. */
const SHOWN = 3;

interface Found {
  uri: string;
  owner: Field<string>;
  message: Localized;
  data: Record<string, unknown>;
  related: { uri: string; owner: Field<string>; message: Localized }[];
}

/** One merged range of the person's leave, with the entries it was written as. */
interface LeaveRange {
  from: Day;
  to: Day;
  entries: { uri: string; field: Field<string> }[];
}

interface Leave {
  ranges: LeaveRange[];
  /** The values the ranges were read from (compared by the memo). */
  key: string;
  /** The team entries read (their spans are where the related places point). */
  members: TeamMember[];
}

/** The findings on one person (in every file) and what they were computed from. */
interface PersonResult {
  capacity: number;
  /** The bookings read: while their dates, calendars (halts closed), allocations and places are the same, `conflicts` stand. */
  booked: Booking[];
  /** The task of each booking when computed (a kept schedule's tasks are rebound to new ones). */
  tasks: Task[];
  /** What each booking weighed when computed (scaled allocation; 0: not counted). */
  weights: number[];
  leave: Leave;
  conflicts: Conflict[];
  found: Found[];
}

/** What the conflicts read: places, dates, status, allocation, calendars (halts closed). */
function sameDates(prev: PersonResult, b: Booking[]): boolean {
  const a = prev.booked;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.file.uri !== y.file.uri || x.task.index !== y.task.index || x.task.start !== y.task.start || x.task.end !== y.task.end) return false;
    if (calOf(x) !== calOf(y) || prev.weights[i] !== weightOf(y)) return false;
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

function sameLeave(a: Leave, b: Leave): boolean {
  return a.key === b.key && a.members.length === b.members.length && a.members.every((m, i) => m === b.members[i]);
}

/** The person's leave from every team entry of the workspace, merged (overlapping or adjacent ranges join). */
function leaveOf(index: WorkspaceIndex, person: string): Leave {
  const raw: { from: Day; to: Day; uri: string; field: Field<string> }[] = [];
  const members: TeamMember[] = [];
  for (const d of index.team.get(person) ?? []) {
    const leave = d.item.leave;
    if (!leave?.length) continue;
    members.push(d.item);
    leave.forEach(([from, to], i) => raw.push({ from, to, uri: d.file.uri, field: leave.entries[i] }));
  }
  if (!raw.length) return { ranges: [], key: '', members };
  const key = JSON.stringify(raw.map((r) => [r.uri, r.from, r.to]));
  raw.sort((x, y) => x.from - y.from || x.to - y.to);
  const ranges: LeaveRange[] = [];
  for (const r of raw) {
    const last = ranges[ranges.length - 1];
    if (last && r.from <= last.to + 1) {
      last.to = Math.max(last.to, r.to);
      last.entries.push({ uri: r.uri, field: r.field });
    } else ranges.push({ from: r.from, to: r.to, entries: [{ uri: r.uri, field: r.field }] });
  }
  return { ranges, key, members };
}

/** How the person is named: Chinese text names them (no id where a name exists); an id gets a space after it. */
function personText(person: string, member: TeamMember, l: Lang): string {
  const name = member.name?.value?.trim();
  return l === 'zh-CN' ? (name ?? `${person} `) : name ? `${name} (${person})` : person;
}

function findingsOf(person: string, booked: Booking[], capacity: number, conflicts: Conflict[], leave: Leave): Found[] {
  const found: Found[] = [];
  const capacityPercent = Math.round(capacity * 10000) / 100;
  for (const c of conflicts) {
    const parts = conflictParts(booked, c);
    for (const atK of carriers(booked, c)) found.push(conflictFinding(person, booked, capacityPercent, capacity, c, parts, atK));
  }
  if (leave.ranges.length) found.push(...leaveFindings(person, booked, leave));
  return found;
}

/**
 * The involved tasks that carry a conflict's findings (indexes into `c.involved`): the conflict's
 * own carrier (the task that starts latest), and in every other file involved the task of that
 * file that starts latest (ties: the later position) — each plan is told where its part is.
 */
function carriers(booked: Booking[], c: Conflict): number[] {
  const at = booked[c.involved[c.at]];
  const perFile = new Map<string, number>([[at.file.uri, c.at]]);
  c.involved.forEach((i, k) => {
    const b = booked[i];
    if (b.file.uri === at.file.uri) return;
    const best = perFile.get(b.file.uri);
    if (best === undefined || b.task.start! >= booked[c.involved[best]].task.start!) perFile.set(b.file.uri, k);
  });
  return [...perFile.values()];
}

/** A label and a related place of an involved task, as said from its own plan and from another. */
interface Part {
  own: [string, string];
  other: [string, string];
  relatedOwn: Localized;
  relatedOther: Localized;
  conflict: Record<string, unknown>;
}

/**
 * What every finding of a conflict says of each involved task, computed once per conflict (a
 * conflict may involve a thousand tasks of a hundred plans, each plan getting a finding): the
 * labels without and with the plan's name (said of a task of another plan), the related messages,
 * the data entry.
 */
function conflictParts(booked: Booking[], c: Conflict): Part[] {
  const prefixes = new Map<ArtifactFile, [string, string]>();
  return c.involved.map((i, k) => {
    const b = booked[i];
    const en = taskLabel(b.task.task, b.task.index, 'en');
    const zh = taskLabel(b.task.task, b.task.index, 'zh-CN');
    let p = prefixes.get(b.file);
    if (!p) {
      const plan = b.plan.title?.value?.trim() || b.plan.id?.value || b.file.name;
      prefixes.set(b.file, (p = [` in ${plan}`, tidyZh(`${plan} 的 `)]));
    }
    const other: [string, string] = [en + p[0], p[1] + zh];
    const a = { days: c.days[k], allocation: allocationOf(b.task.task) };
    const related = (l: [string, string]): Localized => ({
      en: messages.related.en({ ...a, task: l[0] }),
      'zh-CN': messages.related['zh-CN']({ ...a, task: l[1], days: zhPeriod(a.days) }),
    });
    return {
      own: [en, zh],
      other,
      relatedOwn: related([en, zh]),
      relatedOther: related(other),
      conflict: { taskId: b.task.id ?? null, plan: b.plan.id?.value ?? null, file: b.file.name, dates: [c.days[k]], allocation: a.allocation },
    };
  });
}

function conflictFinding(person: string, booked: Booking[], capacityPercent: number, capacity: number, c: Conflict, parts: Part[], atK: number): Found {
  const at = booked[c.involved[atK]];
  // A task of the carrier's own plan is named alone, one of another plan with that plan's name.
  const mine = (k: number) => booked[c.involved[k]].file === at.file;
  const others: number[] = [];
  for (let k = 0; k < c.involved.length; k++) if (k !== atK) others.push(k);
  const days = period(c.first, c.last);
  const load = percent(c.load);
  const args = (l: Lang): Args => ({
    person: personText(person, at.member, l),
    task: taskLabel(at.task.task, at.task.index, l),
    capacity: capacityPercent,
    load,
    days: l === 'zh-CN' ? zhPeriod(days) : days,
    others: others.slice(0, SHOWN).map((k) => (mine(k) ? parts[k].own : parts[k].other)[l === 'en' ? 0 : 1]),
    more: Math.max(0, others.length - SHOWN),
  });
  return {
    uri: at.file.uri,
    owner: at.task.task.owner!,
    message: localized(others.length ? messages.over : messages.single, args),
    data: {
      taskId: at.task.id ?? null,
      person,
      capacity,
      capacityPercent,
      load,
      peak: c.peak,
      allocation: allocationOf(at.task.task),
      dates: [days],
      taskDates: [c.days[atK]],
      conflicts: others.map((k) => parts[k].conflict),
    },
    related: others.map((k) => {
      const b = booked[c.involved[k]];
      return { uri: b.file.uri, owner: b.task.task.owner!, message: mine(k) ? parts[k].relatedOwn : parts[k].relatedOther };
    }),
  };
}

/** One finding per counted task with a working day on the person's leave. */
function leaveFindings(person: string, booked: Booking[], leave: Leave): Found[] {
  const out: Found[] = [];
  for (const b of booked) {
    if (!weightOf(b)) continue;
    const g: Group = { cal: calOf(b) };
    const s = b.task.start!;
    const e = b.task.end!;
    const periods: string[] = [];
    const entries: LeaveRange['entries'] = [];
    for (const r of leave.ranges) {
      if (r.to < s) continue;
      if (r.from > e) break;
      const a = Math.max(s, r.from);
      const z = Math.min(e, r.to, a + MAX_DAYS);
      let x = a;
      while (x <= z && !works(g, x)) x++;
      if (x > z) continue;
      let y = z;
      while (y > x && !works(g, y)) y--;
      periods.push(period(x, y));
      entries.push(...r.entries);
    }
    if (!periods.length) continue;
    const args = (l: Lang) => ({
      person: personText(person, b.member, l),
      task: taskLabel(b.task.task, b.task.index, l),
      days: l === 'zh-CN' ? periods.map(zhPeriod).join('、') : periods.join(', '),
    });
    out.push({
      uri: b.file.uri,
      owner: b.task.task.owner!,
      message: localized(messages.leave, args),
      data: { taskId: b.task.id ?? null, person, leave: true, dates: periods },
      related: entries.map((en) => {
        const days = en.field.value;
        return {
          uri: en.uri,
          owner: en.field,
          message: {
            en: messages.leaveEntry.en({ person: personText(person, b.member, 'en'), days }),
            'zh-CN': tidyZh(messages.leaveEntry['zh-CN']({ person: personText(person, b.member, 'zh-CN').trim(), days: zhPeriod(days) })),
          },
        };
      }),
    });
  }
  return out;
}

function personResult(person: string, booked: Booking[], capacity: number, leave: Leave, prev: PersonResult | undefined): PersonResult {
  const tasks = booked.map((b) => b.task.task);
  const weights = booked.map(weightOf);
  if (prev && prev.capacity === capacity && sameDates(prev, booked)) {
    if (sameTexts(prev.tasks, prev.booked, booked) && sameLeave(prev.leave, leave)) return { ...prev, booked };
    return { capacity, booked, tasks, weights, leave, conflicts: prev.conflicts, found: findingsOf(person, booked, capacity, prev.conflicts, leave) };
  }
  const conflicts = conflictsOf(booked, capacity);
  return { capacity, booked, tasks, weights, leave, conflicts, found: findingsOf(person, booked, capacity, conflicts, leave) };
}

/** Per set of bookings (one version of the portfolio's People): each person's findings, shared by every file checked against them. */
const byIndex = new WeakMap<WorkspaceIndex['bookings'], Map<string, PersonResult>>();

export const rule = defineRule({
  id: 'over-allocated',
  defaultSeverity: 'warning',
  description: {
    en: 'One person booked beyond capacity (sum of allocations) or on leave, across the workspace.',
    'zh-CN': '同一人员在同一天的投入比例之和超出其工作容量，或在请假期间被安排任务（跨项目）。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const file = ctx.file;
    if (!file.schedule) return;
    const memo = ctx.memo as Map<string, PersonResult> | undefined;
    // Keyed by the bookings (the portfolio's People, shared by every folder's and customer's index
    // built from them): each person is computed once for the whole portfolio, not once per folder.
    let shared = byIndex.get(ctx.index.bookings);
    if (!shared) byIndex.set(ctx.index.bookings, (shared = new Map()));
    const kept = new Map<string, PersonResult>();
    const people = new Set<string>();
    for (let i_ = 0, a_ = file.schedule.tasks; i_ < a_.length; i_++) {
      const st = a_[i_];
      if (st.task.owner) people.add(st.task.owner.value);
    }

    for (const person of people) {
      const booked = ctx.index.bookings.get(person);
      if (!booked || !booked.some((b) => b.file === file)) continue;
      let result = shared.get(person);
      if (!result) {
        const declared = (ctx.index.team.get(person) ?? [])
          .map((d) => d.item.capacity?.value)
          .filter((c): c is number => c !== undefined && Number.isFinite(c) && c > 0);
        const capacity = declared.length ? Math.min(...declared) : 1;
        result = personResult(person, booked, capacity, leaveOf(ctx.index, person), memo?.get(person));
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
