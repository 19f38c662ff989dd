/**
 * Quick fix for `overdue`: record a delay for the task —
 * `- { task: T4, date: <today>, days: n, reason: 待填写原因, reportedToSales: <today> }` in
 * `delays:` (the section is created at the end of the file when absent). `days` is the number of
 * working days that brings the task's end to today (at least 1), so that the schedule, and this
 * warning, take the delay into account. Only where the file's schema has `delays` (projects; POCs
 * as soon as their schema lists it).
 */
import { formatDate } from '../../dates';
import { SCHEMAS } from '../../schema-check';
import { insertSectionItem } from '../edits';
import { quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'overdue';

export const provide: FixProvider = (ctx, d) => {
  const { file, ws } = ctx;
  const taskId = str(d.data?.taskId);
  const schedule = file.schedule;
  if (taskId === undefined || !schedule) return [];
  const props = (SCHEMAS[file.kind] as { properties?: Record<string, unknown> }).properties;
  if (!props || !('delays' in props)) return [];
  const st = schedule.byId.get(taskId);
  if (!st || st.end === undefined) return [];
  const today = ws.today;
  let end = st.end;
  let days = 0;
  while (end < today && days < 3660) {
    end = schedule.calendar.nextWorkday(end);
    days++;
  }
  days = Math.max(1, days);
  const date = formatDate(today);
  const reason = tr(ctx, 'reason to fill in', '待填写原因');
  const edit = insertSectionItem(file, 'delays', { task: taskId, date, days, reason, reportedToSales: date }, { style: 'flow' });
  return quickFix(tr(ctx, `Record a delay for ${taskId}`, `为任务 ${taskId} 登记延期（delays）`), RULE, [edit], true);
};
