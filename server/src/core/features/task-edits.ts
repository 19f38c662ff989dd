/**
 * Minimal edits of one task's fields, shared by quick fixes (over-allocated) and the Gantt's drag
 * edits (gantt/drag-edit.ts): add a dependency, set a scalar field (replacing its value with the
 * same quoting, or inserting the key after a neighbour).
 */
import * as YAML from 'yaml';
import { appendItem, collectionOf, insertPair, mapOf, setPairValue, type EditTarget } from './edits';
import type { Task } from '../model';
import type { TextEdit } from './types';

/** `id` added to the task's dependsOn list, or a new `dependsOn: [id]` after `owner`. */
export function addDependency(file: EditTarget, task: Task, id: string): TextEdit | undefined {
  const map = mapOf(file, task.raw);
  if (!map) return undefined;
  const written = task.raw.dependsOn;
  if (written === undefined || written === null) {
    if (Object.prototype.hasOwnProperty.call(task.raw, 'dependsOn')) {
      // `dependsOn:` written without a value: filled with `[id]`.
      const e = setPairValue(file, map, 'dependsOn', id);
      return e && { ...e, newText: e.newText.replace(id, `[${id}]`) };
    }
    return insertPair(file, map, 'dependsOn', [id], { place: { after: 'owner' } });
  }
  if (!Array.isArray(written)) return undefined;
  const seq = collectionOf(file, written);
  return seq && YAML.isSeq(seq) ? appendItem(file, seq, id) : undefined;
}

/** `key: value` on the task: its written value replaced, or the pair inserted after `after`. */
export function setTaskField(file: EditTarget, task: Task, key: string, value: string | number, after: string): TextEdit | undefined {
  const map = mapOf(file, task.raw);
  return map ? setPairValue(file, map, key, value, { place: { after } }) : undefined;
}
