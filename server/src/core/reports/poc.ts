/**
 * POC summary report POC报告 (seed 000 §11–12: demo, evaluation, summary, waiting for the
 * customer's review; seed 002: success criteria agreed before the POC decide the outcome).
 */
import { label, personName, tr, type ReportContext } from './context';
import { errorsSection, fmt, footer, join, numbered, openRiskTable, pie } from './common';
import { bullets, md, table } from './markdown';
import { plural } from '../labels';

export function pocReport(ctx: ReportContext): string {
  const plan = ctx.plan;
  const h = numbered(ctx);
  const none = tr(ctx, '无', 'None');
  const sep = tr(ctx, '、', ', ');
  const reqName = (id: string) => {
    const r = ctx.requirements.get(id);
    return r?.title?.value ? `${md(id)} ${md(r.title.value)}` : md(id);
  };

  const title = `# ${tr(ctx, 'POC 报告', 'POC summary report')} · ${md(plan.title?.value ?? plan.id?.value ?? ctx.file.name)}`;
  const team = plan.team.items.filter((m) => m.id).map((m) => md(m.name?.value ?? m.id!.value));
  const meta = bullets(
    [
      tr(ctx, `客户：${md(plan.customer?.value ?? '') || '未记录'}`, `Customer: ${md(plan.customer?.value ?? '') || 'none recorded'}`),
      tr(ctx, `方式：${label(ctx, 'mode', plan.mode?.value) || '未记录'}`, `Mode: ${label(ctx, 'mode', plan.mode?.value) || 'not recorded'}`),
      tr(ctx, `周期：${md(plan.start?.value ?? '?')} – ${md(plan.end?.value ?? '?')}`, `Period: ${md(plan.start?.value ?? '?')} – ${md(plan.end?.value ?? '?')}`),
      tr(ctx, `团队：${team.join('、') || '未记录'}`, `Team: ${team.join(', ') || 'none recorded'}`),
      tr(ctx, `报告日期：${fmt(ctx.today)}`, `Date: ${fmt(ctx.today)}`),
    ],
    '',
  );

  // Scenarios.
  const scenarios = table(
    ['ID', tr(ctx, '业务场景', 'Scenario'), tr(ctx, '对应需求', 'Requirements'), tr(ctx, '数据量', 'Data volume')],
    plan.scenarios.items.map((s) => {
      const data = s.raw.data && typeof s.raw.data === 'object' ? (s.raw.data as Record<string, unknown>) : {};
      return [md(s.id?.value ?? ''), md(s.title?.value ?? ''), s.requirements.items.map((r) => reqName(r.value)).join(sep), md(data.volume ?? '')];
    }),
    tr(ctx, '未记录业务场景。', 'No scenario recorded.'),
  );

  // Success criteria with result and evidence.
  const criteria = plan.successCriteria.items;
  const count = (r: string) => criteria.filter((c) => (c.result?.value ?? 'pending') === r).length;
  const met = count('met');
  const notMet = count('not-met');
  const pending = criteria.length - met - notMet;
  const criteriaText =
    criteria.length === 0
      ? tr(ctx, '未记录成功标准（成功标准应在 POC 开始前与客户和销售确认）。', 'No success criterion recorded (agree them with the customer and sales before the POC).')
      : join([
          tr(ctx, `共 ${criteria.length} 项：达成 ${met} 项，未达成 ${notMet} 项，待定 ${pending} 项。`, `${criteria.length} criteria: ${met} met, ${notMet} not met, ${pending} pending.`),
          table(
            ['ID', tr(ctx, '成功标准', 'Criterion'), tr(ctx, '目标', 'Target'), tr(ctx, '结果', 'Result'), tr(ctx, '证据', 'Evidence'), tr(ctx, '需求', 'Requirement'), tr(ctx, '客户确认', 'Agreed')],
            criteria.map((c) => [
              md(c.id?.value ?? ''),
              md(c.description?.value ?? ''),
              [md(c.metric?.value ?? ''), md(c.target?.value ?? '')].filter(Boolean).join(' '),
              label(ctx, 'result', c.result?.value ?? 'pending'),
              md(c.evidence?.value ?? '') || tr(ctx, '（无证据）', '(no evidence)'),
              c.requirement ? reqName(c.requirement.value) : '',
              c.agreedWithCustomer?.value ? tr(ctx, '是', 'yes') : tr(ctx, '否', 'no'),
            ]),
            none,
          ),
          pie(tr(ctx, '成功标准', 'Success criteria'), [
            [tr(ctx, '达成', 'met'), met],
            [tr(ctx, '未达成', 'not met'), notMet],
            [tr(ctx, '待定', 'pending'), pending],
          ]),
        ]).trimEnd();

  // Demo and its audience.
  const demo = plan.demo;
  let demoText: string;
  if (!demo) demoText = tr(ctx, '未记录演示。', 'No demo recorded.');
  else {
    const audience = demo.audience.items.map((a) => {
      const s = ctx.stakeholders.get(a.value);
      return md([s?.name?.value ?? a.value, s?.title?.value].filter(Boolean).join(tr(ctx, '，', ', ')));
    });
    const lines = [
      tr(ctx, `日期：${md(demo.date?.value ?? '') || '未记录'}`, `Date: ${md(demo.date?.value ?? '') || 'not recorded'}`),
      tr(ctx, `时长：${demo.durationMinutes ? `${demo.durationMinutes.value} 分钟` : '未记录'}`, `Length: ${demo.durationMinutes ? `${demo.durationMinutes.value} minutes` : 'not recorded'}`),
      tr(ctx, `受众：${audience.join('、') || '未记录'}`, `Audience: ${audience.join(', ') || 'not recorded'}`),
    ];
    if (demo.rehearsal) lines.push(tr(ctx, `预演：${md(demo.rehearsal.date?.value ?? '') || '日期未记录'}`, `Rehearsal: ${md(demo.rehearsal.date?.value ?? '') || 'date not recorded'}`));
    const story = table(
      [tr(ctx, '步骤', 'Step'), tr(ctx, '客户痛点', 'Pain point'), tr(ctx, '场景', 'Scenario'), tr(ctx, '分钟', 'Minutes')],
      demo.storyboard.items.map((s) => [md(s.step?.value ?? ''), md(s.raw.painPoint ?? ''), md(s.scenario?.value ?? ''), s.minutes ? String(s.minutes.value) : '']),
      tr(ctx, '未记录演示脚本。', 'No storyboard recorded.'),
    );
    demoText = join([bullets(lines, ''), story]).trimEnd();
  }

  // Risks.
  const open = plan.risks.items.filter((r) => r.status?.value !== 'closed');
  const closed = plan.risks.items.length - open.length;
  const riskText = join([
    openRiskTable(ctx, open, tr(ctx, '无未关闭的风险。', 'No open risk.')),
    closed ? tr(ctx, `另有 ${closed} 项风险已关闭。`, `${plural(closed, 'more risk', 'more risks')} closed.`) : '',
  ]).trimEnd();

  // Review decision and feedback.
  const decision = plan.review?.decision?.value ?? 'pending';
  const feedback = Array.isArray(plan.review?.raw.feedback) ? (plan.review!.raw.feedback as unknown[]) : [];
  const reviewText = join([
    tr(ctx, `评审结论：**${label(ctx, 'review', decision)}**`, `Decision: **${label(ctx, 'review', decision)}**`),
    bullets(
      feedback
        .filter((f): f is Record<string, unknown> => !!f && typeof f === 'object')
        .map((f) => `${md(f.date ?? '')} ${md(personName(ctx, typeof f.from === 'string' ? f.from : undefined))}${tr(ctx, '：', ': ')}${md(f.text ?? '')}`),
      tr(ctx, '未记录客户反馈。', 'No customer feedback recorded.'),
    ),
  ]).trimEnd();

  // Recommendation and next steps, from the figures above.
  const steps: string[] = [];
  const ids = (r: string) => criteria.filter((c) => (c.result?.value ?? 'pending') === r).map((c) => md(c.id?.value ?? '?')).join(sep);
  let recommendation: string;
  if (decision === 'lost') recommendation = tr(ctx, '客户评审未通过：建议内部复盘失败原因，并与销售确认后续跟进方式。', 'The customer decided against us: review the reasons internally and agree the follow-up with sales.');
  else if (criteria.length > 0 && met === criteria.length)
    recommendation =
      decision === 'won'
        ? tr(ctx, '全部成功标准已达成，客户评审通过：建议进入合同签订与实施阶段。', 'Every success criterion is met and the customer decided for us: proceed to the contract and the implementation project.')
        : tr(ctx, '全部成功标准已达成：建议推动客户评审，进入采购流程。', 'Every success criterion is met: push for the customer’s decision and the purchase.');
  else if (notMet > 0) recommendation = tr(ctx, '存在未达成的成功标准：建议与客户复盘，评估补测或调整方案后再推动评审。', 'Some criteria are not met: review them with the customer and retest or adapt the solution before the decision.');
  else recommendation = tr(ctx, 'POC 结果尚不完整：建议先完成待定标准的验证并记录证据。', 'The POC results are incomplete: finish the pending criteria and record their evidence first.');
  if (notMet) steps.push(tr(ctx, `复盘未达成的标准：${ids('not-met')}`, `Review the criteria not met: ${ids('not-met')}`));
  if (pending) steps.push(tr(ctx, `完成待定标准的验证并补充证据：${ids('pending')}`, `Finish and evidence the pending criteria: ${ids('pending')}`));
  const noEvidence = criteria.filter((c) => c.result?.value === 'met' && !c.evidence?.value).map((c) => md(c.id?.value ?? '?'));
  if (noEvidence.length) steps.push(tr(ctx, `为已达成的标准补充证据：${noEvidence.join(sep)}`, `Record the evidence of met criteria: ${noEvidence.join(sep)}`));
  if (open.length) steps.push(tr(ctx, `跟踪未关闭的风险：${open.map((r) => md(r.id?.value ?? '?')).join(sep)}`, `Follow the open risks: ${open.map((r) => md(r.id?.value ?? '?')).join(sep)}`));
  if (decision === 'pending') steps.push(tr(ctx, '等待客户评审期间：跟踪客户反馈、维护客户关系、准备后续工作计划', 'While waiting for the review: follow the feedback, keep in touch, prepare the next plan'));
  if (decision === 'won')
    steps.push(
      ctx.hasProject
        ? tr(ctx, '与销售确认合同签订时间，按实施项目计划推进', 'Agree the contract date with sales and follow the implementation plan')
        : tr(ctx, '与销售确认合同签订时间，制定实施项目计划', 'Agree the contract date with sales and draw up the implementation plan'),
    );
  const nextText = join([recommendation, bullets(steps, '')]).trimEnd();

  return join([
    title,
    meta,
    h(tr(ctx, '业务场景', 'Scenarios')),
    scenarios,
    h(tr(ctx, '成功标准与结果', 'Success criteria and results')),
    criteriaText,
    h(tr(ctx, '产品演示', 'Demo')),
    demoText,
    h(tr(ctx, '风险', 'Open risks')),
    riskText,
    h(tr(ctx, '客户评审与反馈', 'Customer review')),
    reviewText,
    h(tr(ctx, '建议与下一步', 'Recommendation and next steps')),
    nextText,
    errorsSection(ctx, h(tr(ctx, '数据问题', 'Data problems'))),
    '---',
    footer(ctx),
  ]);
}
