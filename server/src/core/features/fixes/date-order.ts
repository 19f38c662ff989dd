/**
 * Quick fixes for `date-order`: a reversed calendar range `b..a` → `a..b` (preferred); a task
 * that ends before its dependencies let it start → end on that first possible day.
 */
import * as YAML from 'yaml';
import { nodeAt, replaceScalar } from '../edits';
import { quickFix, str, tr, type FixProvider } from './_util';

const RULE = 'date-order';

export const provide: FixProvider = (ctx, d) => {
  const data = d.data ?? {};
  const suggestion = str(data.suggestion);
  if (suggestion === undefined) return [];
  const current = nodeAt(ctx.file, d.span, YAML.isScalar)?.node.value;
  if (typeof current !== 'string') return [];
  if (typeof data.list === 'string') {
    return quickFix(
      tr(ctx, `Write the range as ${suggestion}`, `改为 ${suggestion}`),
      RULE,
      [replaceScalar(ctx.file, d.span, suggestion, current)],
      true,
    );
  }
  if (typeof data.dependency === 'string') {
    return quickFix(
      tr(ctx, `Change the end to ${suggestion}`, `把结束日期改为 ${suggestion}`),
      RULE,
      [replaceScalar(ctx.file, d.span, suggestion, current)],
    );
  }
  return [];
};
