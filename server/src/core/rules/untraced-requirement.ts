/*
 * untraced-requirement — a `must` requirement that no success criterion, scenario or acceptance
 * item of any plan in the workspace covers (seed 002: success criteria and scenarios come from
 * the requirements; seed 001: acceptance checks them).
 *
 * Decisions on edge cases:
 * - Priority compares case-insensitively (`Must` counts; the schema reports the spelling).
 * - `scope: out-of-contract` requirements are skipped: seed 003 — 合同标书之外的需求不在本期
 *   项目的验收范围内; they are priced and planned separately (out-of-contract-unpriced).
 *   `scope: next-phase` (二期) requirements are skipped too: they are not accepted in this phase.
 * - Releases (issue 18): an acceptance item with a `release` covers only requirements of that same
 *   release, or requirements without a release; coverage without a release (success criteria,
 *   scenarios, acceptance items without `release`) covers a requirement of any release. So a
 *   标准版 requirement is not covered by — and not "uncovered" because of — the 基础版 acceptance:
 *   it needs an acceptance item of its own release (or one without a release). Release ids are
 *   compared as written. The release date plays no part: a later release's requirement is still
 *   reported when nothing traces it, since its acceptance items are planned up front (seed 004).
 * - A requirement without an id cannot be referenced: skipped (schema reports the missing id).
 * - Coverage is by id across the whole workspace; a reference from any poc or project counts,
 *   whatever its status. When the id is defined twice, one reference covers both.
 * - Span: the requirement id value. data: { requirementId }.
 */
import { defineRule, say } from './api';
import { idOf, zhThen } from './_refs-util';

interface Args {
  id: string;
  title?: string;
}

const messages = {
  untraced: {
    en: (a: Args) =>
      `Must requirement ${a.id}${a.title ? ` (${a.title})` : ''} is not covered by any success criterion, scenario or acceptance item. ` +
      `Trace it: add requirement: ${a.id} to a success criterion or acceptance item, or list ${a.id} in a scenario's requirements.`,
    'zh-CN': (a: Args) =>
      `优先级为“必须”的需求 ${zhThen(`${a.id}${a.title ? `（${a.title}）` : ''}`, '没有被')}任何成功标准、场景或验收项覆盖。` +
      `请在成功标准或验收项中引用需求 ${a.id}，或把 ${a.id} 加入某个场景的需求列表。`,
  },
};

export const rule = defineRule({
  id: 'untraced-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'A must requirement that no success criterion, scenario or acceptance item covers.',
    'zh-CN': '优先级为“必须”的需求没有被任何成功标准、场景或验收项覆盖。',
  },
  kinds: ['requirements'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'requirements') return;
    for (const r of m.requirements.items) {
      const id = idOf(r.id);
      if (id === undefined) continue;
      if (r.priority?.value.trim().toLowerCase() !== 'must') continue;
      const scope = r.scope?.value.trim().toLowerCase();
      if (scope === 'out-of-contract' || scope === 'next-phase') continue;
      const release = r.release?.value;
      const covers = (ctx.index.coverage.get(id) ?? []).filter((c) => c.release === undefined || release === undefined || c.release === release);
      if (covers.length > 0) continue;
      const title = r.title?.value.trim() || undefined;
      ctx.report(r.id!.span, say(messages.untraced, { id, title }), { requirementId: id });
    }
  },
});
