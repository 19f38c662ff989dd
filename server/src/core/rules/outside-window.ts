import { defineTaskRule } from './_task-rule';
import { formatDate } from '../dates';
import { anchorOf, taskLabel, localized } from './_schedule-util';
import { lifeEnd } from '../lifecycle';

type L = 'en' | 'zh-CN';

interface Args {
  task: string;
  date: string;
  limit: string;
  what: string;
}

/** How the plan is called; in Chinese text a Latin word gets spaces around it. */
const what = (kind: string, l: L) => (kind === 'poc' ? (l === 'zh-CN' ? ' POC ' : 'POC') : l === 'zh-CN' ? '项目' : 'project');

const messages = {
  early: {
    en: (a: Args) =>
      `Task ${a.task} starts on ${a.date}, before the ${a.what} starts (${a.limit}). Move the task into the window, or move the ${a.what} start.`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 于 ${a.date} 开始，早于${a.what}开始日期 ${a.limit}。请把任务排进${a.what}周期内，或调整${a.what}的开始日期。`,
  },
  late: {
    en: (a: Args) =>
      `Task ${a.task} ends on ${a.date}, after the ${a.what} ends (${a.limit}). Shorten or move the task, or extend the ${a.what} end (and tell sales if it is a delay).`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 于 ${a.date} 结束，晚于${a.what}结束日期 ${a.limit}。请压缩或前移任务，或调整${a.what}结束日期（如属延期需当日反馈销售）。`,
  },
};

/**
 * Every task's computed dates (dependencies and calendar applied) must fall inside the plan's
 * `start`–`end`. Cancelled tasks are ignored; a reversed window is left to date-order. A milestone
 * without a date of its own is never "after the end": it marks the moment its dependencies end.
 * A task that cannot be scheduled (in a dependency cycle, or after one) is left out: its dates are
 * invented, and schedule-cycle already reports the cycle.
 * The project's life goes on after `end` (issue 18): a task in phase `after-sales` is never "after
 * the end", and a trial run ending after `end` moves the end checked to the trial run's last day.
 */
export const rule = defineTaskRule({
  id: 'outside-window',
  defaultSeverity: 'warning',
  description: {
    en: 'Task outside the POC/project start\u2013end.',
    'zh-CN': '任务超出 POC/项目的起止时间。',
  },
  kinds: ['poc', 'project'],
  perTask: {
    env(ctx) {
      const { model, schedule } = ctx.file;
      if ((model.kind !== 'poc' && model.kind !== 'project') || !schedule) return undefined;
      const p0 = model.start?.day;
      const p1 = model.end?.day;
      if (p0 === undefined && p1 === undefined) return undefined;
      if (p0 !== undefined && p1 !== undefined && p1 < p0) return undefined;
      return `${model.kind} ${p0} ${p1} ${lifeEnd(model)}`;
    },
    check(ctx, t, index, st, out) {
      const model = ctx.file.model;
      if ((model.kind !== 'poc' && model.kind !== 'project') || !st || st.unscheduled) return;
      const p0 = model.start?.day;
      const p1 = t.phase?.value === 'after-sales' ? undefined : lifeEnd(model);
      if (t.status?.value === 'cancelled') return;
      const kind = model.kind;
      const msg = (m: typeof messages.early, date: number, limit: number) => {
        const args = (l: L): Args => ({ task: taskLabel(t, index, l), date: formatDate(date), limit: formatDate(limit), what: what(kind, l) });
        return localized(m, args);
      };
      if (p0 !== undefined && st.start !== undefined && st.start < p0) {
        out.push({
          span: (file) => t.start?.span ?? (st.milestone ? t.end?.span : undefined) ?? anchorOf(file, t),
          message: msg(messages.early, st.start, p0),
          data: { taskId: st.id, start: formatDate(st.start), planStart: formatDate(p0) },
        });
      }
      // A milestone placed by its dependencies sits at the start of the next working day, i.e. at the
      // moment its last dependency ends: if that dependency is inside the window, so is the milestone.
      const derivedMilestone = st.milestone && !st.fixedStart && !st.fixedEnd && st.deps.length > 0;
      if (p1 !== undefined && st.end !== undefined && st.end > p1 && !derivedMilestone) {
        out.push({
          span: (file) => t.end?.span ?? (st.milestone ? t.start?.span : undefined) ?? anchorOf(file, t),
          message: msg(messages.late, st.end, p1),
          data: { taskId: st.id, end: formatDate(st.end), planEnd: formatDate(p1) },
        });
      }
    },
  },
});
