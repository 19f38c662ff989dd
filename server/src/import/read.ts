/**
 * The import's readers, a bundle of their own (dist/import.js, loaded at the first import through
 * node/lazy.ts): the bytes of a spreadsheet (.xlsx with exceljs, .csv in UTF-8, UTF-16 or GB18030)
 * or of a Microsoft Project XML file (fast-xml-parser) as an ImportedPlan with its notes. The
 * plan's YAML and its check (core/import/verify) are index.ts's, in the server and the CLI.
 */
import { readTable, emptyPlan } from '../core/import/table';
import { note, WHOLE_FILE, type ImportedPlan } from '../core/import/types';
import { csvRows } from './csv';
import { formatOf, MAX_IMPORT_BYTES, type ReadOptions } from './formats';
import { readMspdi } from './mspdi';
import { MAX_ROWS, workbookRows } from './xlsx';

function kindFrom(o: ReadOptions): 'poc' | 'project' {
  if (o.kind) return o.kind;
  return /\.poc\.ya?ml$/i.test(o.outName ?? '') ? 'poc' : 'project';
}

/** The source as an ImportedPlan: its tasks, or none and a note saying why. */
export async function readPlan(bytes: Uint8Array, fileName: string, o: ReadOptions): Promise<ImportedPlan> {
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
