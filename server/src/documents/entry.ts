/**
 * The documents bundle (dist/documents.js, esbuild.mjs): what the language server and the CLI need
 * only when the user asks for a document — a report as HTML, Word or e-mail (docx, nodemailer,
 * marked) and the export's workbook (exceljs, itself a bundle apart). Loaded at first use through
 * node/lazy.ts, never when they start.
 */
export { reportOutput } from './report-output';
export { tasksWorkbook } from './xlsx';
