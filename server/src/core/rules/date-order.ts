import { defineRule, say, type RuleContext } from './api';
import { formatDate, parseDate } from '../dates';
import { availableFrom, type ScheduledTask } from '../schedule';
import { taskLabel, localized } from './_schedule-util';
import { lifecycleDateOrder } from './_lifecycle-dates';

type L = 'en' | 'zh-CN';

const messages = {
  taskEnd: {
    en: (a: { task: string; start: string; end: string }) =>
      `Task ${a.task} ends on ${a.end}, before its start ${a.start}. Correct the end date (or the start).`,
    'zh-CN': (a: { task: string; start: string; end: string }) =>
      `任务 ${a.task} 的结束日期 ${a.end} 早于开始日期 ${a.start}，请修正结束日期（或开始日期）。`,
  },
  taskEndBeforeDeps: {
    en: (a: { task: string; start: string; end: string; dep: string }) =>
      `Task ${a.task} ends on ${a.end}, but its dependency ${a.dep} lets it start only on ${a.start}. ` +
      `Move the end date to ${a.start} or later, or change its dependsOn.`,
    'zh-CN': (a: { task: string; start: string; end: string; dep: string }) =>
      `任务 ${a.task} 的结束日期 ${a.end} 早于其前置任务 ${a.dep} 允许的最早开始日期 ${a.start}。` +
      `请把结束日期改到 ${a.start} 或之后，或调整前置任务。`,
  },
  taskEndBeforePlan: {
    en: (a: { task: string; start: string; end: string }) =>
      `Task ${a.task} ends on ${a.end}, before it can start: without start or dependencies it starts with the plan on ${a.start}. ` +
      `Give it a start date or correct the end date.`,
    'zh-CN': (a: { task: string; start: string; end: string }) =>
      `任务 ${a.task} 的结束日期 ${a.end} 早于其开始日期：未写开始日期也无前置任务时，它从计划开始日 ${a.start} 开始。` +
      `请补上开始日期或修正结束日期。`,
  },
  planEnd: {
    en: (a: { start: string; end: string; what: string }) =>
      `The ${a.what} ends on ${a.end}, before it starts on ${a.start}. Correct the end date (or the start).`,
    'zh-CN': (a: { start: string; end: string; what: string }) =>
      `${a.what === 'POC' ? 'POC ' : '项目'}结束日期 ${a.end} 早于开始日期 ${a.start}，请修正结束日期（或开始日期）。`,
  },
  haltTo: {
    en: (a: { from: string; to: string }) =>
      `This halt ends (to: ${a.to}) before it begins (from: ${a.from}). Correct the resume date.`,
    'zh-CN': (a: { from: string; to: string }) =>
      `叫停记录的恢复实施日期 ${a.to} 早于叫停日期 ${a.from}，请修正。`,
  },
  range: {
    en: (a: { list: string; from: string; to: string }) =>
      `The ${a.list === 'leave' ? 'leave' : `calendar.${a.list}`} range ${a.from}..${a.to} ends before it begins, so it has no days at all. Write it as ${a.to}..${a.from} or fix the dates.`,
    'zh-CN': (a: { list: string; from: string; to: string }) =>
      `${a.list === 'holidays' ? '日历节假日' : a.list === 'workdays' ? '日历调休上班日' : '请假日期'}中的日期区间 ${a.from}..${a.to} 结束早于开始，不包含任何日期。请改为 ${a.to}..${a.from} 或修正日期。`,
  },
};

/** End before start: tasks (explicit or implied start), the plan window, halts and calendar ranges. */
export const rule = defineRule({
  id: 'date-order',
  defaultSeverity: 'error',
  description: {
    en: 'End before start, or a window whose end is before its start (also trial run, departure and acceptance).',
    'zh-CN': '结束日期早于开始日期（任务、计划起止、叫停、日历区间、试运行、离场与验收）。',
  },
  kinds: ['poc', 'project', 'calendar'],
  check(ctx) {
    const { model, schedule } = ctx.file;
    if (model.kind === 'calendar') {
      for (const list of ['holidays', 'workdays'] as const) reversedRanges(ctx, model.raw[list], list);
      return;
    }
    if (model.kind !== 'poc' && model.kind !== 'project') return;
    const label = (i: number, l: L) => taskLabel(model.tasks.items[i], i, l);

    // The plan's own window.
    if (model.start?.day !== undefined && model.end?.day !== undefined && model.end.day < model.start.day) {
      const args = { start: model.start.value, end: model.end.value, what: model.kind === 'poc' ? 'POC' : 'project' };
      ctx.report(model.end.span, say(messages.planEnd, args), { start: args.start, end: args.end });
    }

    // Tasks.
    for (let i_ = 0, a_ = schedule?.tasks ?? []; i_ < a_.length; i_++) {
      const st = a_[i_];
      const t = st.task;
      const taskId = t.id?.value;
      const s = t.start?.day;
      const e = t.end?.day;
      if (e === undefined || !t.end) continue;
      if (s !== undefined) {
        if (e < s) {
          const args = (l: L) => ({ task: label(st.index, l), start: formatDate(s), end: formatDate(e) });
          ctx.report(t.end.span, localized(messages.taskEnd, args), {
            taskId,
            start: formatDate(s),
            end: formatDate(e),
          });
        }
        continue;
      }
      // No explicit start: the start comes from the dependencies (or the plan start).
      if (st.milestone || st.start === undefined || e >= st.start) continue;
      const start = formatDate(st.start);
      const usable = st.inCycle ? st.deps.filter((d) => !d.inCycle) : st.deps;
      // The dependency that allows the latest start is the one that pushes the task past its end.
      let binding: ScheduledTask | undefined;
      let bindingFrom = -Infinity;
      for (const d of usable) {
        const from = availableFrom(schedule!.calendar, d);
        if (from !== undefined && from > bindingFrom) {
          binding = d;
          bindingFrom = from;
        }
      }
      if (binding) {
        const dep = binding.id ?? `#${binding.index + 1}`;
        const b = binding;
        const args = (l: L) => ({ task: label(st.index, l), start, end: formatDate(e), dep: taskLabel(b.task, b.index, l) });
        ctx.report(t.end.span, localized(messages.taskEndBeforeDeps, args), {
          taskId,
          dependency: dep,
          start,
          end: formatDate(e),
          suggestion: start,
        });
      } else {
        const args = (l: L) => ({ task: label(st.index, l), start, end: formatDate(e) });
        ctx.report(
          t.end.span,
          localized(messages.taskEndBeforePlan, args),
          { taskId, start, end: formatDate(e) },
        );
      }
    }

    // Halts (seed 001 FAQ 4, 客户方原因叫停实施).
    for (const h of model.halts.items) {
      if (h.from?.day !== undefined && h.to?.day !== undefined && h.to.day < h.from.day) {
        ctx.report(h.to.span, say(messages.haltTo, { from: h.from.value, to: h.to.value }), { from: h.from.value, to: h.to.value });
      }
    }

    // Lifecycle dates (trial run, departure, acceptance): _lifecycle-dates.ts.
    if (model.kind === 'project') lifecycleDateOrder(ctx, model);

    // Calendar ranges "a..b" with b < a (the model keeps them as reversed pairs, which cover no day),
    // and a team member's leave.
    const cal = model.raw.calendar;
    if (cal && typeof cal === 'object' && !Array.isArray(cal)) {
      for (const list of ['holidays', 'workdays'] as const) reversedRanges(ctx, (cal as Record<string, unknown>)[list], list);
    }
    for (const m of model.team.items) reversedRanges(ctx, m.raw.leave, 'leave');
  },
});

/** Reports each `a..b` item of a list of dates and ranges whose end is before its start. */
function reversedRanges(ctx: RuleContext, arr: unknown, list: 'holidays' | 'workdays' | 'leave'): void {
  if (!Array.isArray(arr)) return;
  arr.forEach((item, i) => {
    if (typeof item !== 'string') return;
    const parts = item.split('..');
    if (parts.length !== 2) return;
    const a = parseDate(parts[0]);
    const b = parseDate(parts[1]);
    if (a === undefined || b === undefined || b >= a) return;
    const span = ctx.file.parsed.map.item(arr, i);
    if (!span) return;
    const from = parts[0].trim();
    const to = parts[1].trim();
    ctx.report(span, say(messages.range, { list, from, to }), { list, from, to, suggestion: `${to}..${from}` });
  });
}
