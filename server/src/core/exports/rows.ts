/**
 * What the exports hold (`poc-studio export`, `pocStudio/export`): the tasks of one or several
 * plans with their computed dates, owner names, labels and baseline slip, and the hours of
 * `weeklyReports` by person and ISO week. Pure: read from a Workspace; the writers (csv.ts,
 * ics.ts, documents/xlsx.ts) turn it into bytes.
 *
 * Decisions:
 * - Plans in the order given (the CLI and the server pass them sorted by path); tasks in file order.
 * - Dates are the schedule's (actuals, forecast, halts applied); a task that cannot be scheduled
 *   (a dependency cycle) has none, like the schedule table. Errors elsewhere in a plan change
 *   nothing: what can be read is exported.
 * - Owner name: the plan's team member, else a stakeholder of the workspace, else the id itself.
 * - Phase and status are the labels of labels.ts in the export's language; a task without a
 *   status counts as to do. Progress: `progress`, else 100 for a done task, else 0.
 * - Baseline end and slip: the plan's baseline as the schedule table picks it (pocStudio.baseline,
 *   else the newest); slip in working days, positive when late.
 * - `person`: only the tasks that person owns, and only their hours.
 * - Hours: per person (their id across the exported plans) and ISO week, summed over the plans;
 *   a plan's first entry for a week counts (as in the weekly report), entries with an invalid
 *   week or non-numeric hours are left out. Weeks ascending; people in order of appearance.
 * - Text goes through exportText (text.ts).
 */
import { baselineFor } from '../baselines/read';
import { slipsOf } from '../baselines/slip';
import type { Day } from '../dates';
import { fileStem } from '../file-names';
import { label } from '../labels';
import { isPlan, type PlanModel, type Stakeholder } from '../model';
import type { Locale } from '../types';
import type { Workspace } from '../workspace';
import { exportText } from './text';

export interface ExportOptions {
  /** Language of labels, headers and file names; default: the workspace's. */
  locale?: Locale;
  /** The export's date (calendar DTSTAMP, workbook created); default: the workspace's today. */
  today?: Day;
  /** Only this person's tasks and hours. */
  person?: string;
}

export interface ExportPlan {
  uri: string;
  /** The plan's id, else its file stem. */
  id: string;
  title: string;
}

export interface TaskRow {
  /** The plan's id (ExportPlan.id). */
  plan: string;
  planUri: string;
  /** Index of the task in its plan. */
  index: number;
  id: string | null;
  name: string;
  /** Label of the phase ('' without one). */
  phase: string;
  /** Owner id (null without one) and display name. */
  owner: string | null;
  ownerName: string;
  start?: Day;
  end?: Day;
  /** Working days (delays included); 0 for a milestone. */
  duration: number;
  /** Status as written (`todo` without one), and its label. */
  statusValue: string;
  status: string;
  progress: number;
  milestone: boolean;
  baselineEnd?: Day;
  /** Working days the forecast end lies after the baseline end (null: no baseline for the task). */
  slipDays: number | null;
}

export interface HoursRow {
  person: string;
  name: string;
  /** Hours per week of `HoursTable.weeks` (null: none recorded). */
  hours: (number | null)[];
  total: number;
}

export interface HoursTable {
  /** ISO weeks `YYYY-Www`, ascending. */
  weeks: string[];
  rows: HoursRow[];
  /** Sum of each week over the people, and of everything. */
  totals: number[];
  total: number;
}

export interface ExportPerson {
  id: string;
  name: string;
  /** Tasks of the exported plans this person owns. */
  tasks: number;
}

export interface ExportData {
  locale: Locale;
  today: Day;
  person?: string;
  plans: ExportPlan[];
  tasks: TaskRow[];
  hours: HoursTable;
  /** Team members and task owners of the exported plans (before the person filter), in order of appearance. */
  people: ExportPerson[];
}

/** The plans of a workspace among `uris` (not a plan: left out), or of the whole workspace. */
export function planUris(ws: Workspace, under?: string): string[] {
  const prefix = under === undefined ? undefined : under.replace(/\/?$/, '/');
  return ws
    .files()
    .filter((f) => isPlan(f.model) && (prefix === undefined || f.uri.startsWith(prefix)))
    .map((f) => f.uri)
    .sort();
}

/** The rows of the plans `uris` (files of `ws` that are not plans are left out). */
export function exportData(ws: Workspace, uris: readonly string[], opts: ExportOptions = {}): ExportData {
  const locale = opts.locale ?? ws.messageLocale;
  const stakeholders = new Map<string, Stakeholder>();
  for (const f of ws.files()) {
    if (f.model.kind !== 'stakeholders') continue;
    for (const s of f.model.stakeholders.items) if (s.id && !stakeholders.has(s.id.value)) stakeholders.set(s.id.value, s);
  }
  const nameOf = (plan: PlanModel, id: string): string => {
    const member = plan.team.items.find((m) => m.id?.value === id);
    if (member?.name?.value) return exportText(member.name.value);
    const s = stakeholders.get(id)?.name?.value;
    return exportText(s || id);
  };
  const plans: ExportPlan[] = [];
  const tasks: TaskRow[] = [];
  const people = new Map<string, ExportPerson>();
  const meet = (id: string, name: string, owns: boolean) => {
    const p = people.get(id) ?? { id: exportText(id), name, tasks: 0 };
    if (owns) p.tasks++;
    people.set(id, p);
  };
  const hours = new Map<string, Map<string, number>>();
  const hourNames = new Map<string, string>();
  for (const uri of uris) {
    const file = ws.get(uri);
    if (!file || !isPlan(file.model)) continue;
    const plan = file.model;
    const id = exportText(plan.id?.value) || fileStem(file.name.replace(/\.(poc|project)\.ya?ml$/i, ''), 'plan');
    plans.push({ uri, id, title: exportText(plan.title?.value) || id });
    for (const m of plan.team.items) if (m.id) meet(m.id.value, nameOf(plan, m.id.value), false);
    const baseline = baselineFor(ws.filesInScope(uri), plan.id?.value, ws.settings.baseline || undefined);
    const schedule = file.schedule;
    const slips = baseline && schedule ? slipsOf(plan, schedule, baseline) : [];
    for (const t of schedule?.tasks ?? []) {
      const owner = t.task.owner?.value;
      if (owner !== undefined) meet(owner, nameOf(plan, owner), true);
      if (opts.person !== undefined && owner !== opts.person) continue;
      const ok = !t.unscheduled;
      const statusValue = t.task.status?.value ?? 'todo';
      const progress = t.task.progress?.value;
      const slip = ok ? slips[t.index] : undefined;
      tasks.push({
        plan: id,
        planUri: uri,
        index: t.index,
        id: t.id === undefined ? null : exportText(t.id),
        name: exportText(t.task.name?.value),
        phase: exportText(label(locale, 'phase', t.task.phase?.value)),
        owner: owner === undefined ? null : exportText(owner),
        ownerName: owner === undefined ? '' : nameOf(plan, owner),
        start: ok ? t.start : undefined,
        end: ok ? t.end : undefined,
        duration: t.duration,
        statusValue,
        status: exportText(label(locale, 'status', statusValue)),
        progress: typeof progress === 'number' && Number.isFinite(progress) ? progress : statusValue === 'done' ? 100 : 0,
        milestone: t.milestone,
        baselineEnd: slip?.baselineEnd,
        slipDays: slip ? slip.slipDays : null,
      });
    }
    const seen = new Set<string>();
    for (const r of plan.weeklyReports.items) {
      const week = r.week?.value.trim();
      if (r.monday === undefined || week === undefined || seen.has(week)) continue;
      seen.add(week);
      // Each person's hours, per-task hours summed (hours.ts); invalid values are left out.
      for (const [k, v] of r.hours.byPerson) {
        if (opts.person !== undefined && k !== opts.person) continue;
        if (!hours.has(k)) hours.set(k, new Map());
        if (!hourNames.has(k)) hourNames.set(k, nameOf(plan, k));
        const per = hours.get(k)!;
        per.set(week, (per.get(week) ?? 0) + v);
      }
    }
  }
  return { locale, today: opts.today ?? ws.today, person: opts.person, plans, tasks, hours: hoursTable(hours, hourNames), people: [...people.values()] };
}

function hoursTable(hours: Map<string, Map<string, number>>, names: Map<string, string>): HoursTable {
  const weeks = [...new Set([...hours.values()].flatMap((m) => [...m.keys()]))].sort();
  const rows: HoursRow[] = [...hours].map(([person, per]) => {
    const cells = weeks.map((w) => (per.has(w) ? round(per.get(w)!) : null));
    return { person: exportText(person), name: names.get(person) ?? exportText(person), hours: cells, total: round(cells.reduce<number>((s, v) => s + (v ?? 0), 0)) };
  });
  const totals = weeks.map((_, i) => round(rows.reduce((s, r) => s + (r.hours[i] ?? 0), 0)));
  return { weeks, rows, totals, total: round(totals.reduce((s, v) => s + v, 0)) };
}

/** Hours to two decimals (no 0.30000000000000004 in a cell). */
const round = (n: number): number => Math.round(n * 100) / 100;
