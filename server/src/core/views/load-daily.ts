/**
 * One person's load day by day (the Gantt's load strip when the chart is filtered by owner): the
 * same counting as the team load (load.ts `dayLoads`: bookings of every plan of the indexes, with
 * their allocation on the working days of their plan, leave from the team entries).
 *
 * Decisions:
 * - percent: the day's sum of allocations over the person's capacity (capacity 0.5 and one
 *   full-time task: 200%), rounded to a whole percent.
 * - state: `free` when nothing is booked, `over` when the sum exceeds capacity × 100 or a counted
 *   task falls on a leave day (the day over-allocated reports), `busy` otherwise.
 * - leave: the day is a leave day of the person (booked or not).
 * - A window longer than MAX_DAYS days is cut there (bounded memory for a ten-year chart).
 */
import type { Day } from '../dates';
import type { WorkspaceIndex } from '../workspace-index';
import { SCALE } from '../rules/_allocation-sweep';
import { dayLoads, merged, personOf, type LoadState } from './load';

export const MAX_DAYS = 3660;

export interface DailyLoadDay {
  day: Day;
  percent: number;
  state: LoadState;
  leave: boolean;
}

export interface DailyLoad {
  /** Full-time persons (1 = full time). */
  capacity: number;
  /** The person's name (the first non-empty one), else the id. */
  name: string;
  days: DailyLoadDay[];
}

/** The load of `person` (an id) on every day of [from, to] over the indexes' plans. */
export function dailyLoad(index: WorkspaceIndex | readonly WorkspaceIndex[], person: string, from: Day, to: Day): DailyLoad {
  const indexes = Array.isArray(index) ? (index as readonly WorkspaceIndex[]) : [index as WorkspaceIndex];
  const last = Math.min(to, from + MAX_DAYS - 1);
  const d = merged(indexes).get(person) ?? { team: [], bookings: [] };
  const who = personOf(person, d);
  const { leave, load, onLeave } = dayLoads(d, from, last);
  const limit = Math.round(who.capacity * 100 * SCALE);
  const days: DailyLoadDay[] = [];
  for (let i = 0; i < load.length; i++) {
    const booked = load[i];
    const percent = booked > 0 ? Math.round(booked / SCALE / who.capacity) : 0;
    const state: LoadState = booked === 0 ? 'free' : booked > limit || onLeave[i] ? 'over' : 'busy';
    days.push({ day: from + i, percent, state, leave: leave.has(from + i) });
  }
  return { capacity: who.capacity, name: who.name, days };
}
