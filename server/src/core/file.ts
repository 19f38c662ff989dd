/** Reads one artifact file: parse → model → schedule, once per text. */
import { baseName, kindOfPath } from './artifact';
import { buildModel, isPlan, type PlanModel, type Task } from './model';
import { DEFAULT_LIMITS, parseYaml, unreadableText, type ChunkCache } from './parse';
import { envKeyOf, schedulePlan, type Schedule, type ScheduleEnv } from './schedule';
import { reboundSchedule } from './schedule-rebound';
import type { ArtifactFile } from './rules/api';
import type { Settings } from './settings';
import { LineIndex } from './text';
import { SCHEDULER_INPUTS } from './generated/kinds';

/** How a file's bytes were decoded (node/files.ts decodeBytes). */
export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface ReadProblem {
  /** Offset of the first undecodable byte in the text (replacement character). */
  invalidUtf8At?: number;
  /** The encoding the bytes on disk were decoded from; absent for an editor's text (the editor decoded it). */
  encoding?: SourceEncoding;
}

/**
 * `cache` (one per file) lets a new version re-parse only the chunks an edit touched; `previous`
 * (the file's previous version) lets it keep the schedule when the edit changed nothing it reads;
 * `env` is what a plan's schedule reads besides the plan (shared calendars, today).
 */
export function artifactFile(
  uri: string,
  text: string,
  settings: Settings,
  problem: ReadProblem = {},
  cache?: ChunkCache,
  previous?: ArtifactFile,
  env: ScheduleEnv = {},
): ArtifactFile | undefined {
  const kind = kindOfPath(uri);
  if (!kind) return undefined;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const utf16 = problem.encoding === 'utf-16le' || problem.encoding === 'utf-16be';
  const parsed =
    problem.invalidUtf8At !== undefined
      ? utf16
        ? unreadableText(clean, problem.invalidUtf8At, 'This file is not valid UTF-16 text; save it as UTF-8 to have it checked.', '该文件不是有效的 UTF-16 文本，请以 UTF-8 编码保存后再检查。')
        : unreadableText(
            clean,
            problem.invalidUtf8At,
            'This file is not valid UTF-8 text (nor GBK); save it as UTF-8 to have it checked.',
            '该文件不是有效的 UTF-8 文本（也不是 GBK），请以 UTF-8 编码保存后再检查。',
          )
      : parseYaml(clean, { ...DEFAULT_LIMITS, maxChars: Math.round(settings.maxFileSizeMB * 1024 * 1024) }, cache);
  const model = buildModel(kind, parsed.root, parsed.map, clean.length);
  const schedule = isPlan(model) ? reuseSchedule(previous, model, env) ?? schedulePlan(model, env) : undefined;
  const file: ArtifactFile = { uri, name: baseName(uri), kind, text: clean, parsed, model, schedule };
  // What the file-encoding rule reports: a legacy encoding on disk, or text already decoded wrongly.
  const replacementAt = parsed.unreadable ? -1 : clean.indexOf('\ufffd');
  if ((problem.encoding && problem.encoding !== 'utf-8') || replacementAt >= 0) {
    file.read = { encoding: problem.encoding, replacementAt: replacementAt >= 0 ? replacementAt : undefined };
  }
  const before = previous && lineIndexes.get(previous);
  if (before) lineIndexBases.set(file, before);
  return file;
}

const lineIndexes = new WeakMap<ArtifactFile, LineIndex>();
/** The line index of the previous version, to derive the new one from (LineIndex.derive). */
const lineIndexBases = new WeakMap<ArtifactFile, LineIndex>();

/** The line index of a file's text, built once per version (diagnostics, features, messages). */
export function lineIndexOf(file: ArtifactFile): LineIndex {
  let li = lineIndexes.get(file);
  if (!li) {
    const base = lineIndexBases.get(file);
    lineIndexBases.delete(file);
    lineIndexes.set(file, (li = base ? LineIndex.derive(base, file.text) : new LineIndex(file.text)));
  }
  return li;
}

/**
 * What the scheduler reads (`x-schedule` in the schemas, generated/kinds.ts): a task's fields, and
 * the plan's (`start`, `calendar`, `delays[].task` …). Compared on the converted values: equal
 * values give the same model, so the same schedule.
 */
const TASK_PREFIX = 'tasks[].';
const inputsOf = (kind: PlanModel['kind']) => SCHEDULER_INPUTS[kind] ?? [];
const taskInputs = (kind: PlanModel['kind']) => inputsOf(kind).filter((p) => p.startsWith(TASK_PREFIX)).map((p) => p.slice(TASK_PREFIX.length));

const sameValue = (x: unknown, y: unknown) => x === y || (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y));

function sameForScheduler(a: Task, b: Task, fields: readonly string[]): boolean {
  if (a === b) return true;
  for (const k of fields) if (!sameValue(a.raw[k], b.raw[k])) return false;
  return true;
}

/** The values at a path pattern of the plan's other inputs (`start`, `delays[].days`). */
function valuesAt(o: unknown, segs: readonly string[]): unknown {
  if (segs.length === 0) return o;
  if (!o || typeof o !== 'object' || Array.isArray(o)) return undefined;
  const [seg, ...rest] = segs;
  const v = (o as Record<string, unknown>)[seg.replace(/\[\]$/, '')];
  if (!seg.endsWith('[]')) return valuesAt(v, rest);
  return Array.isArray(v) ? v.map((x) => valuesAt(x, rest)) : undefined;
}

const planInputs = (m: PlanModel) =>
  JSON.stringify(inputsOf(m.kind).filter((p) => !p.startsWith(TASK_PREFIX)).map((p) => valuesAt(m.raw, p.split('.')) ?? null));

/**
 * The previous version's schedule, rebound to the new tasks, when nothing the scheduler reads has
 * changed (typing in a task name, a status, a comment): a plan of thousands of tasks is not
 * rescheduled on such keystrokes (the dates are shared, see Schedule.basis). Items of unchanged chunks are the very same objects (model.ts),
 * so the comparison is one identity check per task plus the fields of the edited ones.
 */
function reuseSchedule(previous: ArtifactFile | undefined, model: PlanModel, env: ScheduleEnv): Schedule | undefined {
  const old = previous?.schedule;
  const oldModel = previous?.model;
  if (!old || !oldModel || !isPlan(oldModel) || oldModel.kind !== model.kind) return undefined;
  if (old.envKey !== envKeyOf(model, env)) return undefined;
  const tasks = model.tasks.items;
  if (tasks.length !== old.tasks.length) return undefined;
  const fields = taskInputs(model.kind);
  for (let i = 0; i < tasks.length; i++) if (!sameForScheduler(old.tasks[i].task, tasks[i], fields)) return undefined;
  if (planInputs(oldModel) !== planInputs(model)) return undefined;
  // A new schedule of the same dates for the new tasks: the previous version keeps its own.
  return reboundSchedule(old, tasks);
}
