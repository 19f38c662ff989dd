/**
 * Inlay hints: after a task's `duration:`, `dependsOn:` or `end:` value, its computed dates —
 * `→ 09-30 – 10-08（跨国庆节）` — so that the schedule reads in the text. Code lenses stay for actions.
 *
 * Decisions:
 * - One hint per task, after the first of `duration`, `dependsOn`, `end` that it writes (in that
 *   order of preference), at the end of that value; a task with none of them gets no hint (its
 *   dates are its own `start`, visible already).
 * - Tasks that cannot be scheduled get none (their dates would be invented). Milestones show one day.
 * - Only the tasks whose hint position lies in the requested range are computed (a 20,000-task
 *   plan asks for the visible lines only).
 * - The holidays are named (跨国庆节), not their dates: hover says the rest. Off by the setting
 *   `pocStudio.inlayHints.schedule`.
 */
import { formatDate, type Day } from '../dates';
import { isPlan } from '../model';
import { crossings } from '../calendar-crossings';
import { crossingsEnv } from './hover';
import type { Span } from '../text';
import type { FeatureContext } from './types';

export interface InlayHintEntry {
  /** Offset the hint is shown at (after the value). */
  at: number;
  label: string;
  /** The task's span (for a tooltip or a click). */
  task: Span;
}

const short = (d: Day) => formatDate(d).slice(5);

export function scheduleHints(ctx: FeatureContext, range: Span): InlayHintEntry[] {
  const { file, locale, ws } = ctx;
  if (!ws.settings.scheduleHints || !isPlan(file.model) || !file.schedule) return [];
  const plan = file.model;
  const zh = locale === 'zh-CN';
  const out: InlayHintEntry[] = [];
  for (const st of file.schedule.tasks) {
    const t = st.task;
    if (t.span.end < range.start || t.span.start > range.end) continue;
    if (st.unscheduled || st.start === undefined || st.end === undefined) continue;
    const anchor = t.duration?.span ?? (t.dependsOn.span && t.dependsOn.items.length ? t.dependsOn.span : undefined) ?? t.end?.span;
    if (!anchor || anchor.end < range.start || anchor.end > range.end) continue;
    const when = st.milestone || st.start === st.end ? short(st.start) : `${short(st.start)} – ${short(st.end)}`;
    const names = [...new Set(crossings(plan, st.start, st.end, locale, crossingsEnv(ctx, file, st)).off.map((o) => o.name))];
    const cross = names.length ? (zh ? `（跨${names.join('、')}）` : ` (over ${names.join(', ')})`) : '';
    out.push({ at: anchor.end, label: `→ ${when}${cross}`, task: t.span });
  }
  return out;
}
