/**
 * Loads the artifact files of one folder into a Workspace with the folder's settings, the way
 * the editor sees them (for the CLI commands that work on a plan in its context).
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { Workspace } from '../core/workspace';
import { resolveSettings } from '../core/settings';
import { parseDate } from '../core/dates';
import { pickLocale } from '../core/types';
import { findArtifactFiles, readFolderSettings, readText } from '../node/files';
import * as fs from 'fs';
import { kindOfPath } from '../core/artifact';
import type { ArtifactFile } from '../core/rules/api';
import { terminalText } from './format';
import { Portfolio } from '../core/portfolio';

export interface LoadOptions {
  today?: string;
  locale?: string;
  /** Extra files to include (found in the folder or not). */
  include?: string[];
  maxDepth?: number;
  /** The portfolio the folder joins (DOMAIN.md "Portfolio": all arguments of one command line). */
  portfolio?: Portfolio<Workspace>;
  /** Names files in warnings (default: the file's base name). */
  display?: (file: string) => string;
  /** Warns only of these files (default: every file). */
  warnOf?: (file: string) => boolean;
}

export function loadFolder(root: string, opts: LoadOptions = {}): { ws: Workspace; warnings: string[]; files: string[] } {
  const warnings: string[] = [];
  const display = opts.display ?? ((f: string) => path.basename(f));
  const warnOf = opts.warnOf ?? (() => true);
  const envLocale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  const settings = resolveSettings(readFolderSettings(root).settings);
  if (opts.today) settings.today = opts.today;
  if (opts.locale) settings.locale = pickLocale(opts.locale);
  const ws = new Workspace({ settings, locale: envLocale, today: opts.today ? parseDate(opts.today) : undefined, portfolio: opts.portfolio });
  const skipped: string[] = [];
  const files = findArtifactFiles(root, { maxDepth: opts.maxDepth ?? 20, skipped });
  for (const f of skipped) if (warnOf(f)) warnings.push(`${display(f)}: a symlink loop or a dangling link; skipped`);
  for (const f of opts.include ?? []) if (!files.includes(f)) files.push(f);
  for (const f of files) {
    const read = readText(f);
    if (!read) {
      if (warnOf(f)) warnings.push(`${display(f)}: cannot be read; skipped`);
      continue;
    }
    ws.set(pathToFileURL(f).href, read.text, read.problem);
  }
  return { ws, warnings, files };
}

/** One folder of a portfolio read from the command line: its workspace and the files to report. */
export interface PortfolioMemberRead {
  root: string;
  ws: Workspace;
  /** Every artifact file read or attempted (in path order of the folder). */
  files: string[];
  /** The files named on the command line (undefined: the whole folder was named). */
  targets?: Set<string>;
}

/**
 * The arguments of one command line as one portfolio (DOMAIN.md): a folder argument is a member
 * with all its files; file arguments are reported in the context of their folder (read three
 * levels deep). A folder inside another folder argument adds nothing (its files are the outer
 * one's); a file inside a folder argument is reported with that folder.
 */
export function loadPortfolio(paths: string[], opts: Omit<LoadOptions, 'include' | 'portfolio' | 'display' | 'warnOf'> & { cwd: string }): {
  members: PortfolioMemberRead[];
  portfolio: Portfolio<Workspace>;
  warnings: string[];
  fatal: boolean;
} {
  const warnings: string[] = [];
  let fatal = false;
  const folders: string[] = [];
  const fileArgs: string[] = [];
  for (const raw of paths) {
    const p = path.resolve(opts.cwd, raw);
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch {
      warnings.push(`${raw}: no such file or folder`);
      fatal = true;
      continue;
    }
    if (st.isDirectory()) folders.push(p);
    else if (!kindOfPath(p)) warnings.push(`${path.relative(opts.cwd, p) || raw}: not an artifact file (expected *.poc.yaml, *.project.yaml, *.stakeholders.yaml, *.requirements.yaml, *.checklist.yaml, *.calendar.yaml or *.baseline.yaml); skipped`);
    else fileArgs.push(p);
  }
  const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
  const roots = new Map<string, Set<string> | undefined>();
  for (const f of [...new Set(folders)].sort((a, b) => a.length - b.length)) {
    if (![...roots.keys()].some((r) => within(f, r))) roots.set(f, undefined);
  }
  const folderRoots = [...roots.keys()];
  for (const f of fileArgs) {
    const dir = path.dirname(f);
    if (folderRoots.some((r) => within(dir, r))) continue;
    const set = roots.get(dir) ?? new Set<string>();
    set.add(f);
    roots.set(dir, set);
  }
  const portfolio = new Portfolio<Workspace>();
  const members: PortfolioMemberRead[] = [];
  const display = (f: string) => path.relative(opts.cwd, f) || path.basename(f);
  for (const [root, targets] of roots) {
    const read = loadFolder(root, {
      today: opts.today,
      locale: opts.locale,
      include: targets ? [...targets] : undefined,
      maxDepth: targets ? 3 : (opts.maxDepth ?? 20),
      portfolio,
      display,
      warnOf: (f) => !targets || targets.has(f),
    });
    warnings.push(...read.warnings);
    members.push({ root, ws: read.ws, files: read.files, targets });
  }
  return { members, portfolio, warnings, fatal };
}

/**
 * One plan file named on the command line, read with its folder (the CLI commands on one plan:
 * schedule, baseline). Writes the reason to `err` and returns undefined when it is not a plan.
 */
export function loadPlanFile(arg: string, cwd: string, err: NodeJS.WritableStream, opts: { today?: string; locale?: string }): { ws: Workspace; file: ArtifactFile } | undefined {
  const target = path.resolve(cwd, arg);
  if (!fs.existsSync(target) || !fs.statSync(target).isFile()) {
    err.write(`poc-studio: ${terminalText(arg)}: no such file\n`);
    return undefined;
  }
  if (!/^(poc|project)$/.test(kindOfPath(target) ?? '')) {
    err.write(`poc-studio: ${terminalText(arg)}: not a plan (expected *.poc.yaml or *.project.yaml)\n`);
    return undefined;
  }
  const { ws, warnings } = loadFolder(path.dirname(target), { ...opts, include: [target], maxDepth: 3 });
  for (const w of warnings) err.write(`poc-studio: ${terminalText(w)}\n`);
  const file = ws.get(pathToFileURL(target).href);
  if (!file) {
    err.write(`poc-studio: ${terminalText(arg)}: the plan could not be read\n`);
    return undefined;
  }
  return { ws, file };
}
