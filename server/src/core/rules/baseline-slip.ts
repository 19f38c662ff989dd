/**
 * baseline-slip — seed 001 FAQ 2 发现项目延期: 记录延期原因 … 当日反馈销售; DOMAIN.md "Calendars,
 * actuals, baselines and load": a task whose forecast end is later than its baseline end, with no
 * `delays` entry explaining it.
 *
 * Decisions:
 * - The baseline is the plan's chosen one (baselines/read.ts: the setting pocStudio.baseline, else
 *   the newest `taken`); without one nothing fires.
 * - It fires where the slip starts: on a task with an own part of the slip (baselines/slip.ts),
 *   not on the tasks that only inherit it from their dependencies. The message gives the whole
 *   slip and, when it differs, the part that starts at this task.
 * - A `delays` entry for the task explains it (whatever its days): the delay is on record.
 * - Cancelled tasks and milestones are left out (a milestone only moves with its predecessors);
 *   tasks that cannot be scheduled (a cycle) too.
 * - Reported at the task's id (else its name, else its first line). data: { taskId, slipDays, own,
 *   baselineEnd, end, baseline, delayDays, grown } (what the quick fix records: the own part, and
 *   how much of it is a longer span of the task itself).
 */
import { defineRule } from './api';
import { formatDate } from '../dates';
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import { anchorOf, localized, taskLabel, type Lang } from './_schedule-util';

type Args = { task: string; end: string; baselineEnd: string; days: number; own: number; baseline: string };

const messages = {
  slip: {
    en: (a: Args) =>
      `Task ${a.task} now ends on ${a.end}, ${a.days} working day${a.days === 1 ? '' : 's'} after its baseline end ${a.baselineEnd} (baseline ${a.baseline})` +
      `${a.own !== a.days ? `; ${a.own} of them start${a.own === 1 ? 's' : ''} here` : ''}. Record the delay and its reason under delays, and tell sales the same day.`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 预计 ${a.end} 完成，比基线“${a.baseline}”的 ${a.baselineEnd} 晚 ${a.days} 个工作日` +
      `${a.own !== a.days ? `，其中 ${a.own} 个工作日由本任务造成` : ''}。请登记延期及其原因，并于当日反馈销售。`,
  },
};

export const rule = defineRule({
  id: 'baseline-slip',
  defaultSeverity: 'warning',
  description: {
    en: 'A task ends later than its baseline and no delay explains it (reported where the slip starts).',
    'zh-CN': '任务预计完成日期晚于基线且未登记延期（在延期开始的任务处提示）。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const m = ctx.file.model;
    const s = ctx.file.schedule;
    if ((m.kind !== 'poc' && m.kind !== 'project') || !s) return;
    const baseline = baselineFor(ctx.index.files, m.id?.value, ctx.settings.baseline || undefined);
    if (!baseline) return;
    const slips = slipsOf(m, s, baseline);
    const name = baseline.model.name?.value.trim() || baseline.file.name;
    for (const t of s.tasks) {
      const slip = slips[t.index];
      if (!slip || slip.own <= 0 || slip.explained || t.milestone || t.unscheduled || t.task.status?.value === 'cancelled') continue;
      const args = (l: Lang): Args => ({
        task: taskLabel(t.task, t.index, l),
        end: formatDate(t.end!),
        baselineEnd: formatDate(slip.baselineEnd),
        days: slip.slipDays,
        own: slip.own,
        baseline: name,
      });
      ctx.report(anchorOf(ctx.file, t.task), localized(messages.slip, args), {
        taskId: t.id ?? null,
        slipDays: slip.slipDays,
        own: slip.own,
        baselineEnd: formatDate(slip.baselineEnd),
        end: formatDate(t.end!),
        baseline: name,
        delayDays: slip.own,
        grown: Math.min(slip.grown, slip.own),
      });
    }
  },
});
