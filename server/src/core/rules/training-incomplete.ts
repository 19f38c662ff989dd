/**
 * training-incomplete — seed 001 项目收尾 / 产品培训: 培训前需要人员签到；培训完毕后，对参与培训的人员进行测试.
 *
 * Decisions:
 * - Each `training` entry must have `signIn: true` and `exam: true`; anything else (absent, false,
 *   or a value of the wrong type such as "yes") is missing. One diagnostic per entry naming what is
 *   missing (data.missing: ['signIn'] | ['exam'] | ['signIn', 'exam']).
 * - Span: the first offending field that is written (signIn before exam), at its value; else the
 *   entry's `topic` value, else its `date` value, else its first key.
 * - A training dated after today still fires (it is an info-level reminder), with wording that asks
 *   to prepare the sign-in sheet and the exam instead of reporting them as missed.
 */
import { defineRule, say } from './api';
import type { Span } from '../text';
import { firstKeySpan, planOf } from './_project-util';

type Missing = 'signIn' | 'exam';
type A = { label?: string; n: number; missing: Missing[] };

const enName = (a: A) => (a.label ? `"${a.label}"` : `#${a.n}`);
const zhName = (a: A) => (a.label ? `“${a.label}”` : `第 ${a.n} 条`);

const EN: Record<Missing, string> = { signIn: 'a sign-in before it (signIn: true)', exam: 'an exam after it (exam: true)' };
const ZH: Record<Missing, string> = { signIn: '培训前签到（signIn: true）', exam: '培训后测试（exam: true）' };

const messages = {
  past: {
    en: (a: A) =>
      `Training ${enName(a)} lacks ${a.missing.map((m) => EN[m]).join(' and ')}. ` +
      `Have attendees sign in before the training and take the exam afterwards, then record it.`,
    'zh-CN': (a: A) =>
      `培训${zhName(a)}缺少${a.missing.map((m) => ZH[m]).join('和')}。培训前需要人员签到，培训完毕后需要对参训人员进行测试，完成后请记录。`,
  },
  planned: {
    en: (a: A) =>
      `Planned training ${enName(a)}: prepare ${a.missing.map((m) => EN[m]).join(' and ')} ` +
      `(sign-in sheet, exam questions) and record them once the training is held.`,
    'zh-CN': (a: A) =>
      `计划中的培训${zhName(a)}尚未安排${a.missing.map((m) => ZH[m]).join('和')}。请准备签到表和培训考题，培训后记录结果。`,
  },
};

export const rule = defineRule({
  id: 'training-incomplete',
  defaultSeverity: 'info',
  description: {
    en: 'Training without sign-in or exam.',
    'zh-CN': '培训缺少签到或考试。',
  },
  kinds: ['project'],
  check(ctx) {
    const plan = planOf(ctx.file);
    if (!plan) return;
    const map = ctx.file.parsed.map;
    plan.training.items.forEach((t, i) => {
      const missing: Missing[] = [];
      let span: Span | undefined;
      for (const key of ['signIn', 'exam'] as const) {
        if (t[key]?.value === true) continue;
        missing.push(key);
        // Written but not true (false, or the wrong type): point at that value.
        span ??= key in t.raw ? t[key]?.span ?? map.value(t.raw, key) ?? map.key(t.raw, key) : undefined;
      }
      if (missing.length === 0) return;
      span ??= t.topic?.span ?? t.date?.span ?? firstKeySpan(ctx.file, t);
      const label = [t.topic?.value, t.date?.value].filter((x) => x !== undefined && x.trim() !== '').join(' ');
      const planned = t.date?.day !== undefined && t.date.day > ctx.today;
      ctx.report(span, say(planned ? messages.planned : messages.past, { label: label || undefined, n: i + 1, missing }), {
        missing: [...missing],
        topic: t.topic?.value ?? null,
        date: t.date?.value ?? null,
      });
    });
  },
});
