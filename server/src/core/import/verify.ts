/**
 * The last step of an import: the working-day calendar the source used, each task's length from
 * its dates, where a task needs an explicit start, the YAML (yaml-out.ts), and the check of the
 * written plan by the same core as `poc-studio check` and `schedule`: its findings and, per task,
 * where its computed dates differ from the source's.
 *
 * Decisions:
 * - Calendar: Mon–Fri with the source's own exceptions; a spreadsheet whose durations agree with
 *   China's holidays and make-up working days more often than with Mon–Fri gets `region: CN`.
 * - The source's dates win over its duration column: a task with both dates gets the working days
 *   between them as its duration (reported when its duration said otherwise).
 * - A task with dependencies gets an explicit `start` only when its dependencies alone would start
 *   it on another day (a later start the source wanted, or one the source let overlap).
 */
import { formatDate, parseDate, parseDateOrRange, WorkCalendar, type Day } from '../dates';
import { regionCalendar } from '../region-calendar';
import type { Diagnostic } from '../types';
import { LineIndex } from '../text';
import { Workspace } from '../workspace';
import { note, WHOLE_FILE, type ImportedPlan } from './types';
import { planYaml, type WrittenTask } from './yaml-out';

export interface FinishOptions {
  locale: 'zh-CN' | 'en';
  /** The import's date (header comment, the check's today). */
  today?: string;
  /** The plan file name (kind from its suffix; default `<id>.<kind>.yaml`). */
  fileName?: string;
}

export interface ImportFinding {
  line: number;
  column: number;
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
}

export interface FinishedImport {
  yaml: string;
  tasks: WrittenTask[];
  region?: 'CN';
  /** The written plan's findings (as `poc-studio check` gives them). */
  findings: ImportFinding[];
  /** Tasks whose computed dates differ from the source's. */
  differences: number;
}

const ranges = (list: readonly string[]) => list.map(parseDateOrRange).filter((r): r is [Day, Day] => r !== undefined);

export function calendars(plan: ImportedPlan): { plain: WorkCalendar; cn: WorkCalendar } {
  const h = ranges(plan.holidays);
  const w = ranges(plan.workdays);
  const cn = regionCalendar('CN');
  return { plain: new WorkCalendar(h, w), cn: new WorkCalendar(h, w, cn ? [cn] : []) };
}

/** Whether the source's durations follow China's calendar rather than Mon–Fri. */
export function usesChinaCalendar(plan: ImportedPlan): boolean {
  if (plan.source.format === 'mspdi') return false;
  const { plain, cn } = calendars(plan);
  let p = 0;
  let c = 0;
  for (const t of plan.tasks) {
    const s = parseDate(t.sourceStart);
    const e = parseDate(t.sourceEnd);
    if (s === undefined || e === undefined || !t.duration) continue;
    const want = Math.ceil(t.duration);
    if (plain.workdaysBetween(s, e) === want) p++;
    if (cn.workdaysBetween(s, e) === want) c++;
  }
  return c > p;
}

export function finishImport(plan: ImportedPlan, o: FinishOptions): FinishedImport {
  const region = usesChinaCalendar(plan) ? ('CN' as const) : undefined;
  if (region) plan.notes.push(note('info', WHOLE_FILE, "the durations follow China's public holidays and make-up working days: the plan gets calendar.region CN", '工期与中国法定节假日及调休上班日一致：计划使用中国日历'));
  const pick = () => (region ? calendars(plan).cn : calendars(plan).plain);
  // A day off the source works on becomes a plan workday first; the calendar is then read with it.
  weekendDays(plan, pick());
  const cal = pick();
  const tasks = plan.tasks.map((t) => ({ ...t, comments: [...t.comments] }) as WrittenTask);
  lengths(plan, tasks, cal);
  starts(plan, tasks, cal);
  const fileName = o.fileName ?? `${plan.id}.${plan.kind}.yaml`;
  const uri = `file:///import/${encodeURIComponent(fileName.replace(/^.*[\\/]/, ''))}`;
  let yaml = planYaml(plan, tasks, { locale: o.locale, today: o.today, region });
  const ws = new Workspace({ locale: o.locale, today: parseDate(o.today) });
  ws.set(uri, yaml);
  const schedule = ws.get(uri)?.schedule;
  if (schedule && !plan.end) {
    const last = Math.max(...schedule.tasks.map((t) => t.end ?? -Infinity));
    if (Number.isFinite(last)) {
      plan.end = formatDate(last);
      yaml = planYaml(plan, tasks, { locale: o.locale, today: o.today, region });
      ws.set(uri, yaml);
    }
  }
  const differences = compare(plan, tasks, ws, uri);
  const file = ws.get(uri);
  const lines = new LineIndex(yaml);
  const findings = file
    ? ws.check(uri).map((d) => {
        const p = lines.positionAt(d.span.start);
        return { line: p.line + 1, column: p.character + 1, severity: d.severity, rule: d.rule, message: d.message };
      })
    : [];
  return { yaml, tasks, region, findings, differences };
}

/**
 * A spreadsheet task that starts or ends on a day off (a Saturday of overtime) keeps its dates: that
 * day becomes a working day of the plan (`calendar.workdays`), said in one note.
 */
function weekendDays(plan: ImportedPlan, cal: WorkCalendar): void {
  if (plan.source.format === 'mspdi') return; // its calendar is explicit
  const days = new Set<string>();
  for (const t of plan.tasks)
    for (const d of [t.sourceStart, t.sourceEnd]) {
      const day = parseDate(d);
      if (day !== undefined && !cal.isWorkday(day)) days.add(d!);
    }
  if (!days.size) return;
  const list = [...days].sort();
  plan.workdays.push(...list.filter((d) => !plan.workdays.includes(d)));
  plan.workdays.sort();
  plan.notes.push(note('info', WHOLE_FILE, `tasks start or end on days off (${list.join(', ')}): they are working days of the plan (calendar.workdays)`, `有任务在休息日开始或结束（${list.join('、')}）：这些日期计为计划的工作日（调休或加班）`));
}

/** Durations from the source's dates; which tasks keep an end instead. */
function lengths(plan: ImportedPlan, tasks: WrittenTask[], cal: WorkCalendar): void {
  for (const t of tasks) {
    const s = parseDate(t.sourceStart);
    const e = parseDate(t.sourceEnd);
    const where = t.source;
    if (t.milestone) {
      t.duration = 0;
      if (!t.sourceStart && t.sourceEnd) t.sourceStart = t.sourceEnd;
      continue;
    }
    if (s !== undefined && e !== undefined) {
      const between = cal.workdaysBetween(s, e);
      if (between === 0) {
        plan.notes.push(note('warning', where, `${t.sourceStart}..${t.sourceEnd} has no working day: imported as 1 day`, `${t.sourceStart} 至 ${t.sourceEnd} 之间没有工作日：按 1 天导入`));
        t.duration = 1;
      } else {
        if (t.duration !== undefined && Math.ceil(t.duration) !== between)
          plan.notes.push(note('warning', where, `duration ${t.duration} days does not match ${t.sourceStart}..${t.sourceEnd} (${between} working days): imported by the dates`, `工期 ${t.duration} 天与 ${t.sourceStart} 至 ${t.sourceEnd} 不符（其间 ${between} 个工作日）：按日期导入`));
        t.duration = between;
      }
    } else if (e !== undefined && s === undefined && !t.dependsOn.length) {
      t.explicitEnd = true;
      if (t.duration === undefined) t.duration = 1;
    }
    if (t.duration === undefined) {
      t.duration = 1;
      plan.notes.push(note('warning', where, 'no dates and no duration: imported as 1 day', '没有日期也没有工期：按 1 天导入'));
    }
  }
  const first = tasks.map((t) => t.sourceStart).filter((d): d is string => !!d).sort()[0];
  if (first && !plan.start) plan.start = first;
}

/** Explicit starts where the dependencies alone would not give the source's start (in dependency order). */
function starts(plan: ImportedPlan, tasks: WrittenTask[], cal: WorkCalendar): void {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const dates = new Map<WrittenTask, { start: Day; end: Day }>();
  const planStart = parseDate(plan.start);
  const visiting = new Set<WrittenTask>();
  const order: WrittenTask[] = [];
  // Iterative depth-first order over dependsOn (a plan of thousands of tasks has long chains).
  for (const root of tasks) {
    if (visiting.has(root)) continue;
    const stack: [WrittenTask, number][] = [[root, 0]];
    visiting.add(root);
    while (stack.length) {
      const top = stack[stack.length - 1];
      const deps = top[0].dependsOn.map((id) => byId.get(id)).filter((d): d is WrittenTask => !!d);
      if (top[1] < deps.length) {
        const d = deps[top[1]++];
        if (!visiting.has(d)) {
          visiting.add(d);
          stack.push([d, 0]);
        }
        continue;
      }
      stack.pop();
      order.push(top[0]);
    }
  }
  for (const t of order) {
    const src = parseDate(t.sourceStart);
    let earliest: Day | undefined;
    for (const id of t.dependsOn) {
      const d = byId.get(id);
      const dd = d && dates.get(d);
      if (!d || !dd) continue;
      const next = d.milestone ? cal.onOrAfter(dd.start) : cal.nextWorkday(dd.end);
      if (earliest === undefined || next > earliest) earliest = next;
    }
    if (t.dependsOn.length && src !== undefined && earliest !== cal.onOrAfter(src)) t.explicitStart = true;
    const start = t.explicitStart || !t.dependsOn.length ? (src !== undefined ? cal.onOrAfter(src) : planStart !== undefined ? cal.onOrAfter(planStart) : undefined) : earliest;
    if (start === undefined) continue;
    const end = t.milestone ? start : cal.endAfter(start, t.duration ?? 1);
    dates.set(t, { start, end });
  }
}

/** Tasks whose computed dates differ from the source's, each reported. */
function compare(plan: ImportedPlan, tasks: readonly WrittenTask[], ws: Workspace, uri: string): number {
  const schedule = ws.get(uri)?.schedule;
  if (!schedule) return 0;
  const byId = new Map(schedule.tasks.map((s) => [s.id, s]));
  let n = 0;
  for (const t of tasks) {
    const s = byId.get(t.id);
    if (!s || s.start === undefined || s.end === undefined) continue;
    const start = formatDate(s.start);
    const end = formatDate(s.milestone ? s.start : s.end);
    const wantStart = t.sourceStart;
    const wantEnd = t.milestone ? (t.sourceStart ?? t.sourceEnd) : t.sourceEnd;
    if ((wantStart && wantStart !== start) || (wantEnd && wantEnd !== end)) {
      n++;
      plan.notes.push(note('warning', t.source, `${t.id} is computed ${start}..${end}; the source says ${wantStart ?? '?'}..${wantEnd ?? '?'}`, `${t.id} 计算为 ${start} 至 ${end}，原计划为 ${wantStart ?? '？'} 至 ${wantEnd ?? '？'}`));
    }
  }
  return n;
}
