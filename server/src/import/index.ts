/**
 * Import of a plan from a spreadsheet (.xlsx, .csv) or a Microsoft Project XML file (.xml): the
 * Node side (reading bytes, exceljs, encodings, XML) over core/import (mapping, values, YAML).
 * Used by `poc-studio import` (cli/import.ts) and the editor's "Import Plan…" (lsp request
 * pocStudio/importPreview).
 *
 * Decisions:
 * - The format is the file's extension (.xlsx, .csv, .txt as CSV, .xml); a file over 50 MB is refused.
 * - Notes are errors (something of the source is not in the plan, or the plan would not
 *   schedule: nothing is written unless asked), warnings (carried over differently) and infos.
 */
import { parseMapOption } from '../core/import/columns';
import type { ImportedPlan, ImportNote } from '../core/import/types';
import { finishImport, type FinishedImport, type ImportFinding } from '../core/import/verify';
import { importReaders } from '../node/lazy';
import type { ReadOptions } from './formats';

export { parseMapOption };
export { formatOf, MAX_IMPORT_BYTES, type ImportFormatOf } from './formats';

export interface ImportOptions extends ReadOptions {
  locale: 'zh-CN' | 'en';
  /** The import's date (YYYY-MM-DD): the header comment and the check's today. */
  today?: string;
}

export interface ImportResult {
  plan: ImportedPlan;
  /** The plan as YAML, ready to write (empty when nothing could be read). */
  yaml: string;
  /** Notes in the chosen language, one line each: "row 7: …" (errors first). */
  messages: string[];
  /** Number of error notes: with any, nothing is written unless asked (--force-partial). */
  errors: number;
  /** The written plan's own findings (as `poc-studio check` gives them). */
  findings: ImportFinding[];
  /** Tasks whose computed dates differ from the source's. */
  differences: number;
  region?: 'CN';
}

const ORDER: Record<ImportNote['severity'], number> = { error: 0, warning: 1, info: 2 };

export function noteLine(n: ImportNote, locale: 'zh-CN' | 'en'): string {
  const zh = locale !== 'en';
  const where = zh ? n.where.zh : n.where.en;
  const sev = zh ? { error: '错误', warning: '警告', info: '提示' }[n.severity] : n.severity;
  const text = zh ? n.message.zh : n.message.en;
  return where ? `${sev} ${where}${zh ? '：' : ': '}${text}` : `${sev}${zh ? '：' : ': '}${text}`;
}

export async function importBytes(bytes: Uint8Array, fileName: string, options: ImportOptions): Promise<ImportResult> {
  // The readers (XML, CSV, encodings, the workbook) are a bundle of their own, dist/import.js,
  // loaded at the first import (node/lazy.ts); the check of the plan is the server's own.
  const plan = await importReaders().readPlan(bytes, fileName, options);
  let finished: FinishedImport | undefined;
  if (plan.tasks.length) finished = finishImport(plan, { locale: options.locale, today: options.today, fileName: options.outName });
  const notes = [...plan.notes].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return {
    plan,
    yaml: finished?.yaml ?? '',
    messages: notes.map((n) => noteLine(n, options.locale)),
    errors: notes.filter((n) => n.severity === 'error').length,
    findings: finished?.findings ?? [],
    differences: finished?.differences ?? 0,
    region: finished?.region,
  };
}
