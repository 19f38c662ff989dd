/**
 * Quick fixes for `status-progress`: make status and progress tell the same story, in either
 * direction. `done` with progress < 100: progress → 100 (preferred) or status back to doing.
 * Progress 100 but not done: status → done (preferred; written before `progress` when absent) or
 * progress lowered to 90.
 */
import { mapOf, replaceScalar, setPairValue } from '../edits';
import { itemAt, quickFix, tr, type FixProvider } from './_util';

const RULE = 'status-progress';

export const provide: FixProvider = (ctx, d) => {
  const m = ctx.file.model;
  if (m.kind !== 'poc' && m.kind !== 'project') return [];
  const task = itemAt(m.tasks.items, d.span);
  const progress = task?.progress;
  if (!task || !progress) return [];
  const map = mapOf(ctx.file, task.raw);
  if (!map) return [];
  const setProgress = (n: number) => replaceScalar(ctx.file, progress.span, n, String(progress.value));
  const setStatus = (s: string) => setPairValue(ctx.file, map, 'status', s, { place: { before: 'progress' } });
  if (d.data?.field === 'progress') {
    return [
      ...quickFix(tr(ctx, 'Set progress to 100', '把进度改为 100'), RULE, [setProgress(100)], true),
      ...quickFix(tr(ctx, 'Set the status back to in progress', '把状态改回进行中'), RULE, [setStatus('doing')]),
    ];
  }
  if (d.data?.field === 'status') {
    return [
      ...quickFix(tr(ctx, 'Set the status to done', '把状态改为 done'), RULE, [setStatus('done')], true),
      ...quickFix(tr(ctx, 'Lower progress to 90', '把进度下调为 90'), RULE, [setProgress(90)]),
    ];
  }
  return [];
};
