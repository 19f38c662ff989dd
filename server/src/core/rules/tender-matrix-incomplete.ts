/**
 * tender-matrix-incomplete (seed 002: an RFP response answers every question with care — "read all
 * the data points before responding"; for Chinese buyers the 招标文件 is answered point by point in
 * a response matrix, each requirement 满足 / 部分满足 / 不满足 with a remark).
 *
 * Decisions:
 * - Only a POC with a `tender.deadline` (a valid date) and no valid `tender.submitted`: once the
 *   response is handed in, its matrix is history.
 * - Near: the deadline has passed, is today, or at most settings.tenderDeadlineDays (default 5)
 *   working days (the POC's calendar) lie after today up to and including the deadline. A deadline
 *   farther off is not reported, however empty the matrix.
 * - Incomplete: (a) a `must` requirement of the customer's requirements files (the same scope as
 *   untraced-requirement: ctx.index.requirements) that no matrix row names, or (b) a row without a
 *   `response`. Requirements scoped out-of-contract or daily-change are not in a tender (seed 003:
 *   合同标书之外的需求) and are not asked for; a requirement id defined twice counts once. A row naming
 *   an unknown id is unknown-ref's (the x-ref of `requirement`), not this rule's.
 * - One diagnostic at the `deadline` value naming what is missing (at most 8 ids, then …) and the
 *   response owner (`tender.owner`, a team or stakeholder id) or that none is named.
 *   data: { missing: [requirement ids], unanswered: [row numbers, 1-based], deadline, days, state }.
 */
import { defineRule, say } from './api';
import { personName, planCalendar, planOf } from './_project-util';
import { planLabel } from './_poc-playbook-util';
import { plural } from '../labels';

type State = 'passed' | 'today' | 'soon';
type Row = { row: number; requirement?: string };
type A = { poc: string; deadline: string; state: State; days: number; missing: string[]; unanswered: Row[]; owner?: string };

/** Requirement scopes that arise after the contract, so are never part of a tender (seed 003). */
const OUTSIDE_TENDER: ReadonlySet<string> = new Set(['out-of-contract', 'daily-change']);

const MAX_LISTED = 8;
const cut = (xs: string[], sep: string): string => (xs.length > MAX_LISTED ? `${xs.slice(0, MAX_LISTED).join(sep)} …` : xs.join(sep));

const dueEn = (a: A): string =>
  a.state === 'passed'
    ? `was due on ${a.deadline} (${plural(a.days, 'working day')} ago)`
    : a.state === 'today'
      ? `is due today (${a.deadline})`
      : `is due on ${a.deadline} (${plural(a.days, 'working day')} left)`;
const dueZh = (a: A): string =>
  a.state === 'passed' ? `已于 ${a.deadline} 截止（已过 ${a.days} 个工作日）` : a.state === 'today' ? `今天（${a.deadline}）截止` : `将于 ${a.deadline} 截止（还有 ${a.days} 个工作日）`;

const rowEn = (r: Row): string => (r.requirement ? `${r.row} (${r.requirement})` : String(r.row));
const rowZh = (r: Row): string => (r.requirement ? `第 ${r.row} 行（${r.requirement}）` : `第 ${r.row} 行`);

const messages = {
  incomplete: {
    en: (a: A) => {
      const parts = [
        ...(a.missing.length ? [`no row for must ${a.missing.length > 1 ? 'requirements' : 'requirement'} ${cut(a.missing, ', ')}`] : []),
        ...(a.unanswered.length ? [`${a.unanswered.length > 1 ? 'rows' : 'row'} ${cut(a.unanswered.map(rowEn), ', ')} ${a.unanswered.length > 1 ? 'have' : 'has'} no response`] : []),
      ];
      return (
        `The tender response of POC ${a.poc} ${dueEn(a)} and is not submitted, but its response matrix is incomplete: ${parts.join('; ')}. ` +
        `${a.owner ? `Have ${a.owner} answer` : 'Name a response owner and answer'} every must requirement (fully met, partly met or not met, with a remark), then record the submitted date.`
      );
    },
    'zh-CN': (a: A) => {
      const parts = [
        ...(a.missing.length ? [`优先级为“必须”的需求 ${cut(a.missing, '、')} 没有应答`] : []),
        ...(a.unanswered.length ? [`${cut(a.unanswered.map(rowZh), '、')}未填写满足情况`] : []),
      ];
      return (
        `“${a.poc}”的投标应答${dueZh(a)}，尚未提交，但应答矩阵不完整：${parts.join('；')}。` +
        `请${a.owner ? `由${a.owner}` : '指定应答负责人，'}逐条应答（满足、部分满足或不满足，并写明说明），提交后记录提交日期。`
      );
    },
  },
};

export const rule = defineRule({
  id: 'tender-matrix-incomplete',
  defaultSeverity: 'warning',
  description: {
    en: 'A tender response due soon (or overdue) and not submitted whose response matrix misses must requirements or responses.',
    'zh-CN': '投标应答临近截止（或已过截止日）且未提交，应答矩阵缺少必须需求或未填写满足情况。',
  },
  kinds: ['poc'],
  check(ctx) {
    const plan = planOf(ctx.file);
    const tender = plan?.tender;
    const deadline = tender?.deadline;
    if (!plan || !tender || deadline?.day === undefined || tender.submitted?.day !== undefined) return;
    const cal = planCalendar(ctx.file, plan);
    const d = deadline.day;
    const state: State = d < ctx.today ? 'passed' : d === ctx.today ? 'today' : 'soon';
    const days = state === 'passed' ? cal.workdaysBetween(d + 1, ctx.today) : state === 'soon' ? cal.workdaysBetween(ctx.today + 1, d) : 0;
    const configured = ctx.settings.tenderDeadlineDays;
    const limit = typeof configured === 'number' && Number.isFinite(configured) ? configured : 5;
    if (state === 'soon' && days > limit) return;

    const answered = new Set(tender.matrix.items.map((r) => r.requirement?.value.trim()).filter((r): r is string => !!r));
    const musts: { id: string; uri: string; at: number }[] = [];
    for (const [id, defs] of ctx.index.requirements) {
      const def = defs.find((x) => x.item.priority?.value.trim() === 'must' && !OUTSIDE_TENDER.has(x.item.scope?.value.trim() ?? ''));
      if (def && !answered.has(id)) musts.push({ id, uri: def.file.uri, at: def.id.span.start });
    }
    musts.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.at - b.at));
    const unanswered: Row[] = tender.matrix.items
      .filter((r) => !r.response?.value.trim())
      .map((r) => ({ row: r.row, ...(r.requirement?.value.trim() ? { requirement: r.requirement.value.trim() } : {}) }));
    if (!musts.length && !unanswered.length) return;

    const ownerId = tender.owner?.value.trim();
    const a: A = {
      poc: planLabel(plan, ctx.file),
      deadline: deadline.value,
      state,
      days,
      missing: musts.map((m) => m.id),
      unanswered,
      owner: ownerId ? personName(ctx.file, ctx.index, ownerId) : undefined,
    };
    ctx.report(deadline.span, say(messages.incomplete, a), {
      missing: a.missing,
      unanswered: unanswered.map((r) => r.row),
      deadline: deadline.value,
      days,
      state,
    });
  },
});
