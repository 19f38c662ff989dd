/**
 * One plan as Microsoft Project XML (MSPDI; `poc-studio export --format mspdi`): what MS Project
 * and ProjectLibre open, for a customer who asks for an MS Project file. Pure: read from a
 * Workspace (the schedule and its calendar), returns the text.
 *
 * Decisions:
 * - The dates are the schedule's (as every export: actuals, forecast, halts applied); the task rows
 *   come from exportData (rows.ts), so names, owners and progress read as in the other exports.
 * - Times: a task runs from 08:00 of its first day to 17:00 of its last (MinutesPerDay 480); a
 *   milestone is at 08:00 of its date. Duration: the working days from start to end in the
 *   exported calendar (a halt's days count: they are working days of that calendar), so MS Project
 *   computes the same finish. A task that cannot be scheduled (a cycle) has no dates.
 * - A task with no dependency, or with an explicit start, starts no earlier than its date
 *   (ConstraintType 4), so that MS Project does not pull it to the project start.
 * - Calendar 1 (the project's): Monday–Friday 08:00–12:00, 13:00–17:00, and as exceptions every day
 *   within the plan's dates (its window and its tasks') that the plan's calendar (calendarOf: its
 *   own days, shared calendars, region) treats otherwise: holidays as non-working ranges,
 *   make-up working days as working ranges.
 * - The project summary task (UID 0) and tasks at outline level 1, UIDs 1…n in file order;
 *   dependencies as finish-to-start PredecessorLinks; resources: the team, then owners who are not
 *   in it; one assignment (Units 1) per owned task.
 * - Element order follows the MSPDI schema (MS Project rejects elements out of order). All text
 *   goes through exportText and is escaped (`&`, `<`, `>`); nothing else is ever written raw, and
 *   the document has no DOCTYPE.
 */
import { formatDate, weekday, type Day } from '../dates';
import { isPlan } from '../model';
import type { Workspace } from '../workspace';
import { exportData, type ExportOptions, type TaskRow } from './rows';
import { exportText } from './text';

export interface MspdiExport {
  text: string;
  /** Tasks written (with or without dates). */
  tasks: number;
  /** Tasks without computed dates (written without Start / Finish). */
  undated: TaskRow[];
}

/** Element content: `&`, `<` and `>` escaped (the text already through exportText). */
export function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

class XmlWriter {
  readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'];
  private depth = 0;
  open(name: string, attrs = ''): void {
    this.lines.push(`${'  '.repeat(this.depth++)}<${name}${attrs}>`);
  }
  close(name: string): void {
    this.lines.push(`${'  '.repeat(--this.depth)}</${name}>`);
  }
  /** A leaf element; `undefined` writes nothing. */
  el(name: string, value: string | number | undefined): void {
    if (value === undefined) return;
    this.lines.push(`${'  '.repeat(this.depth)}<${name}>${xmlEscape(exportText(value))}</${name}>`);
  }
}

const at = (d: Day, time: string) => `${formatDate(d)}T${time}`;
/** Working days as an MSPDI duration at 480 minutes a day: 2 → PT16H0M0S. */
const hours = (days: number): string => {
  const minutes = Math.round(days * 480);
  return `PT${Math.floor(minutes / 60)}H${minutes % 60}M0S`;
};

/**
 * The plan `uri` of `ws` as MSPDI XML; undefined when it is not a plan. `locale`: the language of
 * the calendar's and exceptions' names; `today`: the creation date.
 */
export function planMspdi(ws: Workspace, uri: string, opts: Omit<ExportOptions, 'person'> = {}): MspdiExport | undefined {
  const file = ws.get(uri);
  if (!file || !isPlan(file.model)) return undefined;
  const plan = file.model;
  const schedule = file.schedule;
  const data = exportData(ws, [uri], { locale: opts.locale, today: opts.today });
  const zh = data.locale === 'zh-CN';
  const info = data.plans[0];
  const rows = data.tasks;
  const scheduled = new Map((schedule?.tasks ?? []).map((t) => [t.index, t]));
  const uidOf = new Map(rows.map((r, i) => [r.index, i + 1]));

  const dated = rows.filter((r) => r.start !== undefined && r.end !== undefined);
  const starts = dated.map((r) => r.start!);
  const ends = dated.map((r) => Math.max(r.start!, r.end!));
  const from = Math.min(...starts, ...(plan.start?.day !== undefined ? [plan.start.day] : []));
  const to = Math.max(...ends, ...(plan.end?.day !== undefined ? [plan.end.day] : []));
  const projectStart = Number.isFinite(from) ? from : data.today;
  const projectEnd = Number.isFinite(to) ? to : projectStart;

  const w = new XmlWriter();
  w.open('Project', ' xmlns="http://schemas.microsoft.com/project"');
  w.el('SaveVersion', 14);
  w.el('Name', `${info.id}.xml`);
  w.el('Title', info.title);
  w.el('Company', exportText(plan.customer?.value) || undefined);
  w.el('CreationDate', at(data.today, '00:00:00'));
  w.el('ScheduleFromStart', 1);
  w.el('StartDate', at(projectStart, '08:00:00'));
  w.el('FinishDate', at(projectEnd, '17:00:00'));
  w.el('CalendarUID', 1);
  w.el('DefaultStartTime', '08:00:00');
  w.el('DefaultFinishTime', '17:00:00');
  w.el('MinutesPerDay', 480);
  w.el('MinutesPerWeek', 2400);
  w.el('DaysPerMonth', 20);

  // The calendar: Monday–Friday, and the days the plan's calendar treats otherwise.
  w.open('Calendars');
  w.open('Calendar');
  w.el('UID', 1);
  w.el('Name', zh ? '标准' : 'Standard');
  w.el('IsBaseCalendar', 1);
  w.el('BaseCalendarUID', -1);
  w.open('WeekDays');
  for (let type = 1; type <= 7; type++) {
    w.open('WeekDay');
    w.el('DayType', type);
    const working = type >= 2 && type <= 6;
    w.el('DayWorking', working ? 1 : 0);
    if (working) workingTimes(w);
    w.close('WeekDay');
  }
  w.close('WeekDays');
  const exceptions = schedule ? exceptionsOf((d) => schedule.plain.isWorkday(d), projectStart, projectEnd) : [];
  if (exceptions.length) {
    w.open('Exceptions');
    for (const e of exceptions) {
      w.open('Exception');
      w.el('EnteredByOccurrences', 0);
      w.open('TimePeriod');
      w.el('FromDate', at(e.from, '00:00:00'));
      w.el('ToDate', at(e.to, '23:59:00'));
      w.close('TimePeriod');
      w.el('Occurrences', 1);
      w.el('Name', e.working ? (zh ? '调休上班' : 'Make-up working day') : zh ? '节假日' : 'Holiday');
      w.el('Type', 1);
      w.el('DayWorking', e.working ? 1 : 0);
      if (e.working) workingTimes(w);
      w.close('Exception');
    }
    w.close('Exceptions');
  }
  w.close('Calendar');
  w.close('Calendars');

  w.open('Tasks');
  w.open('Task');
  w.el('UID', 0);
  w.el('ID', 0);
  w.el('Name', info.title);
  w.el('OutlineNumber', 0);
  w.el('OutlineLevel', 0);
  w.el('Start', at(projectStart, '08:00:00'));
  w.el('Finish', at(projectEnd, '17:00:00'));
  w.el('Summary', 1);
  w.close('Task');
  const undated: TaskRow[] = [];
  rows.forEach((r, i) => {
    const t = scheduled.get(r.index);
    const uid = i + 1;
    const hasDates = r.start !== undefined && r.end !== undefined;
    if (!hasDates) undated.push(r);
    const days = !hasDates || r.milestone ? 0 : schedule!.plain.workdaysBetween(r.start!, r.end!);
    w.open('Task');
    w.el('UID', uid);
    w.el('ID', uid);
    w.el('Name', r.name || r.id || `#${r.index + 1}`);
    w.el('OutlineNumber', uid);
    w.el('OutlineLevel', 1);
    if (hasDates) {
      w.el('Start', at(r.start!, '08:00:00'));
      w.el('Finish', r.milestone ? at(r.start!, '08:00:00') : at(Math.max(r.start!, r.end!), '17:00:00'));
      w.el('Duration', r.milestone ? 'PT0H0M0S' : hours(Math.max(1, days)));
      w.el('DurationFormat', 7);
    }
    w.el('Milestone', r.milestone ? 1 : 0);
    w.el('Summary', 0);
    w.el('PercentComplete', Math.min(100, Math.max(0, Math.round(r.progress))));
    const deps = (t?.deps ?? []).map((d) => uidOf.get(d.index)).filter((u): u is number => u !== undefined);
    if (hasDates && (deps.length === 0 || t?.fixedStart)) {
      w.el('ConstraintType', 4);
      w.el('ConstraintDate', at(r.start!, '08:00:00'));
    } else w.el('ConstraintType', 0);
    for (const d of [...new Set(deps)]) {
      w.open('PredecessorLink');
      w.el('PredecessorUID', d);
      w.el('Type', 1);
      w.el('CrossProject', 0);
      w.el('LinkLag', 0);
      w.el('LagFormat', 7);
      w.close('PredecessorLink');
    }
    w.close('Task');
  });
  w.close('Tasks');

  // Resources: the team, then owners outside it.
  const resources = new Map<string, { uid: number; name: string }>();
  for (const m of plan.team.items) {
    const id = m.id?.value;
    if (id === undefined || resources.has(id)) continue;
    resources.set(id, { uid: resources.size + 1, name: exportText(m.name?.value) || exportText(id) });
  }
  for (const r of rows) if (r.owner !== null && !resources.has(r.owner)) resources.set(r.owner, { uid: resources.size + 1, name: r.ownerName || r.owner });
  w.open('Resources');
  for (const res of resources.values()) {
    w.open('Resource');
    w.el('UID', res.uid);
    w.el('ID', res.uid);
    w.el('Name', res.name);
    w.el('Type', 1);
    w.el('MaxUnits', '1.00');
    w.close('Resource');
  }
  w.close('Resources');
  w.open('Assignments');
  let assignment = 0;
  rows.forEach((r, i) => {
    const res = r.owner === null ? undefined : resources.get(r.owner);
    if (!res) return;
    w.open('Assignment');
    w.el('UID', ++assignment);
    w.el('TaskUID', i + 1);
    w.el('ResourceUID', res.uid);
    w.el('Units', 1);
    w.close('Assignment');
  });
  w.close('Assignments');
  w.close('Project');
  return { text: w.lines.join('\r\n') + '\r\n', tasks: rows.length, undated };
}

function workingTimes(w: XmlWriter): void {
  w.open('WorkingTimes');
  for (const [a, b] of [['08:00:00', '12:00:00'], ['13:00:00', '17:00:00']]) {
    w.open('WorkingTime');
    w.el('FromTime', a);
    w.el('ToTime', b);
    w.close('WorkingTime');
  }
  w.close('WorkingTimes');
}

/** The ranges of days in [from, to] whose working state differs from Monday–Friday. */
export function exceptionsOf(isWorkday: (d: Day) => boolean, from: Day, to: Day): { from: Day; to: Day; working: boolean }[] {
  const out: { from: Day; to: Day; working: boolean }[] = [];
  for (let d = from; d <= to && d - from < 3660; d++) {
    const working = isWorkday(d);
    const standard = weekday(d) !== 0 && weekday(d) !== 6;
    if (working === standard) continue;
    const last = out[out.length - 1];
    if (last && last.working === working && last.to === d - 1) last.to = d;
    else out.push({ from: d, to: d, working });
  }
  return out;
}
