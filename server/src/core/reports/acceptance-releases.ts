/**
 * Acceptance report sections of issue 18: acceptance per release (基础版 / 标准版 …) and the 二期
 * backlog (requirements and changes put to the next phase).
 *
 * Decisions:
 * - Per release: only when the project lists releases; one row per release with its date, its
 *   requirements done / total and its acceptance items passed / total (core/releases.ts). The
 *   internal edition adds the open must requirements by id; the customer edition does not.
 * - Backlog: both editions (the customer agreed to defer these and reads them as the next phase's
 *   list); only when there is at least one entry. The customer edition shows no ids of changes
 *   and no decision (internal bookkeeping), the internal one shows both.
 */
import { forCustomer, label, tr, type ReportContext } from './context';
import { paragraph, tableOr } from './blocks';
import type { Block } from './doc';
import { releaseProgress } from '../releases';
import { backlog } from '../views/backlog';

export function releaseBlocks(ctx: ReportContext, heading: (title: string) => Block): Block[] {
  if (!ctx.plan.releases.items.length) return [];
  const internal = !forCustomer(ctx);
  const rows = releaseProgress(ctx.plan, ctx.schedule?.tasks ?? [], ctx.requirements).map((r) => [
    r.title,
    r.date ?? '',
    `${r.requirementsDone} / ${r.requirements}`,
    `${r.acceptancePassed} / ${r.acceptance}`,
    ...(internal ? [r.mustOpen.join(', ')] : []),
  ]);
  return [
    heading(tr(ctx, '按版本验收', 'Acceptance per release')),
    tableOr(
      [
        tr(ctx, '版本', 'Release'),
        tr(ctx, '计划交付日期', 'Planned date'),
        tr(ctx, '需求（已实现 / 全部）', 'Requirements (done / all)'),
        tr(ctx, '验收项（已通过 / 全部）', 'Acceptance items (passed / all)'),
        ...(internal ? [tr(ctx, '未实现的必须需求', 'Must requirements not done')] : []),
      ],
      rows,
      tr(ctx, '未记录版本。', 'No release recorded.'),
    ),
  ];
}

export function backlogBlocks(ctx: ReportContext, heading: (title: string) => Block): Block[] {
  const entries = backlog(ctx.requirements, [ctx.plan]);
  if (!entries.length) return [];
  const internal = !forCustomer(ctx);
  const who = (id: string | undefined) => (id ? ctx.stakeholders.get(id)?.name?.value?.trim() || id : '');
  const rows = entries.map((e) => [
    e.item === 'requirement' ? tr(ctx, '需求', 'Requirement') : tr(ctx, '变更', 'Change'),
    internal || e.item === 'requirement' ? [e.id ?? '', e.text].filter(Boolean).join(' ') : e.text,
    e.priority ? label(ctx, 'priority', e.priority) : '',
    who(e.source),
    ...(internal ? [e.decision ? label(ctx, 'decision', e.decision) : ''] : []),
  ]);
  return [
    heading(tr(ctx, '二期需求', 'Next-phase backlog')),
    paragraph(tr(ctx, '以下需求和变更经双方确认放到下一期实施，不在本期验收范围内。', 'Both parties agreed to put these requirements and changes to the next phase; they are not part of this acceptance.')),
    tableOr(
      [
        tr(ctx, '类型', 'Item'),
        tr(ctx, '内容', 'What'),
        tr(ctx, '优先级', 'Priority'),
        tr(ctx, '提出人', 'Raised by'),
        ...(internal ? [tr(ctx, '决定', 'Decision')] : []),
      ],
      rows,
      '',
    ),
  ];
}
