/**
 * The parts of the language server and the CLI that are loaded at first use, not when they start:
 * the documents (reports as HTML, Word, e-mail; the export's workbook) and the import. Each is a
 * bundle of its own beside dist/server.js and dist/cli.js — dist/documents.js, dist/import.js —
 * so that starting parses neither docx, nodemailer, marked nor the import's XML and CSV readers.
 *
 * Decisions:
 * - A plain `require` of the source module, typed by a type-only import: run from `out/` (tsc, the
 *   unit tests) it loads the compiled module; in the bundles esbuild.mjs rewrites exactly these
 *   paths to './documents.js' and './import.js', kept external (`lazyApart`).
 * - Node caches the module, so each is parsed once per process.
 */
import type * as Documents from '../documents/entry';
import type * as Import from '../import/index';

/** reportOutput, tasksWorkbook (dist/documents.js). */
export function documents(): typeof Documents {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../documents/entry') as typeof Documents;
}

/** importBytes and the import's helpers (dist/import.js). */
export function importer(): typeof Import {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../import/index') as typeof Import;
}
