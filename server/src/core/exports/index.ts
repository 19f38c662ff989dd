/**
 * Exports of plans for Excel and calendars (`poc-studio export`, `pocStudio/export`): the rows
 * (rows.ts), their columns and file names (columns.ts), CSV (csv.ts), iCalendar (ics.ts) and
 * Microsoft Project XML (mspdi.ts). The workbook is Node-only: documents/xlsx.ts.
 */
export { exportData, planUris, type ExportData, type ExportOptions, type ExportPerson, type ExportPlan, type HoursTable, type TaskRow } from './rows';
export { EXPORT_FORMATS, exportFileName, hoursCells, hoursHeader, sheetNames, taskCells, taskHeader, TASK_COLUMNS, type Cell, type ExportFormat } from './columns';
export { csvText, guardFormula, tasksCsv, BOM } from './csv';
export { escapeText, foldLine, tasksIcs, type IcsResult } from './ics';
export { exportText } from './text';
export { exceptionsOf, planMspdi, xmlEscape, type MspdiExport } from './mspdi';
