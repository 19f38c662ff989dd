/**
 * Acceptance report 验收报告 (seed 001, departure: the customer accepts the analysis, storage,
 * alerting, report and other requirements; "出具项目验收报告，请客户签名盖章确认"; remote acceptance:
 * the report is sent to the customer by courier).
 *
 * Decisions:
 * - A document a customer can sign: contract number, scope and basis (contract / SOW /
 *   requirements), acceptance type and trial run when recorded, each item with its measured result,
 *   open issues in words, delivered documents, training, maintenance and support, and the 甲方 / 乙方
 *   signature and seal block.
 * - Open issues are the recorded `acceptance.issues`, then what the plan shows: items not passed
 *   (by their requirement's title), changes awaiting a decision, unfinished tasks (the customer
 *   edition names them, the internal one lists ids).
 * - The requirements-coverage table (which requirement no item proves) is a check for us: internal only.
 * - Issue 18: acceptance per release and the 二期 backlog (acceptance-releases.ts); the items tables
 *   gain a release column when the project lists releases and an item names one. Next-phase requirements are not
 *   "not covered" (they are not accepted in this phase).
 */
import type { AcceptanceItem } from '../model';
import { forCustomer, label, tr, type ReportContext } from './context';
import { errorsSection, fmt, footer, pie, signatureBlock } from './common';
import { listOr, numbered, paragraph, subheading, tableOr, zhNumber } from './blocks';
import type { Block, ReportDoc, Rich } from './doc';
import { rawList, rawObject, rawText } from './raw-text';
import { parseDate } from '../dates';
import { backlogBlocks, releaseBlocks } from './acceptance-releases';

export const ACCEPTANCE_CATEGORIES = ['analysis', 'storage', 'alert', 'report', 'other'] as const;

export function acceptanceReport(ctx: ReportContext): ReportDoc {
  const plan = ctx.plan;
  const h = numbered(ctx);
  const internal = !forCustomer(ctx);
  const sep = tr(ctx, '、', ', ');
  const acc = plan.acceptance;
  const accRaw = acc?.raw ?? {};
  const items = acc?.items.items ?? [];
  const status = (i: AcceptanceItem) => i.status?.value ?? 'pending';
  const passed = items.filter((i) => status(i) === 'passed').length;
  const failed = items.filter((i) => status(i) === 'failed').length;
  const pending = items.length - passed - failed;
  const req = (id: string | undefined) => (id ? ctx.requirements.get(id) : undefined);
  const projectTitle = plan.title?.value ?? plan.id?.value ?? ctx.file.name;
  const title = `${tr(ctx, '项目验收报告', 'Acceptance report')} · ${projectTitle}`;
  const contract = plan.contract;
  const contractRaw = contract?.raw ?? {};
  const notRecorded = tr(ctx, '未记录', 'not recorded');

  // 1. Overview.
  const type = rawText(accRaw.type ?? accRaw.stage, sep);
  const trial = rawObject(accRaw.trialRun);
  const overview: string[] = [
    tr(ctx, `客户：${plan.customer?.value?.trim() || '未记录'}`, `Customer: ${plan.customer?.value?.trim() || 'none recorded'}`),
    tr(ctx, `项目名称：${projectTitle}`, `Project: ${projectTitle}`),
    tr(ctx, `合同编号：${rawText(contractRaw.number, sep) || notRecorded}`, `Contract number: ${rawText(contractRaw.number, sep) || notRecorded}`),
    tr(ctx, `合同签订：${contract?.signed?.value?.trim() || notRecorded}`, `Contract signed: ${contract?.signed?.value?.trim() || notRecorded}`),
    tr(ctx, `实施周期：${plan.start?.value ?? '?'} – ${plan.end?.value ?? '?'}`, `Period: ${plan.start?.value ?? '?'} – ${plan.end?.value ?? '?'}`),
  ];
  if (type) overview.push(tr(ctx, `验收类型：${label(ctx, 'acceptanceType', type)}`, `Acceptance type: ${label(ctx, 'acceptanceType', type)}`));
  if (trial) {
    const span = `${rawText(trial.from, sep) || '?'} – ${rawText(trial.to, sep) || '?'}`;
    const note = rawText(trial.note, sep);
    overview.push(tr(ctx, `试运行期：${span}${note ? `（${note}）` : ''}`, `Trial run: ${span}${note ? ` (${note})` : ''}`));
  }
  overview.push(tr(ctx, `报告日期：${fmt(ctx.today)}`, `Date: ${fmt(ctx.today)}`));

  // 2. Scope and basis.
  const scope = rawText(accRaw.scope, sep);
  const basis = rawList(accRaw.basis);
  const scopeBlocks: Block[] = [
    paragraph(tr(ctx, `验收范围：${scope || '本项目合同约定的全部实施内容'}`, `Scope: ${scope || 'everything the contract of this project covers'}`)),
    paragraph(tr(ctx, '验收依据：', 'Based on:')),
    ...listOr(basis, tr(ctx, '项目合同及双方确认的需求。', 'The contract of the project and the requirements both parties agreed.')),
  ];

  // 3. Summary.
  const summary: Block[] =
    items.length === 0
      ? [paragraph(internal ? tr(ctx, '未记录验收项（项目计划的验收项为空）。', 'No acceptance item recorded (acceptance.items is empty).') : tr(ctx, '未记录验收项。', 'No acceptance item recorded.'))]
      : [
          paragraph(tr(ctx, `共 ${items.length} 项：通过 ${passed} 项，未通过 ${failed} 项，待验收 ${pending} 项。`, `${items.length} items: ${passed} passed, ${failed} failed, ${pending} pending.`)),
          ...pie(tr(ctx, '验收项状态', 'Acceptance items'), [
            [tr(ctx, '通过', 'passed'), passed],
            [tr(ctx, '未通过', 'failed'), failed],
            [tr(ctx, '待验收', 'pending'), pending],
          ]),
        ];

  // 4. Items by category, in the order of seed 001, each with its measured result.
  const byCategory: Block[] = [];
  const releases = plan.releases.items.length > 0 && items.some((i) => i.release?.value);
  // The items section's number: 4, or 5 after the per-release section (acceptance-releases.ts).
  const catSection = plan.releases.items.length > 0 ? 5 : 4;
  const releaseTitle = (id: string | undefined) => (id ? plan.releases.items.find((r) => r.id?.value === id)?.title?.value?.trim() || id : '');
  const known = new Set<string>(ACCEPTANCE_CATEGORIES);
  const categoryOf = (i: AcceptanceItem) => (i.category && known.has(i.category.value) ? i.category.value : 'other');
  ACCEPTANCE_CATEGORIES.forEach((cat, n) => {
    const list = items.filter((i) => categoryOf(i) === cat);
    byCategory.push(subheading(`${tr(ctx, `（${zhNumber(n)}）`, `${ctx.locale === 'zh-CN' ? '' : `${catSection}.${n + 1} `}`)}${label(ctx, 'category', cat)}`));
    byCategory.push(
      tableOr(
        [
          ...(internal ? ['ID'] : []),
          tr(ctx, '需求', 'Requirement'),
          tr(ctx, '验收标准', 'Acceptance criterion'),
          tr(ctx, '实测结果', 'Measured result'),
          tr(ctx, '状态', 'Status'),
          tr(ctx, '日期', 'Date'),
          ...(releases ? [tr(ctx, '版本', 'Release')] : []),
        ],
        list.map((i) => {
          const r = req(i.requirement?.value);
          return [
            ...(internal ? [i.id?.value ?? ''] : []),
            internal ? [i.requirement?.value ?? '', r?.title?.value ?? ''].filter(Boolean).join(' ') : r?.title?.value?.trim() || (i.requirement?.value ?? ''),
            r?.acceptance?.value ?? '',
            rawText(i.raw.result, sep) || rawText(i.raw.note, sep),
            label(ctx, 'acceptance', status(i)),
            i.date?.value ?? '',
            ...(releases ? [releaseTitle(i.release?.value)] : []),
          ];
        }),
        tr(ctx, '无（未记录该类验收项）', 'None recorded'),
      ),
    );
  });

  // 5. Requirements and the items that prove them (internal).
  const coverage: Block[] = [];
  if (internal) {
    const proving = new Map<string, string[]>();
    for (const i of items) if (i.requirement?.value) proving.set(i.requirement.value, [...(proving.get(i.requirement.value) ?? []), i.id?.value ?? '?']);
    const reqRows: Rich[][] = [];
    for (const [id, r] of ctx.requirements) {
      const by = proving.get(id);
      if (!by && (r.scope?.value === 'out-of-contract' || r.scope?.value === 'next-phase')) continue;
      if (!by && r.priority?.value === 'wont') continue;
      reqRows.push([`${id} ${r.title?.value ?? ''}`.trim(), label(ctx, 'priority', r.priority?.value), by ? by.join(', ') : [{ strong: tr(ctx, '未覆盖', 'not covered') }]]);
    }
    for (const [id, by] of proving) if (!ctx.requirements.has(id)) reqRows.push([id, '', by.join(', ')]);
    // Its heading is numbered where it stands in the document (below), not here.
    coverage.push(
      tableOr(
        [tr(ctx, '需求', 'Requirement'), tr(ctx, '优先级', 'Priority'), tr(ctx, '验收项', 'Proved by')],
        reqRows,
        tr(ctx, '未记录需求（工作区中没有需求文件）。', 'No requirement recorded (no requirements file in the workspace).'),
      ),
    );
  }

  // 6. Open issues: recorded ones, then what the plan shows.
  const recordedIssues = (Array.isArray(accRaw.issues) ? accRaw.issues : []).map(rawObject).filter((x): x is Record<string, unknown> => !!x && !!rawText(x.description, sep));
  const issueTable = recordedIssues.length
    ? [
        tableOr(
          [tr(ctx, '问题', 'Issue'), tr(ctx, '解决方案', 'Resolution'), tr(ctx, '计划解决日期', 'Due')],
          recordedIssues.map((x) => [rawText(x.description, sep), rawText(x.resolution, sep), rawText(x.due, sep)]),
          '',
        ),
      ]
    : [];
  const open: string[] = [];
  for (const i of items)
    if (status(i) !== 'passed') {
      const what = req(i.requirement?.value)?.title?.value?.trim() || label(ctx, 'category', categoryOf(i));
      open.push(internal ? `${i.id?.value ?? '?'} ${what}${tr(ctx, '：', ': ')}${label(ctx, 'acceptance', status(i))}` : `${what}${tr(ctx, '：', ': ')}${label(ctx, 'acceptance', status(i))}`);
    }
  for (const c of plan.changes.items)
    if ((c.decision?.value ?? 'pending') === 'pending')
      open.push(internal ? `${tr(ctx, '变更', 'Change')} ${c.id?.value ?? '?'} ${c.description?.value ?? ''}${tr(ctx, '：待审批', ': pending decision')}` : `${tr(ctx, '需求变更', 'Change request')}${tr(ctx, '：', ': ')}${c.description?.value ?? ''}${tr(ctx, '（待双方确认）', ' (awaiting both parties’ decision)')}`);
  const unfinished = (ctx.schedule?.tasks ?? []).filter((t) => t.task.status?.value !== 'done' && t.task.status?.value !== 'cancelled');
  if (unfinished.length)
    open.push(
      internal
        ? tr(ctx, `未完成任务 ${unfinished.length} 项：`, `${unfinished.length} unfinished ${unfinished.length === 1 ? 'task' : 'tasks'}: `) + unfinished.map((t) => t.id ?? '?').join(', ')
        : tr(ctx, `尚未完成的实施工作：`, 'Work not yet finished: ') + unfinished.map((t) => t.task.name?.value?.trim() || t.id || '?').join(sep),
    );
  const openBlocks: Block[] = [...issueTable, ...listOr(open, recordedIssues.length ? '' : tr(ctx, '无', 'None'))];

  // 7. Delivered documents, 8. training, 9. maintenance and support.
  const documents = (Array.isArray(accRaw.documents) ? accRaw.documents : []).map(rawObject).filter((x): x is Record<string, unknown> => !!x);
  const docBlock = tableOr(
    [tr(ctx, '文档', 'Document'), tr(ctx, '交付日期', 'Delivered'), tr(ctx, '备注', 'Note')],
    documents.map((d) => [rawText(d.title, sep), rawText(d.delivered, sep), rawText(d.note, sep)]),
    tr(ctx, '未记录交付文档。', 'No delivered document recorded.'),
  );
  const yes = tr(ctx, '是', 'yes');
  const no = tr(ctx, '否', 'no');
  const trainingBlock = tableOr(
    [tr(ctx, '日期', 'Date'), tr(ctx, '培训内容', 'Topic'), tr(ctx, '人数', 'Attendees'), tr(ctx, '签到', 'Sign-in'), tr(ctx, '考试', 'Exam'), tr(ctx, '通过率', 'Pass rate')],
    plan.training.items.map((t) => [
      t.date?.value ?? '',
      t.topic?.value ?? '',
      t.attendees ? String(t.attendees.value) : '',
      t.signIn ? (t.signIn.value ? yes : no) : '',
      t.exam ? (t.exam.value ? yes : no) : '',
      t.passRate ? `${Math.round(t.passRate.value * 100)}%` : '',
    ]),
    tr(ctx, '未记录培训。', 'No training recorded.'),
  );
  const support: string[] = [];
  const months = contract?.maintenanceMonths?.value;
  const signedDay = parseDate(acc?.report?.date?.value);
  if (months !== undefined)
    support.push(
      tr(
        ctx,
        `维保期：${months} 个月，自验收通过之日起计算${signedDay !== undefined ? `（${fmt(signedDay)} 起）` : ''}`,
        `Maintenance: ${months} months from the acceptance${signedDay !== undefined ? ` (from ${fmt(signedDay)})` : ''}`,
      ),
    );
  const every = contract?.inspectionEvery?.value;
  if (every) support.push(tr(ctx, `巡检：${label(ctx, 'inspectionEvery', every) || every}一次`, `Inspections: ${label(ctx, 'inspectionEvery', every) || every}`));
  const channel = rawText(contractRaw.support, sep);
  support.push(tr(ctx, `售后支持渠道：${channel || '未记录'}`, `Support channel: ${channel || 'not recorded'}`));

  // 10. Signature block for both sides.
  const signed = acc?.report?.signed?.value;
  const signedLine = signed
    ? tr(ctx, `验收报告已签署（${acc?.report?.date?.value?.trim() || '日期未记录'}）。`, `The acceptance report was signed (${acc?.report?.date?.value?.trim() || 'date not recorded'}).`)
    : tr(ctx, '以上内容经双方确认无误，请客户签字盖章确认。', 'Both parties confirm the above; the customer signs and seals it.');

  const blocks: Block[] = [
    h(tr(ctx, '项目概况', 'Overview')),
    ...listOr(overview),
    h(tr(ctx, '验收范围与依据', 'Scope and basis')),
    ...scopeBlocks,
    h(tr(ctx, '验收概况', 'Summary')),
    ...summary,
    ...releaseBlocks(ctx, h),
    h(tr(ctx, '验收项（按类别）', 'Items by category')),
    ...byCategory,
    ...(coverage.length ? [h(tr(ctx, '需求覆盖', 'Requirements proved')), ...coverage] : []),
    ...backlogBlocks(ctx, h),
    h(tr(ctx, '遗留问题', 'Open items')),
    ...openBlocks,
    h(tr(ctx, '交付文档', 'Documents delivered')),
    docBlock,
    h(tr(ctx, '培训', 'Training')),
    trainingBlock,
    h(tr(ctx, '维保与售后支持', 'Maintenance and support')),
    ...listOr(support),
    h(tr(ctx, '签字确认', 'Signatures')),
    paragraph(signedLine),
    signatureBlock(ctx, tr(ctx, '验收结论', 'Conclusion'), [tr(ctx, '□ 通过', '☐ accepted'), tr(ctx, '□ 有条件通过', '☐ accepted with conditions'), tr(ctx, '□ 不通过', '☐ rejected')]),
    ...errorsSection(ctx, () => h(tr(ctx, '数据问题', 'Data problems'))),
    ...footer(ctx),
  ];
  return { kind: 'acceptance', edition: ctx.edition, locale: ctx.locale, title, customer: plan.customer?.value ?? '', project: projectTitle, company: ctx.company, blocks };
}
