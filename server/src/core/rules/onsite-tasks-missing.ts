/**
 * onsite-tasks-missing (seed 000 §7: an onsite POC also schedules 软件集成验证 (integration) and
 * 产品部署 (deployment); §8, §9).
 *
 * Decisions:
 * - Only `mode: onsite` is checked.
 * - A task counts for a phase whatever its status, except `cancelled`: a cancelled deployment
 *   does not deploy anything.
 * - One diagnostic naming every missing phase, at the `tasks` key when written, else the `mode`
 *   value; data { missingPhases: [...] } in the order integration, deployment.
 */
import { defineRule, say } from './api';
import { planLabel } from './_poc-playbook-util';

type Phase = 'integration' | 'deployment';
const PHASES: Phase[] = ['integration', 'deployment'];
const NAMES: Record<Phase, { en: string; zh: string }> = {
  integration: { en: 'software integration and verification (phase: integration)', zh: '软件集成验证' },
  deployment: { en: 'on-site product deployment and verification (phase: deployment)', zh: '产品部署与验证' },
};

type A = { poc: string; missing: Phase[] };

const messages = {
  missing: {
    en: (a: A) =>
      `Onsite POC ${a.poc} has no ${a.missing.map((p) => NAMES[p].en).join(' and no ')} task. ` +
      `An onsite POC must schedule both: build and verify the deployment package internally first, then deploy and verify at the customer's site. Add ${a.missing.length > 1 ? 'them' : 'it'} under tasks.`,
    'zh-CN': (a: A) =>
      `现场 POC “${a.poc}”缺少${a.missing.map((p) => NAMES[p].zh).join('和')}任务。` +
      `现场 POC 需要排期这两个任务：先在内部构建并验证部署包，再到客户现场部署和验证。请在任务中补充${a.missing.length > 1 ? '这些' : '该'}任务。`,
  },
};

export const rule = defineRule({
  id: 'onsite-tasks-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'Onsite POC that lacks an integration or deployment task.',
    'zh-CN': '现场 POC 缺少软件集成验证或产品部署任务。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' || !m.mode || m.mode.value.trim().toLowerCase() !== 'onsite') return;
    const present = new Set<string>();
    for (let i_ = 0, a_ = m.tasks.items; i_ < a_.length; i_++) {
      const t = a_[i_];
      if (t.status?.value === 'cancelled' || !t.phase) continue;
      present.add(t.phase.value.trim());
    }
    const missing = PHASES.filter((p) => !present.has(p));
    if (!missing.length) return;
    ctx.report(m.tasks.keySpan ?? m.mode.span, say(messages.missing, { poc: planLabel(m, ctx.file), missing }), {
      missingPhases: missing,
      pocId: m.id?.value ?? null,
    });
  },
});
