/**
 * Which column of a sheet is which field: the header row is found (it need not be the first:
 * titles and blank rows above it are common) and its cells are matched against the usual
 * Chinese and English names of each field, with the user's overrides (`--map name=任务`).
 *
 * Decisions:
 * - The header row is the first of the first 30 rows in which at least two cells name a known
 *   field and one of them is the task name; a merged title cell above it is one cell, not a header.
 * - Names are compared without spaces, case, full-width forms and a trailing unit or note in
 *   brackets ("工期（天）", "Duration (days)", "开始时间*").
 * - The first column matching a field wins; a later one of the same field is reported as ignored.
 */
import { cellText, type Cell } from './values';

export const IMPORT_FIELDS = ['id', 'wbs', 'name', 'owner', 'start', 'end', 'duration', 'dependsOn', 'status', 'progress', 'phase', 'milestone', 'note'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Usual headers of each field (normalized as by normHeader). */
const HEADERS: Record<ImportField, string[]> = {
  id: ['序号', '编号', '任务编号', '任务id', 'id', 'no', 'no.', '#', 'taskid', '标识号'],
  wbs: ['wbs', 'wbs编号', '大纲数字', '大纲编号', '层级编号', 'outlinenumber'],
  name: ['任务名称', '任务', '工作内容', '名称', '任务描述', '工作任务', '事项', '标题', 'task', 'taskname', 'name', 'title', 'activity', 'summary'],
  owner: ['负责人', '执行人', '责任人', '经办人', '处理人', '资源名称', '资源', '人员', 'owner', 'assignee', 'assignedto', 'resource', 'resourcenames', 'responsible'],
  start: ['开始时间', '开始日期', '计划开始', '计划开始时间', '计划开始日期', '开始', '起始日期', 'start', 'startdate', 'plannedstart', 'begin'],
  end: ['结束时间', '结束日期', '完成时间', '完成日期', '计划完成', '计划完成时间', '计划结束', '计划结束时间', '截止日期', '截止时间', '结束', '完成', 'end', 'enddate', 'finish', 'finishdate', 'due', 'duedate', 'plannedfinish', 'plannedend'],
  duration: ['工期', '天数', '持续时间', '工作日', '计划工期', '人天', 'duration', 'days', 'workdays'],
  dependsOn: ['前置任务', '前置', '依赖', '前序任务', '紧前任务', '依赖任务', 'predecessors', 'predecessor', 'dependson', 'dependencies', 'depends'],
  status: ['状态', '任务状态', '进展状态', 'status', 'state'],
  progress: ['进度', '完成百分比', '完成率', '完成比例', '完成度', '百分比', 'progress', '%complete', 'percentcomplete', 'complete', 'done%'],
  phase: ['阶段', '所属阶段', '项目阶段', '分组', 'phase', 'stage', 'group'],
  milestone: ['里程碑', '是否里程碑', 'milestone'],
  note: ['备注', '说明', '描述', 'note', 'notes', 'remark', 'remarks', 'comment', 'comments', 'description'],
};

/** A header as compared: no spaces, lower case, half-width, no trailing "(天)" or "*". */
export function normHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[（(【\[].*?[）)】\]]\s*$/u, '')
    .replace(/[*＊:：]+$/u, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

const LOOKUP = new Map<string, ImportField>();
for (const f of IMPORT_FIELDS) for (const h of HEADERS[f]) if (!LOOKUP.has(normHeader(h))) LOOKUP.set(normHeader(h), f);

export function fieldOfHeader(text: string): ImportField | undefined {
  return LOOKUP.get(normHeader(text));
}

export interface HeaderMatch {
  /** 0-based index of the header row in the rows given. */
  row: number;
  /** field → 0-based column. */
  columns: Partial<Record<ImportField, number>>;
  /** field → the header text as written. */
  headers: Partial<Record<ImportField, string>>;
  /** Headers that name no field, or a field already taken. */
  ignored: string[];
}

export type MapProblem = { field?: string; header?: string; kind: 'unknown-field' | 'no-such-column' };

/**
 * Finds the header row and its columns. `overrides`: field → header text (or a column letter A–Z,
 * or a 1-based column number); they win over the usual names.
 */
export function findHeader(rows: readonly (readonly Cell[])[], overrides: Record<string, string> = {}): { match?: HeaderMatch; problems: MapProblem[] } {
  const problems: MapProblem[] = [];
  for (const f of Object.keys(overrides)) if (!(IMPORT_FIELDS as readonly string[]).includes(f)) problems.push({ kind: 'unknown-field', field: f });
  const limit = Math.min(rows.length, 30);
  for (let r = 0; r < limit; r++) {
    const cells = rows[r].map(cellText);
    const overridden = new Map<number, ImportField>();
    for (const [f, h] of Object.entries(overrides)) {
      if (!(IMPORT_FIELDS as readonly string[]).includes(f)) continue;
      const at = columnOf(cells, h);
      if (at !== undefined) overridden.set(at, f as ImportField);
    }
    const columns: Partial<Record<ImportField, number>> = {};
    const headers: Partial<Record<ImportField, string>> = {};
    const ignored: string[] = [];
    const taken = new Set(overridden.values());
    cells.forEach((text, i) => {
      if (!text) return;
      const f = overridden.get(i) ?? (taken.has(fieldOfHeader(text) as ImportField) ? undefined : fieldOfHeader(text));
      if (f === undefined || columns[f] !== undefined) {
        ignored.push(text);
        return;
      }
      columns[f] = i;
      headers[f] = text;
    });
    const known = Object.keys(columns).length;
    if (columns.name !== undefined && known >= 2) {
      for (const [f, h] of Object.entries(overrides))
        if ((IMPORT_FIELDS as readonly string[]).includes(f) && columns[f as ImportField] === undefined) problems.push({ kind: 'no-such-column', field: f, header: h });
      return { match: { row: r, columns, headers, ignored }, problems };
    }
  }
  return { problems };
}

/** The column a `--map` value names: its header text, a letter (A, AB) or a 1-based number. */
function columnOf(cells: readonly string[], h: string): number | undefined {
  const want = normHeader(h);
  const byText = cells.findIndex((c) => c && normHeader(c) === want);
  if (byText >= 0) return byText;
  if (/^[A-Z]{1,2}$/.test(h)) return [...h].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  if (/^\d{1,3}$/.test(h) && Number(h) >= 1) return Number(h) - 1;
  return undefined;
}

/** `name=任务,owner=执行人` → { name: '任务', owner: '执行人' } (also ， and ; as separators). */
export function parseMapOption(text: string): Record<string, string> | string {
  const out: Record<string, string> = {};
  for (const part of text.split(/[,，;；]/)) {
    if (!part.trim()) continue;
    const eq = part.indexOf('=');
    if (eq <= 0) return part.trim();
    out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}
