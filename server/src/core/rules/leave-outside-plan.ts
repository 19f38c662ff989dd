/**
 * leave-outside-plan — DOMAIN.md "Calendars, actuals, baselines and load": `leave` of a team
 * member that lies wholly outside the plan's dates. A person's leave counts in every plan of the
 * portfolio (over-allocated), so it is not wrong; but in this plan it affects nothing, which is
 * usually a mistyped year or a leave that belongs in another plan's team entry.
 *
 * Decisions:
 * - The plan's dates: its `start`..`end`, widened by the computed dates of its tasks (tasks that
 *   cannot be scheduled left out). A plan with neither has no dates: nothing fires.
 * - One finding per leave entry (date or range) that overlaps none of those days, at the entry.
 * - hint: nothing is miscounted; the entry is only worth a second look.
 */
import { defineRule, say } from './api';
import { formatDate, type Day } from '../dates';

type A = { who: string; leave: string; from: string; to: string };

const messages = {
  outside: {
    en: (a: A) =>
      `The leave ${a.leave} of ${a.who} lies outside this plan (${a.from} – ${a.to}), so it changes nothing here; it still counts for their tasks in other plans. Check the year, or record it in the plan it concerns.`,
    'zh-CN': (a: A) =>
      `${a.who}的请假日期 ${a.leave} 不在本计划的起止范围（${a.from} 至 ${a.to}）内，对本计划的任务没有影响，但仍会用于检查其在其他计划中的任务。请核对年份，或记在相关计划中。`,
  },
};

export const rule = defineRule({
  id: 'leave-outside-plan',
  defaultSeverity: 'hint',
  description: {
    en: "A team member's leave lies wholly outside the plan's dates.",
    'zh-CN': '团队成员的请假日期完全不在计划的起止范围内。',
  },
  kinds: ['poc', 'project'],
  check(ctx) {
    const m = ctx.file.model;
    if (m.kind !== 'poc' && m.kind !== 'project') return;
    let first: Day | undefined = m.start?.day;
    let last: Day | undefined = m.end?.day;
    for (let i_ = 0, a_ = ctx.file.schedule?.tasks ?? []; i_ < a_.length; i_++) {
      const t = a_[i_];
      if (t.unscheduled || t.start === undefined || t.end === undefined) continue;
      if (first === undefined || t.start < first) first = t.start;
      if (last === undefined || t.end > last) last = t.end;
    }
    if (first === undefined || last === undefined || last < first) return;
    for (const member of m.team.items) {
      const who = member.name?.value?.trim() || member.id?.value || '';
      member.leave.forEach(([a, b], i) => {
        if (b >= first! && a <= last!) return;
        const entry = member.leave.entries[i];
        ctx.report(entry.span, say(messages.outside, { who, leave: entry.value, from: formatDate(first!), to: formatDate(last!) }), {
          person: member.id?.value ?? null,
          leave: entry.value,
        });
      });
    }
  },
});
