/**
 * The weekly report's overview (周报 一、本周概况): the overall status 正常 / 有风险 / 延期 from the
 * schedule as of the week, a one-line summary, what is needed from the customer (需客户配合事项) and
 * the satisfaction score recorded that month.
 *
 * Decisions:
 * - 延期 (late): the forecast finish lies after the plan's end, a milestone is past and not reached,
 *   or an open critical task is past its end. 有风险 (at risk): any other open task past its end, a
 *   slip against the baseline, an open risk of high probability and high impact, a delay recorded
 *   or a halt during the week. Else 正常. The reasons are listed with the status.
 * - "Open" is as of the end of the week (or today for the current week): a task finished after
 *   the week was still open in it.
 * - Needed from the customer: delays and open risks whose `cause` is the customer, halts during
 *   the week, and changes awaiting a decision that the customer asked for.
 */
import type { Day } from '../dates';
import type { ScheduledTask } from '../schedule';
import { forCustomer, label, personName, tr, type ReportContext } from './context';
import { fmt, taskTitle } from './common';
import type { Rich } from './doc';
import { rawText } from './raw-text';
import { plural } from '../labels';

export type OverallLevel = 'ok' | 'risk' | 'late';

/** When a task was finished (done: its actual end, else its end); undefined while it is open. */
export function finishedOn(t: ScheduledTask): Day | undefined {
  if (t.task.status?.value !== 'done') return undefined;
  return t.task.actualEnd?.day ?? t.end;
}

/** Whether a task was open (not finished, not cancelled) at the end of `day`. */
export function openAt(t: ScheduledTask, day: Day): boolean {
  if (t.task.status?.value === 'cancelled') return false;
  const f = finishedOn(t);
  return f === undefined || f > day;
}

export function overallStatus(ctx: ReportContext, tasks: readonly ScheduledTask[], monday: Day, ref: Day): { level: OverallLevel; reasons: string[] } {
  const late: string[] = [];
  const risk: string[] = [];
  const name = (t: ScheduledTask) => taskTitle(ctx, t);
  const planEnd = ctx.plan.end?.day;
  const ends = tasks.map((t) => t.end).filter((d): d is Day => d !== undefined);
  const finish = ends.length ? Math.max(...ends) : undefined;
  if (planEnd !== undefined && finish !== undefined && finish > planEnd)
    late.push(tr(ctx, `预计 ${fmt(finish)} 完成，晚于计划结束日期 ${fmt(planEnd)}`, `forecast to finish on ${fmt(finish)}, after the planned end ${fmt(planEnd)}`));
  for (const t of tasks) {
    if (!openAt(t, ref) || t.end === undefined || t.end >= ref) continue;
    const days = ref - t.end;
    if (t.milestone) late.push(tr(ctx, `里程碑「${name(t)}」未按期达成`, `milestone "${name(t)}" missed`));
    else if (t.critical && !forCustomer(ctx)) late.push(tr(ctx, `关键任务「${name(t)}」逾期 ${days} 天`, `critical task "${name(t)}" ${plural(days, 'day')} late`));
    else risk.push(tr(ctx, `任务「${name(t)}」逾期 ${days} 天`, `task "${name(t)}" ${plural(days, 'day')} late`));
  }
  const slip = Math.max(0, ...ctx.slips.map((s) => s?.slipDays ?? 0));
  if (slip > 0 && !forCustomer(ctx)) risk.push(tr(ctx, `比原计划最多晚 ${slip} 个工作日`, `up to ${plural(slip, 'working day')} behind the baseline`));
  const high = ctx.plan.risks.items.filter((r) => r.status?.value !== 'closed' && r.probability?.value === 'high' && r.impact?.value === 'high');
  if (high.length) risk.push(tr(ctx, `${high.length} 项高概率、高影响的风险未关闭`, `${plural(high.length, 'open risk')} of high probability and impact`));
  const sunday = monday + 6;
  const delays = ctx.plan.delays.items.filter((d) => d.date?.day !== undefined && d.date.day >= monday && d.date.day <= sunday);
  if (delays.length) risk.push(tr(ctx, `本周新增延期 ${delays.length} 项`, `${plural(delays.length, 'delay')} recorded this week`));
  if (ctx.plan.halts.items.some((x) => (x.from?.day ?? Infinity) <= sunday && (x.to?.day ?? Infinity) >= monday)) risk.push(tr(ctx, '本周项目叫停', 'the project was halted this week'));
  const level: OverallLevel = late.length ? 'late' : risk.length ? 'risk' : 'ok';
  return { level, reasons: [...late, ...risk] };
}

/** 需客户配合事项: what we need from the customer to keep the plan. */
export function neededFromCustomer(ctx: ReportContext, tasks: readonly ScheduledTask[], monday: Day): Rich[] {
  const sunday = monday + 6;
  const sep = tr(ctx, '；', '; ');
  const out: Rich[] = [];
  for (const d of ctx.plan.delays.items) {
    if (rawText(d.raw.cause, sep) !== 'customer' || (d.date?.day !== undefined && d.date.day > sunday)) continue;
    const t = d.task?.value ? tasks.find((x) => x.id === d.task!.value) : undefined;
    const what = t ? taskTitle(ctx, t) : (d.task?.value ?? '');
    out.push(tr(ctx, `${d.reason?.value ?? '（未填写原因）'}（影响「${what}」，延期 ${d.days?.value ?? '?'} 个工作日）`, `${d.reason?.value ?? '(no reason given)'} (delays "${what}" by ${d.days?.value ?? '?'} working days)`));
  }
  for (const r of ctx.plan.risks.items) {
    if (rawText(r.raw.cause, sep) !== 'customer' || r.status?.value === 'closed') continue;
    const m = r.mitigation?.value?.trim();
    out.push(tr(ctx, `${r.description?.value ?? ''}${m ? `：${m}` : ''}`, `${r.description?.value ?? ''}${m ? `: ${m}` : ''}`));
  }
  for (const x of ctx.plan.halts.items) {
    if ((x.from?.day ?? Infinity) > sunday || (x.to?.day ?? Infinity) < monday) continue;
    const resume = x.resumePlan?.value?.trim();
    out.push(tr(ctx, `项目叫停（${x.from?.value ?? ''} 起）${x.reason?.value ? `：${x.reason.value}` : ''}${resume ? `；恢复计划：${resume}` : ''}`, `Project halted from ${x.from?.value ?? ''}${x.reason?.value ? `: ${x.reason.value}` : ''}${resume ? `; resume plan: ${resume}` : ''}`));
  }
  for (const c of ctx.plan.changes.items) {
    if ((c.decision?.value ?? 'pending') !== 'pending' || (c.date?.day !== undefined && c.date.day > sunday)) continue;
    const by = c.requestedBy?.value ? ctx.stakeholders.get(c.requestedBy.value) : undefined;
    if (by?.org?.value !== 'customer') continue;
    out.push(tr(ctx, `请确认需求变更「${c.description?.value ?? ''}」（${personName(ctx, c.requestedBy?.value)} ${c.date?.value ?? ''} 提出）`, `Please decide on the change "${c.description?.value ?? ''}" (asked by ${personName(ctx, c.requestedBy?.value)} on ${c.date?.value ?? ''})`));
  }
  return out;
}

/** The satisfaction score recorded in the week's month (up to the week's end), if any. */
export function satisfactionOfMonth(ctx: ReportContext, monday: Day): string | undefined {
  const sunday = monday + 6;
  const month = fmt(sunday).slice(0, 7);
  const s = ctx.plan.satisfaction.items.filter((x) => x.date?.day !== undefined && x.date.day <= sunday && fmt(x.date.day).slice(0, 7) === month && x.score !== undefined).pop();
  if (!s) return undefined;
  const scale = s.scale?.value;
  const of = scale !== undefined && scale !== 10 ? [`（满分 ${scale} 分）`, ` of ${scale}`] : ['', ''];
  // The follow-up of a low score by sales (satisfaction-low), when it happened by the week's end.
  const f = s.followUp;
  const note = typeof f?.raw.note === 'string' ? f.raw.note.trim() : '';
  const followed =
    f?.date?.day !== undefined && f.date.day <= sunday
      ? [`；${personName(ctx, f.by?.value)}已于 ${fmt(f.date.day)} 回访${note ? `：${note}` : ''}`, `; followed up by ${personName(ctx, f.by?.value)} on ${fmt(f.date.day)}${note ? `: ${note}` : ''}`]
      : ['', ''];
  return tr(ctx, `本月客户满意度：${s.score!.value} 分${of[0]}（${fmt(s.date!.day)} 调查${followed[0]}）`, `Customer satisfaction this month: ${s.score!.value}${of[1]} (survey of ${fmt(s.date!.day)}${followed[1]})`);
}

export const overallLabel = (ctx: ReportContext, level: OverallLevel): string => label(ctx, 'overall', level);
