/**
 * One workspace folder: its artifact files (parsed, modelled and scheduled once per version),
 * the cross-file index, and validation of a file against every rule. Used as-is by the language
 * server and the CLI.
 */
import { artifactFile, lineIndexOf, type ReadProblem } from './file';
import { brokenness, changedPeople, exportsOf, isPlanKind, type Exports } from './workspace-exports';
import { kindOfPath } from './artifact';
import { isPlan, type CalendarFileModel } from './model';
import { envKeyOf, type ScheduleEnv } from './schedule';
import { calendarsById } from './schedule-env';
import type { ArtifactFile, RuleContext } from './rules/api';
import { RULES } from './rules';
import { isTaskRule, runTaskRule, type TaskFindingsCache } from './rules/_task-rule';
import { WorkspaceIndex } from './workspace-index';
import { Portfolio } from './portfolio';
import { folderOf, sameScopeFolders } from './scope';
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
  /** The portfolio this folder is part of (its people and bookings are shared); default: its own. */
  portfolio?: Portfolio<Workspace>;
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
  /** The reverse of `citing`: per file, the files whose last diagnostics point into it. */
  private readonly citedBy = new Map<string, Set<string>>();
  private cachedIndex?: WorkspaceIndex;
  /** The portfolio version cachedIndex was built at (the people of the other members it holds). */
  private cachedAt = -1;
  /** Per folder of a file: the index of its customer scope (core/scope.ts), while cachedIndex stands. */
  private readonly scoped = new Map<string, WorkspaceIndex>();
  /** The folders (workspaces) whose people and bookings this one shares. */
  readonly portfolio: Portfolio<Workspace>;
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
    this.portfolio = opts.portfolio ?? new Portfolio<Workspace>();
    this.portfolio.join(this);
  }

  configure(opts: WorkspaceOptions): void {
    if (opts.settings) this.settings = opts.settings;
    if (opts.locale !== undefined) this.locale = opts.locale;
    if (opts.today !== undefined) this.todayOverride = opts.today;
    this.scheduledFor = this.today;
    // Parse limits depend on settings: re-read every file.
    for (const [uri, f] of [...this.byUri.entries()]) this.set(uri, f.text, this.problems.get(uri));
    this.invalidate(true);
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
   * places they show may have moved), to re-check as well. `people` is given in every case: the
   * files of the other members of the portfolio that book or list them are to be re-checked
   * (Portfolio.filesWithPeople); `exportsChanged` concerns this folder's files.
   */
  set(uri: string, text: string, problem?: ReadProblem): { file?: ArtifactFile; exportsChanged: boolean; people: string[]; citing: string[] } {
    const citing = this.citingFiles(uri);
    let cache = this.chunkCaches.get(uri);
    if (!cache) this.chunkCaches.set(uri, (cache = new ChunkCache()));
    const previous = this.byUri.get(uri);
    const file = artifactFile(uri, text, this.settings, problem, cache, previous, this.scheduleEnv());
    if (!file) {
      const gone = this.remove(uri);
      return { exportsChanged: gone.existed, people: gone.people, citing };
    }
    if (file.kind === 'calendar' || previous?.kind === 'calendar') this.calendarsCache = undefined;
    if (problem) this.problems.set(uri, problem);
    else this.problems.delete(uri);
    this.byUri.set(uri, file);
    this.invalidate(isPlanKind(file.kind) || isPlanKind(previous?.kind));
    const before = this.exports.get(uri);
    const after = exportsOf(file, previous && before ? { file: previous, exports: before } : undefined);
    this.exports.set(uri, after);
    const people = changedPeople(before, after);
    // A file turning broken (unreadable, a YAML syntax error) or whole again changes what others
    // report of their references to it (ref-unchecked instead of unknown-ref), even with the same ids.
    if (!before || before.ids !== after.ids || (previous && brokenness(previous) !== brokenness(file))) {
      this.portfolio.idsChanged();
      if (file.kind === 'calendar' || previous?.kind === 'calendar') this.reschedule();
      return { file, exportsChanged: true, people, citing };
    }
    return { file, exportsChanged: false, people, citing };
  }

  /** Drops the cached indexes; `people`: the portfolio's people may have changed too (a plan changed). */
  private invalidate(people: boolean): void {
    this.cachedIndex = undefined;
    this.scoped.clear();
    if (people) this.portfolio.changed();
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
      this.invalidate(true);
      this.portfolio.idsChanged();
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

  /** Records (or, with undefined, drops) the files a file's last diagnostics point into. */
  private setCiting(uri: string, cited: Set<string> | undefined): void {
    for (const c of this.citing.get(uri) ?? []) {
      const by = this.citedBy.get(c);
      by?.delete(uri);
      if (by && !by.size) this.citedBy.delete(c);
    }
    if (!cited) {
      this.citing.delete(uri);
      return;
    }
    this.citing.set(uri, cited);
    for (const c of cited) {
      let by = this.citedBy.get(c);
      if (!by) this.citedBy.set(c, (by = new Set()));
      by.add(uri);
    }
  }

  /** The files whose last checked diagnostics point into `uri`. */
  citingFiles(uri: string): string[] {
    const out: string[] = [];
    for (const u of this.citedBy.get(uri) ?? []) if (this.byUri.has(u)) out.push(u);
    return out;
  }

  /** The files of this folder that book or list any of these people (Portfolio.filesWithPeople, this member's part). */
  filesBooking(people: string[]): string[] {
    return this.portfolio.filesWithPeople(people).find(([m]) => m === this)?.[1] ?? [];
  }

  /** Removes a file; true when it was present. */
  delete(uri: string): boolean {
    return this.remove(uri).existed;
  }

  /**
   * Removes a file: whether it was present, the people it booked or listed (the other members'
   * files that book them are to be re-checked) and the files citing it.
   */
  remove(uri: string): { existed: boolean; people: string[]; citing: string[] } {
    const citing = this.citingFiles(uri);
    const gone = this.exports.get(uri);
    const people = gone ? changedPeople(gone, undefined) : [];
    const kind = this.byUri.get(uri)?.kind;
    const had = this.byUri.delete(uri);
    this.exports.delete(uri);
    this.problems.delete(uri);
    this.chunkCaches.delete(uri);
    this.taskFindings.delete(uri);
    this.memos.delete(uri);
    this.setCiting(uri, undefined);
    if (had) {
      this.invalidate(isPlanKind(kind));
      this.portfolio.idsChanged();
      if (kindOfPath(uri) === 'calendar') {
        this.calendarsCache = undefined;
        this.reschedule();
      }
    }
    return { existed: had, people, citing };
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

  /** The index of every file of this folder, with the people and bookings of the whole portfolio. */
  index(): WorkspaceIndex {
    // Files in path order: whatever the index lists (bookings, definitions) is in the same order
    // whichever file reached the workspace first, so messages are the same as the CLI's.
    const at = this.portfolio.version;
    if (!this.cachedIndex || this.cachedAt !== at) {
      const files = [...this.byUri.values()].sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
      this.cachedIndex = new WorkspaceIndex(files, this.portfolio.idsVersion, this.portfolio.people());
      this.cachedAt = at;
      this.scoped.clear();
    }
    return this.cachedIndex;
  }

  /**
   * The index a file is checked against: the files of its customer scope (core/scope.ts: the folder
   * holding it and its subfolders, and the folders holding it), with the portfolio's people. The
   * whole folder's index when every file is in that scope (one customer per folder).
   */
  indexFor(uri: string): WorkspaceIndex {
    const all = this.index();
    const folder = folderOf(uri);
    let index = this.scoped.get(folder);
    if (!index) {
      const files = all.files.filter((f) => sameScopeFolders(folder, folderOf(f.uri)));
      index = files.length === all.files.length ? all : new WorkspaceIndex(files, all.idsVersion, this.portfolio.people());
      this.scoped.set(folder, index);
    }
    return index;
  }

  /** The files of a file's customer scope (indexFor), in path order. */
  filesInScope(uri: string): readonly ArtifactFile[] {
    return this.indexFor(uri).files;
  }

  /** Raw findings of every enabled rule on a file, with effective severity, before suppression. */
  findings(uri: string): (Finding & { severity: Severity })[] {
    const steps = this.findingSteps(uri);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value ?? [];
    }
  }

  /**
   * `findings` one rule at a time: the generator yields after each rule, so that the server can
   * answer requests between rules while it checks a large file (lsp/validation.ts). It returns
   * undefined, without finishing, when the file changed meanwhile (a new version was set): the
   * findings of a version nobody sees any more are not worth computing.
   */
  *findingSteps(uri: string): Generator<void, (Finding & { severity: Severity })[] | undefined> {
    this.refreshToday();
    const file = this.byUri.get(uri);
    if (!file) return [];
    const index = this.indexFor(uri);
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
      yield;
      if (this.byUri.get(uri) !== file) return undefined;
    }
    return out;
  }

  /** The diagnostics of a file: settings applied, suppression comments honoured, messages localized, sorted. */
  check(uri: string): Diagnostic[] {
    const steps = this.checkSteps(uri);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value ?? [];
    }
  }

  /** `check` one rule at a time (see findingSteps); undefined when the file changed meanwhile. */
  *checkSteps(uri: string): Generator<void, Diagnostic[] | undefined> {
    const file = this.byUri.get(uri);
    if (!file) return [];
    const findings = yield* this.findingSteps(uri);
    if (!findings || this.byUri.get(uri) !== file) return undefined;
    const locale = this.messageLocale;
    const disabled = disabledLines(file.text);
    const lines = disabled.size ? lineIndexOf(file) : undefined;
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    const cited = new Set<string>();
    for (const f of findings) {
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
    this.setCiting(uri, cited);
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  }
}

