/**
 * What a drag (or its keyboard equivalent) on the Gantt chart changes in the plan: the minimal
 * text edit, computed by the server against the text the chart was drawn from (the client applies
 * it as one undoable edit, only if its document still has that text; see lsp/views.ts).
 *
 *   resize  a bar's end by `days` working days → its `duration:` (or its `end:`)
 *   move    a bar by `days` working days → its `start:` (and `end:` when written); a task whose
 *           start comes from dependsOn gets a `start:` only with `addStart` (the chart asks first)
 *   link    from one bar to another → the first task's id added to the second's dependsOn
 *
 * Decisions:
 * - Days are working days of the plan's calendar (halts not closed: the user moves planned work).
 * - A duration stays in the unit it was written in when it can (`2w` + 5 days → `3w`, else `Nd`;
 *   a bare number stays a number); recorded delays are not part of what the user drags.
 * - Refused, with a message in both languages: milestones (resize), a result shorter than one day,
 *   a task without an id (link), a link onto itself or one that closes a dependency cycle, a task
 *   done (its dates are what happened), a date before 1970 or after 2200, a task that cannot be
 *   scheduled (a cycle).
 */
import { formatDate, parseDate, parseDuration, type Day } from '../dates';
import { workdaysLater } from '../baselines/read';
import type { ArtifactFile } from '../rules/api';
import type { ScheduledTask } from '../schedule';
import type { Localized } from '../types';
import type { TextEdit } from '../features/types';
import { replaceScalar } from '../features/edits';
import { addDependency, setTaskField } from '../features/task-edits';

/**
 * `days`: working days (keyboard: ±1); or `toDate`, the day the bar's end (resize) or start (move)
 * was dropped on (mouse), turned into working days on the plan's calendar.
 */
export type GanttDrag =
  | { kind: 'resize'; index: number; days?: number; toDate?: string }
  | { kind: 'move'; index: number; days?: number; toDate?: string; addStart?: boolean }
  | { kind: 'link'; from: number; to: number };

export type GanttDragResult = { edits: TextEdit[] } | { refused: string; message: Localized };

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });
const refuse = (refused: string, message: Localized): GanttDragResult => ({ refused, message });
const MIN_DAY = 0;
const MAX_DAY = 84_000; // 2199-12-31

export function ganttDragEdit(file: ArtifactFile, drag: GanttDrag): GanttDragResult {
  const s = file.schedule;
  if (!s) return refuse('not-a-plan', L('Only a plan has a schedule to edit.', '只有计划才有可编辑的排期。'));
  const taskAt = (i: unknown) => (Number.isInteger(i) ? s.tasks[i as number] : undefined);
  if (drag.kind === 'link') {
    const from = taskAt(drag.from);
    const to = taskAt(drag.to);
    if (!from || !to) return refuse('unknown-task', L('That task is no longer in the plan.', '该任务已不在计划中。'));
    return link(file, from, to);
  }
  const st = taskAt(drag.index);
  if (!st) return refuse('unknown-task', L('That task is no longer in the plan.', '该任务已不在计划中。'));
  const days = drag.toDate !== undefined ? daysTo(file, st, drag.kind, drag.toDate) : Math.trunc(Number(drag.days));
  if (Number.isNaN(days) && drag.toDate !== undefined) return refuse('bad-date', L('That is not a date the task can be moved to.', '无法把任务移到该日期。'));
  if (!Number.isFinite(days) || days === 0) return refuse('unchanged', L('Nothing to change.', '没有需要修改的内容。'));
  if (st.unscheduled) return refuse('unscheduled', L('This task is in a dependency cycle: fix the cycle first.', '该任务处于依赖环中，请先消除依赖环。'));
  if (st.done) return refuse('done', L('This task is done: its dates are what happened.', '该任务已完成，其日期为实际发生的日期，不能拖动。'));
  return drag.kind === 'resize' ? resize(file, st, days) : move(file, st, days, drag.addStart === true);
}

/** Working days from the bar's end (resize) or start (move) to the day it was dropped on. */
function daysTo(file: ArtifactFile, st: ScheduledTask, kind: 'resize' | 'move', toDate: string): number {
  const to = parseDate(toDate);
  const from = kind === 'resize' ? st.end : st.start;
  if (to === undefined || from === undefined || !inRange(to)) return NaN;
  const cal = file.schedule!.plain;
  return workdaysLater(cal, from, kind === 'resize' ? cal.onOrBefore(to) : cal.onOrAfter(to));
}

function inRange(d: Day): boolean {
  return d >= MIN_DAY && d <= MAX_DAY;
}

function resize(file: ArtifactFile, st: ScheduledTask, days: number): GanttDragResult {
  const t = st.task;
  if (st.milestone) return refuse('milestone', L('A milestone has no duration to drag.', '里程碑没有工期，不能拖动其长度。'));
  const cal = file.schedule!.plain;
  const own = st.duration - st.delayDays;
  const next = own + days;
  if (next < 1) return refuse('too-short', L('A task lasts at least one working day.', '任务工期至少为 1 个工作日。'));
  if (t.duration) {
    const raw = t.raw.duration;
    let text: string | number;
    if (typeof raw === 'number') text = next;
    else if (typeof raw === 'string' && /w\s*$/.test(raw) && next % 5 === 0) text = `${next / 5}w`;
    else text = `${next}d`;
    if (parseDuration(text) !== next) text = `${next}d`;
    const e = replaceScalar(file, t.duration.span, text);
    return e ? { edits: [e] } : refuse('unchanged', L('Nothing to change.', '没有需要修改的内容。'));
  }
  if (t.end?.day !== undefined && st.end !== undefined) {
    const end = cal.addWorkdays(cal.onOrBefore(t.end.day), days);
    if (!inRange(end) || (st.start !== undefined && end < st.start)) return refuse('bad-date', L('The task would end before it starts.', '任务的结束日期将早于开始日期。'));
    const e = replaceScalar(file, t.end.span, formatDate(end));
    return e ? { edits: [e] } : refuse('unchanged', L('Nothing to change.', '没有需要修改的内容。'));
  }
  const e = setTaskField(file, t, 'duration', `${next}d`, t.start ? 'start' : 'dependsOn');
  return e ? { edits: [e] } : refuse('cannot-edit', L('This task cannot be edited here; edit its duration in the file.', '无法在此修改该任务，请在文件中修改其工期。'));
}

function move(file: ArtifactFile, st: ScheduledTask, days: number, addStart: boolean): GanttDragResult {
  const t = st.task;
  const cal = file.schedule!.plain;
  const edits: TextEdit[] = [];
  if (t.start?.day === undefined) {
    if (st.start === undefined) return refuse('no-date', L('This task has no date to move from.', '该任务没有可移动的日期。'));
    if (!addStart) {
      return refuse(
        'needs-start',
        L('This task starts after its dependencies. Give it its own start date to move it?', '该任务在前置任务结束后开始。是否为其设置开始日期后再移动？'),
      );
    }
    const start = cal.addWorkdays(st.start, days);
    if (!inRange(start)) return refuse('bad-date', L('That date is out of range.', '该日期超出范围。'));
    const e = setTaskField(file, t, 'start', formatDate(start), t.owner ? 'owner' : 'name');
    if (!e) return refuse('cannot-edit', L('This task cannot be edited here.', '无法在此修改该任务。'));
    return { edits: [e] };
  }
  const start = cal.addWorkdays(cal.onOrAfter(t.start.day), days);
  if (!inRange(start)) return refuse('bad-date', L('That date is out of range.', '该日期超出范围。'));
  const e = replaceScalar(file, t.start.span, formatDate(start));
  if (e) edits.push(e);
  if (t.end?.day !== undefined) {
    const end = cal.addWorkdays(cal.onOrBefore(t.end.day), days);
    if (!inRange(end)) return refuse('bad-date', L('That date is out of range.', '该日期超出范围。'));
    const e2 = replaceScalar(file, t.end.span, formatDate(end));
    if (e2) edits.push(e2);
  }
  return edits.length ? { edits } : refuse('unchanged', L('Nothing to change.', '没有需要修改的内容。'));
}

function link(file: ArtifactFile, from: ScheduledTask, to: ScheduledTask): GanttDragResult {
  if (from === to) return refuse('self', L('A task cannot depend on itself.', '任务不能依赖自身。'));
  if (from.id === undefined) return refuse('no-id', L('The first task has no id to depend on.', '起始任务没有 id，无法作为前置任务。'));
  if (to.task.dependsOn.items.some((d) => d.value === from.id)) return refuse('exists', L(`${to.id ?? 'The task'} already depends on ${from.id}.`, `${to.id ?? '该任务'} 已依赖 ${from.id}。`));
  // A cycle: `from` already (transitively) depends on `to`.
  const seen = new Set<ScheduledTask>();
  const stack = [from];
  while (stack.length) {
    const x = stack.pop()!;
    if (x === to) return refuse('cycle', L(`${from.id} already waits for ${to.id ?? 'that task'}: the link would close a cycle.`, `${from.id} 已在等待 ${to.id ?? '该任务'}，添加此依赖会形成依赖环。`));
    if (seen.has(x)) continue;
    seen.add(x);
    stack.push(...x.deps);
  }
  const e = addDependency(file, to.task, from.id);
  return e ? { edits: [e] } : refuse('cannot-edit', L('This dependency cannot be added here; edit dependsOn in the file.', '无法在此添加依赖，请在文件中修改前置任务。'));
}
