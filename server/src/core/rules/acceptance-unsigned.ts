/**
 * acceptance-unsigned — seed 001 离场阶段: 项目验收 … 请客户签字盖章; 客户可能要求平台试运行一段时间后
 * 再进行项目验收.
 *
 * Decisions:
 * - The reference date is the later of `departure` and the trial run's end (top-level `trialRun.to`,
 *   else `acceptance.trialRun.to`), of those that are valid dates. Neither = nothing checked.
 * - Fires when `acceptance.report.signed` is not `true` and more than settings.acceptanceSignDays
 *   (default 10) working days (plan calendar) have passed after the reference date, up to today.
 * - Any stage counts (初验 / 需求验收 / 终验): the acceptance written is the one to be signed.
 * - Reported at `acceptance.report.signed`, else the `report` key, else the `acceptance` key, else at
 *   the reference date. data: { since, days, limit } with `since` the reference date.
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { planCalendar, planOf, projectName } from './_project-util';
import { trialRunOf } from '../lifecycle';

type A = { project: string; since: string; what: 'departure' | 'trial'; days: number; limit: number };

const messages = {
  unsigned: {
    en: (a: A) =>
      `The acceptance of project ${a.project} is still not signed ${a.days} working days after ${a.what === 'departure' ? 'the departure' : 'the end of the trial run'} on ${a.since} (limit ${a.limit}). ` +
      `Have the customer sign and stamp the acceptance report, then record signed: true and the date.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”${a.what === 'departure' ? '离场' : '试运行结束'}（${a.since}）已 ${a.days} 个工作日（上限 ${a.limit} 个），验收报告仍未签署。` +
      `请尽快请客户在验收报告上签字盖章，并记录签署状态与日期。`,
  },
};

export const rule = defineRule({
  id: 'acceptance-unsigned',
  defaultSeverity: 'warning',
  description: {
    en: 'Acceptance still unsigned some working days after departure or the end of the trial run.',
    'zh-CN': '离场或试运行结束若干个工作日后验收报告仍未签署。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan || plan.kind !== 'project') return;
    const acc = plan.acceptance;
    if (acc?.report?.signed?.value === true) return;
    const departure = plan.departure;
    const trialEnd = trialRunOf(plan)?.to;
    const candidates = [departure, trialEnd].filter((f) => f?.day !== undefined);
    if (!candidates.length) return;
    const ref = candidates.reduce((a, b) => (b!.day! > a!.day! ? b : a))!;
    const since = ref.day!;
    if (since >= ctx.today) return;
    const limit = ctx.settings.acceptanceSignDays;
    const days = planCalendar(ctx.file, plan).workdaysBetween(since + 1, ctx.today);
    if (days <= limit) return;
    const span = acc?.report?.signed?.span ?? acc?.report?.keySpan ?? acc?.keySpan ?? ref.span;
    const args: A = { project: projectName(ctx.file, plan), since: formatDate(since), what: ref === departure ? 'departure' : 'trial', days, limit };
    ctx.report(span, say(messages.unsigned, args), { since: args.since, days, limit });
  },
});
