/**
 * Rows of cells (a sheet of a workbook, a CSV) → an ImportedPlan: the header row and its columns
 * (columns.ts), each task row's values (values.ts), owners as team members (ids.ts), phases
 * (phases.ts) and predecessors (predecessors.ts). Dates and durations are checked against the
 * plan's calendar afterwards (verify.ts).
 *
 * Decisions:
 * - Rows that hold only a name (no owner, dates, duration, status, progress or predecessors),
 *   and rows whose WBS number has children (1 when 1.1 exists), are group rows: not tasks; their
 *   name is the phase of the tasks under them (phases.ts), else a comment above the first.
 * - Task ids: the id column's values when they are valid, unique ids (a number n gives Tn);
 *   otherwise T1, T2 … in row order.
 * - Several owners in one cell (张三、李四): the first is the owner, the others a comment.
 * - What cannot be read is an error note naming the row and the column; the row is still imported
 *   without that value, so `--force-partial` writes what could be read.
 */
import { findHeader, type HeaderMatch, type ImportField } from './columns';
import { personId, planIdOf } from './ids';
import { phaseOf } from './phases';
import { resolvePredecessors, type PendingLinks } from './predecessors';
import { note, rowWhere, WHOLE_FILE, type ImportedMember, type ImportedPlan, type ImportedTask, type ImportFormat } from './types';
import { cellText, isBlank, progressNumber, readDate, readDuration, readPredecessors, readProgress, readStatus, readYesNo, type Cell } from './values';

export interface SheetRow {
  /** 1-based row number in the sheet or file. */
  number: number;
  cells: readonly Cell[];
}

export interface TableSource {
  format: ImportFormat;
  file: string;
  encoding?: string;
  sheet?: string;
}

export interface TableOptions {
  kind?: 'poc' | 'project';
  map?: Record<string, string>;
  id?: string;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const FIELD_LABEL: Record<ImportField, [string, string]> = {
  id: ['id', '序号'],
  wbs: ['WBS', '大纲编号'],
  name: ['task name', '任务名称'],
  owner: ['owner', '负责人'],
  start: ['start', '开始时间'],
  end: ['end', '结束时间'],
  duration: ['duration', '工期'],
  dependsOn: ['predecessors', '前置任务'],
  status: ['status', '状态'],
  progress: ['progress', '完成百分比'],
  phase: ['phase', '阶段'],
  milestone: ['milestone', '里程碑'],
  note: ['note', '备注'],
};

export function emptyPlan(source: TableSource, options: TableOptions): ImportedPlan {
  const id = options.id ?? planIdOf(source.file);
  const title = source.file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  return { kind: options.kind ?? 'project', id, title, holidays: [], workdays: [], team: [], tasks: [], notes: [], source: { ...source } };
}

export function readTable(rows: readonly SheetRow[], source: TableSource, options: TableOptions = {}): ImportedPlan {
  const plan = emptyPlan(source, options);
  const { match, problems } = findHeader(rows.map((r) => r.cells), options.map);
  for (const p of problems) {
    if (p.kind === 'unknown-field') plan.notes.push(note('error', WHOLE_FILE, `--map: no field "${p.field}" (fields: id, wbs, name, owner, start, end, duration, dependsOn, status, progress, phase, milestone, note)`, `映射参数中的字段“${p.field}”不存在`));
    else plan.notes.push(note('error', WHOLE_FILE, `--map ${p.field}=${p.header}: no such column in the header row`, `映射参数指定的列“${p.header}”在表头中找不到`));
  }
  if (!match) {
    plan.notes.push(
      note('error', WHOLE_FILE, 'no header row found in the first 30 rows: a row with a task name column (任务名称, 任务, Task, Name …) and at least one more known column (负责人, 开始时间, 工期 …) is needed; name the columns with --map name=…,start=…', '前 30 行中找不到表头：需要一行同时含有任务名称列（任务名称、任务、工作内容等）和至少一个其他可识别的列（负责人、开始时间、工期等）；也可用映射参数指定列名'),
    );
    return plan;
  }
  const header = rows[match.row];
  plan.source.headerRow = header.number;
  plan.source.mapping = { ...match.headers } as Record<string, string>;
  plan.source.ignoredColumns = match.ignored;
  const titleRow = rows.slice(0, match.row).map((r) => r.cells.map(cellText).find((t) => t)).find((t) => t);
  if (titleRow) plan.title = titleRow;
  if (match.ignored.length)
    plan.notes.push(note('info', rowWhere(header.number), `columns not imported: ${match.ignored.join(', ')}`, `以下列未导入：${match.ignored.join('、')}`));
  readRows(plan, rows.slice(match.row + 1), match);
  return plan;
}

interface Row {
  number: number;
  get(f: ImportField): Cell;
  has(f: ImportField): boolean;
}

function readRows(plan: ImportedPlan, rows: readonly SheetRow[], match: HeaderMatch): void {
  const data: Row[] = [];
  for (const r of rows) {
    const get = (f: ImportField): Cell => (match.columns[f] === undefined ? undefined : r.cells[match.columns[f]!]);
    const row: Row = { number: r.number, get, has: (f) => !isBlank(get(f)) };
    if (!Object.keys(match.columns).some((f) => row.has(f as ImportField))) continue; // a blank row
    if (cellText(row.get('name')) === match.headers.name) continue; // the header repeated (a printed sheet)
    data.push(row);
  }
  const wbsOf = (r: Row) => cellText(r.get('wbs'));
  const wbsAll = data.map(wbsOf).filter(Boolean);
  const isGroup = (r: Row) => {
    const w = wbsOf(r);
    if (w && wbsAll.some((o) => o.startsWith(w + '.'))) return true;
    return r.has('name') && !(['owner', 'start', 'end', 'duration', 'dependsOn', 'status', 'progress', 'milestone'] as const).some((f) => r.has(f));
  };
  const fractions = data.every((r) => {
    const p = progressNumber(r.get('progress'));
    return !p || p.percent || p.value <= 1;
  });
  const people = new Map<string, ImportedMember>();
  const taken = new Set<string>();
  const member = (name: string) => {
    let m = people.get(name);
    if (!m) people.set(name, (m = { id: personId(name, taken), name }));
    return m;
  };
  const pending: PendingLinks[] = [];
  const groups: { wbs: string; name: string }[] = [];
  let group: string | undefined;
  let groupShown = false;
  let dropped = 0;
  const ids = new Set<string>();
  for (const r of data) {
    const where = rowWhere(r.number);
    const name = cellText(r.get('name'));
    if (isGroup(r)) {
      dropped++;
      group = name;
      groupShown = false;
      if (wbsOf(r)) groups.push({ wbs: wbsOf(r), name });
      continue;
    }
    if (!name) {
      plan.notes.push(note('error', where, 'no task name: the row is left out', '缺少任务名称，该行未导入'));
      continue;
    }
    const task: ImportedTask = { id: '', name, dependsOn: [], source: { en: `row ${r.number}`, zh: `第 ${r.number} 行` }, comments: [] };
    task.id = taskId(cellText(r.get('id')), ids, plan.tasks.length + 1);
    const groupName = [...groups].reverse().find((g) => wbsOf(r).startsWith(g.wbs + '.'))?.name ?? group;
    const phaseText = cellText(r.get('phase')) || groupName || '';
    const phase = phaseOf(phaseText, plan.kind);
    if (phase) task.phase = phase;
    if (phaseText && (!phase || !groupShown)) {
      if (!phase || phaseText !== groupName) task.comments.push(`阶段：${phaseText}`);
      if (phaseText === groupName) groupShown = true;
    }
    readOwner(r, task, member);
    readDates(r, task, plan, where);
    readState(r, task, plan, where, fractions);
    const note_ = cellText(r.get('note'));
    if (note_) task.comments.push(`备注：${note_}`);
    pending.push({ task, row: r.number, wbs: wbsOf(r), idText: cellText(r.get('id')), refs: readPredecessors(r.get('dependsOn')) });
    plan.tasks.push(task);
  }
  if (dropped) plan.notes.push(note('info', WHOLE_FILE, `${dropped} group rows (a name only, or a WBS number with children) became phases or comments, not tasks`, `${dropped} 行为分组行（只有名称，或其下还有子任务），已作为阶段或注释，不作为任务导入`));
  if (!plan.tasks.length) plan.notes.push(note('error', WHOLE_FILE, 'no task rows under the header', '表头下没有任务行'));
  plan.team = [...people.values()];
  resolvePredecessors(plan, pending);
}

function taskId(text: string, ids: Set<string>, seq: number): string {
  let id = /^\d+$/.test(text) ? `T${Number(text)}` : ID.test(text) && text.length <= 40 ? text : '';
  if (!id || ids.has(id)) {
    id = `T${seq}`;
    for (let n = seq; ids.has(id); n++) id = `T${n}`;
  }
  ids.add(id);
  return id;
}

function readOwner(r: Row, task: ImportedTask, member: (name: string) => ImportedMember): void {
  const names = cellText(r.get('owner'))
    .split(/[、,，;；/／\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!names.length) return;
  task.owner = member(names[0]).id;
  if (names.length > 1) task.comments.push(`其他负责人：${names.slice(1).join('、')}`);
  for (const n of names.slice(1)) member(n);
}

function readDates(r: Row, task: ImportedTask, plan: ImportedPlan, where: ReturnType<typeof rowWhere>): void {
  for (const f of ['start', 'end'] as const) {
    if (!r.has(f)) continue;
    const d = readDate(r.get(f));
    const text = cellText(r.get(f));
    if (d === undefined) {
      plan.notes.push(note('error', where, `${FIELD_LABEL[f][0]} "${text}" is not a date (2027-03-01, 2027/3/1, 2027年3月1日 or an Excel date)`, `${FIELD_LABEL[f][1]}“${text}”不是可识别的日期（如 2027-03-01、2027/3/1、2027年3月1日或表格日期）`));
      continue;
    }
    if (f === 'start') task.sourceStart = d;
    else task.sourceEnd = d;
  }
  if (task.sourceStart && task.sourceEnd && task.sourceEnd < task.sourceStart) {
    plan.notes.push(note('error', where, `end ${task.sourceEnd} is before start ${task.sourceStart}`, `结束时间 ${task.sourceEnd} 早于开始时间 ${task.sourceStart}`));
    task.sourceEnd = undefined;
  }
  if (r.has('duration')) {
    const d = readDuration(r.get('duration'));
    if (d === undefined) plan.notes.push(note('error', where, `duration "${cellText(r.get('duration'))}" is not a number of working days (5, 5d, 5天, 1周)`, `工期“${cellText(r.get('duration'))}”不是工作日天数（如 5、5天、1周）`));
    else task.duration = d;
  }
  const ms = r.has('milestone') ? readYesNo(r.get('milestone')) : undefined;
  if (ms === true || task.duration === 0) {
    task.milestone = true;
    task.duration = 0;
  }
}

function readState(r: Row, task: ImportedTask, plan: ImportedPlan, where: ReturnType<typeof rowWhere>, fractions: boolean): void {
  if (r.has('progress')) {
    const p = readProgress(r.get('progress'), fractions);
    if (p === undefined) plan.notes.push(note('warning', where, `progress "${cellText(r.get('progress'))}" is not a percentage (50%, 0.5): left out`, `完成百分比“${cellText(r.get('progress'))}”无法识别（如 50%、0.5），未导入`));
    else task.progress = p;
  }
  if (r.has('status')) {
    const s = readStatus(r.get('status'));
    if (s === undefined) {
      plan.notes.push(note('warning', where, `status "${cellText(r.get('status'))}" is not one of 未开始/进行中/已完成/暂停/取消: kept as a comment`, `状态“${cellText(r.get('status'))}”无法识别（应为未开始、进行中、已完成、暂停、取消之一），已作为注释保留`));
      task.comments.push(`原状态：${cellText(r.get('status'))}`);
    } else task.status = s;
  }
  if (task.status === undefined && task.progress !== undefined) task.status = task.progress >= 100 ? 'done' : task.progress > 0 ? 'doing' : 'todo';
  if (task.status === 'done' && task.progress === undefined) task.progress = 100;
}
