import { label } from '../labels';
import { defineTaskRule } from './_task-rule';
import { taskLabel, localized } from './_schedule-util';

type L = 'en' | 'zh-CN';

const messages = {
  doneNotFull: {
    en: (a: { task: string; progress: number }) =>
      `Task ${a.task} is done but its progress is ${a.progress}%. Set progress to 100, or set the status back to in progress (doing).`,
    'zh-CN': (a: { task: string; progress: number }) =>
      `任务 ${a.task} 状态为“已完成”，但进度只有 ${a.progress}%。请把进度改为 100，或把状态改回“进行中”。`,
  },
  fullNotDone: {
    en: (a: { task: string; status?: string }) =>
      `Task ${a.task} is at 100% but ${a.status ? `its status is ${label('en', 'status', a.status)}` : 'has no status'}. Set the status to done, or lower the progress.`,
    'zh-CN': (a: { task: string; status?: string }) =>
      `任务 ${a.task} 进度已是 100%，但${a.status ? `状态为“${label('zh-CN', 'status', a.status)}”` : '未填写状态'}。请把状态改为“已完成”，或下调进度。`,
  },
};

/**
 * status-progress (seed 000 §7 跟踪任务进度): status and progress must tell the same story.
 *
 * Decisions:
 * - Cancelled tasks are never flagged.
 * - A progress that is not a whole number from 0 to 100 (101, -5, 50.5, "100") is the schema
 *   rule's finding, not this one's: 101 is not "at 100%".
 */
export const rule = defineTaskRule({
  id: 'status-progress',
  defaultSeverity: 'warning',
  description: {
    en: '`done` with progress < 100, or progress 100 but not done.',
    'zh-CN': '状态为“已完成”但进度不足 100，或进度 100 但状态不是“已完成”。',
  },
  kinds: ['poc', 'project'],
  perTask: {
    env: (ctx) => (ctx.file.model.kind === 'poc' || ctx.file.model.kind === 'project' ? '' : undefined),
    check(_ctx, t, i, _st, out) {
      const status = t.status?.value;
      const progress = t.progress;
      if (!progress || status === 'cancelled') return;
      if (!Number.isInteger(progress.value) || progress.value < 0 || progress.value > 100) return; // schema
      const label = (l: L) => taskLabel(t, i, l);
      if (status === 'done' && progress.value < 100) {
        const args = (l: L) => ({ task: label(l), progress: progress.value });
        out.push({
          span: () => progress.span,
          message: localized(messages.doneNotFull, args),
          data: { taskId: t.id?.value ?? null, status, progress: progress.value, field: 'progress', suggestion: 100 },
        });
      } else if (status !== 'done' && progress.value === 100) {
        const args = (l: L) => ({ task: label(l), status });
        out.push({
          span: () => t.status?.span ?? progress.span,
          message: localized(messages.fullNotDone, args),
          data: { taskId: t.id?.value ?? null, status: status ?? null, progress: progress.value, field: 'status', suggestion: 'done' },
        });
      }
    },
  },
});
