/**
 * Quick fix for `success-criteria-missing`: a successCriteria skeleton — one criterion (SC1, or
 * the next free id) with description, metric and target to fill in, agreedWithCustomer: false and
 * result: pending. Appended to the list when the key is written (empty, `[]` or only blank
 * entries), else a new section after `scenarios` (or the keys before it).
 */
import { insertSectionItem } from '../edits';
import { nextId, placeholder, quickFix, tr, type FixProvider } from './_util';

const RULE = 'success-criteria-missing';

/** Top-level keys of a POC that come before successCriteria (schema order). */
const BEFORE = ['kind', 'id', 'title', 'customer', 'description', 'mode', 'stage', 'start', 'end', 'calendar', 'qualification', 'team', 'intelligence', 'scenarios'];

export const provide: FixProvider = (ctx, _d) => {
  const m = ctx.file.model;
  if (m.kind !== 'poc') return [];
  const id = nextId(m.successCriteria.items.flatMap((c) => (c.id ? [c.id.value] : [])), 'SC');
  const ph = placeholder(ctx);
  const criterion = { id, description: ph, metric: ph, target: ph, agreedWithCustomer: false, result: 'pending' };
  const edit = insertSectionItem(ctx.file, 'successCriteria', criterion, { style: 'block', after: BEFORE });
  return quickFix(tr(ctx, `Add a success criterion skeleton (${id})`, `添加成功标准模板（${id}）`), RULE, [edit], true);
};
