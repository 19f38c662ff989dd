/**
 * remote-acceptance-unrecorded — seed 001 远程验收: 试运行结束后将验收报告快递给客户.
 *
 * Decisions:
 * - Only for `acceptance.remote: true` whose report is not signed yet — a signed report has come
 *   back, whatever was recorded of the way.
 * - The report is due to be sent once the trial run has ended (its `to`, top-level or the
 *   acceptance's), else once the team has left (`departure`). Neither, or that day not yet past =
 *   nothing checked.
 * - Not sent: no valid `acceptance.reportSent` → fires at the `remote` value.
 * - Not received: `reportSent` is written but `reportReceived` is not, and more than 5 working days
 *   (a courier's time, fixed) have passed since it was sent → fires at the `reportSent` value.
 * - data: { missing: 'reportSent' | 'reportReceived', since }.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { planCalendar, planOf, projectName } from './_project-util';
import { trialRunOf } from '../lifecycle';

/** Working days a sent report may take to reach the customer. */
const COURIER_DAYS = 5;

type A = { project: string; since: string; days: number };

const messages = {
  notSent: {
    en: (a: A) =>
      `The acceptance of project ${a.project} is remote, but there is no record of the acceptance report being sent since ${a.since}. ` +
      `Send the report to the customer by courier to sign and stamp, and record reportSent (and reportReceived once it arrives).`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”为远程验收，但自 ${a.since} 起没有验收报告寄出的记录。请将验收报告快递给客户签字盖章，并记录寄出日期（客户签收后记录签收日期）。`,
  },
  notReceived: {
    en: (a: A) =>
      `The acceptance report of project ${a.project} was sent on ${a.since}, ${a.days} working days ago, but its receipt is not recorded. ` +
      `Confirm with the customer that it arrived and record reportReceived.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”的验收报告已于 ${a.since} 寄出，已过 ${a.days} 个工作日仍无客户签收记录。请与客户确认是否收到，并记录签收日期。`,
  },
};

export const rule = defineRule({
  id: 'remote-acceptance-unrecorded',
  defaultSeverity: 'warning',
  description: {
    en: 'A remote acceptance without a record of the report sent or received.',
    'zh-CN': '远程验收没有验收报告的寄出或签收记录。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    const acc = plan?.acceptance;
    if (!plan || !acc || acc.remote?.value !== true || acc.report?.signed?.value === true) return;
    const project = projectName(ctx.file, plan);
    const sent = acc.reportSent?.day;
    if (sent === undefined) {
      const due = trialRunOf(plan)?.to?.day ?? plan.departure?.day;
      if (due === undefined || due >= ctx.today) return;
      const since = formatDate(due);
      ctx.report(acc.remote.span, say(messages.notSent, { project, since, days: 0 }), { missing: 'reportSent', since });
      return;
    }
    if (acc.reportReceived?.day !== undefined || sent >= ctx.today) return;
    const days = planCalendar(ctx.file, plan).workdaysBetween(sent + 1, ctx.today);
    if (days <= COURIER_DAYS) return;
    const since = formatDate(sent);
    ctx.report(acc.reportSent!.span, say(messages.notReceived, { project, since, days }), { missing: 'reportReceived', since });
  },
});
