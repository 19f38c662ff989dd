/**
 * Code lenses: computed schedule facts above a plan's tasks, progress above checklists.
 *
 * Decisions:
 * - Above the plan's `tasks:` key: the computed span of the plan (first start → last end of its
 *   scheduled tasks), its working days, the number of critical tasks, and the number of dependency
 *   cycles when there are any.
 * - Above each task (at its id, else at the first line of the task): its computed dates (one date
 *   for a one-day task or a milestone), working days (recorded delays included, and said so),
 *   then "critical" or its slack. A task in a dependency cycle, or one that cannot be dated (no
 *   start anywhere), says it cannot be scheduled and why.
 * - Above a checklist (its `items:` key, else its title, else its id) and above each group (its
 *   name, nested groups counting their nested items): done/total, required done/required total, and
 *   the overdue count when not zero. Overdue is the checklist-overdue rule's test: required, not
 *   done, own due date (else the checklist's) before today.
 *
 * Cost: O(file) per request, no work on other files.
 */
import type { ArtifactFile } from '../rules/api';
import type { Span } from '../text';
import type { Locale } from '../types';
import type { ChecklistItem, ChecklistModel, PlanModel } from '../model';
import type { ScheduledTask } from '../schedule';
import { isRequired } from '../model';
import { formatDate, type Day } from '../dates';
import type { CodeLensEntry, FeatureContext } from './types';

function firstLine(text: string, span: Span): Span {
  let end = span.start;
  while (end < span.end && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return { start: span.start, end };
}

function range(start: Day, end: Day): string {
  return start === end ? formatDate(start) : `${formatDate(start)} → ${formatDate(end)}`;
}

function workdays(n: number, locale: Locale): string {
  return locale === 'zh-CN' ? `${n} 个工作日` : `${n} working day${n === 1 ? '' : 's'}`;
}

/** The lens title of one scheduled task. */
export function taskLensTitle(st: ScheduledTask, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (st.inCycle) return zh ? '无法排期（循环依赖）' : 'cannot be scheduled (dependency cycle)';
  if (st.start === undefined || st.end === undefined) return zh ? '无法排期（缺少开始日期）' : 'cannot be scheduled (no start date)';
  const parts = [range(st.start, st.end)];
  if (st.milestone) parts.push(zh ? '里程碑' : 'milestone');
  else {
    const delay = st.delayDays > 0 ? (zh ? `（含延期 ${st.delayDays} 天）` : ` (incl. ${st.delayDays}d delay)`) : '';
    parts.push(workdays(st.duration, locale) + delay);
  }
  if (st.critical) parts.push(zh ? '关键路径' : 'critical');
  else if (st.slack !== undefined && st.slack > 0) parts.push(zh ? `浮动 ${st.slack} 天` : `slack ${st.slack}d`);
  const title = parts.join(' · ');
  return zh ? title.replace(/） · /g, '）· ') : title;
}

function planLenses(file: ArtifactFile, m: PlanModel, locale: Locale): CodeLensEntry[] {
  const zh = locale === 'zh-CN';
  const sched = file.schedule;
  const out: CodeLensEntry[] = [];
  if (!sched) return out;
  if (m.tasks.keySpan) {
    let title: string;
    if (!m.tasks.items.length) title = zh ? '暂无任务' : 'no tasks';
    else if (sched.start === undefined || sched.end === undefined) title = zh ? '计划无法排期（缺少开始日期）' : 'plan cannot be scheduled (no start date)';
    else {
      const critical = sched.tasks.filter((t) => t.critical).length;
      const days = sched.calendar.workdaysBetween(sched.start, sched.end);
      const parts = [
        (zh ? '计划 ' : 'plan ') + range(sched.start, sched.end),
        workdays(days, locale),
        zh ? `关键任务 ${critical} 个` : `${critical} critical task${critical === 1 ? '' : 's'}`,
      ];
      const c = sched.cycles.length;
      if (c) parts.push(zh ? `循环依赖 ${c} 处` : `${c} dependency cycle${c === 1 ? '' : 's'}`);
      title = parts.join(' · ');
    }
    out.push({ span: m.tasks.keySpan, title });
  }
  for (const st of sched.tasks) {
    out.push({ span: st.task.id?.span ?? firstLine(file.text, st.task.span), title: taskLensTitle(st, locale) });
  }
  return out;
}

/** `已完成 3/8（必做 2/6）· 逾期 1` / `done 3/8 (required 2/6) · 1 overdue`. */
export function progressTitle(items: readonly ChecklistItem[], checklistDue: Day | undefined, today: Day, locale: Locale): string {
  let done = 0;
  let required = 0;
  let requiredDone = 0;
  let overdue = 0;
  for (const it of items) {
    const isDone = it.done?.value === true;
    if (isDone) done++;
    if (!isRequired(it)) continue;
    required++;
    if (isDone) requiredDone++;
    else {
      const due = it.due ? it.due.day : checklistDue;
      if (due !== undefined && due < today) overdue++;
    }
  }
  const zh = locale === 'zh-CN';
  const head = zh ? `已完成 ${done}/${items.length}（必做 ${requiredDone}/${required}）` : `done ${done}/${items.length} (required ${requiredDone}/${required})`;
  if (!overdue) return head;
  return zh ? `${head}· 逾期 ${overdue}` : `${head} · ${overdue} overdue`;
}

function checklistLenses(file: ArtifactFile, m: ChecklistModel, today: Day, locale: Locale): CodeLensEntry[] {
  const out: CodeLensEntry[] = [];
  const due = m.due?.day;
  const at = m.itemsKeySpan ?? m.title?.span ?? m.id?.span;
  if (at) out.push({ span: at, title: progressTitle(m.items, due, today, locale) });
  const map = file.parsed.map;
  const known = new Set<unknown>(m.items.map((i) => i.raw));
  const byRaw = new Map<unknown, ChecklistItem>(m.items.map((i) => [i.raw, i]));
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  /** Walks the items as model.ts does; returns the items below, adding a lens per group. */
  const walk = (list: unknown, depth: number): ChecklistItem[] => {
    if (!Array.isArray(list) || depth > 8) return [];
    const below: ChecklistItem[] = [];
    list.forEach((e, i) => {
      if (!isObj(e)) return;
      if (known.has(e)) {
        below.push(byRaw.get(e)!);
        return;
      }
      if (!('group' in e) && !('items' in e)) return;
      const lensAt = out.length;
      const inner = walk(e.items, depth + 1);
      below.push(...inner);
      const span = map.value(e, 'group') ?? firstLine(file.text, map.item(list, i) ?? map.node(e) ?? { start: 0, end: 0 });
      // The group's lens comes before the lenses of its nested groups.
      out.splice(lensAt, 0, { span, title: progressTitle(inner, due, today, locale) });
    });
    return below;
  };
  walk(m.raw.items, 0);
  return out;
}

/** The code lenses of a file. */
export function codeLenses(ctx: FeatureContext): CodeLensEntry[] {
  const { file, locale } = ctx;
  if (file.parsed.unreadable) return [];
  const m = file.model;
  switch (m.kind) {
    case 'poc':
    case 'project':
      return planLenses(file, m, locale);
    case 'checklist':
      return checklistLenses(file, m, ctx.ws.today, locale);
    default:
      return [];
  }
}
