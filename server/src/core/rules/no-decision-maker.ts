/**
 * no-decision-maker (seed 002: identify the stakeholders, and among them the decision maker, who
 * must be engaged and committed).
 *
 * Decisions:
 * - Customer-wide (the customer scope, core/scope.ts: the folder holding the file, its subfolders
 *   and the folders above; another customer's folder never counts): satisfied as soon as any
 *   stakeholder of any *.stakeholders.yaml file of that scope lists
 *   `decision-maker` in `roles` (a single string `roles: decision-maker` counts too). The entry
 *   need not have an id (unknown-ref/schema deal with that); the org is not required to be
 *   `customer`, as DOMAIN.md asks only for "a decision maker".
 * - When stakeholders files exist but name no decision maker, every stakeholders file gets the
 *   diagnostic at its `stakeholders` key (else the file start); POC files stay quiet.
 * - When the workspace has no stakeholders file at all, every POC file gets it at its id value
 *   (else the file start). Project files are not checked.
 */
import { defineRule, say } from './api';
import { FILE_START, planAnchor, planLabel } from './_poc-playbook-util';

type S = { file: string; count: number };
type P = { poc: string };

const messages = {
  noDecisionMaker: {
    en: (a: S) =>
      `No stakeholder of this customer (this folder, its subfolders and the folders above) is marked as decision maker (${a.count} stakeholder${a.count === 1 ? '' : 's'} listed here). ` +
      'Identify who makes the purchase decision on the customer side, engage them, and add roles: [decision-maker] to that person.',
    'zh-CN': (a: S) =>
      `本客户的干系人中没有决策者（本文件列出 ${a.count} 位干系人）。请识别客户方做采购决策的决策者并争取其参与，把其角色标为“决策者”。`,
  },
  noStakeholders: {
    en: (a: P) =>
      `POC ${a.poc}: this customer's folder has no *.stakeholders.yaml file, so no decision maker is identified. ` +
      'Create one that lists the stakeholders and marks the customer’s decision maker with roles: [decision-maker].',
    'zh-CN': (a: P) =>
      `“${a.poc}”：本客户的文件夹中没有干系人文件，尚未识别决策者。请新建干系人文件，列出干系人，并把客户方决策者的角色标为“决策者”。`,
  },
};

export const rule = defineRule({
  id: 'no-decision-maker',
  defaultSeverity: 'warning',
  description: {
    en: 'The customer’s stakeholders name no decision maker.',
    'zh-CN': '干系人中没有决策者。',
  },
  kinds: ['stakeholders', 'poc'],
  check(ctx) {
    const { index } = ctx;
    if (index.decisionMakers.length) return;
    // Also count decision makers written without an id, which the index leaves out.
    for (const f of index.stakeholderFiles) {
      if (f.model.kind !== 'stakeholders') continue;
      if (f.model.stakeholders.items.some((s) => s.roles.items.some((r) => r.value.trim() === 'decision-maker'))) return;
    }
    const m = ctx.file.model;
    if (m.kind === 'stakeholders') {
      ctx.report(m.stakeholders.keySpan ?? FILE_START, say(messages.noDecisionMaker, { file: ctx.file.name, count: m.stakeholders.items.length }), {
        reason: 'no-decision-maker',
      });
    } else if (m.kind === 'poc' && index.stakeholderFiles.length === 0) {
      ctx.report(planAnchor(m), say(messages.noStakeholders, { poc: planLabel(m, ctx.file) }), {
        reason: 'no-stakeholders-file',
        pocId: m.id?.value ?? null,
      });
    }
  },
});
