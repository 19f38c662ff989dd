/**
 * POC summary report POC报告 (seed 000 §11: "输出POC报告，以便客户了解POC任务的效果和价值，为后续合作
 * 提供依据"; §8.6: test results, issues, risk assessment and recommended solutions; §12: waiting for
 * the customer's review; seed 002: success criteria agreed before the POC decide the outcome).
 *
 * Decisions:
 * - Sections: background and pain points, test environment, scenarios, timeline, success criteria
 *   with results, demo, issues and risk assessment, review, the tender (internal: poc-tender.ts),
 *   recommendation and next steps, sign-off.
 * - The customer edition leaves out what is only for us: why we won or lost, the internal next steps
 *   (keeping in touch, agreeing the contract date with sales), task and risk ids, data problems.
 * - A recorded `review.recommendation` / `review.nextSteps` is printed as written; without them the
 *   recommendation is derived from the criteria and the decision.
 */
import { forCustomer, label, personName, tr, type ReportContext } from './context';
import { errorsSection, fmt, footer, gantt, pie, taskTitle, signatureBlock } from './common';
import { listOr, numbered, paragraph, tableOr } from './blocks';
import type { Block, ReportDoc, Rich } from './doc';
import { rawList, rawObject, rawProse, rawText } from './raw-text';
import { tenderBlocks } from './poc-tender';

export function pocReport(ctx: ReportContext): ReportDoc {
  const plan = ctx.plan;
  const h = numbered(ctx);
  const internal = !forCustomer(ctx);
  const none = tr(ctx, '无', 'None');
  const sep = tr(ctx, '、', ', ');
  const reqName = (id: string) => {
    const r = ctx.requirements.get(id);
    return r?.title?.value ? (internal ? `${id} ${r.title.value}` : r.title.value) : id;
  };
  const projectTitle = plan.title?.value ?? plan.id?.value ?? ctx.file.name;
  const title = `${tr(ctx, 'POC 报告', 'POC summary report')} · ${projectTitle}`;
  const team = plan.team.items.filter((m) => m.id).map((m) => m.name?.value ?? m.id!.value);
  const meta = listOr([
    tr(ctx, `客户：${plan.customer?.value?.trim() || '未记录'}`, `Customer: ${plan.customer?.value?.trim() || 'none recorded'}`),
    tr(ctx, `方式：${label(ctx, 'mode', plan.mode?.value) || '未记录'}`, `Mode: ${label(ctx, 'mode', plan.mode?.value) || 'not recorded'}`),
    tr(ctx, `周期：${plan.start?.value ?? '?'} – ${plan.end?.value ?? '?'}`, `Period: ${plan.start?.value ?? '?'} – ${plan.end?.value ?? '?'}`),
    tr(ctx, `团队：${team.join('、') || '未记录'}`, `Team: ${team.join(', ') || 'none recorded'}`),
    tr(ctx, `报告日期：${fmt(ctx.today)}`, `Date: ${fmt(ctx.today)}`),
  ]);

  // Background and pain points: the plan's description, the customer's situation, the demo's pain points.
  const customer = rawObject(plan.intelligence?.raw.customer) ?? {};
  const background: Block[] = [];
  const description = rawText(plan.raw.description, sep);
  if (description) background.push(paragraph(description));
  const situation: Rich[] = [];
  const add = (zh: string, en: string, v: unknown) => {
    const t = rawText(v, sep);
    if (t) situation.push(tr(ctx, `${zh}：${t}`, `${en}: ${t}`));
  };
  add('业务场景', 'Business scenarios', customer.scenarios);
  add('现有技术栈', 'Technology in place', customer.techStack);
  add('系统架构', 'Architecture', customer.architecture);
  add('合规要求', 'Compliance', customer.compliance);
  if (internal) add('选型理由', 'Why it fits', plan.qualification?.raw.conceptFit);
  background.push(...listOr(situation));
  const pains = plan.demo?.storyboard.items.map((s) => rawText(s.raw.painPoint, sep)).filter(Boolean) ?? [];
  if (pains.length) background.push(paragraph(tr(ctx, '客户痛点：', 'Pain points:')), ...listOr([...new Set(pains)]));
  if (background.length === 0) background.push(paragraph(tr(ctx, '未记录项目背景。', 'No background recorded.')));

  // Test environment (seed 000 §6): machines, network, security, deployment.
  const env = plan.environment;
  const environment: Block[] = [];
  if (!env) environment.push(paragraph(tr(ctx, '未记录测试环境。', 'No test environment recorded.')));
  else {
    const rows = env.machines.items.map((m) => {
      const r = m.raw;
      return [rawText(r.role, sep), rawText(r.count, sep), rawText(r.cpu, sep), rawText(r.memoryGB, sep), rawText(r.diskGB, sep), [rawText(r.os, sep), rawText(r.arch, sep)].filter(Boolean).join(' ')];
    });
    environment.push(
      tableOr(
        [tr(ctx, '用途', 'Role'), tr(ctx, '台数', 'Count'), tr(ctx, 'CPU（核）', 'CPU cores'), tr(ctx, '内存（GB）', 'Memory (GB)'), tr(ctx, '磁盘（GB）', 'Disk (GB)'), tr(ctx, '操作系统', 'OS')],
        rows,
        tr(ctx, '未记录机器。', 'No machine recorded.'),
      ),
    );
    const lines: string[] = [];
    const network = rawProse(env.raw.network, sep);
    const security = rawProse(env.raw.security, sep);
    if (env.deployment?.value) lines.push(tr(ctx, `部署环境：${label(ctx, 'deployment', env.deployment.value)}`, `Deployment: ${label(ctx, 'deployment', env.deployment.value)}`));
    if (network) lines.push(tr(ctx, `网络：${network}`, `Network: ${network}`));
    if (security) lines.push(tr(ctx, `安全：${security}`, `Security: ${security}`));
    const note = rawText(env.raw.note, sep);
    if (note) lines.push(tr(ctx, `备注：${note}`, `Note: ${note}`));
    environment.push(...listOr(lines));
  }

  // Scenarios.
  const scenarios = tableOr(
    [...(internal ? ['ID'] : []), tr(ctx, '业务场景', 'Scenario'), tr(ctx, '对应需求', 'Requirements'), tr(ctx, '数据量', 'Data volume')],
    plan.scenarios.items.map((s) => {
      const data = rawObject(s.raw.data) ?? {};
      return [...(internal ? [s.id?.value ?? ''] : []), s.title?.value ?? '', s.requirements.items.map((r) => reqName(r.value)).join(sep), rawText(data.volume, sep)];
    }),
    tr(ctx, '未记录业务场景。', 'No scenario recorded.'),
  );

  // Timeline: the tasks as a chart and their dates.
  const tasks = ctx.schedule?.tasks ?? [];
  const timeline: Block[] = [
    ...gantt(ctx, tr(ctx, 'POC 时间安排', 'POC timeline'), tasks),
    tableOr(
      [tr(ctx, '任务', 'Task'), tr(ctx, '负责人', 'Owner'), tr(ctx, '开始', 'Start'), tr(ctx, '完成', 'End'), tr(ctx, '状态', 'Status')],
      tasks.map((t) => [taskTitle(ctx, t), personName(ctx, t.task.owner?.value), fmt(t.start), fmt(t.end), label(ctx, 'status', t.task.status?.value ?? 'todo')]),
      tr(ctx, '未记录任务。', 'No task recorded.'),
    ),
  ];

  // Success criteria with result and evidence.
  const criteria = plan.successCriteria.items;
  const count = (r: string) => criteria.filter((c) => (c.result?.value ?? 'pending') === r).length;
  const met = count('met');
  const notMet = count('not-met');
  const pending = criteria.length - met - notMet;
  const criteriaBlocks: Block[] =
    criteria.length === 0
      ? [paragraph(tr(ctx, '未记录成功标准（成功标准应在 POC 开始前与客户和销售确认）。', 'No success criterion recorded (agree them with the customer and sales before the POC).'))]
      : [
          paragraph(tr(ctx, `共 ${criteria.length} 项：达成 ${met} 项，未达成 ${notMet} 项，待定 ${pending} 项。`, `${criteria.length} criteria: ${met} met, ${notMet} not met, ${pending} pending.`)),
          tableOr(
            [
              ...(internal ? ['ID'] : []),
              tr(ctx, '成功标准', 'Criterion'),
              tr(ctx, '目标', 'Target'),
              tr(ctx, '结果', 'Result'),
              tr(ctx, '证据', 'Evidence'),
              tr(ctx, '需求', 'Requirement'),
              ...(internal ? [tr(ctx, '客户确认', 'Agreed')] : []),
            ],
            criteria.map((c) => [
              ...(internal ? [c.id?.value ?? ''] : []),
              c.description?.value ?? '',
              [internal ? (c.metric?.value ?? '') : '', c.target?.value ?? ''].filter((x) => x.trim()).join(' '),
              label(ctx, 'result', c.result?.value ?? 'pending'),
              c.evidence?.value?.trim() ? c.evidence.value : tr(ctx, '（无证据）', '(no evidence)'),
              c.requirement ? reqName(c.requirement.value) : '',
              ...(internal ? [c.agreedWithCustomer?.value ? tr(ctx, '是', 'yes') : tr(ctx, '否', 'no')] : []),
            ]),
            none,
          ),
          ...pie(tr(ctx, '成功标准', 'Success criteria'), [
            [tr(ctx, '达成', 'met'), met],
            [tr(ctx, '未达成', 'not met'), notMet],
            [tr(ctx, '待定', 'pending'), pending],
          ]),
        ];

  // Demo and its audience.
  const demo = plan.demo;
  const demoBlocks: Block[] = [];
  if (!demo) demoBlocks.push(paragraph(tr(ctx, '未记录演示。', 'No demo recorded.')));
  else {
    const audience = demo.audience.items.map((a) => {
      const s = ctx.stakeholders.get(a.value);
      return [s?.name?.value ?? a.value, s?.title?.value].filter(Boolean).join(tr(ctx, '，', ', '));
    });
    const lines = [
      tr(ctx, `日期：${demo.date?.value?.trim() || '未记录'}`, `Date: ${demo.date?.value?.trim() || 'not recorded'}`),
      tr(ctx, `时长：${demo.durationMinutes ? `${demo.durationMinutes.value} 分钟` : '未记录'}`, `Length: ${demo.durationMinutes ? `${demo.durationMinutes.value} minutes` : 'not recorded'}`),
      tr(ctx, `受众：${audience.join('、') || '未记录'}`, `Audience: ${audience.join(', ') || 'not recorded'}`),
    ];
    if (demo.rehearsal && internal) lines.push(tr(ctx, `预演：${demo.rehearsal.date?.value?.trim() || '日期未记录'}`, `Rehearsal: ${demo.rehearsal.date?.value?.trim() || 'date not recorded'}`));
    demoBlocks.push(
      ...listOr(lines),
      tableOr(
        [tr(ctx, '步骤', 'Step'), tr(ctx, '客户痛点', 'Pain point'), tr(ctx, '场景', 'Scenario'), tr(ctx, '分钟', 'Minutes')],
        demo.storyboard.items.map((s) => [s.step?.value ?? '', rawText(s.raw.painPoint, sep), s.scenario?.value ?? '', s.minutes ? String(s.minutes.value) : '']),
        tr(ctx, '未记录演示脚本。', 'No storyboard recorded.'),
      ),
    );
  }

  // Issues and risk assessment (seed 000 §8.6: 问题描述、风险评估和建议的解决方案): every risk with its
  // level (probability × impact), what is done about it, and its status; open ones first.
  const open = plan.risks.items.filter((r) => r.status?.value !== 'closed');
  const score = (v: string | undefined) => (v === 'high' ? 3 : v === 'medium' ? 2 : v === 'low' ? 1 : 0);
  const level = (p: string | undefined, i: string | undefined) => {
    const n = score(p) * score(i);
    return n === 0 ? '' : n >= 6 ? tr(ctx, '高', 'high') : n >= 3 ? tr(ctx, '中', 'medium') : tr(ctx, '低', 'low');
  };
  const ordered = [...open, ...plan.risks.items.filter((r) => r.status?.value === 'closed')];
  const riskBlocks: Block[] = [
    tableOr(
      [
        ...(internal ? ['ID'] : []),
        tr(ctx, '问题或风险', 'Issue or risk'),
        tr(ctx, '概率', 'Probability'),
        tr(ctx, '影响', 'Impact'),
        tr(ctx, '风险等级', 'Level'),
        tr(ctx, '应对措施与建议', 'Mitigation and recommendation'),
        tr(ctx, '状态', 'Status'),
      ],
      ordered.map((r) => [
        ...(internal ? [r.id?.value ?? ''] : []),
        r.description?.value ?? '',
        label(ctx, 'level', r.probability?.value),
        label(ctx, 'level', r.impact?.value),
        level(r.probability?.value, r.impact?.value),
        r.mitigation?.value?.trim() ? r.mitigation.value : internal ? [{ strong: tr(ctx, '无应对措施', 'none') }] : '',
        label(ctx, 'riskStatus', r.status?.value ?? 'open'),
      ]),
      tr(ctx, '未记录问题或风险。', 'No issue or risk recorded.'),
    ),
  ];

  // Review decision, reason (ours) and feedback.
  const review = plan.review;
  const decision = review?.decision?.value ?? 'pending';
  const feedback = Array.isArray(review?.raw.feedback) ? (review!.raw.feedback as unknown[]) : [];
  const reason = rawText(review?.raw.reason, sep);
  const reviewBlocks: Block[] = [
    paragraph([tr(ctx, '评审结论：', 'Decision: '), { strong: label(ctx, 'review', decision) }, ...(review?.raw.date && typeof review.raw.date === 'string' ? [tr(ctx, `（${review.raw.date}）`, ` (${review.raw.date})`)] : [])]),
    ...(reason && internal ? [paragraph(tr(ctx, `原因：${reason}`, `Reason: ${reason}`))] : []),
    ...listOr(
      feedback
        .filter((f): f is Record<string, unknown> => !!f && typeof f === 'object')
        .map((f) => `${rawText(f.date, sep)} ${personName(ctx, typeof f.from === 'string' ? f.from : undefined)}${tr(ctx, '：', ': ')}${rawText(f.text, sep)}`),
      tr(ctx, '未记录客户反馈。', 'No customer feedback recorded.'),
    ),
  ];

  // Recommendation and next steps: as recorded, else from the figures above.
  const steps: string[] = [];
  const ids = (r: string) =>
    criteria
      .filter((c) => (c.result?.value ?? 'pending') === r)
      .map((c) => (internal ? (c.id?.value ?? '?') : c.description?.value?.trim() || c.id?.value || '?'))
      .join(sep);
  let recommendation = rawText(review?.raw.recommendation, sep);
  if (!recommendation) {
    if (decision === 'lost')
      recommendation = internal
        ? tr(ctx, '客户评审未通过：建议内部复盘失败原因，并与销售确认后续跟进方式。', 'The customer decided against us: review the reasons internally and agree the follow-up with sales.')
        : tr(ctx, '本次 POC 未获评审通过。', 'The POC was not accepted by the review.');
    else if (criteria.length > 0 && met === criteria.length)
      recommendation =
        decision === 'won'
          ? tr(ctx, '全部成功标准已达成，客户评审通过：建议进入合同签订与实施阶段。', 'Every success criterion is met and the customer decided for us: proceed to the contract and the implementation project.')
          : tr(ctx, '全部成功标准已达成：建议推动客户评审，进入采购流程。', 'Every success criterion is met: push for the customer’s decision and the purchase.');
    else if (notMet > 0) recommendation = tr(ctx, '存在未达成的成功标准：建议与客户复盘，评估补测或调整方案后再推动评审。', 'Some criteria are not met: review them with the customer and retest or adapt the solution before the decision.');
    else recommendation = tr(ctx, 'POC 结果尚不完整：建议先完成待定标准的验证并记录证据。', 'The POC results are incomplete: finish the pending criteria and record their evidence first.');
  }
  const recorded = rawList(review?.raw.nextSteps);
  steps.push(...recorded);
  if (notMet) steps.push(tr(ctx, `复盘未达成的标准：${ids('not-met')}`, `Review the criteria not met: ${ids('not-met')}`));
  if (pending) steps.push(tr(ctx, `完成待定标准的验证并补充证据：${ids('pending')}`, `Finish and evidence the pending criteria: ${ids('pending')}`));
  if (internal) {
    const noEvidence = criteria.filter((c) => c.result?.value === 'met' && !c.evidence?.value).map((c) => c.id?.value ?? '?');
    if (noEvidence.length) steps.push(tr(ctx, `为已达成的标准补充证据：${noEvidence.join(sep)}`, `Record the evidence of met criteria: ${noEvidence.join(sep)}`));
    if (open.length) steps.push(tr(ctx, `跟踪未关闭的风险：${open.map((r) => r.id?.value ?? '?').join(sep)}`, `Follow the open risks: ${open.map((r) => r.id?.value ?? '?').join(sep)}`));
    if (recorded.length === 0 && decision === 'pending')
      steps.push(tr(ctx, '等待客户评审期间：跟踪客户反馈、维护客户关系、准备后续工作计划', 'While waiting for the review: follow the feedback, keep in touch, prepare the next plan'));
    if (recorded.length === 0 && decision === 'won')
      steps.push(
        ctx.hasProject
          ? tr(ctx, '与销售确认合同签订时间，按实施项目计划推进', 'Agree the contract date with sales and follow the implementation plan')
          : tr(ctx, '与销售确认合同签订时间，制定实施项目计划', 'Agree the contract date with sales and draw up the implementation plan'),
      );
  }

  const blocks: Block[] = [
    ...meta,
    h(tr(ctx, '项目背景与痛点', 'Background and pain points')),
    ...background,
    h(tr(ctx, '测试环境', 'Test environment')),
    ...environment,
    h(tr(ctx, '业务场景', 'Scenarios')),
    scenarios,
    h(tr(ctx, '时间安排', 'Timeline')),
    ...timeline,
    h(tr(ctx, '成功标准与结果', 'Success criteria and results')),
    ...criteriaBlocks,
    h(tr(ctx, '产品演示', 'Demo')),
    ...demoBlocks,
    h(tr(ctx, '问题与风险评估', 'Issues and risk assessment')),
    ...riskBlocks,
    h(tr(ctx, '客户评审与反馈', 'Customer review')),
    ...reviewBlocks,
    ...tenderBlocks(ctx, () => h(tr(ctx, '招投标', 'Tender'))),
    h(tr(ctx, '建议与下一步', 'Recommendation and next steps')),
    paragraph(recommendation),
    ...listOr(steps),
    h(tr(ctx, '确认', 'Sign-off')),
    paragraph(tr(ctx, '双方确认以上 POC 过程与结果属实。', 'Both parties confirm the course and the results of the POC above.')),
    signatureBlock(ctx, tr(ctx, 'POC 结论', 'POC result'), [tr(ctx, '□ 达到预期', '☐ as expected'), tr(ctx, '□ 部分达到', '☐ partly'), tr(ctx, '□ 未达到', '☐ not met')]),
    ...errorsSection(ctx, () => h(tr(ctx, '数据问题', 'Data problems'))),
    ...footer(ctx),
  ];
  return { kind: 'poc', edition: ctx.edition, locale: ctx.locale, title, customer: plan.customer?.value ?? '', project: projectTitle, company: ctx.company, blocks };
}
