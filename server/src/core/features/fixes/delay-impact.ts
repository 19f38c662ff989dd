/**
 * Quick fix for `delay-impact`: the affected plan's id added to `affects` of the delay entry the
 * finding is about (data.delayIndex): appended to a flow or block list, `affects: [id]` filled into
 * an empty `affects:`, or inserted as the entry's last key. Nothing for a slip without a delays
 * entry (the days and the reason are the PM's to record: baseline-slip's fix records the delay), nor
 * when the entry moved or already lists the plan.
 */
import * as YAML from 'yaml';
import { appendItem, collectionOf, insertPair, mapOf, setPairValue, type EditTarget } from '../edits';
import type { TextEdit } from '../types';
import type { Delay } from '../../model';
import { quickFix, str, tr, ID_RE, type FixProvider } from './_util';

const RULE = 'delay-impact';

/** `id` added to the delay entry's affects (a minimal edit), undefined when it cannot be written. */
export function addAffected(file: EditTarget, delay: Delay, id: string): TextEdit | undefined {
  const map = mapOf(file, delay.raw);
  if (!map) return undefined;
  const written = delay.raw.affects;
  if (written === undefined || written === null) {
    if (Object.prototype.hasOwnProperty.call(delay.raw, 'affects')) {
      const e = setPairValue(file, map, 'affects', id);
      return e && { ...e, newText: e.newText.replace(id, `[${id}]`) };
    }
    return insertPair(file, map, 'affects', [id]);
  }
  if (!Array.isArray(written)) return undefined;
  const seq = collectionOf(file, written);
  return seq && YAML.isSeq(seq) ? appendItem(file, seq, id) : undefined;
}

export const provide: FixProvider = (ctx, d) => {
  const m = ctx.file.model;
  const data = d.data ?? {};
  const id = str(data.plan);
  const taskId = str(data.taskId);
  const at = typeof data.delayIndex === 'number' ? data.delayIndex : undefined;
  if ((m.kind !== 'poc' && m.kind !== 'project') || id === undefined || !ID_RE.test(id) || at === undefined) return [];
  const delay = m.delays.items[at];
  if (!delay || (taskId !== undefined && delay.task?.value !== taskId) || delay.affects.items.some((a) => a.value === id)) return [];
  const title = str(data.planTitle) ?? id;
  return quickFix(tr(ctx, `Add ${id} to the delay's affects`, `在延期记录中关联“${title}”`), RULE, [addAffected(ctx.file, delay, id)], true);
};
