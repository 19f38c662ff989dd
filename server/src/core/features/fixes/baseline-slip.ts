/**
 * Quick fix for `baseline-slip`: record the delay — `- { task: T4, date: <today>, days: n, reason:
 * 待填写原因, reportedToSales: <today> }` in `delays:` (created at the end of the file when absent),
 * `n` being the part of the slip that starts at the task. A recorded delay lengthens a task that has
 * no actual dates (schedule.ts), so when the slip came from a longer `duration:` the duration goes
 * back by the days it grew in the same edit: the dates stay as they are, the delay now explains them.
 * Only where the file's schema has `delays`.
 */
import { formatDate } from '../../dates';
import { SCHEMAS } from '../../schema-check';
import { insertSectionItem } from '../edits';
import type { TextEdit } from '../types';
import { quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'baseline-slip';

export const provide: FixProvider = (ctx, d) => {
  const { file, ws } = ctx;
  const taskId = str(d.data?.taskId);
  const days = typeof d.data?.delayDays === 'number' && d.data.delayDays > 0 ? Math.ceil(d.data.delayDays) : undefined;
  const schedule = file.schedule;
  if (taskId === undefined || days === undefined || !schedule) return [];
  const props = (SCHEMAS[file.kind] as { properties?: Record<string, unknown> }).properties;
  if (!props || !('delays' in props)) return [];
  const st = schedule.byId.get(taskId);
  if (!st) return [];
  const date = formatDate(ws.today);
  const reason = tr(ctx, 'reason to fill in', '待填写原因');
  const record = insertSectionItem(file, 'delays', { task: taskId, date, days, reason, reportedToSales: date }, { style: 'flow' });
  if (!record) return [];
  const edits: TextEdit[] = [record];
  const grown = typeof d.data?.grown === 'number' ? Math.min(days, Math.floor(d.data.grown)) : 0;
  const actual = st.task.actualStart?.day !== undefined || st.task.actualEnd?.day !== undefined;
  const back = grown > 0 ? shorterDuration(st.task.raw.duration, st.task.duration, grown, actual) : undefined;
  if (back !== undefined) edits.push({ uri: file.uri, span: st.task.duration!.span, newText: back });
  return quickFix(tr(ctx, `Record a delay of ${days} working days for ${taskId}`, `为任务 ${taskId} 登记延期 ${days} 个工作日`), RULE, edits, true);
};

/** The `duration:` text `days` shorter, when the duration is what grew (and the task has no actual dates). */
function shorterDuration(raw: unknown, field: { value: number; span: { start: number; end: number } } | undefined, days: number, actual: boolean): string | undefined {
  if (actual || !field || field.value - days < 1) return undefined;
  const n = field.value - days;
  if (typeof raw === 'number') return String(n);
  if (typeof raw === 'string' && /^\s*\d+(\.\d+)?\s*d?\s*$/.test(raw)) return /d/.test(raw) ? `${n}d` : String(n);
  return undefined;
}
