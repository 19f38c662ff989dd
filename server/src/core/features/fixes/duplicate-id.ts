/**
 * Quick fix for `duplicate-id` on ids unique within their file (tasks, criteria, risks …):
 * rename this occurrence to the next free id of the same numbering (T3 → T8). Ids without a
 * number (a person's id such as `zhang`) and workspace-wide ids get no rename.
 */
import { replaceScalar } from '../edits';
import { listItemAt, idsOfList, nextNumbered, quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'duplicate-id';

export const provide: FixProvider = (ctx, d) => {
  const data = d.data ?? {};
  const id = str(data.id);
  if (id === undefined || typeof data.firstLine !== 'number') return []; // workspace scopes have `others`
  const m = ctx.file.model;
  let existing: string[];
  if (m.kind === 'checklist') existing = m.items.flatMap((it) => (it.id ? [it.id.value] : []));
  else {
    const item = listItemAt(ctx, d.span.start);
    if (!item) return [];
    existing = idsOfList(ctx.file, item.listPath);
  }
  const next = nextNumbered(id, existing);
  if (next === undefined) return [];
  return quickFix(tr(ctx, `Rename to ${next}`, `重命名为 ${next}`), RULE, [replaceScalar(ctx.file, d.span, next, id)], true);
};
