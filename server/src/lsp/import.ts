/**
 * `pocStudio/importPreview` (types in ../protocol.ts): what "Import Plan…" would write from a
 * spreadsheet (.xlsx, .csv) or a Microsoft Project XML file, for the user to review before anything
 * is written. A thin handler: it reads the file's bytes (node/files.ts) and calls the import
 * (import/index.ts `importBytes`); the client writes the plan (never over a file), so the server
 * still never writes to the disk.
 *
 * Unlike the other custom requests (answered `{ error }`), a failure is an LSP ResponseError with a
 * message saying why: the file cannot be read, its type is not importable, or the import failed.
 */
import * as path from 'path';
import { fileURLToPath } from 'url';
import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver';
import { importer } from '../node/lazy';
import { readBytes } from '../node/files';
import { pickLocale, type Locale } from '../core/types';
import { isPlainFileName } from '../core/file-names';
import { ImportPreviewRequest, type ImportPreviewParams, type ImportPreviewResult } from '../protocol';
import { logFailure, testThrow, type Log } from './requests';

/** Source files larger than this are refused before they are read (the import has its own, finer limits). */
export const IMPORT_MAX_BYTES = 64 * 1024 * 1024;
export const IMPORT_EXTENSIONS = ['.xlsx', '.csv', '.xml'] as const;

const messageOf = (e: unknown): string => (e as Error)?.message ?? String(e);

const fail = (message: string) => new ResponseError(ErrorCodes.InvalidParams, message);

/** The plan's file name from the imported plan's id and kind, else from the source file's name. */
export function suggestedName(id: string | undefined, kind: 'poc' | 'project', sourceFile: string): string {
  const fromSource = path.basename(sourceFile).replace(/\.[^.]*$/, '');
  for (const stem of [id, fromSource, 'imported']) {
    const name = `${(stem ?? '').trim()}.${kind}.yaml`;
    if (stem && stem.trim() && isPlainFileName(name) && !/[\\/]/.test(name)) return name;
  }
  return `imported.${kind}.yaml`;
}

export async function importPreview(params: ImportPreviewParams, defaultLocale: Locale): Promise<ImportPreviewResult> {
  const locale = typeof params?.locale === 'string' && params.locale ? pickLocale(params.locale) : defaultLocale;
  const say = (en: string, zh: string) => (locale === 'zh-CN' ? zh : en);
  const uri = typeof params?.uri === 'string' ? params.uri : '';
  if (!uri.startsWith('file:')) throw fail(say(`cannot import ${uri || '(no file)'}: only files on this computer (file: URIs) can be imported`, `无法导入 ${uri || '（未指定文件）'}：只能导入本机上的文件`));
  let file: string;
  try {
    file = fileURLToPath(uri);
  } catch {
    throw fail(say(`cannot import ${uri}: not a file path`, `无法导入 ${uri}：不是文件路径`));
  }
  const name = path.basename(file);
  const ext = path.extname(file).toLowerCase();
  if (!(IMPORT_EXTENSIONS as readonly string[]).includes(ext)) {
    throw fail(say(`cannot import ${name}: choose an Excel workbook (.xlsx), a CSV file (.csv) or a Microsoft Project XML file (.xml)`, `无法导入 ${name}：请选择电子表格（.xlsx）、逗号分隔的表格文件（.csv）或项目管理软件导出的计划文件（.xml）`));
  }
  const kind = params.kind === 'poc' ? 'poc' : 'project';
  const bytes = await readBytes(file, IMPORT_MAX_BYTES);
  if (bytes === 'missing') throw fail(say(`cannot read ${file}: it does not exist or is not a readable file`, `无法读取 ${file}：文件不存在或无法读取`));
  if (bytes === 'too-large') throw fail(say(`cannot import ${name}: larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`, `无法导入 ${name}：文件超过 ${IMPORT_MAX_BYTES / 1024 / 1024} MB`));
  let result;
  try {
    // The tests' failure hook stands for a failing import (lsp/requests.ts).
    testThrow(ImportPreviewRequest.method);
    result = await importer().importBytes(bytes, name, { kind, locale });
  } catch (e) {
    throw new ResponseError(ErrorCodes.InternalError, say(`import of ${name} failed: ${messageOf(e)}`, `导入 ${name} 失败：${messageOf(e)}`));
  }
  const source = result.plan?.source;
  return {
    yaml: result.yaml,
    messages: result.messages,
    errors: result.errors,
    mapping: { ...(source?.mapping ?? {}) },
    encoding: source?.encoding,
    headerRow: source?.headerRow,
    suggestedName: suggestedName(result.plan?.id, result.plan?.kind ?? kind, file),
  };
}

/** `localeOf`: the message language when the request names none (the workspace's). */
export function registerImport(connection: Connection, log: Log, localeOf: () => Locale): void {
  connection.onRequest(ImportPreviewRequest.method, async (params: ImportPreviewParams) => {
    try {
      return await importPreview(params, localeOf());
    } catch (e) {
      // The user's mistake (a file that cannot be imported) is only answered; anything else is logged too.
      if (e instanceof ResponseError && e.code === ErrorCodes.InvalidParams) throw e;
      logFailure(log, ImportPreviewRequest.method, typeof params?.uri === 'string' ? params.uri : undefined, e);
      throw e instanceof ResponseError ? e : new ResponseError(ErrorCodes.InternalError, `import failed: ${messageOf(e)}`);
    }
  });
}
