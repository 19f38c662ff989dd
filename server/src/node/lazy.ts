/**
 * The parts of the language server and the CLI that are loaded at first use, not when they start:
 * the documents (reports as HTML, Word, e-mail; the export's workbook) and the import's readers,
 * each a bundle of its own beside dist/server.js and dist/cli.js — dist/documents.js,
 * dist/import.js — so that starting parses neither docx, nodemailer, marked nor the import's XML
 * and CSV readers; and the import itself, which is initialised at the first import.
 *
 * Decisions:
 * - A plain `require` of the source module, typed by a type-only import: run from `out/` (tsc, the
 *   unit tests) it loads the compiled module; in the bundles esbuild.mjs rewrites the documents'
 *   and the readers' paths to './documents.js' and './import.js', kept external (`lazyApart`).
 * - Node caches the module, so each is parsed once per process.
 */
import type * as Documents from '../documents/entry';
import type * as Import from '../import/index';
import type * as ImportReaders from '../import/read';

/** reportOutput, tasksWorkbook (dist/documents.js). */
export function documents(): typeof Documents {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../documents/entry') as typeof Documents;
}

/**
 * importBytes and its helpers (import/index.ts): in the server's and the CLI's own bundle, since the
 * check of the imported plan is theirs, but initialised at the first import (a `require` makes
 * esbuild defer it), so that starting does not set up the YAML writer.
 */
export function importer(): typeof Import {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../import/index') as typeof Import;
}

/** The import's readers, readPlan (dist/import.js), which importBytes calls. */
export function importReaders(): typeof ImportReaders {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../import/read') as typeof ImportReaders;
}
