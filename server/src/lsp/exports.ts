/**
 * `pocStudio/export` (types in ../protocol.ts): a plan's, or a folder's plans', tasks as a workbook,
 * CSV or calendar, or one plan as Microsoft Project XML (core/exports, documents/xlsx.ts), answered as base64 bytes with a suggested file
 * name. The server computes; the client writes the file next to the plan under a free name, so the
 * server never touches the disk.
 */
import type { Connection } from 'vscode-languageserver';
import { exportData, exportFileName, EXPORT_FORMATS, planMspdi, planUris, tasksCsv, tasksIcs, type ExportFormat } from '../core/exports';
import { isPlan } from '../core/model';
import { pickLocale } from '../core/types';
import { documents } from '../node/lazy';
import { ExportRequest, type ExportParams, type ExportResult, type RequestError } from '../protocol';
import { serve, type ViewHost } from './requests';

/** The last segment of a folder URI, decoded (the name standing for several plans). */
function folderName(uri: string): string {
  const last = uri.replace(/\/+$/, '').split('/').pop() ?? '';
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

export function registerExports(connection: Connection, host: ViewHost, scanned: Promise<void> = Promise.resolve()): void {
  serve(connection, host.log, ExportRequest, async (params: ExportParams): Promise<ExportResult | RequestError> => {
    // An export right after start-up must see the settings and every file of the folder.
    await scanned;
    const uri = String(params?.uri ?? '');
    const format = params?.format as ExportFormat;
    if (!EXPORT_FORMATS.includes(format)) return { error: `unknown export format ${String(params?.format)} (xlsx, csv, ics or mspdi)` };
    const person = typeof params.person === 'string' && params.person ? params.person : undefined;
    host.flushAll();
    const found = host.fileOf(uri);
    let uris: string[];
    let folderUri: string;
    const ws = found ? found.ws : host.workspaceFor(`${uri.replace(/\/+$/, '')}/x`);
    if (found) {
      if (!isPlan(found.file.model)) return { error: `${found.file.name} is not a POC or project plan (*.poc.yaml, *.project.yaml)` };
      uris = [uri];
      folderUri = uri.replace(/\/[^/]*$/, '');
    } else {
      folderUri = uri.replace(/\/+$/, '');
      uris = planUris(ws, folderUri);
      if (uris.length === 0) return { error: 'no plan found' };
    }
    if (format === 'mspdi' && person !== undefined) return { error: 'a Microsoft Project file holds the whole plan: no person filter' };
    if (format === 'mspdi' && uris.length > 1) return { error: `a Microsoft Project file holds one plan; this folder has ${uris.length}` };
    const locale = params.locale ? pickLocale(params.locale) : ws.messageLocale;
    const data = exportData(ws, uris, { locale, person });
    if (person !== undefined && !data.people.some((p) => p.id === person)) return { error: `${person} is neither a team member nor an owner of a task in these plans` };
    let bytes: Buffer;
    let skipped = 0;
    if (format === 'xlsx') bytes = await documents().tasksWorkbook(data);
    else if (format === 'csv') bytes = Buffer.from(tasksCsv(data), 'utf8');
    else if (format === 'mspdi') {
      // Tasks without dates are in the file too (without Start and Finish): none skipped.
      const x = planMspdi(ws, uris[0], { locale })!;
      bytes = Buffer.from(x.text, 'utf8');
    } else {
      const ics = tasksIcs(data);
      skipped = ics.skipped.length;
      bytes = Buffer.from(ics.text, 'utf8');
    }
    return {
      data: bytes.toString('base64'),
      fileName: exportFileName(data, format, folderName(folderUri)),
      folderUri,
      tasks: data.tasks.length - skipped,
      skipped,
      people: data.people,
      locale,
    };
  });
}
