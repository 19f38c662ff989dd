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
import { readTable, emptyPlan } from '../core/import/table';
import { note, WHOLE_FILE, type ImportedPlan, type ImportNote } from '../core/import/types';
import { finishImport, type FinishedImport, type ImportFinding } from '../core/import/verify';
import { csvRows } from './csv';
import { readMspdi } from './mspdi';
import { MAX_ROWS, workbookRows } from './xlsx';

export { parseMapOption };

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ImportOptions {
  /** The plan's kind (default project). */
  kind?: 'poc' | 'project';
  /** field → source column header overrides (`--map name=任务,owner=执行人`). */
  map?: Record<string, string>;
  locale: 'zh-CN' | 'en';
  /** The plan id (default: from the source file name). */
  id?: string;
  /** The import's date (YYYY-MM-DD): the header comment and the check's today. */
  today?: string;
  /** The plan file the YAML is for (its kind suffix decides the kind when `kind` is not given). */
  outName?: string;
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

export type ImportFormatOf = 'xlsx' | 'csv' | 'mspdi' | undefined;

export function formatOf(fileName: string): ImportFormatOf {
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xml') return 'mspdi';
  return undefined;
}

function kindFrom(o: ImportOptions): 'poc' | 'project' {
  if (o.kind) return o.kind;
  return /\.poc\.ya?ml$/i.test(o.outName ?? '') ? 'poc' : 'project';
}

async function readPlan(bytes: Uint8Array, fileName: string, o: ImportOptions): Promise<ImportedPlan> {
  const kind = kindFrom(o);
  const format = formatOf(fileName);
  const base = { kind, map: o.map, id: o.id };
  if (format === undefined) {
    const plan = emptyPlan({ format: 'csv', file: fileName }, base);
    plan.notes.push(note('error', WHOLE_FILE, 'not a file to import: .xlsx, .csv or Microsoft Project .xml (an .mpp must be saved as XML first)', '不支持的文件类型：请使用 .xlsx、.csv 或微软项目管理软件的 .xml 文件（.mpp 需先另存为 XML）'));
    return plan;
  }
  if (bytes.length > MAX_IMPORT_BYTES) {
    const plan = emptyPlan({ format, file: fileName }, base);
    const mb = Math.round(bytes.length / 1024 / 1024);
    plan.notes.push(note('error', WHOLE_FILE, `the file is ${mb} MB: at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB is imported`, `文件大小为 ${mb} MB，超过导入上限 ${MAX_IMPORT_BYTES / 1024 / 1024} MB`));
    return plan;
  }
  if (format === 'mspdi') {
    const plan = readMspdi(new TextDecoder().decode(bytes), fileName, { kind });
    if (o.id) plan.id = o.id;
    return plan;
  }
  const read = format === 'xlsx' ? await workbookRows(bytes, o.map) : await csvRows(bytes);
  const source = { format, file: fileName, ...('encoding' in read ? { encoding: read.encoding } : {}), ...('sheet' in read && read.sheet ? { sheet: read.sheet } : {}) };
  if (read.problem) {
    const plan = emptyPlan(source, base);
    plan.notes.push(note('error', WHOLE_FILE, read.problem.en, read.problem.zh));
    return plan;
  }
  const plan = readTable(read.rows, source, base);
  if (read.truncated) plan.notes.push(note('error', WHOLE_FILE, `more than ${MAX_ROWS} rows: only the first ${MAX_ROWS} were read`, `超过 ${MAX_ROWS} 行：只读取了前 ${MAX_ROWS} 行`));
  if ('sheets' in read && read.sheets.length > 1 && read.sheet)
    plan.notes.push(note('info', WHOLE_FILE, `sheet "${read.sheet}" imported (the workbook has ${read.sheets.join(', ')})`, `导入了工作表“${read.sheet}”（工作簿中共有：${read.sheets.join('、')}）`));
  return plan;
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
  const plan = await readPlan(bytes, fileName, options);
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
