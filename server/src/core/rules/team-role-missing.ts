/**
 * team-role-missing (seed 000 §2: a POC team is made of 销售人员 sales, 售前人员 presales,
 * 运维人员 ops and 技术人员 engineer, each with their own duties).
 *
 * Decisions:
 * - A role is present when at least one team member has exactly that `role` (trimmed, any case).
 *   Other roles (pm, support) do not stand in for a missing one.
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

type A = { poc: string; missing: Role[]; hasTeam: boolean };

const messages = {
  missing: {
    en: (a: A) =>
      `${a.hasTeam ? `The team of POC ${a.poc} has` : `POC ${a.poc} has no team, so it has`} no ${a.missing.map((r) => NAMES[r].en).join(', no ')}. ` +
      `A POC team needs sales, presales, ops and an engineer: add ${a.missing.length > 1 ? 'members' : 'a member'} with role: ${a.missing.join(' / ')}.`,
    'zh-CN': (a: A) =>
      `${a.hasTeam ? `“${a.poc}”的团队缺少` : `“${a.poc}”没有填写团队，缺少`}${a.missing.map((r) => NAMES[r].zh).join('、')}。` +
      `POC 团队应由销售、售前、运维和技术人员组成，请补充${a.missing.map((r) => label('zh-CN', 'teamRole', r)).join('、')}成员。`,
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
    const roles = new Set(m.team.items.map((t) => t.role?.value.trim().toLowerCase()).filter((r): r is string => !!r));
    const missing = ROLES.filter((r) => !roles.has(r));
    if (!missing.length) return;
    ctx.report(m.team.keySpan ?? planAnchor(m), say(messages.missing, { poc: planLabel(m, ctx.file), missing, hasTeam: m.team.items.length > 0 }), {
      missing,
      pocId: m.id?.value ?? null,
    });
  },
});
