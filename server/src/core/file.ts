/** Reads one artifact file: parse → model → schedule, once per text. */
import { baseName, kindOfPath } from './artifact';
import { buildModel, isPlan } from './model';
import { DEFAULT_LIMITS, parseYaml, unreadableText } from './parse';
import { schedulePlan } from './schedule';
import type { ArtifactFile } from './rules/api';
import type { Settings } from './settings';

export interface ReadProblem {
  /** Offset of the first undecodable byte in the text (replacement character). */
  invalidUtf8At?: number;
}

export function artifactFile(uri: string, text: string, settings: Settings, problem: ReadProblem = {}): ArtifactFile | undefined {
  const kind = kindOfPath(uri);
  if (!kind) return undefined;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed =
    problem.invalidUtf8At !== undefined
      ? unreadableText(
          clean,
          problem.invalidUtf8At,
          'This file is not valid UTF-8 text; save it as UTF-8 to have it checked.',
          '该文件不是有效的 UTF-8 文本，请以 UTF-8 编码保存后再检查。',
        )
      : parseYaml(clean, { ...DEFAULT_LIMITS, maxChars: Math.round(settings.maxFileSizeMB * 1024 * 1024) });
  const model = buildModel(kind, parsed.root, parsed.map, clean.length);
  const schedule = isPlan(model) ? schedulePlan(model) : undefined;
  return { uri, name: baseName(uri), kind, text: clean, parsed, model, schedule };
}
