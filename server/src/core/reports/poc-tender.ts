/**
 * The POC report's 招投标 section (issue 18; seed 002 adapted to how banks, SOEs and government buy):
 * the procurement method, budget and project approval, the tender response's deadline, who answers
 * it, when it was submitted, and its response matrix (requirement → 满足 / 部分满足 / 不满足 + remark)
 * with the count of each answer.
 *
 * Decisions:
 * - Internal only: what we answered in a tender is not repeated in a report to the customer.
 * - Shown when the plan has a `tender` section or a procurement method; nothing otherwise.
 * - Rows without an answer are counted as 未填写 (tender-matrix-incomplete says where they are).
 */
import { forCustomer, label, personName, tr, type ReportContext } from './context';
import { listOr, paragraph, tableOr } from './blocks';
import type { Block, Rich } from './doc';

export function tenderBlocks(ctx: ReportContext, heading: () => Block): Block[] {
  if (forCustomer(ctx)) return [];
  const plan = ctx.plan;
  const q = plan.qualification;
  const tender = plan.tender;
  const procurement = q?.procurement?.value;
  if (!tender && !procurement) return [];
  const yes = (v: boolean | undefined, zh: string, en: string): Rich | undefined =>
    v === undefined ? undefined : tr(ctx, `${zh}：${v ? '是' : '否'}`, `${en}: ${v ? 'yes' : 'no'}`);
  const facts = [
    procurement ? tr(ctx, `采购方式：${label(ctx, 'procurement', procurement) || procurement}`, `Procurement: ${label(ctx, 'procurement', procurement) || procurement}`) : undefined,
    yes(q?.budgetApproved?.value, '预算已落实', 'Budget approved'),
    yes(q?.projectApproved?.value, '已立项', 'Project approved'),
    q?.tenderDate?.value ? tr(ctx, `招标时间：${q.tenderDate.value}`, `Tender date: ${q.tenderDate.value}`) : undefined,
    tender?.deadline?.value ? tr(ctx, `应答截止：${tender.deadline.value}`, `Response deadline: ${tender.deadline.value}`) : undefined,
    tender?.owner?.value ? tr(ctx, `应答负责人：${personName(ctx, tender.owner.value)}`, `Response owner: ${personName(ctx, tender.owner.value)}`) : undefined,
    tender ? (tender.submitted?.value ? tr(ctx, `已递交：${tender.submitted.value}`, `Submitted: ${tender.submitted.value}`) : tr(ctx, '尚未递交', 'Not submitted yet')) : undefined,
  ].filter((f): f is Rich => f !== undefined);
  const blocks: Block[] = [heading(), ...listOr(facts)];
  if (!tender) return blocks;
  const counts = new Map<string, number>();
  const rows = tender.matrix.items.map((r) => {
    const answer = r.response?.value;
    const key = answer && label(ctx, 'tenderResponse', answer) ? answer : 'open';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const id = r.requirement?.value ?? '';
    const title = ctx.requirements.get(id)?.title?.value;
    return [title ? `${id} ${title}` : id || tr(ctx, '（未指明）', '(not named)'), answer ? label(ctx, 'tenderResponse', answer) || answer : tr(ctx, '未填写', 'no answer'), r.remark?.value ?? ''];
  });
  blocks.push(tableOr([tr(ctx, '需求', 'Requirement'), tr(ctx, '应答', 'Answer'), tr(ctx, '说明', 'Remark')], rows, tr(ctx, '应答表为空。', 'The response matrix is empty.')));
  if (rows.length) {
    const part = (k: string, zh: string, en: string) => (counts.get(k) ? tr(ctx, `${zh} ${counts.get(k)} 项`, `${counts.get(k)} ${en}`) : undefined);
    const parts = [part('full', '满足', 'fully met'), part('partial', '部分满足', 'partly met'), part('none', '不满足', 'not met'), part('open', '未填写', 'without an answer')].filter(Boolean);
    blocks.push(paragraph(tr(ctx, `共 ${rows.length} 项：${parts.join('，')}。`, `${rows.length} rows: ${parts.join(', ')}.`)));
  }
  return blocks;
}
