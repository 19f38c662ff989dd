/**
 * One workspace folder: its artifact files (parsed, modelled and scheduled once per version),
 * the cross-file index, and validation of a file against every rule. Used as-is by the language
 * server and the CLI.
 */
import { artifactFile, type ReadProblem } from './file';
import type { ArtifactFile, RuleContext } from './rules/api';
import { RULES } from './rules';
import { WorkspaceIndex } from './workspace-index';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import { localToday, parseDate, type Day } from './dates';
import { disabledLines } from './parse';
import { LineIndex } from './text';
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
  private readonly exportKeys = new Map<string, string>();
  private readonly problems = new Map<string, ReadProblem>();
  private cachedIndex?: WorkspaceIndex;
  settings: Settings;
  locale: string | undefined;
  private todayOverride?: Day;
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
    // Parse limits depend on settings: re-read every file.
    for (const [uri, f] of [...this.byUri.entries()]) this.set(uri, f.text, this.problems.get(uri));
    this.cachedIndex = undefined;
  }

  get today(): Day {
    return this.todayOverride ?? parseDate(this.settings.today) ?? localToday();
  }

  get messageLocale(): Locale {
    return this.settings.locale === 'auto' ? pickLocale(this.locale) : this.settings.locale;
  }

  /**
   * Adds or replaces a file. Returns the file, or undefined when the name is not an artifact's.
   * `exportsChanged` tells whether other files' diagnostics may change as a result.
   */
  set(uri: string, text: string, problem?: ReadProblem): { file?: ArtifactFile; exportsChanged: boolean } {
    const file = artifactFile(uri, text, this.settings, problem);
    if (!file) return { exportsChanged: this.delete(uri) };
    if (problem) this.problems.set(uri, problem);
    else this.problems.delete(uri);
    this.byUri.set(uri, file);
    this.cachedIndex = undefined;
    const key = exportKey(file);
    const changed = this.exportKeys.get(uri) !== key;
    this.exportKeys.set(uri, key);
    return { file, exportsChanged: changed };
  }

  /** Removes a file; true when it was present. */
  delete(uri: string): boolean {
    const had = this.byUri.delete(uri);
    this.exportKeys.delete(uri);
    this.problems.delete(uri);
    if (had) this.cachedIndex = undefined;
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
    if (!this.cachedIndex) this.cachedIndex = new WorkspaceIndex([...this.byUri.values()]);
    return this.cachedIndex;
  }

  /** Raw findings of every enabled rule on a file, with effective severity, before suppression. */
  findings(uri: string): (Finding & { severity: Severity })[] {
    const file = this.byUri.get(uri);
    if (!file) return [];
    const index = this.index();
    const today = this.today;
    const out: (Finding & { severity: Severity })[] = [];
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
        report: (span, message, data) => out.push({ rule: rule.id, span, message, data, severity }),
      };
      try {
        rule.check(ctx);
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
    const lines = disabled.size ? new LineIndex(file.text) : undefined;
    const seen = new Set<string>();
    const out: Diagnostic[] = [];
    for (const f of this.findings(uri)) {
      if (lines) {
        const off = disabled.get(lines.positionAt(f.span.start).line);
        if (off && (off.has('*') || off.has(f.rule))) continue;
      }
      const message = f.message[locale];
      const key = `${f.rule}\u0000${f.span.start}\u0000${f.span.end}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ rule: f.rule, severity: f.severity, span: f.span, message, data: f.data });
    }
    return out.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  }
}

/**
 * What other files can see of this file (ids, roles, coverage, bookings). When it is unchanged
 * after an edit, no other file's diagnostics can change.
 */
export function exportKey(file: ArtifactFile): string {
  const m = file.model;
  const parts: unknown[] = [file.kind];
  // Other files' messages name the line of a workspace-wide id (duplicate-id), so its position counts.
  let lines: LineIndex | undefined;
  const line = (f?: { span: { start: number } }) => f && (lines ??= new LineIndex(file.text)).positionAt(f.span.start).line;
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
    case 'poc':
    case 'project':
      parts.push(m.id?.value, line(m.id));
      parts.push(m.team.items.map((t) => [t.id?.value, t.capacity?.value]));
      parts.push(m.releases.items.map((r) => r.id?.value));
      parts.push(m.successCriteria.items.map((c) => c.requirement?.value));
      parts.push(m.scenarios.items.map((s) => s.requirements.items.map((r) => r.value)));
      parts.push(m.acceptance?.items.items.map((a) => a.requirement?.value));
      parts.push(file.schedule?.tasks.map((t) => [t.id, t.task.name?.value, t.task.owner?.value, t.start, t.end]));
      break;
  }
  return JSON.stringify(parts);
}
