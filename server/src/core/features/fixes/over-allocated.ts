/**
 * Quick fixes for `over-allocated` (not for its leave findings: only the person knows when to work):
 * - "Start <later> after <earlier> ends": the earlier task's id is added to the `dependsOn` of the
 *   task that carries the finding (it starts latest), for each other task of the conflict in the same
 *   file (at most three). Appended to the flow or block list, or `dependsOn: [X]` created after
 *   `owner`. Only when the later task has no explicit `start` or `end` (those would keep its dates)
 *   and does not depend on it already.
 * - "Set the allocations to fit": the tasks of the conflict in this file share what the tasks of
 *   other files leave of the capacity (counted as if they all overlapped: the result always fits),
 *   in whole percents; `allocation:` is replaced or inserted, only on tasks above their share.
 */
import { addDependency } from '../task-edits';
import { mapOf, setPairValue } from '../edits';
import type { Task } from '../../model';
import type { CodeActionEntry, TextEdit } from '../types';
import { itemAt, quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'over-allocated';

/** A task's allocation in percent as the rule counts it (absent: 100). */
const allocationOf = (t: Task) => Math.min(100, Math.max(0, t.allocation?.value ?? 100));

interface Other {
  taskId: string | null;
  file: string;
  allocation: number;
}

export const provide: FixProvider = (ctx, d) => {
  const m = ctx.file.model;
  const data = d.data ?? {};
  if ((m.kind !== 'poc' && m.kind !== 'project') || data.leave || !Array.isArray(data.conflicts) || !ctx.file.schedule) return [];
  const schedule = ctx.file.schedule;
  const later = (str(data.taskId) !== undefined ? schedule.byId.get(str(data.taskId)!)?.task : undefined) ?? itemAt(m.tasks.items, d.span);
  if (!later || !later.span) return [];
  const others = (data.conflicts as Other[]).filter((c) => c && typeof c === 'object');
  const here = others.filter((c) => c.file === ctx.file.name);
  const laterId = later.id?.value ?? '';
  const out: CodeActionEntry[] = [];

  // (a) Start the later task after an earlier one of this file.
  if (!later.start && !later.end && laterId) {
    for (const c of here.slice(0, 3)) {
      if (typeof c.taskId !== 'string' || c.taskId === laterId || later.dependsOn.items.some((x) => x.value === c.taskId)) continue;
      const edit = addDependency(ctx.file, later, c.taskId);
      out.push(...quickFix(tr(ctx, `Start ${laterId} after ${c.taskId} ends`, `将 ${laterId} 改为在 ${c.taskId} 结束后开始`), RULE, [edit]));
    }
  }

  // (b) Allocations that fit.
  const capacity = typeof data.capacityPercent === 'number' ? data.capacityPercent : undefined;
  if (capacity !== undefined) {
    const mine: Task[] = [later];
    for (const c of here) {
      const t = typeof c.taskId === 'string' ? schedule.byId.get(c.taskId)?.task : undefined;
      if (!t) return out; // a task of the conflict that cannot be found again
      if (!mine.includes(t)) mine.push(t);
    }
    const order = new Map(m.tasks.items.map((t, i) => [t, i]));
    mine.sort((x, y) => (order.get(x) ?? 0) - (order.get(y) ?? 0));
    const elsewhere = others.filter((c) => c.file !== ctx.file.name).reduce((s, c) => s + (typeof c.allocation === 'number' ? c.allocation : 100), 0);
    const share = Math.floor((capacity - elsewhere) / mine.length);
    if (share >= 1) {
      const edits: (TextEdit | undefined)[] = [];
      const parts: string[] = [];
      for (const t of mine) {
        if (allocationOf(t) <= share) continue;
        const map = mapOf(ctx.file, t.raw);
        edits.push(map && setPairValue(ctx.file, map, 'allocation', share));
        parts.push(`${t.id?.value ?? t.name?.value ?? '?'} ${share}%`);
      }
      if (parts.length) {
        out.push(
          ...quickFix(
            tr(ctx, `Set the allocations to fit the capacity (${parts.join(', ')})`, `调低投入比例以符合工作容量（${parts.join('、')}）`),
            RULE,
            edits,
          ),
        );
      }
    }
  }
  return out;
};
