/**
 * `poc-studio check`: groups the given paths into workspaces (a folder argument is a workspace; a
 * file argument is checked in the context of its folder), runs every rule and returns the
 * diagnostics with paths relative to the current directory and 1-based positions.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Workspace } from '../core/workspace';
import { resolveSettings } from '../core/settings';
import { parseDate } from '../core/dates';
import { LineIndex } from '../core/text';
import { kindOfPath } from '../core/artifact';
import { pickLocale, type Locale, type Severity } from '../core/types';
import { findArtifactFiles, readFolderSettings, readText } from '../node/files';

export interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Severity;
  rule: string;
  message: string;
}

export interface CheckResult {
  diagnostics: CliDiagnostic[];
  warnings: string[];
  locale: Locale;
  /** A path could not be used at all. */
  fatal: boolean;
}

export interface CheckOptions {
  today?: string;
  locale?: string;
  cwd: string;
}

export function runCheck(paths: string[], opts: CheckOptions): CheckResult {
  const warnings: string[] = [];
  // root folder → files to report (undefined = all files of the folder)
  const roots = new Map<string, Set<string> | undefined>();
  let fatal = false;
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      warnings.push(`${p}: no such file or folder`);
      fatal = true;
      continue;
    }
    if (st.isDirectory()) roots.set(p, undefined);
    else if (!kindOfPath(p)) warnings.push(`${path.relative(opts.cwd, p) || p}: not an artifact file (expected *.poc.yaml, *.project.yaml, *.stakeholders.yaml, *.requirements.yaml or *.checklist.yaml); skipped`);
    else {
      const dir = path.dirname(p);
      if (roots.has(dir) && roots.get(dir) === undefined) continue;
      const set = roots.get(dir) ?? new Set<string>();
      set.add(p);
      roots.set(dir, set);
    }
  }

  const diagnostics: CliDiagnostic[] = [];
  const envLocale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  let locale: Locale = pickLocale(opts.locale ?? envLocale);
  for (const [root, targets] of roots) {
    const { settings: raw } = readFolderSettings(root);
    const settings = resolveSettings(raw);
    if (opts.today) settings.today = opts.today;
    if (opts.locale) settings.locale = pickLocale(opts.locale);
    const ws = new Workspace({ settings, locale: envLocale, today: opts.today ? parseDate(opts.today) : undefined });
    locale = ws.messageLocale;
    if (opts.today && parseDate(opts.today) === undefined) warnings.push(`--today ${opts.today} is not a real date`);
    const skipped: string[] = [];
    const files = findArtifactFiles(root, { maxDepth: targets ? 3 : 20, skipped });
    for (const f of skipped) if (!targets || targets.has(f)) warnings.push(`${path.relative(opts.cwd, f)}: a symlink loop or a dangling link; skipped`);
    for (const t of targets ?? []) if (!files.includes(t)) files.push(t);
    for (const f of files) {
      const read = readText(f);
      if (!read) {
        if (!targets || targets.has(f)) warnings.push(`${path.relative(opts.cwd, f)}: cannot be read; skipped`);
        continue;
      }
      ws.set(pathToFileURL(f).href, read.text, read.problem);
    }
    for (const f of files) {
      if (targets && !targets.has(f)) continue;
      const uri = pathToFileURL(f).href;
      const file = ws.get(uri);
      if (!file) continue;
      const lines = new LineIndex(file.text);
      const rel = (path.relative(opts.cwd, f) || path.basename(f)).split(path.sep).join('/');
      for (const d of ws.check(uri)) {
        const s = lines.positionAt(d.span.start);
        const e = lines.positionAt(d.span.end);
        diagnostics.push({
          file: rel,
          line: s.line + 1,
          column: s.character + 1,
          endLine: e.line + 1,
          endColumn: e.character + 1,
          severity: d.severity,
          rule: d.rule,
          message: d.message,
        });
      }
    }
    for (const failure of ws.failures) {
      warnings.push(`internal error in rule ${failure.rule} on ${failure.uri}: ${(failure.error as Error)?.message ?? failure.error}`);
    }
  }
  const unique = new Map<string, CliDiagnostic>();
  for (const d of diagnostics) unique.set(`${d.file}\u0000${d.line}\u0000${d.column}\u0000${d.endLine}\u0000${d.endColumn}\u0000${d.rule}\u0000${d.message}`, d);
  const sorted = [...unique.values()].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule),
  );
  return { diagnostics: sorted, warnings, locale, fatal };
}
