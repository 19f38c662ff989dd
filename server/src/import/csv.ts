/**
 * A CSV file as rows of cells for core/import/table.ts: decoded as UTF-8 (with or without a
 * byte-order mark), UTF-16 with a mark (Excel's "Unicode text"), else GB18030/GBK as Excel saves
 * CSV on Chinese Windows (node/files.ts decodeBytes, which says which); parsed with @fast-csv/parse.
 *
 * Decisions:
 * - The delimiter is the one of `,` `\t` `;` that splits the first lines into the most columns.
 * - Row numbers are the file's record numbers (1-based), as a spreadsheet shows them.
 * - At most 20,000 records are read.
 */
import { parseString } from '@fast-csv/parse';
import type { SheetRow } from '../core/import/table';
import { decodeBytes } from '../node/files';
import { MAX_ROWS } from './xlsx';

export interface CsvRows {
  rows: SheetRow[];
  /** UTF-8, UTF-8 with BOM, UTF-16LE, GB18030 … as said to the user. */
  encoding: string;
  problem?: { en: string; zh: string };
  truncated?: boolean;
}

function delimiterOf(text: string): string {
  const head = text.split(/\r?\n/, 5).join('\n');
  let best = ',';
  let most = 0;
  for (const d of [',', '\t', ';']) {
    const n = head.split(d).length;
    if (n > most) {
      most = n;
      best = d;
    }
  }
  return best;
}

export function encodingName(bytes: Uint8Array, decoded: string): string {
  if (decoded === 'gb18030') return 'GB18030';
  if (decoded === 'utf-16le') return 'UTF-16LE';
  if (decoded === 'utf-16be') return 'UTF-16BE';
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'UTF-8 (BOM)' : 'UTF-8';
}

export async function csvRows(bytes: Uint8Array): Promise<CsvRows> {
  const { text, problem } = decodeBytes(bytes);
  const encoding = encodingName(bytes, problem.encoding ?? 'utf-8');
  if (problem.invalidUtf8At !== undefined)
    return { rows: [], encoding, problem: { en: 'the file is neither UTF-8 nor GB18030/GBK text: save it as "CSV UTF-8"', zh: '文件既不是 UTF-8 也不是 GB18030/GBK 编码的文本：请另存为“CSV UTF-8”格式' } };
  if (text.includes('\u0000')) return { rows: [], encoding, problem: { en: 'not a text file', zh: '不是文本文件' } };
  const rows: SheetRow[] = [];
  let truncated = false;
  let failedAt: number | undefined;
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  await new Promise<void>((resolve) => {
    let n = 0;
    const stream = parseString(clean, { delimiter: delimiterOf(clean), headers: false, ignoreEmpty: false, trim: false, discardUnmappedColumns: false, strictColumnHandling: false });
    stream.on('data', (row: string[]) => {
      n++;
      if (rows.length >= MAX_ROWS) {
        truncated = true;
        return;
      }
      rows.push({ number: n, cells: row });
    });
    stream.on('error', () => {
      failedAt = n + 1;
      resolve();
    });
    stream.on('end', () => resolve());
  });
  if (failedAt !== undefined)
    return { rows, encoding, truncated, problem: { en: `the CSV cannot be read from record ${failedAt} on (a quote not closed?)`, zh: `从第 ${failedAt} 行起无法读取（可能有未闭合的引号）` } };
  return { rows, encoding, truncated };
}
