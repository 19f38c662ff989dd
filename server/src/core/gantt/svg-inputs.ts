/**
 * What the SVG layout needs besides the chart, read from the workspace: each bar's dependencies
 * (as bar keys), its baseline and slip (the baseline the plan is compared with: baselines/read.ts,
 * slip.ts), for one plan's chart, the plan calendar's working days (for the shading) and, when
 * the chart is filtered by owner, that person's daily load over every plan of the index (the
 * load strip: core/views/load-daily.ts), from the chart's first day to its last or today.
 */
import type { Workspace } from '../workspace';
import { isPlan, type PlanModel } from '../model';
import { formatDate, parseDate } from '../dates';
import { dailyLoad } from '../views/load-daily';
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import type { GanttChart } from './gantt';
import type { LayoutOptions, BarBaseline } from './svg-layout';

export function svgInputs(ws: Workspace, chart: GanttChart): Pick<LayoutOptions, 'deps' | 'baselines' | 'isWorkday' | 'load'> {
  const deps = new Map<string, string[]>();
  const baselines = new Map<string, BarBaseline>();
  const bars = chart.sections.flatMap((s) => s.bars);
  // Bar keys by file, then task id (no string key built per bar: a chart of 5,000 tasks, every edit).
  const keyOf = new Map<string, Map<string, string>>();
  for (const b of bars) {
    if (b.taskId === undefined) continue;
    let m = keyOf.get(b.uri);
    if (!m) keyOf.set(b.uri, (m = new Map()));
    m.set(b.taskId, b.key);
  }
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
      const here = keyOf.get(uri);
      const keys: string[] = [];
      for (const d of st.deps) {
        const k = d.id !== undefined ? here?.get(d.id) : undefined;
        if (k !== undefined) keys.push(k);
      }
      if (keys.length) deps.set(b.key, keys);
      const slip = slips?.[st.index];
      if (slip) baselines.set(b.key, { start: slip.baselineStart !== undefined ? formatDate(slip.baselineStart) : undefined, end: formatDate(slip.baselineEnd), slipDays: slip.slipDays });
    }
  }
  if (chart.scope !== 'file' && calendars.length) isWorkday = (d) => calendars.some((w) => w(d));
  return { deps, baselines, isWorkday, ...loadOf(ws, chart) };
}

const LOAD = { en: (name: string) => `${name} load`, 'zh-CN': (name: string) => `${name} 负荷` };

function loadOf(ws: Workspace, chart: GanttChart): Pick<LayoutOptions, 'load'> {
  const from = parseDate(chart.start);
  const end = parseDate(chart.end);
  const today = parseDate(chart.today);
  if (!chart.owner || from === undefined || end === undefined) return {};
  const daily = dailyLoad(ws.index(), chart.owner, from, Math.max(end, today ?? end));
  const name = chart.owners.find((o) => o.id === chart.owner)?.name || daily.name;
  return { load: { label: LOAD[ws.messageLocale](name), capacity: daily.capacity, days: daily.days } };
}
