/** Quick fix for `kind-mismatch`: set `kind:` to the kind the file suffix declares (data.expected). */
import { replaceScalar } from '../edits';
import { quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'kind-mismatch';

export const provide: FixProvider = (ctx, d) => {
  const expected = str(d.data?.expected);
  const declared = ctx.file.model.kindField;
  if (expected === undefined || !declared) return [];
  return quickFix(
    tr(ctx, `Change kind to ${expected}`, `把 kind 改为 ${expected}`),
    RULE,
    [replaceScalar(ctx.file, d.span, expected, declared.value)],
    true,
  );
};
