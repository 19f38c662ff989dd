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

export interface LoadOptions {
  today?: string;
  locale?: string;
  /** Extra files to include (found in the folder or not). */
  include?: string[];
  maxDepth?: number;
}

export function loadFolder(root: string, opts: LoadOptions = {}): { ws: Workspace; warnings: string[] } {
  const warnings: string[] = [];
  const envLocale = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG;
  const settings = resolveSettings(readFolderSettings(root).settings);
  if (opts.today) settings.today = opts.today;
  if (opts.locale) settings.locale = pickLocale(opts.locale);
  const ws = new Workspace({ settings, locale: envLocale, today: opts.today ? parseDate(opts.today) : undefined });
  const skipped: string[] = [];
  const files = findArtifactFiles(root, { maxDepth: opts.maxDepth ?? 20, skipped });
  for (const f of skipped) warnings.push(`${path.basename(f)}: a symlink loop or a dangling link; skipped`);
  for (const f of opts.include ?? []) if (!files.includes(f)) files.push(f);
  for (const f of files) {
    const read = readText(f);
    if (!read) {
      warnings.push(`${path.basename(f)}: cannot be read; skipped`);
      continue;
    }
    ws.set(pathToFileURL(f).href, read.text, read.problem);
  }
  return { ws, warnings };
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
