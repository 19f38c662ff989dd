/*
 * blocker-unmanaged — seed 002 识别、分析和管理利益相关者: a stakeholder with high influence
 * whose attitude is skeptic or blocker must have a strategy (how we manage this person).
 *
 * Decisions on edge cases:
 * - influence and attitude compare case-insensitively; only `high` influence counts.
 * - A strategy is missing when absent, blank, only punctuation (`…`, `-`) or a placeholder
 *   (TODO, TBD, 待定, 暂无, 无 …). A strategy written as a non-empty list or mapping counts as
 *   written (the schema reports the type).
 * - Our own side (org: vendor/partner) is not exempt: an internal blocker needs managing too.
 * - Span: the attitude value. data: { stakeholderId?, attitude, strategy: 'missing' | 'placeholder' }.
 */
import { defineRule, say } from './api';
import { hasStructuredContent, idOf, isPlaceholder, itemLabel, zhThen } from './_refs-util';
import type { Localized } from '../types';
import { label } from '../labels';

interface Args {
  who: Localized;
  attitude: string;
  placeholder?: string;
}


const messages = {
  unmanaged: {
    en: (a: Args) =>
      `${a.who.en} has high influence and is a ${label('en', 'attitude', a.attitude)}, but ` +
      (a.placeholder !== undefined ? `the strategy "${a.placeholder}" is only a placeholder. ` : 'has no strategy. ') +
      `Write how you will manage this person (meetings, whiteboard sessions, a demo focused on their concerns, who follows up).`,
    'zh-CN': (a: Args) =>
      `高影响力的${label('zh-CN', 'attitude', a.attitude)} ` +
      (a.placeholder !== undefined
        ? zhThen(a.who['zh-CN'], `的应对策略“${a.placeholder}”只是占位内容。`)
        : zhThen(a.who['zh-CN'], '没有应对策略。')) +
      `请写明如何管理此干系人（安排会面、白板讨论、针对其顾虑的演示、由谁跟进）。`,
  },
};

export const rule = defineRule({
  id: 'blocker-unmanaged',
  defaultSeverity: 'warning',
  description: {
    en: 'A high-influence skeptic or blocker without a strategy.',
    'zh-CN': '高影响力的怀疑者或阻碍者没有应对策略。',
  },
  kinds: ['stakeholders'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'stakeholders') return;
    m.stakeholders.items.forEach((s, i) => {
      if (!s.attitude || s.influence?.value.trim().toLowerCase() !== 'high') return;
      const attitude = s.attitude.value.trim().toLowerCase();
      if (attitude !== 'skeptic' && attitude !== 'blocker') return;
      if (!s.strategy && hasStructuredContent(s.raw.strategy)) return;
      if (s.strategy && !isPlaceholder(s.strategy.value)) return;
      const id = idOf(s.id);
      const name = s.name?.value.trim();
      const who: Localized =
        name && id !== undefined ? { en: `${name} (${id})`, 'zh-CN': `${name}（${id}）` } : itemLabel(s.id, s.name, i);
      const placeholder = s.strategy && s.strategy.value.trim() !== '' ? s.strategy.value.trim() : undefined;
      const data: Record<string, unknown> = { attitude, strategy: placeholder !== undefined ? 'placeholder' : 'missing' };
      if (id !== undefined) data.stakeholderId = id;
      ctx.report(s.attitude.span, say(messages.unmanaged, { who, attitude, placeholder }), data);
    });
  },
});
