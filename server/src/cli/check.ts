/**
 * `poc-studio check`: reads the given paths as one portfolio (cli/load.ts loadPortfolio: a folder
 * argument is a member with its own settings; a file argument is checked in the context of its
 * folder), runs every rule and returns the diagnostics with paths relative to the current
 * directory and 1-based positions.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { parseDate } from '../core/dates';
import { LineIndex } from '../core/text';
import { pickLocale, type Locale, type Severity } from '../core/types';
import { loadPortfolio } from './load';

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
  const envLocale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  let locale: Locale = pickLocale(opts.locale ?? envLocale);
  // All arguments are one portfolio (DOMAIN.md): every folder is read before any file is checked.
  const { members, warnings, fatal } = loadPortfolio(paths, { cwd: opts.cwd, today: opts.today, locale: opts.locale });
  if (opts.today && parseDate(opts.today) === undefined) warnings.push(`--today ${opts.today} is not a real date`);
  const diagnostics: CliDiagnostic[] = [];
  for (const { ws, files, targets } of members) {
    locale = ws.messageLocale;
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
