/**
 * Helpers shared by the POC playbook rules (seed 000, seed 002): placeholder detection,
 * spans of keys that the typed model drops (e.g. `qualification:` with a null value), and the
 * fallback anchor of a POC (its `id` value, else the start of the file).
 */
import type { Span } from '../text';
import type { PlanModel } from '../model';
import type { ArtifactFile } from './api';

/** A zero-width span at the start of the file, for findings with nothing better to point at. */
export const FILE_START: Span = { start: 0, end: 0 };

export { isPlaceholder, isBlank } from './_text-util';

export function isObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Span of `key` in a converted mapping when the key is written (whatever its value). */
export function keySpanOf(file: ArtifactFile, obj: Record<string, unknown>, key: string): Span | undefined {
  return key in obj ? file.parsed.map.key(obj, key) : undefined;
}

/** Span of the value of `key` (the key itself when the value is empty), when the key is written. */
export function valueSpanOf(file: ArtifactFile, obj: Record<string, unknown>, key: string): Span | undefined {
  return key in obj ? file.parsed.map.value(obj, key) ?? file.parsed.map.key(obj, key) : undefined;
}

/** The POC's `id` value, else the start of the file. */
export function planAnchor(model: PlanModel): Span {
  return model.id?.span ?? FILE_START;
}

/** How to name the plan in messages: its title, else its id, else the file name. */
export function planLabel(model: PlanModel, file: ArtifactFile): string {
  return model.title?.value?.trim() || model.id?.value || file.name;
}

/** How to name an item of a list in messages: its id, else a fallback text, else its position. */
export function itemLabel(id: string | undefined, fallback: string | undefined, index: number): string {
  return id ?? (fallback !== undefined && fallback.trim() ? fallback.trim() : `#${index + 1}`);
}

export const joinEn = (xs: readonly string[]): string => xs.join(', ');
export const joinZh = (xs: readonly string[]): string => xs.join('、');

/** A short, single-line rendering of a raw value for messages. */
export function showValue(v: unknown): string {
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return v.length > 60 ? `${v.slice(0, 57)}…` : v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s: string;
  try {
    s = JSON.stringify(v) ?? '';
  } catch {
    s = '';
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
