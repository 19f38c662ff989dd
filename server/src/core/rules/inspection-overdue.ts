/**
 * inspection-overdue — seed 001 售后服务支持 / 巡检: 根据合同中关于维保期的规定进行定期巡检；
 * 技术支持小组根据合同时间要求定期分配巡检任务.
 *
 * Decisions:
 * - Fires for an inspection whose `due` is a valid date strictly before today and whose `done` is
 *   not `true` (absent, false, or a value of the wrong type). Due today is not overdue yet.
 * - An inspection without a valid `due` is not checked (the schema rule reports a bad date).
 * - Reported at the `due` value. data: { due, days } with days = calendar days past due.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { planOf, projectName } from './_project-util';

type A = { project: string; due: string; days: number; today: string };

const messages = {
  overdue: {
    en: (a: A) =>
      `The inspection of project ${a.project} due on ${a.due} is ${a.days} ${a.days === 1 ? 'day' : 'days'} overdue and not done. ` +
      `Schedule the inspection (巡检) with the support team as the maintenance contract requires, then set done: true.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”应于 ${a.due} 完成的巡检已逾期 ${a.days} 天仍未完成。请按合同维保期要求安排技术支持小组巡检，完成后标记为已完成。`,
  },
};

export const rule = defineRule({
  id: 'inspection-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'An inspection past due and not done.',
    'zh-CN': '巡检已过期仍未完成。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const project = projectName(ctx.file, plan);
    for (const insp of plan.inspections.items) {
      const due = insp.due;
      if (!due || due.day === undefined || due.day >= ctx.today || insp.done?.value === true) continue;
      const days = ctx.today - due.day;
      ctx.report(due.span, say(messages.overdue, { project, due: formatDate(due.day), days, today: formatDate(ctx.today) }), {
        due: formatDate(due.day),
        days,
      });
    }
  },
});
