import { defineRule } from './api';
import { formatDate, type Day, type WorkCalendar } from '../dates';
import type { Booking } from '../workspace-index';
import type { Field } from '../model';
import type { Localized } from '../types';
import { isClosed, taskLabel, localized } from './_schedule-util';

type L = 'en' | 'zh-CN';

interface Args {
  person: string;
  task: string;
  capacity: number;
  peak: number;
  days: string;
  others: string;
}

const messages = {
  over: {
    en: (a: Args) =>
      `${a.person} is booked on ${a.peak} tasks at once on ${a.days}, more than their capacity of ${a.capacity}: ` +
      `${a.task} overlaps ${a.others}. Move one of the tasks, or give it to someone else.`,
    'zh-CN': (a: Args) =>
      `${a.person} 在 ${a.days} 同时承担 ${a.peak} 个任务，超出其工作容量 ${a.capacity}：` +
      `${a.task} 与以下任务时间重叠：${a.others}。请错开任务排期，或改派其他人员。`,
  },
};

function push<K>(map: Map<K, Day[]>, key: K, d: Day): void {
  const list = map.get(key);
  if (list) list.push(d);
  else map.set(key, [d]);
}

interface Found {
  owner: Field<string>;
  message: Localized;
  data: Record<string, unknown>;
}

/** The findings on one person and what they were computed from. */
interface PersonMemo {
  inputs: unknown[];
  found: Found[];
}

/** How many values of each booking the findings read (see inputOf). */
const INPUTS = 10;

function sameInputs(inputs: unknown[], all: Booking[], inputOf: (b: Booking, k: number) => unknown): boolean {
  let i = 1;
  for (const b of all) for (let k = 0; k < INPUTS; k++) if (inputs[i++] !== inputOf(b, k)) return false;
  return true;
}

/** Days are scanned from the first start to at most this many days later (ten years). */
const MAX_DAYS = 3660;

/** A working-day run of days, written `a..b` (or one date). Gaps of non-working days do not split a run. */
function runs(days: Day[], cal: WorkCalendar): string[] {
  const out: [Day, Day][] = [];
  for (const d of days) {
    const last = out[out.length - 1];
    if (last && cal.nextWorkday(last[1]) >= d) last[1] = d;
    else out.push([d, d]);
  }
  return out.map(([a, b]) => (a === b ? formatDate(a) : `${formatDate(a)}..${formatDate(b)}`));
}

function listRuns(days: Day[], cal: WorkCalendar, l: L): string {
  const r = runs(days, cal);
  const shown = r.slice(0, 3).join(l === 'zh-CN' ? '、' : ', ');
  return r.length > 3 ? `${shown}${l === 'zh-CN' ? ' 等' : ' …'}` : shown;
}

/**
 * seed 000 §7 (资源分配, POC人员的时间安排) and seed 001 (a delay that hits the next project): one
 * person — the same team id in any plan of the workspace — on more overlapping tasks than their
 * capacity on some working day. A day counts for a task when it lies within the task's computed
 * dates and is a working day of that task's plan. Done and cancelled tasks and milestones are
 * ignored. Capacity is the member's `capacity` (the smallest one declared for that id across the
 * workspace), default 1.
 */
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
    const memo = ctx.memo as Map<string, PersonMemo> | undefined;
    const kept = new Map<string, PersonMemo>();
    const people = new Set<string>();
    for (const st of file.schedule.tasks) if (st.task.owner) people.add(st.task.owner.value);

    for (const person of people) {
      const booked = ctx.index.bookings.get(person) ?? [];
      const declared = (ctx.index.team.get(person) ?? [])
        .map((d) => d.item.capacity?.value)
        .filter((c): c is number => c !== undefined && Number.isFinite(c) && c > 0);
      const capacity = declared.length ? Math.min(...declared) : 1;

      const calOf = (b: Booking): WorkCalendar => b.file.schedule?.calendar ?? file.schedule!.calendar;
      // Everything the findings on this person read: when it is what the last check read (typing in
      // a task of another person, or in a name), that check's findings stand.
      const inputOf = (b: Booking, k: number): unknown => {
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
          default: return b.member.name?.value;
        }
      };
      const prev = memo?.get(person);
      if (prev && prev.inputs.length === 1 + booked.length * INPUTS && prev.inputs[0] === capacity && sameInputs(prev.inputs, booked, inputOf)) {
        kept.set(person, prev);
        for (const f of prev.found) ctx.report(f.owner.span, f.message, f.data);
        continue;
      }
      const inputs: unknown[] = [capacity];
      for (const b of booked) for (let k = 0; k < INPUTS; k++) inputs.push(inputOf(b, k));
      const found: Found[] = [];
      kept.set(person, { inputs, found });

      const all = booked.filter((b) => !isClosed(b.task.task) && !b.task.milestone && b.task.start! <= b.task.end!);
      const mine = all.filter((b) => b.file.uri === file.uri);
      if (all.length < 2 || !mine.length) continue;

      let lo = Infinity;
      let hiEnd = -Infinity;
      for (const b of all) {
        lo = Math.min(lo, b.task.start!);
        hiEnd = Math.max(hiEnd, b.task.end!);
      }
      const hi = Math.min(hiEnd, lo + MAX_DAYS);

      // For each booking of this file: overloaded days, and per other booking the shared overloaded days.
      const overDays = new Map<Booking, Day[]>();
      const peakOf = new Map<Booking, number>();
      const overlaps = new Map<Booking, Map<Booking, Day[]>>();
      // Sweep the start/end events: between two events the set of active bookings is constant, and
      // only the stretches where it exceeds the capacity need a day-by-day look.
      const events: [Day, number, Booking][] = [];
      for (const b of all) events.push([b.task.start!, 1, b], [b.task.end! + 1, -1, b]);
      events.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      const active = new Set<Booking>();
      const overDaysList: Day[] = [];
      for (let i = 0; i < events.length; ) {
        const day = events[i][0];
        for (; i < events.length && events[i][0] === day; i++) {
          if (events[i][1] > 0) active.add(events[i][2]);
          else active.delete(events[i][2]);
        }
        const next = i < events.length ? events[i][0] : day;
        if (active.size < 2 || active.size <= capacity) continue;
        for (let d = Math.max(day, lo); d < next && d <= hi; d++) overDaysList.push(d);
      }
      for (const d of overDaysList) {
        const busy = all.filter((b) => b.task.start! <= d && d <= b.task.end! && calOf(b).isWorkday(d));
        if (busy.length < 2 || busy.length <= capacity) continue;
        for (const b of busy) {
          if (b.file.uri !== file.uri) continue;
          push(overDays, b, d);
          peakOf.set(b, Math.max(peakOf.get(b) ?? 0, busy.length));
          const per = overlaps.get(b) ?? new Map<Booking, Day[]>();
          overlaps.set(b, per);
          for (const o of busy) if (o !== b) push(per, o, d);
        }
      }

      for (const b of mine) {
        const days = overDays.get(b);
        const owner = b.task.task.owner;
        if (!days || !owner) continue;
        const cal = calOf(b);
        const others = [...overlaps.get(b)!.entries()];
        const planOf = (o: Booking) => o.plan.id?.value ?? o.file.name;
        const otherText = (l: L) =>
          others
            .map(([o, od]) => {
              const label = taskLabel(o.task.task, o.task.index, l);
              const when = listRuns(od, cal, l);
              const here = o.file.uri === file.uri;
              if (l === 'zh-CN') return `${here ? '' : `${planOf(o)} 的 `}${label}（${when}）`;
              return `${label}${here ? '' : ` in ${planOf(o)}`} on ${when}`;
            })
            .join(l === 'zh-CN' ? '；' : '; ');
        const name = b.member.name?.value;
        const args = (l: L): Args => ({
          person: name ? (l === 'zh-CN' ? `${name}（${person}）` : `${name} (${person})`) : person,
          task: taskLabel(b.task.task, b.task.index, l),
          capacity,
          peak: peakOf.get(b)!,
          days: listRuns(days, cal, l),
          others: otherText(l),
        });
        found.push({
          owner,
          message: localized(messages.over, args),
          data: {
            taskId: b.task.id ?? null,
            person,
            capacity,
            dates: runs(days, cal),
            conflicts: others.map(([o, od]) => ({
              taskId: o.task.id ?? null,
              plan: o.plan.id?.value ?? null,
              file: o.file.name,
              dates: runs(od, cal),
            })),
          },
        });
      }
      for (const f of found) ctx.report(f.owner.span, f.message, f.data);
    }
    if (memo) {
      memo.clear();
      for (const [k, v] of kept) memo.set(k, v);
    }
  },
});
