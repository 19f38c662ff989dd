/**
 * license-limit — seed 001 FAQ 2 授权文件超限: 提醒销售客户日志量超限，提供二次销售机会.
 *
 * Decisions:
 * - Volume: `usage.dailyVolumeGB` against `license.dailyVolumeGB` (> 0). Fires when the usage is at
 *   or above settings.licenseWarnPercent (default 90) of the licence — "over" when it is above the
 *   licence, "near" otherwise. Reported at the usage value. data: { kind, usage, licensed, percent }.
 * - Expiry: `license.expires` before the last day of the maintenance period (lifecycle.ts) fires at
 *   the expiry value, whether or not that day has come: the customer needs a renewal within the
 *   maintenance it paid for. data: { kind: 'expires', expires, maintenanceEnd }.
 * - No licence, or a value of the wrong type = nothing checked (the schema rule reports types).
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { planOf, projectName } from './_project-util';
import { maintenancePeriod } from '../lifecycle';

type V = { project: string; usage: number; licensed: number; percent: number; measured: string };
type E = { project: string; expires: string; end: string };

const on = (m: string, zh: boolean) => (m ? (zh ? `（${m} 测量）` : ` (measured ${m})`) : '');

const messages = {
  over: {
    en: (a: V) =>
      `The daily volume of project ${a.project} is ${a.usage} GB${on(a.measured, false)}, over the licensed ${a.licensed} GB (${a.percent}%). ` +
      `Tell sales: the customer needs a larger licence (a chance for a follow-up sale).`,
    'zh-CN': (a: V) =>
      `项目“${a.project}”的每日日志量为 ${a.usage} GB${on(a.measured, true)}，已超过授权的 ${a.licensed} GB（${a.percent}%）。请提醒销售：客户日志量超限，需扩容授权，可提供二次销售机会。`,
  },
  near: {
    en: (a: V) =>
      `The daily volume of project ${a.project} is ${a.usage} GB${on(a.measured, false)}, ${a.percent}% of the licensed ${a.licensed} GB. ` +
      `Tell sales before the licence is exceeded (a chance for a follow-up sale).`,
    'zh-CN': (a: V) =>
      `项目“${a.project}”的每日日志量为 ${a.usage} GB${on(a.measured, true)}，已达授权 ${a.licensed} GB 的 ${a.percent}%。请在超限前提醒销售，可提供二次销售机会。`,
  },
  expires: {
    en: (a: E) =>
      `The licence of project ${a.project} expires on ${a.expires}, before the maintenance period ends (${a.end}). ` +
      `Tell sales to arrange the renewal of the licence in time.`,
    'zh-CN': (a: E) =>
      `项目“${a.project}”的授权将于 ${a.expires} 到期，早于维保期结束（${a.end}）。请提醒销售及时安排授权续期。`,
  },
};

export const rule = defineRule({
  id: 'license-limit',
  defaultSeverity: 'warning',
  description: {
    en: 'The daily volume nears or passes the licence, or the licence expires within maintenance.',
    'zh-CN': '日志量接近或超过授权，或授权在维保期内到期。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    const lic = plan?.license;
    if (!plan || !lic) return;
    const project = projectName(ctx.file, plan);
    const licensed = lic.dailyVolumeGB?.value;
    const used = plan.usage?.dailyVolumeGB;
    if (licensed !== undefined && licensed > 0 && used) {
      const percent = Math.round((used.value / licensed) * 1000) / 10;
      if (percent >= ctx.settings.licenseWarnPercent) {
        const kind = used.value > licensed ? 'over' : 'near';
        const args: V = { project, usage: used.value, licensed, percent, measured: plan.usage?.measured?.value.trim() ?? '' };
        ctx.report(used.span, say(messages[kind], args), { kind, usage: used.value, licensed, percent });
      }
    }
    const expires = lic.expires;
    const period = maintenancePeriod(plan);
    if (expires?.day !== undefined && period && expires.day < period.to) {
      const end = formatDate(period.to);
      ctx.report(expires.span, say(messages.expires, { project, expires: formatDate(expires.day), end }), {
        kind: 'expires',
        expires: formatDate(expires.day),
        maintenanceEnd: end,
      });
    }
  },
});
