/**
 * onsite-environment-missing (seed 000 §3, §6: an onsite POC needs machines from the customer, checked
 * for hardware, network, security, OS and deployment environment before deploying).
 *
 * Decisions:
 * - Only `mode: onsite` is checked; remote POCs and POCs without a mode are not.
 * - Fires when `environment` is absent/empty or `environment.machines` is absent, null, an empty
 *   list or only blank entries. A non-empty list of the wrong shape (e.g. host names as strings)
 *   counts as written and is left to `schema`.
 * - Reported at the `mode` value (the reason the machines are required).
 */
import { defineRule, say } from './api';
import { isBlank, isObject, planLabel } from './_poc-playbook-util';

type A = { poc: string; hasEnvironment: boolean };

const messages = {
  missing: {
    en: (a: A) =>
      `POC ${a.poc} is onsite but ${a.hasEnvironment ? 'environment.machines is empty' : 'has no environment section'}. ` +
      'Have ops agree the machines with the customer and list them under environment.machines (role, count, CPU, memory, disk, OS), so that hardware, network, security and OS can be checked before deployment.',
    'zh-CN': (a: A) =>
      `“${a.poc}”为现场 POC，但${a.hasEnvironment ? '环境机器为空' : '没有填写环境'}。` +
      '请由运维人员与客户协商申请机器，并在环境机器中写明角色、数量、CPU、内存、磁盘和操作系统，以便部署前核对硬件、网络、安全和操作系统是否符合要求。',
  },
};

export const rule = defineRule({
  id: 'onsite-environment-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'Onsite POC without environment machines.',
    'zh-CN': '现场 POC 没有填写环境机器。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' || !m.mode || m.mode.value.trim().toLowerCase() !== 'onsite') return;
    const env = isObject(m.raw.environment) ? m.raw.environment : undefined;
    if (env && !isBlank(env.machines)) return;
    const hasEnvironment = !!env && !isBlank(env);
    ctx.report(m.mode.span, say(messages.missing, { poc: planLabel(m, ctx.file), hasEnvironment }), {
      pocId: m.id?.value ?? null,
      environmentWritten: 'environment' in m.raw,
    });
  },
});
