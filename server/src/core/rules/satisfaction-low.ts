/**
 * satisfaction-low — seed 001: 客户定期填写满意度调查 … 不满意项需反馈销售，由销售跟进.
 *
 * Decisions:
 * - Each `satisfaction` entry with a numeric `score` is read on its `scale` (default 10; a scale
 *   that is not a positive number counts as 10). The threshold is settings.satisfactionThreshold
 *   (default 7, out of 10) scaled to that scale: 7 of 10 is 3.5 of 5, 70 of 100.
 * - Fires when score < threshold and the entry has no `followUp` with a valid `date` (who followed
 *   up, `by`, is recommended but not required). A score above its scale is not judged.
 * - Reported at the score. data: { score, scale, threshold, date }.
 */
import { defineRule, say } from './api';
import { planOf, projectName } from './_project-util';

type A = { project: string; date: string; score: number; scale: number; threshold: number };

const messages = {
  low: {
    en: (a: A) =>
      `The satisfaction survey of project ${a.project}${a.date ? ` on ${a.date}` : ''} scored ${a.score} of ${a.scale}, below ${a.threshold}, and no follow-up is recorded. ` +
      `Tell sales to follow up with the customer on what they are unhappy with, and record followUp with its date and who did it.`,
    'zh-CN': (a: A) =>
      `项目“${a.project}”${a.date ? `${a.date} 的` : '的一次'}满意度调查得分 ${a.score}（满分 ${a.scale}），低于 ${a.threshold}，且没有回访记录。` +
      `请反馈销售，由销售就客户的不满意项进行回访，并记录回访日期与回访人。`,
  },
};

const round = (n: number) => Math.round(n * 100) / 100;

export const rule = defineRule({
  id: 'satisfaction-low',
  defaultSeverity: 'warning',
  description: {
    en: 'A low satisfaction score with no follow-up by sales recorded.',
    'zh-CN': '满意度评分偏低且没有销售回访记录。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const project = projectName(ctx.file, plan);
    for (const s of plan.satisfaction.items) {
      if (!s.score) continue;
      const written = s.scale?.value;
      const scale = written !== undefined && written > 0 ? written : 10;
      const threshold = round((ctx.settings.satisfactionThreshold / 10) * scale);
      const score = s.score.value;
      if (score > scale || !(score < threshold) || s.followUp?.date?.day !== undefined) continue;
      const date = s.date?.value.trim() ?? '';
      ctx.report(s.score.span, say(messages.low, { project, date, score, scale, threshold }), { score, scale, threshold, date: date || null });
    }
  },
});
