/**
 * The lines of a task's hover that compare what was promised, what is planned now and what
 * happened: the baseline's dates (baselines/read.ts) and the slip, the current plan, the actual
 * start and end (or the forecast of a started task).
 *
 * Decisions:
 * - Shown only where they add something: the baseline line when the plan has a baseline holding
 *   the task; the current-plan line when the dates shown above are actuals or a forecast (they
 *   differ from the plan); the actual line when the task has an actual date.
 * - The slip is in working days of the plan's calendar (as the rule and the schedule table say it).
 */
import { formatDate } from '../dates';
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import { isPlan } from '../model';
import type { ArtifactFile } from '../rules/api';
import type { ScheduledTask } from '../schedule';
import type { FeatureContext } from './types';

const span = (a: number | undefined, b: number | undefined, milestone: boolean) =>
  a === undefined ? '' : milestone || a === b || b === undefined ? formatDate(a) : `${formatDate(a)} → ${formatDate(b)}`;

export function baselineLines(ctx: FeatureContext, file: ArtifactFile, st: ScheduledTask, md: (s: string) => string): string[] {
  const zh = ctx.locale === 'zh-CN';
  const out: string[] = [];
  const m = file.model;
  const s = file.schedule;
  if (!isPlan(m) || !s || st.unscheduled) return out;
  const baseline = baselineFor(ctx.ws.filesInScope(ctx.file.uri), m.id?.value, ctx.ws.settings.baseline || undefined);
  const slip = baseline ? slipsOf(m, s, baseline)[st.index] : undefined;
  if (baseline && slip) {
    const name = md(baseline.model.name?.value.trim() || baseline.file.name);
    const when = span(slip.baselineStart ?? slip.baselineEnd, slip.baselineEnd, st.milestone);
    const d = slip.slipDays;
    const how =
      d === 0
        ? zh ? '按期' : 'on time'
        : d > 0
          ? zh ? `晚 ${d} 个工作日` : `${d} working day${d === 1 ? '' : 's'} late`
          : zh ? `早 ${-d} 个工作日` : `${-d} working day${d === -1 ? '' : 's'} early`;
    out.push(zh ? `原计划（基线“${name}”）：${when} · ${how}` : `Baseline ${name}: ${when} · ${how}`);
  }
  const moved = st.plannedStart !== st.start || st.plannedEnd !== st.end;
  if (moved && st.plannedStart !== undefined) out.push(`${zh ? '当前计划：' : 'Current plan: '}${span(st.plannedStart, st.plannedEnd, st.milestone)}`);
  const a = st.task.actualStart?.day;
  const e = st.task.actualEnd?.day;
  if (a !== undefined || e !== undefined) {
    const parts: string[] = [];
    if (a !== undefined) parts.push(zh ? `${formatDate(a)} 开始` : `started ${formatDate(a)}`);
    if (e !== undefined) parts.push(zh ? `${formatDate(e)} 完成` : `finished ${formatDate(e)}`);
    else if (st.started && st.end !== undefined) {
      const p = st.task.progress?.value;
      parts.push(zh ? `预计 ${formatDate(st.end)} 完成${p !== undefined ? `（按进度 ${p}% 推算）` : ''}` : `forecast to finish ${formatDate(st.end)}${p !== undefined ? ` (from ${p}% progress)` : ''}`);
    }
    out.push(`${zh ? '实际：' : 'Actual: '}${parts.join(zh ? '，' : ', ')}`);
  }
  return out;
}
