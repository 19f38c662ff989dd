/**
 * Import of a plan from a spreadsheet (.xlsx, .csv) or a Microsoft Project XML file (.xml): the
 * Node side (reading bytes, exceljs, encodings, XML) over core/import (mapping, values, YAML).
 * Used by `poc-studio import` (cli/import.ts) and the editor's "Import Plan…" (lsp request
 * pocStudio/importPreview).
 */
import type { ImportedPlan } from '../core/import/types';

export interface ImportOptions {
  /** The plan's kind (default project). */
  kind?: 'poc' | 'project';
  /** field → source column header overrides (`--map name=任务,owner=执行人`). */
  map?: Record<string, string>;
  locale: 'zh-CN' | 'en';
  /** The plan id (default: from the output file name or the source file name). */
  id?: string;
}

export interface ImportResult {
  plan: ImportedPlan;
  /** The plan as YAML, ready to write (empty when nothing could be read). */
  yaml: string;
  /** Notes in the chosen language, one line each: "row 7: …" (errors first). */
  messages: string[];
  /** Number of error notes: with any, nothing is written unless asked (--force-partial). */
  errors: number;
}

export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportResult> {
  void bytes;
  void fileName;
  void options;
  throw new Error('not implemented yet');
}
