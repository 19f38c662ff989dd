/**
 * What an import reads, shared by the readers (read.ts, in dist/import.js) and the import itself
 * (index.ts, in the server and the CLI): the formats by file extension, the size limit, and the
 * options the readers take.
 */

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** The plan's kind (default project). */
  kind?: 'poc' | 'project';
  /** field → source column header overrides (`--map name=任务,owner=执行人`). */
  map?: Record<string, string>;
  /** The plan id (default: from the source file name). */
  id?: string;
  /** The plan file the YAML is for (its kind suffix decides the kind when `kind` is not given). */
  outName?: string;
}

export type ImportFormatOf = 'xlsx' | 'csv' | 'mspdi' | undefined;

export function formatOf(fileName: string): ImportFormatOf {
  const ext = /\.([^.\\/]+)$/.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'xlsx' || ext === 'xlsm') return 'xlsx';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') return 'csv';
  if (ext === 'xml') return 'mspdi';
  return undefined;
}
