/**
 * inspection-missing — seed 001 售后服务支持 / 巡检: 根据合同中关于维保期的规定进行定期巡检.
 *
 * Decisions:
 * - The expected inspections are lifecycle.ts's `expectedInspections`: every `contract.inspectionEvery`
 *   over the maintenance period (from a signed final acceptance, else `contract.signed`, for
 *   `contract.maintenanceMonths`).
 * - An expected date on or before today fires when no `inspections` entry has its `date` or `due`
 *   within the tolerance of it (7 / 21 / 45 calendar days for monthly / quarterly / half-yearly).
 * - An entry that answers it, done or not, silences this rule for that date: an entry not done
 *   past its due is `inspection-overdue`'s (the same inspection is never reported twice).
 * - Reported at the `inspections` key, else at `contract.inspectionEvery`. One finding per missing
 *   date. data: { expected, basis } (basis: acceptance | contract).
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';
import { planOf, projectName } from './_project-util';
import { expectedInspections, inspectionFor, maintenancePeriod } from '../lifecycle';

type A = { project: string; expected: string; from: string; basis: 'acceptance' | 'contract' };

const messages = {
  missing: {
    en: (a: A) =>
      `Project ${a.project} has no inspection for ${a.expected}, which the maintenance contract expects (maintenance from ${a.from}, ${a.basis === 'acceptance' ? 'the final acceptance' : 'the contract signing'}). ` +
      `Plan the inspection (巡检) with the support team and record it under inspections with its due date.`,
    'zh-CN': (a: A) =>
      `按合同维保期规定（维保期自${a.basis === 'acceptance' ? '终验签署' : '合同签署'}日 ${a.from} 起），项目“${a.project}”应在 ${a.expected} 前后巡检，但巡检记录中没有这一次。` +
      `请安排技术支持小组巡检，并在巡检记录中补记应巡检日期。`,
  },
};

export const rule = defineRule({
  id: 'inspection-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'An inspection the maintenance contract expects is not in the inspections.',
    'zh-CN': '合同维保期应有的巡检没有记录。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan || plan.kind !== 'project') return;
    const period = maintenancePeriod(plan);
    const span = plan.inspections.keySpan ?? plan.contract?.inspectionEvery?.span;
    if (!period || !span) return;
    const project = projectName(ctx.file, plan);
    for (const d of expectedInspections(plan)) {
      if (d > ctx.today) break;
      if (inspectionFor(plan, d) >= 0) continue;
      const expected = formatDate(d);
      ctx.report(span, say(messages.missing, { project, expected, from: formatDate(period.from), basis: period.basis }), { expected, basis: period.basis });
    }
  },
});
