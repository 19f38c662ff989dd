import { label } from '../labels';
import { defineTaskRule } from './_task-rule';
import { formatDate } from '../dates';
import { anchorOf, isClosed, taskLabel, localized } from './_schedule-util';

type L = 'en' | 'zh-CN';

interface Args {
  task: string;
  end: string;
  days: number;
  status?: string;
}

const messages = {
  overdue: {
    en: (a: Args) =>
      `Task ${a.task} was due on ${a.end} (${a.days} day${a.days === 1 ? '' : 's'} ago) and ${a.status ? `is ${label('en', 'status', a.status)}` : 'has no status'}. ` +
      `Mark it done if it is finished; otherwise record a delay with its reason, tell sales the same day, and re-plan the end date.`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 应于 ${a.end} 完成（已逾期 ${a.days} 天），${a.status ? `当前状态为“${label('zh-CN', 'status', a.status)}”` : '尚未填写状态'}。` +
      `如已完成请把状态改为“已完成”；否则请登记延期及原因，当日反馈销售，并调整结束日期。`,
  },
};

/**
 * seed 000 §7 跟踪任务进度, seed 001 FAQ 2 延期: a task not done whose computed end is before today.
 * A task that cannot be scheduled (in a dependency cycle, or after one) is left out: its dates are
 * invented, and schedule-cycle already reports the cycle.
 */
export const rule = defineTaskRule({
  id: 'overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'Not done (nor cancelled) and its end is before today.',
    'zh-CN': '任务未完成（且未取消）且已过结束日期。',
  },
  kinds: ['poc', 'project'],
  perTask: {
    // The days overdue are part of the message: today is part of what a task's finding depends on.
    env: (ctx) => (ctx.file.schedule ? String(ctx.today) : undefined),
    check(ctx, t, index, st, out) {
      if (!st || st.unscheduled || isClosed(t) || st.end === undefined || st.end >= ctx.today) return;
      const end = formatDate(st.end);
      const days = ctx.today - st.end;
      const args = (l: L): Args => ({ task: taskLabel(t, index, l), end, days, status: t.status?.value });
      out.push({
        span: (file) => anchorOf(file, t),
        message: localized(messages.overdue, args),
        data: { taskId: st.id, end, status: t.status?.value ?? null },
      });
    },
  },
});
