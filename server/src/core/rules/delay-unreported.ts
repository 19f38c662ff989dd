/**
 * delay-unreported — seed 001 FAQ 2 发现项目延期: 记录延期原因 … 需要当日反馈销售.
 *
 * Decisions:
 * - Reason: a `reason` that is absent, empty or a placeholder (TBD, 待定, 无 …) counts as missing.
 *   Reported at the delay's `task` value, else at the delay's first key.
 * - Reporting to sales: fires when `reportedToSales` is absent, or when both it and `date` are
 *   valid dates and it is later than `date`. Reported at the `reportedToSales` value, else at the
 *   `date` value, else as for the reason. An unparseable date is left to the schema rule; a report
 *   before the delay date is not late.
 * - A missing report fires whatever today is (also for a delay dated today or later): the record
 *   should carry the day sales was told.
 * - Both problems on one delay give two diagnostics.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { firstKeySpan, isBlank, planOf } from './_project-util';

type R = { task?: string; n: number; date?: string };
type L = R & { reported: string; late: number };

const en = (a: R) => `The delay of ${a.task !== undefined ? `task ${a.task}` : `entry #${a.n}`}${a.date ? ` on ${a.date}` : ''}`;
const zh = (a: R) => `${a.task !== undefined ? `任务 ${a.task} ` : `第 ${a.n} 条延期记录`}${a.date ? `在 ${a.date} ` : ''}的延期`;

const messages = {
  noReason: {
    en: (a: R) => `${en(a)} has no reason. Record why it is late in reason, analysed against the schedule and workload.`,
    'zh-CN': (a: R) => `${zh(a)}没有记录原因。请结合工期和工作量分析，写明延期原因。`,
  },
  notReported: {
    en: (a: R) => `${en(a)} has not been reported to sales. Tell sales the same day and record that date in reportedToSales.`,
    'zh-CN': (a: R) => `${zh(a)}没有反馈销售。延期需要当日反馈销售，反馈后请记录反馈日期。`,
  },
  late: {
    en: (a: L) => `${en(a)} was reported to sales on ${a.reported}, ${a.late} ${a.late === 1 ? 'day' : 'days'} late. A delay must be reported to sales the same day.`,
    'zh-CN': (a: L) => `${zh(a)}在 ${a.reported} 才反馈销售，晚了 ${a.late} 天。延期需要当日反馈销售。`,
  },
};

export const rule = defineRule({
  id: 'delay-unreported',
  defaultSeverity: 'warning',
  description: {
    en: 'A delay without reason, or not reported to sales the same day.',
    'zh-CN': '延期没有记录原因，或未在当日反馈销售。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    plan.delays.items.forEach((d, i) => {
      const task = d.task?.value;
      const date = d.date?.day !== undefined ? d.date.value : undefined;
      const anchor = d.task?.span ?? firstKeySpan(ctx.file, d);
      const args: R = { task, n: i + 1, date };
      const base = { task: task ?? null, date: date ?? null };

      if (isBlank(d.reason)) {
        ctx.report(anchor, say(messages.noReason, args), { ...base, missing: 'reason' });
      }

      const reported = d.reportedToSales;
      if (!reported) {
        ctx.report(d.date?.span ?? anchor, say(messages.notReported, args), { ...base, missing: 'reportedToSales' });
      } else if (reported.day !== undefined && d.date?.day !== undefined && reported.day > d.date.day) {
        const late = reported.day - d.date.day;
        ctx.report(reported.span, say(messages.late, { ...args, reported: formatDate(reported.day), late }), {
          ...base,
          reportedToSales: reported.value,
          lateDays: late,
        });
      }
    });
  },
});
