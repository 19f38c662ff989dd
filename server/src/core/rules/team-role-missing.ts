/**
 * team-role-missing (seed 000 §2: a POC team is made of 销售人员 sales, 售前人员 presales,
 * 运维人员 ops and 技术人员 engineer, each with their own duties).
 *
 * Decisions:
 * - A role is present when at least one team member has exactly that `role` (trimmed, any case),
 *   or lists it in `roles` (a person with several roles: `roles: [presales, engineer]`; issue 18).
 *   Other roles (pm, support) do not stand in for a missing one.
 * - A remote POC (`mode: remote`) runs on a platform we maintain, with no deployment package to
 *   build for the customer: it needs no ops (seed 000 §2: 运维人员构建部署包、远程技术支持).
 * - One diagnostic listing all missing roles (in the order sales, presales, ops, engineer) at the
 *   `team` key when written (even if empty), else at the POC id value, else the file start.
 */
import { defineRule, say } from './api';
import { planAnchor, planLabel } from './_poc-playbook-util';
import { label } from '../labels';

type Role = 'sales' | 'presales' | 'ops' | 'engineer';
const ROLES: Role[] = ['sales', 'presales', 'ops', 'engineer'];
const NAMES: Record<Role, { en: string; zh: string }> = {
  sales: { en: 'sales (talks to the customer and negotiates the deal)', zh: '销售人员（负责介绍产品和交易沟通）' },
  presales: { en: 'presales (designs the POC demo flow)', zh: '售前人员（负责设计 POC 演示流程）' },
  ops: { en: 'ops (builds the deployment package and supports deployment)', zh: '运维人员（负责构建部署包并支持部署）' },
  engineer: { en: 'engineer (deploys the product and supports the demo)', zh: '技术人员（负责产品部署并支持演示）' },
};

type A = { poc: string; missing: Role[]; hasTeam: boolean; remote: boolean };

const messages = {
  missing: {
    en: (a: A) =>
      `${a.hasTeam ? `The team of POC ${a.poc} has` : `POC ${a.poc} has no team, so it has`} no ${a.missing.map((r) => NAMES[r].en).join(', no ')}. ` +
      `${a.remote ? 'A remote POC team needs sales, presales and an engineer' : 'A POC team needs sales, presales, ops and an engineer'}: add ${a.missing.length > 1 ? 'members' : 'a member'} with role: ${a.missing.join(' / ')}.`,
    'zh-CN': (a: A) =>
      `${a.hasTeam ? `“${a.poc}”的团队缺少` : `“${a.poc}”没有填写团队，缺少`}${a.missing.map((r) => NAMES[r].zh).join('、')}。` +
      `${a.remote ? '远程 POC 团队应由销售、售前和技术人员组成' : 'POC 团队应由销售、售前、运维和技术人员组成'}，请补充${a.missing.map((r) => label('zh-CN', 'teamRole', r)).join('、')}成员。`,
  },
};

export const rule = defineRule({
  id: 'team-role-missing',
  defaultSeverity: 'info',
  description: {
    en: 'The POC team lacks one of sales, presales, ops, engineer.',
    'zh-CN': 'POC 团队缺少销售、售前、运维或技术人员。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc') return;
    const written = m.team.items.flatMap((t) => [t.role?.value, ...t.roles.items.map((r) => r.value)]);
    const roles = new Set(written.map((r) => r?.trim().toLowerCase()).filter((r): r is string => !!r));
    const remote = m.mode?.value.trim() === 'remote';
    const missing = ROLES.filter((r) => !roles.has(r) && !(remote && r === 'ops'));
    if (!missing.length) return;
    ctx.report(m.team.keySpan ?? planAnchor(m), say(messages.missing, { poc: planLabel(m, ctx.file), missing, hasTeam: m.team.items.length > 0, remote }), {
      missing,
      pocId: m.id?.value ?? null,
    });
  },
});
