/**
 * Writing a baseline: the snapshot of a plan's computed dates that "Set Baseline" (editor) and
 * `poc-studio baseline` (CLI) save as `*.baseline.yaml` (DOMAIN.md, "Calendars, actuals,
 * baselines and load").
 *
 * Decisions:
 * - The snapshot holds each task's computed start and end (working days of the plan's calendar)
 *   as the schedule has them when it is taken: tasks without an id (nothing could refer to them)
 *   and tasks that cannot be scheduled (a dependency cycle: placeholder dates) are left out.
 * - One flow mapping per task, in file order, so that a diff of two baselines reads line by line.
 * - The file name is `<plan file name without .poc/.project.yaml>.<name>.baseline.yaml`; the name
 *   defaults to the date taken, and is made safe for a file name (letters, digits, -, _, .).
 * - The caller writes the file and never over an existing one (the CLI and the client refuse).
 * - A leading comment says the file is written by POC Studio (in the user's language): the
 *   rules read it, a hand edit would change what "the plan as promised" means.
 */
import { formatDate, type Day } from '../dates';
import type { ArtifactFile } from '../rules/api';
import type { Locale } from '../types';
import { commentText, yamlScalar } from '../templates/checklists';
import { safeId } from '../templates/new-poc';

export interface BaselineOptions {
  /** Name of the baseline (default: the date taken). */
  name?: string;
  /** The day it is taken (the workspace's today). */
  taken: Day;
  locale: Locale;
}

export interface BaselineFile {
  name: string;
  fileName: string;
  text: string;
}

/** `bank-log.project.yaml` + `kickoff` → `bank-log.kickoff.baseline.yaml`. */
export function baselineFileName(planFileName: string, name: string): string {
  const stem = planFileName.replace(/\.(poc|project)\.ya?ml$/i, '');
  return `${stem}.${name}.baseline.yaml`;
}

/** The baseline of a plan file, or a reason why none can be taken. */
export function baselineOf(file: ArtifactFile, opts: BaselineOptions): BaselineFile | { problem: string } {
  const zh = opts.locale === 'zh-CN';
  const m = file.model;
  const s = file.schedule;
  if ((m.kind !== 'poc' && m.kind !== 'project') || !s) return { problem: zh ? '不是计划文件' : 'not a plan' };
  const planId = m.id?.value;
  if (!planId) return { problem: zh ? '计划没有 id，基线无法对应到计划' : 'the plan has no id, so a baseline cannot name it' };
  const taken = formatDate(opts.taken);
  const name = safeId(opts.name ?? taken, taken);
  const rows = s.tasks.filter((t) => t.id !== undefined && !t.unscheduled && t.start !== undefined && t.end !== undefined);
  const title = typeof m.title?.value === 'string' ? commentText(m.title.value) : planId;
  const lines = [
    zh ? `# ${title}的基线（由 POC Studio 生成，请勿手工修改）` : `# Baseline of ${title} (written by POC Studio; do not edit by hand)`,
    'kind: baseline',
    `plan: ${yamlScalar(planId)}`,
    `name: ${yamlScalar(name)}`,
    `taken: ${taken}`,
    rows.length ? 'tasks:' : 'tasks: []',
    ...rows.map((t) => `  - { id: ${yamlScalar(t.id!, true)}, start: ${formatDate(t.start!)}, end: ${formatDate(t.end!)} }`),
    '',
  ];
  return { name, fileName: baselineFileName(file.name, name), text: lines.join('\n') };
}
