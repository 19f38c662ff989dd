import { defineRule } from './api';
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
      `Task ${a.task} was due on ${a.end} (${a.days} day${a.days === 1 ? '' : 's'} ago) and ${a.status ? `is ${a.status}` : 'has no status'}. ` +
      `Mark it done if it is finished; otherwise record a delay with its reason, tell sales the same day, and re-plan the end date.`,
    'zh-CN': (a: Args) =>
      `任务 ${a.task} 应于 ${a.end} 完成（已逾期 ${a.days} 天），${a.status ? `当前状态为 ${a.status}` : '尚未填写状态'}。` +
      `如已完成请改为 done；否则请登记延期（delays）及原因，当日反馈销售，并调整结束日期。`,
  },
};

/** seed 000 §7 跟踪任务进度, seed 001 FAQ 2 延期: a task not done whose computed end is before today. */
export const rule = defineRule({
  id: 'overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'Not done (nor cancelled) and its end is before today.',
    'zh-CN': '任务未完成（且未取消）且已过结束日期。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const schedule = ctx.file.schedule;
    if (!schedule) return;
    for (const st of schedule.tasks) {
      const t = st.task;
      if (isClosed(t) || st.end === undefined || st.end >= ctx.today) continue;
      const end = formatDate(st.end);
      const days = ctx.today - st.end;
      const args = (l: L): Args => ({ task: taskLabel(t, st.index, l), end, days, status: t.status?.value });
      ctx.report(
        anchorOf(ctx.file, t),
        localized(messages.overdue, args),
        { taskId: st.id, end, status: t.status?.value ?? null },
      );
    }
  },
});
