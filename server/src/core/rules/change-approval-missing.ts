/**
 * change-approval-missing — seed 001 FAQ 1: a need beyond the scope goes to the next phase (放到
 * 下一期); doing it early in this phase needs the customer's approval. Issue 18: a `next-phase`
 * change that already has tasks in the plan (`change: CR1` on a task) needs `approvedBy` naming a
 * customer stakeholder.
 *
 * Decisions:
 * - Linked: a task of the same file whose `change` is the change id (trimmed). Its status does
 *   not matter: planned work is work done early. A change without linked tasks is not reported.
 * - Customer stakeholder: a stakeholder of the same customer scope (the workspace index) with
 *   `org: customer`, matched by id or by name (approvedBy may be either). When the scope has no
 *   stakeholders at all, a written approvedBy is accepted (nothing to check it against).
 * - Reported at approvedBy when written (not a customer), else at the change id, else the change.
 *   data: { changeId, tasks, approvedBy } (approvedBy null when absent).
 */
import { defineRule, say } from './api';
import type { WorkspaceIndex } from '../workspace-index';

type A = { id: string; tasks: string[]; by?: string };

const messages = {
  missing: {
    en: (a: A) =>
      `Change ${a.id} is for the next phase, but tasks ${a.tasks.join(', ')} already do it in this phase, and ` +
      `${a.by ? `${a.by} is not a customer stakeholder` : 'no approval is recorded'}. ` +
      `Doing next-phase work early needs the customer's approval: record the approving customer stakeholder in approvedBy.`,
    'zh-CN': (a: A) =>
      `变更 ${a.id} 已定为放到下一期，但任务 ${a.tasks.join('、')} 已在本期实施，` +
      `${a.by ? `批准人“${a.by}”不是客户方干系人` : '且没有记录批准人'}。` +
      `提前实施下一期的内容须经客户同意，请填写批准此事的客户方干系人。`,
  },
};

function isCustomer(index: WorkspaceIndex, who: string): boolean {
  if (index.stakeholders.size === 0) return true;
  for (const [id, defs] of index.stakeholders) {
    for (const d of defs) {
      if (d.item.org?.value.trim() !== 'customer') continue;
      if (id === who || d.item.name?.value.trim() === who) return true;
    }
  }
  return false;
}

export const rule = defineRule({
  id: 'change-approval-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A next-phase change already done in this phase without the approval of a customer stakeholder.',
    'zh-CN': '放到下一期的变更已在本期实施，但没有客户方干系人批准。',
  },
  kinds: ['project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'project') return;
    const nextPhase = m.changes.items.filter((c) => c.scope?.value.trim() === 'next-phase' && c.id?.value.trim());
    if (!nextPhase.length) return;
    // The tasks of each next-phase change, in one pass over the tasks (a plan of 20,000 tasks with
    // a few such changes read every task's change once per change).
    const wanted = new Set(nextPhase.map((c) => c.id!.value.trim()));
    const tasksOf = new Map<string, string[]>();
    const items = m.tasks.items;
    for (let i = 0; i < items.length; i++) {
      const ch = items[i].change?.value.trim();
      if (ch === undefined || !wanted.has(ch)) continue;
      const list = tasksOf.get(ch) ?? [];
      if (!list.length) tasksOf.set(ch, list);
      list.push(items[i].id?.value ?? items[i].name?.value ?? '?');
    }
    for (const c of nextPhase) {
      const id = c.id!.value.trim();
      const tasks = tasksOf.get(id) ?? [];
      if (!tasks.length) continue;
      const by = c.approvedBy?.value.trim() || undefined;
      if (by && isCustomer(ctx.index, by)) continue;
      ctx.report((by ? c.approvedBy!.span : c.id?.span) ?? c.span, say(messages.missing, { id, tasks, by }), {
        changeId: id,
        tasks,
        approvedBy: by ?? null,
      });
    }
  },
});
