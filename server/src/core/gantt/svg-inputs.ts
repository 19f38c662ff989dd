/**
 * What the SVG layout needs besides the chart, read from the workspace: each bar's dependencies
 * (as bar keys), its baseline and slip (the baseline the plan is compared with: baselines/read.ts,
 * slip.ts) and, for one plan's chart, the plan calendar's working days (for the shading).
 */
import type { Workspace } from '../workspace';
import { isPlan, type PlanModel } from '../model';
import { formatDate } from '../dates';
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import type { GanttChart } from './gantt';
import type { LayoutOptions, BarBaseline } from './svg-layout';

export function svgInputs(ws: Workspace, chart: GanttChart): Pick<LayoutOptions, 'deps' | 'baselines' | 'isWorkday'> {
  const deps = new Map<string, string[]>();
  const baselines = new Map<string, BarBaseline>();
  const bars = chart.sections.flatMap((s) => s.bars);
  const keyOf = new Map<string, string>();
  for (const b of bars) if (b.taskId !== undefined) keyOf.set(`${b.uri}\u0000${b.taskId}`, b.key);
  const byUri = new Map<string, typeof bars>();
  for (const b of bars) {
    let list = byUri.get(b.uri);
    if (!list) byUri.set(b.uri, (list = []));
    list.push(b);
  }
  const files = ws.index().files;
  let isWorkday: LayoutOptions['isWorkday'];
  // The portfolio shades the days no plan shown works on (a holiday of every calendar, weekends).
  const calendars: ((d: number) => boolean)[] = [];
  for (const [uri, list] of byUri) {
    const f = ws.get(uri);
    if (!f || !f.schedule || !isPlan(f.model)) continue;
    const schedule = f.schedule;
    const plan = f.model as PlanModel;
    if (chart.scope === 'file') isWorkday = (d) => schedule.plain.isWorkday(d);
    else calendars.push((d) => schedule.plain.isWorkday(d));
    const baseline = baselineFor(files, plan.id?.value, ws.settings.baseline || undefined);
    const slips = baseline ? slipsOf(plan, schedule, baseline) : undefined;
    for (const b of list) {
      const st = b.taskId !== undefined ? schedule.byId.get(b.taskId) : undefined;
      if (!st) continue;
      const keys = st.deps.map((d) => (d.id !== undefined ? keyOf.get(`${uri}\u0000${d.id}`) : undefined)).filter((k): k is string => k !== undefined);
      if (keys.length) deps.set(b.key, keys);
      const slip = slips?.[st.index];
      if (slip) baselines.set(b.key, { start: slip.baselineStart !== undefined ? formatDate(slip.baselineStart) : undefined, end: formatDate(slip.baselineEnd), slipDays: slip.slipDays });
    }
  }
  if (chart.scope !== 'file' && calendars.length) isWorkday = (d) => calendars.some((w) => w(d));
  return { deps, baselines, isWorkday };
}
