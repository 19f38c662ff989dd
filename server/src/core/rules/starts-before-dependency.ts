import { defineRule } from './api';
import { formatDate, type Day } from '../dates';
import { availableFrom, type ScheduledTask } from '../schedule';
import { taskLabel, localized } from './_schedule-util';

type L = 'en' | 'zh-CN';

interface Args {
  task: string;
  start: string;
  deps: string;
  earliest: string;
}

const messages = {
  early: {
    en: (a: Args) =>
      `Task ${a.task} starts on ${a.start}, before its dependencies allow: ${a.deps}. ` +
      `Move the start to ${a.earliest} or later, or remove the start and let the dependencies decide.`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 的开始日期 ${a.start} 早于前置任务允许的日期：${a.deps}。` +
      `请把开始日期改到 ${a.earliest} 或之后，或删除开始日期，由前后置关系推算。`,
  },
};

function depText(d: ScheduledTask, from: Day, l: L): string {
  const name = taskLabel(d.task, d.index, l);
  const end = formatDate(d.end!);
  if (d.milestone) return l === 'zh-CN' ? `里程碑 ${name} 在 ${end}` : `milestone ${name} is on ${end}`;
  return l === 'zh-CN'
    ? `${name} 于 ${end} 结束，最早 ${formatDate(from)} 开始`
    : `${name} ends on ${end}, so the earliest start is ${formatDate(from)}`;
}

/**
 * seed 000 §7 (前后置关系): a task with an explicit start must not start before the first working day
 * after each dependency ends (a milestone's own date). The start is compared after moving it to a
 * working day, so a start on a weekend right after a Friday dependency is fine. A task or a
 * dependency that cannot be scheduled (in a dependency cycle, or after one) is left out: its dates
 * are invented, and schedule-cycle already reports the cycle.
 */
export const rule = defineRule({
  id: 'starts-before-dependency',
  defaultSeverity: 'warning',
  description: {
    en: 'Explicit start earlier than a dependency allows (the first working day after it ends).',
    'zh-CN': '任务的开始日期早于前置任务结束后的第一个工作日。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const schedule = ctx.file.schedule;
    if (!schedule) return;
    const cal = schedule.calendar;
    for (let i_ = 0, a_ = schedule.tasks; i_ < a_.length; i_++) {
      const st = a_[i_];
      if (st.unscheduled) continue;
      // The explicit start; a milestone's date may be written as `end` alone.
      const field = st.task.start?.day !== undefined ? st.task.start : st.milestone && st.task.end?.day !== undefined ? st.task.end : undefined;
      if (!field || field.day === undefined) continue;
      const start = cal.onOrAfter(field.day);
      const late: { dep: ScheduledTask; from: Day }[] = [];
      for (const d of st.deps) {
        if (d === st || d.unscheduled) continue; // invented dates: cycles are schedule-cycle's business
        const from = availableFrom(cal, d);
        if (from !== undefined && start < from) late.push({ dep: d, from });
      }
      if (!late.length) continue;
      const binding = late.reduce((a, b) => (b.from > a.from ? b : a));
      const earliest = formatDate(binding.from);
      const args = (l: L): Args => ({
        task: taskLabel(st.task, st.index, l),
        start: field.value,
        deps: late.map((x) => depText(x.dep, x.from, l)).join(l === 'zh-CN' ? '；' : '; '),
        earliest,
      });
      ctx.report(
        field.span,
        localized(messages.early, args),
        {
          taskId: st.id,
          dependency: binding.dep.id,
          earliest,
          dependencies: late.map((x) => x.dep.id ?? null),
          suggestion: earliest,
        },
      );
    }
  },
});
