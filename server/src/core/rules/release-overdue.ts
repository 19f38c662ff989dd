/**
 * release-overdue — seed 004: a release (基础版 / 标准版 / 高级版) is delivered on its date with its
 * must requirements done. Issue 18: a release whose date has passed while must requirements planned
 * for it are not yet implemented gets a warning.
 *
 * Decisions:
 * - Passed: the release `date` is before today (on the date itself the release may still ship).
 *   A release without a readable date or id is skipped (schema / date rules report that).
 * - Requirements: those of the same customer scope (the workspace index) whose `release` is the
 *   release id, whose priority is must (any case), and whose scope is neither out-of-contract nor
 *   next-phase (those are not delivered in this phase). Done = status implemented or verified (the
 *   requirement status enum has no "accepted"); a missing or unknown status counts as not done.
 * - A requirement id defined twice counts once (the first definition).
 * - One diagnostic per release, at its date value, listing the first five ids and "等 N 项" /
 *   "and N more". data: { releaseId, requirementIds } (all of them, in definition order).
 */
import { defineRule, say } from './api';
import { formatDate } from '../dates';

type A = { release: string; date: string; ids: string[] };

const SHOWN = 5;
const DONE = new Set(['implemented', 'verified']);

const list = (ids: string[], en: boolean) => {
  const shown = ids.slice(0, SHOWN).join(en ? ', ' : '、');
  const more = ids.length - SHOWN;
  return more > 0 ? (en ? `${shown} and ${more} more` : `${shown} 等 ${ids.length} 项`) : shown;
};

const messages = {
  overdue: {
    en: (a: A) =>
      `Release ${a.release} was due on ${a.date}, but ${a.ids.length} must requirement${a.ids.length > 1 ? 's are' : ' is'} not implemented yet: ${list(a.ids, true)}. ` +
      `Finish ${a.ids.length > 1 ? 'them' : 'it'}, move ${a.ids.length > 1 ? 'them' : 'it'} to a later release with the customer's agreement, or move the release date.`,
    'zh-CN': (a: A) =>
      `版本“${a.release}”的计划交付日期 ${a.date} 已过，仍有 ${a.ids.length} 项“必须”需求未实现：${list(a.ids, false)}。` +
      `请尽快完成，或与客户确认后调整到后续版本，或调整版本交付日期。`,
  },
};

export const rule = defineRule({
  id: 'release-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'A release whose date has passed with must requirements not yet implemented.',
    'zh-CN': '版本计划交付日期已过，仍有“必须”需求未实现。',
  },
  kinds: ['project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'project') return;
    for (const rel of m.releases.items) {
      const id = rel.id?.value;
      const day = rel.date?.day;
      if (!id || day === undefined || day >= ctx.today) continue;
      const ids: string[] = [];
      for (const [reqId, defs] of ctx.index.requirements) {
        const r = defs[0]?.item;
        if (!r || r.release?.value !== id) continue;
        if (r.priority?.value.trim().toLowerCase() !== 'must') continue;
        const scope = r.scope?.value.trim().toLowerCase();
        if (scope === 'out-of-contract' || scope === 'next-phase') continue;
        if (DONE.has(r.status?.value.trim().toLowerCase() ?? '')) continue;
        ids.push(reqId);
      }
      if (!ids.length) continue;
      const name = rel.title?.value.trim() || id;
      ctx.report(rel.date!.span, say(messages.overdue, { release: name, date: formatDate(day), ids }), { releaseId: id, requirementIds: ids });
    }
  },
});
