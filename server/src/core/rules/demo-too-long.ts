/**
 * demo-too-long (seed 002: a demo is direct, timely and efficient, kept within 30 minutes so the
 * customer does not lose attention; the limit is the setting demoMaxMinutes).
 *
 * Decisions:
 * - `demo.durationMinutes` above the limit fires at that value; exactly the limit is fine.
 * - The storyboard's `minutes` (numeric ones only; steps without minutes count as 0) adding up to
 *   more than the limit fires at the `storyboard` key, unless the declared duration is already
 *   reported (one problem, one diagnostic: shortening the demo means cutting the storyboard).
 * - Demo tasks' working-day durations are not demo lengths and are not looked at.
 * - The final POC presentation (seed 000 §11: POC 演示 + 评估 + 总结) is longer than an early-stage
 *   demo and has its own limit, settings.demoFinalMaxMinutes (default 90): a demo is final when
 *   it says `final: true`. The `stage` does not decide it: it is the POC's current sales stage,
 *   which moves on (objection, close) after the demo, and would turn a too-long early demo into a
 *   fine one after the fact. Without `final: true` seed 002's 30-minute rule applies.
 */
import { defineRule, say } from './api';

type Dur = { minutes: number; max: number; final: boolean };
type Story = { minutes: number; max: number; steps: string; final: boolean };

const messages = {
  duration: {
    en: (a: Dur) =>
      a.final
        ? `The final POC presentation (demo, evaluation and summary) is planned for ${a.minutes} minutes, ${a.minutes - a.max} over the ${a.max}-minute limit. Keep it within ${a.max} minutes: show the results against the success criteria and leave time for the customer's evaluation.`
        : `The demo is planned for ${a.minutes} minutes, ${a.minutes - a.max} over the ${a.max}-minute limit. Keep it within ${a.max} minutes so the audience stays with you: cut the steps that do not address the customer's pain points.`,
    'zh-CN': (a: Dur) =>
      a.final
        ? `POC 最终演示（演示、评估与总结）计划 ${a.minutes} 分钟，超过 ${a.max} 分钟的上限 ${a.minutes - a.max} 分钟。请控制在 ${a.max} 分钟以内，围绕成功标准展示结果，并留出客户评估的时间。`
        : `演示计划 ${a.minutes} 分钟，超过 ${a.max} 分钟的上限 ${a.minutes - a.max} 分钟。请将演示控制在 ${a.max} 分钟以内，删减与客户痛点无关的环节，以免客户失去注意力。`,
  },
  storyboard: {
    en: (a: Story) =>
      `The ${a.final ? 'final POC presentation' : 'demo'} storyboard adds up to ${a.minutes} minutes (${a.steps}), over the ${a.max}-minute limit. Shorten or drop steps until the storyboard fits in ${a.max} minutes.`,
    'zh-CN': (a: Story) =>
      `${a.final ? 'POC 最终演示的' : ''}演示脚本各步骤合计 ${a.minutes} 分钟（${a.steps}），超过 ${a.max} 分钟的上限。请缩短或删减步骤，使演示脚本控制在 ${a.max} 分钟以内。`,
  },
};

export const rule = defineRule({
  id: 'demo-too-long',
  defaultSeverity: 'warning',
  description: {
    en: 'Demo longer than the limit (default 30 minutes; 90 for the final POC presentation).',
    'zh-CN': '演示超过时长上限（默认 30 分钟；POC 最终演示 90 分钟）。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' || !m.demo) return;
    const final = m.demo.final?.value === true;
    const max = final ? ctx.settings.demoFinalMaxMinutes : ctx.settings.demoMaxMinutes;
    const d = m.demo.durationMinutes;
    const durationTooLong = !!d && d.value > max;
    if (d && durationTooLong) {
      ctx.report(d.span, say(messages.duration, { minutes: d.value, max, final }), { minutes: d.value, max, source: 'durationMinutes', ...(final ? { final } : {}) });
    }
    const steps = m.demo.storyboard.items
      .map((s, i) => ({ label: s.step?.value.trim() || `#${i + 1}`, minutes: s.minutes?.value ?? 0 }))
      .filter((s) => s.minutes > 0);
    const total = Math.round(steps.reduce((sum, s) => sum + s.minutes, 0) * 100) / 100;
    if (total > max && !durationTooLong && m.demo.storyboard.keySpan) {
      const parts = steps.map((s) => `${s.label} ${s.minutes}`);
      const shown = parts.length > 6 ? [...parts.slice(0, 6), '…'] : parts;
      ctx.report(m.demo.storyboard.keySpan, say(messages.storyboard, { minutes: total, max, steps: shown.join(' + '), final }), {
        minutes: total,
        max,
        source: 'storyboard',
        ...(final ? { final } : {}),
      });
    }
  },
});
