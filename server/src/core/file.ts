/** Reads one artifact file: parse → model → schedule, once per text. */
import { baseName, kindOfPath } from './artifact';
import { buildModel, isPlan } from './model';
import { DEFAULT_LIMITS, parseYaml } from './parse';
import { schedulePlan } from './schedule';
import type { ArtifactFile } from './rules/api';
import type { Settings } from './settings';

export function artifactFile(uri: string, text: string, settings: Settings): ArtifactFile | undefined {
  const kind = kindOfPath(uri);
  if (!kind) return undefined;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseYaml(clean, { ...DEFAULT_LIMITS, maxChars: Math.round(settings.maxFileSizeMB * 1024 * 1024) });
  const model = buildModel(kind, parsed.root, parsed.map, clean.length);
  const schedule = isPlan(model) ? schedulePlan(model) : undefined;
  return { uri, name: baseName(uri), kind, text: clean, parsed, model, schedule };
}
