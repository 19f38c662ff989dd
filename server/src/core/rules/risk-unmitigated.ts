/**
 * risk-unmitigated (seed 000 §7.5: assess the risks (data quality, algorithm results …) and adjust
 * the plan; seed 001 for projects).
 *
 * Decisions:
 * - Checked in POC and project files: a risk with `impact: high` (trimmed, any case) whose status
 *   is `open` or absent (a wrong-typed status counts as absent) and whose `mitigation` is missing,
 *   empty or a placeholder. Here "无", "暂无", "none", "N/A" also mean no mitigation.
 * - Probability is not considered: a high-impact risk needs a mitigation even when unlikely.
 * - Reported at the risk id value; without an id, at its description, else the whole entry.
 */
import { defineRule, say } from './api';
import { isBlank, itemLabel, showValue } from './_poc-playbook-util';

type A = { risk: string; description?: string; kind: 'poc' | 'project'; written: boolean; shown: string };

const messages = {
  unmitigated: {
    en: (a: A) =>
      `Risk ${a.risk}${a.description ? ` (${a.description})` : ''} has high impact and is open, but ${a.written ? `its mitigation is only a placeholder ("${a.shown}")` : 'has no mitigation'}. ` +
      `Write what will be done to reduce it and who owns it (mitigation, owner), or close the risk once it no longer applies.`,
    'zh-CN': (a: A) =>
      `风险 ${a.risk}${a.description ? `（${a.description}）` : ' '}影响高且未关闭，但${a.written ? `应对措施只是占位内容（"${a.shown}"）` : '没有应对措施'}。` +
      `请填写应对措施及负责人，并据此调整${a.kind === 'poc' ? ' POC ' : '项目'}排期；风险消除后再关闭。`,
  },
};

export const rule = defineRule({
  id: 'risk-unmitigated',
  defaultSeverity: 'warning',
  description: {
    en: 'A high-impact open risk without mitigation.',
    'zh-CN': '高影响的未关闭风险没有应对措施。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' && m.kind !== 'project') return;
    m.risks.items.forEach((r, i) => {
      if (r.impact?.value.trim().toLowerCase() !== 'high') return;
      const status = r.status?.value.trim().toLowerCase();
      if (status !== undefined && status !== '' && status !== 'open') return;
      if (!isBlank(r.raw.mitigation, true)) return;
      const description = r.description?.value.trim() || undefined;
      const risk = itemLabel(r.id?.value, description, i);
      const raw = r.raw.mitigation;
      const written = raw !== undefined && raw !== null && showValue(raw).trim() !== '';
      ctx.report(
        r.id?.span ?? r.description?.span ?? r.span,
        say(messages.unmitigated, { risk, description: r.id ? description : undefined, kind: m.kind, written, shown: showValue(raw) }),
        { riskId: r.id?.value ?? null },
      );
    });
  },
});
