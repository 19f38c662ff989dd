/**
 * The columns of the task table (workbook Tasks sheet and CSV) and of the Hours sheet, their
 * headers in zh-CN and English, the sheet names and the file names of the exports.
 *
 * Decisions:
 * - One column set for every export, the Plan column first even for one plan, so that a script
 *   or an import reads every export the same way.
 * - Cells are typed: text, numbers and dates (day numbers); the CSV writes dates `YYYY-MM-DD`,
 *   the workbook real dates. Empty cells are null.
 * - File names: `<plan id>-tasks.xlsx` / `<plan id>-任务.xlsx` (also `.csv`), `<plan id>-calendar.ics`
 *   / `<plan id>-日程.ics`, `<plan id>.xml` (Microsoft Project XML, one plan); several plans: the
 *   folder's name instead of the plan id; one person:
 *   `-<person id>` after it. Built with file-names.ts, so any id gives one plain file name.
 */
import type { Day } from '../dates';
import { fileStem } from '../file-names';
import type { Locale } from '../types';
import type { ExportData, TaskRow } from './rows';

export type Cell = string | number | { date: Day } | null;

interface Column {
  zh: string;
  en: string;
  cell: (r: TaskRow) => Cell;
}

const day = (d: Day | undefined): Cell => (d === undefined ? null : { date: d });
const text = (s: string | null): Cell => (s ? s : null);

export const TASK_COLUMNS: readonly Column[] = [
  { zh: '计划', en: 'Plan', cell: (r) => text(r.plan) },
  { zh: '编号', en: 'ID', cell: (r) => text(r.id) },
  { zh: '任务名称', en: 'Name', cell: (r) => text(r.name) },
  { zh: '阶段', en: 'Phase', cell: (r) => text(r.phase) },
  { zh: '负责人', en: 'Owner', cell: (r) => text(r.ownerName) },
  { zh: '开始日期', en: 'Start', cell: (r) => day(r.start) },
  { zh: '结束日期', en: 'End', cell: (r) => day(r.end) },
  { zh: '工期（工作日）', en: 'Duration (working days)', cell: (r) => r.duration },
  { zh: '状态', en: 'Status', cell: (r) => text(r.status) },
  { zh: '进度（%）', en: 'Progress (%)', cell: (r) => r.progress },
  { zh: '原计划完成', en: 'Baseline end', cell: (r) => day(r.baselineEnd) },
  { zh: '比原计划晚（工作日）', en: 'Slip (working days)', cell: (r) => r.slipDays },
];

export function taskHeader(locale: Locale): string[] {
  return TASK_COLUMNS.map((c) => (locale === 'zh-CN' ? c.zh : c.en));
}

export function taskCells(r: TaskRow): Cell[] {
  return TASK_COLUMNS.map((c) => c.cell(r));
}

/** The header row of the Hours sheet: person, id, the weeks, total. */
export function hoursHeader(locale: Locale, weeks: readonly string[]): string[] {
  const zh = locale === 'zh-CN';
  return [zh ? '人员' : 'Person', zh ? '编号' : 'ID', ...weeks, zh ? '合计' : 'Total'];
}

/** The rows of the Hours sheet under its header, the totals last. */
export function hoursCells(data: ExportData): Cell[][] {
  const h = data.hours;
  const zh = data.locale === 'zh-CN';
  return [...h.rows.map((r) => [text(r.name), text(r.person), ...r.hours, r.total]), [zh ? '合计' : 'Total', null, ...h.totals, h.total]];
}

export function sheetNames(locale: Locale): { tasks: string; hours: string } {
  return locale === 'zh-CN' ? { tasks: '任务', hours: '工时' } : { tasks: 'Tasks', hours: 'Hours' };
}

export type ExportFormat = 'xlsx' | 'csv' | 'ics' | 'mspdi';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'ics', 'mspdi'];

/**
 * The export's file name. `folderName`: the name standing for several plans (the folder's);
 * without it, or with one plan, the plan's id.
 */
export function exportFileName(data: ExportData, format: ExportFormat, folderName?: string): string {
  const zh = data.locale === 'zh-CN';
  const base = data.plans.length === 1 || folderName === undefined ? fileStem(data.plans[0]?.id, 'plan') : fileStem(folderName, 'plans');
  if (format === 'mspdi') return `${base}.xml`;
  const person = data.person !== undefined ? `-${fileStem(data.person, 'person')}` : '';
  const what = format === 'ics' ? (zh ? '日程' : 'calendar') : zh ? '任务' : 'tasks';
  return `${base}${person}-${what}.${format}`;
}
