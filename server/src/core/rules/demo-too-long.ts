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
 */
import { defineRule, say } from './api';

type Dur = { minutes: number; max: number };
type Story = { minutes: number; max: number; steps: string };

const messages = {
  duration: {
    en: (a: Dur) =>
      `The demo is planned for ${a.minutes} minutes, ${a.minutes - a.max} over the ${a.max}-minute limit. Keep it within ${a.max} minutes so the audience stays with you: cut the steps that do not address the customer's pain points.`,
    'zh-CN': (a: Dur) =>
      `演示计划 ${a.minutes} 分钟，超过 ${a.max} 分钟的上限 ${a.minutes - a.max} 分钟。请将演示控制在 ${a.max} 分钟以内，删减与客户痛点无关的环节，以免客户失去注意力。`,
  },
  storyboard: {
    en: (a: Story) =>
      `The demo storyboard adds up to ${a.minutes} minutes (${a.steps}), over the ${a.max}-minute limit. Shorten or drop steps until the storyboard fits in ${a.max} minutes.`,
    'zh-CN': (a: Story) =>
      `演示脚本各步骤合计 ${a.minutes} 分钟（${a.steps}），超过 ${a.max} 分钟的上限。请缩短或删减步骤，使演示脚本控制在 ${a.max} 分钟以内。`,
  },
};

export const rule = defineRule({
  id: 'demo-too-long',
  defaultSeverity: 'warning',
  description: {
    en: 'Demo longer than the limit (default 30 minutes).',
    'zh-CN': '演示超过时长上限（默认 30 分钟）。',
  },
  kinds: ['poc'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' || !m.demo) return;
    const max = ctx.settings.demoMaxMinutes;
    const d = m.demo.durationMinutes;
    const durationTooLong = !!d && d.value > max;
    if (d && durationTooLong) {
      ctx.report(d.span, say(messages.duration, { minutes: d.value, max }), { minutes: d.value, max, source: 'durationMinutes' });
    }
    const steps = m.demo.storyboard.items
      .map((s, i) => ({ label: s.step?.value.trim() || `#${i + 1}`, minutes: s.minutes?.value ?? 0 }))
      .filter((s) => s.minutes > 0);
    const total = Math.round(steps.reduce((sum, s) => sum + s.minutes, 0) * 100) / 100;
    if (total > max && !durationTooLong && m.demo.storyboard.keySpan) {
      const parts = steps.map((s) => `${s.label} ${s.minutes}`);
      const shown = parts.length > 6 ? [...parts.slice(0, 6), '…'] : parts;
      ctx.report(m.demo.storyboard.keySpan, say(messages.storyboard, { minutes: total, max, steps: shown.join(' + ') }), {
        minutes: total,
        max,
        source: 'storyboard',
      });
    }
  },
});
