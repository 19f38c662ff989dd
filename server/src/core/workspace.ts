/**
 * One workspace folder: its artifact files (parsed, modelled and scheduled once per version),
 * the cross-file index, and validation of a file against every rule. Used as-is by the language
 * server and the CLI.
 */
import { artifactFile, lineIndexOf, type ReadProblem } from './file';
import { kindOfPath } from './artifact';
import { isPlan, type CalendarFileModel, type PlanModel } from './model';
import { envKeyOf, type ScheduleEnv } from './schedule';
import { calendarsById } from './schedule-env';
import type { ArtifactFile, RuleContext } from './rules/api';
import { RULES } from './rules';
import { isTaskRule, runTaskRule, type TaskFindingsCache } from './rules/_task-rule';
import { WorkspaceIndex } from './workspace-index';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { localToday, parseDate, type Day } from './dates';
import { ChunkCache } from './parse';
import { disabledLines } from './suppress';
import { pickLocale, type Diagnostic, type Finding, type Locale, type Severity } from './types';

export interface WorkspaceOptions {
  settings?: Settings;
  /** Editor/CLI locale, used when settings.locale is "auto". */
  locale?: string;
  /** Overrides today (else settings.today, else the real date). */
  today?: Day;
}

export interface RuleFailure {
  rule: string;
  uri: string;
  error: unknown;
}

export class Workspace {
  private readonly byUri = new Map<string, ArtifactFile>();
  private readonly exports = new Map<string, Exports>();
  private readonly problems = new Map<string, ReadProblem>();
  private readonly chunkCaches = new Map<string, ChunkCache>();
  /** Per file and task rule: each task's findings on the last version checked (rules/_task-rule.ts). */
  private readonly taskFindings = new Map<string, Map<string, TaskFindingsCache>>();
  /** Per file and rule: RuleContext.memo. */
  private readonly memos = new Map<string, Map<string, Map<string, unknown>>>();
  /** Per file: the other files its last checked diagnostics point into (related information). */
  private readonly citing = new Map<string, Set<string>>();
  private cachedIndex?: WorkspaceIndex;
  /** Counts the changes of what files show each other of their ids (WorkspaceIndex.idsVersion). */
  private idsVersion = 0;
  settings: Settings;
  locale: string | undefined;
  private todayOverride?: Day;
  /** The shared calendars by id (the first file in path order wins), while no calendar file changes. */
  private calendarsCache?: Map<string, CalendarFileModel>;
  /** The day the schedules were computed for (a plan's forecast reads today). */
  private scheduledFor?: Day;
  /** Rules that threw (a bug, never the user's fault); the file is still checked by the others. */
  readonly failures: RuleFailure[] = [];

  constructor(opts: WorkspaceOptions = {}) {
    this.settings = opts.settings ?? DEFAULT_SETTINGS;
    this.locale = opts.locale;
    this.todayOverride = opts.today;
  }

  configure(opts: WorkspaceOptions): void {
    if (opts.settings) this.settings = opts.settings;
    if (opts.locale !== undefined) this.locale = opts.locale;
    if (opts.today !== undefined) this.todayOverride = opts.today;
    this.scheduledFor = this.today;
    // Parse limits depend on settings: re-read every file.
    for (const [uri, f] of [...this.byUri.entries()]) this.set(uri, f.text, this.problems.get(uri));
    this.cachedIndex = undefined;
    this.taskFindings.clear();
    this.memos.clear();
  }

  get today(): Day {
    return this.todayOverride ?? parseDate(this.settings.today) ?? localToday();
  }

  get messageLocale(): Locale {
    return this.settings.locale === 'auto' ? pickLocale(this.locale) : this.settings.locale;
  }

  /**
   * Adds or replaces a file. Returns the file (undefined when the name is not an artifact's) and
   * what other files may now read differently: `exportsChanged` — any file may (re-check all);
   * `people` — only the bookings of these people changed (re-check the files that book them);
   * `citing` — the files whose last diagnostics point into this one (related information: the
   * places they show may have moved), to re-check as well.
   */
  set(uri: string, text: string, problem?: ReadProblem): { file?: ArtifactFile; exportsChanged: boolean; people: string[]; citing: string[] } {
    const citing = this.citingFiles(uri);
    let cache = this.chunkCaches.get(uri);
    if (!cache) this.chunkCaches.set(uri, (cache = new ChunkCache()));
    const previous = this.byUri.get(uri);
    const file = artifactFile(uri, text, this.settings, problem, cache, previous, this.scheduleEnv());
    if (!file) return { exportsChanged: this.delete(uri), people: [], citing };
    if (file.kind === 'calendar' || previous?.kind === 'calendar') this.calendarsCache = undefined;
    if (problem) this.problems.set(uri, problem);
    else this.problems.delete(uri);
    this.byUri.set(uri, file);
    this.cachedIndex = undefined;
    const before = this.exports.get(uri);
    const after = exportsOf(file, previous && before ? { file: previous, exports: before } : undefined);
    this.exports.set(uri, after);
    // A file turning broken (unreadable, a YAML syntax error) or whole again changes what others
    // report of their references to it (ref-unchecked instead of unknown-ref), even with the same ids.
    if (!before || before.ids !== after.ids || (previous && brokenness(previous) !== brokenness(file))) {
      this.idsVersion++;
      if (file.kind === 'calendar' || previous?.kind === 'calendar') this.reschedule();
      return { file, exportsChanged: true, people: [], citing };
    }
    const people: string[] = [];
    for (const p of new Set([...before.bookings.keys(), ...after.bookings.keys()])) {
      if (before.bookings.get(p) !== after.bookings.get(p)) people.push(p);
    }
    return { file, exportsChanged: false, people, citing };
  }

  /** What plans' schedules read besides the plan: today and the shared calendars. */
  scheduleEnv(): ScheduleEnv {
    this.calendarsCache ??= calendarsById([...this.byUri.values()]);
    const today = this.today;
    this.scheduledFor ??= today;
    return { today, calendars: this.calendarsCache };
  }

  /**
   * Re-reads the plans whose schedule read something that changed (a shared calendar, today): the
   * same text, a new version with the new dates. Returns their uris.
   */
  private reschedule(): string[] {
    const env = this.scheduleEnv();
    const out: string[] = [];
    for (const [uri, f] of [...this.byUri]) {
      if (!isPlan(f.model) || !f.schedule || f.schedule.envKey === envKeyOf(f.model, env)) continue;
      const file = artifactFile(uri, f.text, this.settings, this.problems.get(uri), this.chunkCaches.get(uri), f, env);
      if (!file) continue;
      this.byUri.set(uri, file);
      this.exports.set(uri, exportsOf(file));
      out.push(uri);
    }
    if (out.length) {
      this.cachedIndex = undefined;
      this.idsVersion++;
    }
    return out;
  }

  /**
   * When the date has changed since the schedules were computed (a server running past midnight),
   * re-reads the plans whose forecast reads today; returns their uris (all files may now differ).
   */
  refreshToday(): string[] {
    const today = this.today;
    if (this.scheduledFor === undefined || this.scheduledFor === today) return [];
    this.scheduledFor = today;
    return this.reschedule();
  }

  /** The files whose last checked diagnostics point into `uri`. */
  citingFiles(uri: string): string[] {
    const out: string[] = [];
    for (const [u, set] of this.citing) if (set.has(uri) && this.byUri.has(u)) out.push(u);
    return out;
  }

  /** The files that book any of these people (whose over-allocation may have changed). */
  filesBooking(people: string[]): string[] {
    const index = this.index();
    const out = new Set<string>();
    for (const p of people) for (const b of index.bookings.get(p) ?? []) out.add(b.file.uri);
    return [...out];
  }

  /** Removes a file; true when it was present. */
  delete(uri: string): boolean {
    const had = this.byUri.delete(uri);
    this.exports.delete(uri);
    this.problems.delete(uri);
    this.chunkCaches.delete(uri);
    this.taskFindings.delete(uri);
    this.memos.delete(uri);
    this.citing.delete(uri);
    if (had) {
      this.cachedIndex = undefined;
      this.idsVersion++;
      if (kindOfPath(uri) === 'calendar') {
        this.calendarsCache = undefined;
        this.reschedule();
      }
    }
    return had;
  }

  get(uri: string): ArtifactFile | undefined {
    return this.byUri.get(uri);
  }

  has(uri: string): boolean {
    return this.byUri.has(uri);
  }

  files(): ArtifactFile[] {
    return [...this.byUri.values()];
  }

  uris(): string[] {
    return [...this.byUri.keys()];
  }

  index(): WorkspaceIndex {
    // Files in path order: whatever the index lists (bookings, definitions) is in the same order
    // whichever file reached the workspace first, so messages are the same as the CLI's.
    if (!this.cachedIndex) this.cachedIndex = new WorkspaceIndex([...this.byUri.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0)), this.idsVersion);
    return this.cachedIndex;
  }

  /** Raw findings of every enabled rule on a file, with effective severity, before suppression. */
  findings(uri: string): (Finding & { severity: Severity })[] {
    this.refreshToday();
    const file = this.byUri.get(uri);
    if (!file) return [];
    const index = this.index();
    const today = this.today;
    const out: (Finding & { severity: Severity })[] = [];
    let taskCaches = this.taskFindings.get(uri);
    if (!taskCaches) this.taskFindings.set(uri, (taskCaches = new Map()));
    let memos = this.memos.get(uri);
    if (!memos) this.memos.set(uri, (memos = new Map()));
    for (const rule of RULES) {
      if (rule.kinds && !rule.kinds.includes(file.kind)) continue;
      if (file.parsed.unreadable && rule.id !== 'file-unreadable') continue;
      if (file.parsed.hasSyntaxError && !rule.runsOnBrokenFiles) continue;
      const setting = this.settings.rules[rule.id];
      if (setting === 'off') continue;
      const severity: Severity = setting ?? rule.defaultSeverity;
      const ctx: RuleContext = {
        file,
        index,
        today,
        settings: this.settings,
        get memo() {
          let m = memos!.get(rule.id);
          if (!m) memos!.set(rule.id, (m = new Map()));
          return m;
        },
        report: (span, message, data, related) => out.push({ rule: rule.id, span, message, data, severity, ...(related?.length ? { related } : {}) }),
      };
      try {
        if (isTaskRule(rule)) {
          const kept = runTaskRule(ctx, rule, taskCaches.get(rule.id));
          if (kept) taskCaches.set(rule.id, kept);
          else taskCaches.delete(rule.id);
        } else rule.check(ctx);
      } catch (error) {
        this.failures.push({ rule: rule.id, uri, error });
      }
    }
    return out;
  }

  /** The diagnostics of a file: settings applied, suppression comments honoured, messages localized, sorted. */
  check(uri: string): Diagnostic[] {
    const file = this.byUri.get(uri);
    if (!file) return [];
    const locale = this.messageLocale;
    const disabled = disabledLines(file.text);
    const lines = disabled.size ? lineIndexOf(file) : undefined;
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    const cited = new Set<string>();
    for (const f of this.findings(uri)) {
      if (lines) {
        const off = disabled.get(lines.positionAt(f.span.start).line);
        if (off && (off.has('*') || off.has(f.rule))) continue;
      }
      const message = f.message[locale];
      const key = `${f.rule}\u0000${f.span.start}\u0000${f.span.end}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const d: Diagnostic = { rule: f.rule, severity: f.severity, span: f.span, message, data: f.data };
      if (f.related) {
        d.related = f.related.map((r) => ({ uri: r.uri, span: r.span, message: r.message[locale] }));
        for (const r of f.related) if (r.uri !== uri) cited.add(r.uri);
      }
      out.push(d);
    }
    this.citing.set(uri, cited);
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  }
}

/**
 * What other files can see of this file: everything a rule of another file reads from it (see
 * ARCHITECTURE.md, "What files read of each other"). `ids`: ids (and the lines of the workspace-wide
 * ones), roles, coverage, team names and capacities, plan title — when it changes, any file may
 * change (references resolve differently). `bookings`: per person, what over-allocated reads of
 * their open tasks in this plan (dates, status, task id, name and index, the plan's calendar) —
 * when only those change, only the files that book the same person can. Where another file's
 * diagnostics point into this one (related information), the places are not keyed here: the
 * workspace re-checks the citing files on every change of this one (Workspace.set `citing`).
 */
export interface Exports {
  ids: string;
  bookings: Map<string, string>;
}

export function exportsOf(file: ArtifactFile, previous?: { file: ArtifactFile; exports: Exports }): Exports {
  const m = file.model;
  const parts: unknown[] = [file.kind];
  const bookings = new Map<string, string>();
  // Other files' messages name the line of a workspace-wide id (duplicate-id), so its position counts.
  const line = (f?: { span: { start: number } }) => f && lineIndexOf(file).positionAt(f.span.start).line;
  switch (m.kind) {
    case 'stakeholders':
      for (const s of m.stakeholders.items) {
        parts.push([s.id?.value, line(s.id), s.name?.value, s.roles.items.map((r) => r.value), s.reportsTo?.value]);
      }
      break;
    case 'requirements':
      for (const r of m.requirements.items) parts.push([r.id?.value, line(r.id), r.priority?.value, r.scope?.value]);
      break;
    case 'checklist':
      parts.push(m.id?.value);
      break;
    case 'calendar':
      // Plans schedule on its days (Workspace.reschedule), and name it in calendar.use.
      parts.push(m.id?.value, line(m.id), m.title?.value, m.calendar.holidays, m.calendar.workdays, m.calendar.region?.value);
      break;
    case 'baseline':
      // baseline-slip, hover and the schedule table read all of it.
      parts.push(m.plan?.value, m.name?.value, m.taken?.value, m.tasks.items.map((t) => [t.id?.value, t.start?.value, t.end?.value]));
      break;
    case 'poc':
    case 'project': {
      parts.push(m.id?.value, line(m.id), m.title?.value);
      // Leave is read for the person in every plan (over-allocated); spans are not keyed (`citing`).
      parts.push(m.team.items.map((t) => [t.id?.value, t.name?.value, t.capacity?.value, t.leave.length ? t.leave : undefined]));
      parts.push(m.releases.items.map((r) => r.id?.value));
      parts.push(m.successCriteria.items.map((c) => c.requirement?.value));
      parts.push(m.scenarios.items.map((s) => s.requirements.items.map((r) => r.value)));
      parts.push(m.acceptance?.items.items.map((a) => a.requirement?.value));
      if (previous && sameBookings(previous.file, file)) return { ids: JSON.stringify(parts), bookings: previous.exports.bookings };
      const team = new Set(m.team.items.map((t) => t.id?.value));
      // The calendar decides which booked days are working days (a holiday on the only shared day).
      // Halts free the plan's people: their bookings inside a halt do not count.
      const calendar = JSON.stringify([m.calendar.holidays, m.calendar.workdays, m.calendar.region?.value, haltDays(m)]);
      const per = new Map<string, unknown[]>();
      for (const t of file.schedule?.tasks ?? []) {
        const owner = t.task.owner?.value;
        if (owner === undefined || !team.has(owner)) continue;
        let list = per.get(owner);
        if (!list) per.set(owner, (list = [calendar]));
        list.push([t.id, t.index, t.task.name?.value, t.start, t.end, t.milestone, t.unscheduled, t.task.status?.value, t.task.allocation?.value]);
      }
      for (const [owner, list] of per) bookings.set(owner, JSON.stringify(list));
      break;
    }
  }
  return { ids: JSON.stringify(parts), bookings };
}

/**
 * Whether a new version books the same people on the same days as the previous one, as other
 * files see them: the schedule was kept (so no date moved and the calendar is the same), and every
 * task that changed kept its owner, status and name.
 */
function sameBookings(before: ArtifactFile, after: ArtifactFile): boolean {
  const a = before.model;
  const b = after.model;
  if (!isPlan(a) || !isPlan(b) || !after.schedule || before.schedule?.basis !== after.schedule.basis) return false;
  const ta = a.tasks.items;
  const tb = b.tasks.items;
  if (ta.length !== tb.length) return false;
  for (let i = 0; i < ta.length; i++) {
    if (ta[i] === tb[i]) continue;
    if (ta[i].owner?.value !== tb[i].owner?.value || ta[i].status?.value !== tb[i].status?.value || ta[i].name?.value !== tb[i].name?.value) return false;
    if (ta[i].allocation?.value !== tb[i].allocation?.value) return false;
  }
  if (JSON.stringify(haltDays(a)) !== JSON.stringify(haltDays(b))) return false;
  const team = (m: typeof a) => JSON.stringify(m.team.items.map((t) => t.id?.value));
  return team(a) === team(b);
}

/** A plan's halts as the days they cover (what over-allocated reads of them). */
function haltDays(m: PlanModel): (number | undefined)[][] {
  return m.halts.items.map((h) => [h.from?.day, h.to?.day]);
}

/** How far a file could be read: 0 whole, 1 with a YAML syntax error, 2 not at all. */
function brokenness(f: ArtifactFile): number {
  return f.parsed.unreadable ? 2 : f.parsed.hasSyntaxError ? 1 : 0;
}
