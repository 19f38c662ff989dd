/**
 * Predecessors of imported rows → `dependsOn`, and the cycles among them.
 *
 * Decisions:
 * - A reference is tried as, in this order: a value of the id column (序号), a WBS number, the
 *   sheet's row number, a task id (T3), a task name (exact, then ignoring spaces). The first kind
 *   that names a task wins.
 * - Only finish-to-start links without lag are dependencies of a plan. Other types and lags are
 *   kept as a comment on the task and reported, so nothing the source said is lost.
 * - A reference that names no task, or the task itself, is an error naming the row; a cycle is an
 *   error naming every row in it (the plan would not schedule).
 */
import { note, rowWhere, WHOLE_FILE, type ImportedPlan, type ImportedTask } from './types';
import type { PredecessorRef } from './values';

export interface PendingLinks {
  task: ImportedTask;
  row: number;
  wbs: string;
  idText: string;
  refs: PredecessorRef[];
}

const LINK_ZH: Record<PredecessorRef['type'], string> = { FS: '完成-开始', SS: '开始-开始', FF: '完成-完成', SF: '开始-完成' };

export function resolvePredecessors(plan: ImportedPlan, pending: readonly PendingLinks[]): void {
  const byIdText = new Map<string, ImportedTask>();
  const byWbs = new Map<string, ImportedTask>();
  const byRow = new Map<string, ImportedTask>();
  const byId = new Map<string, ImportedTask>();
  const byName = new Map<string, ImportedTask[]>();
  for (const p of pending) {
    if (p.idText && !byIdText.has(p.idText)) byIdText.set(p.idText, p.task);
    if (p.wbs && !byWbs.has(p.wbs)) byWbs.set(p.wbs, p.task);
    byRow.set(String(p.row), p.task);
    byId.set(p.task.id, p.task);
    const key = p.task.name.replace(/\s+/g, '');
    byName.set(key, [...(byName.get(key) ?? []), p.task]);
  }
  const rowOf = new Map(pending.map((p) => [p.task, p.row]));
  const byNumber = numbersMean(plan, pending, byIdText, byWbs, byRow);
  const find = (ref: string): ImportedTask | undefined => {
    const n = /^\d+(\.0+)?$/.test(ref) ? String(Number(ref)) : ref;
    const byNameHit = byName.get(ref.replace(/\s+/g, ''));
    return byIdText.get(ref) ?? byIdText.get(n) ?? byWbs.get(ref) ?? byNumber.get(n) ?? byId.get(ref) ?? (byNameHit?.length === 1 ? byNameHit[0] : undefined);
  };
  for (const p of pending) {
    const where = rowWhere(p.row);
    for (const ref of p.refs) {
      const dep = find(ref.ref);
      if (!dep) {
        const several = (byName.get(ref.ref.replace(/\s+/g, '')) ?? []).length > 1;
        plan.notes.push(
          several
            ? note('error', where, `predecessor "${ref.text}" names several tasks: write its row or WBS number`, `前置任务“${ref.text}”对应多个同名任务，请改用行号或大纲编号`)
            : note('error', where, `predecessor "${ref.text}" names no task (by id, WBS number, row number or name)`, `前置任务“${ref.text}”找不到对应的任务（按序号、大纲编号、行号或名称均未找到）`),
        );
        continue;
      }
      if (dep === p.task) {
        plan.notes.push(note('error', where, `predecessor "${ref.text}" is the task itself`, `前置任务“${ref.text}”是该任务本身`));
        continue;
      }
      if (ref.type === 'FS' && ref.lag === 0) {
        if (!p.task.dependsOn.includes(dep.id)) p.task.dependsOn.push(dep.id);
        continue;
      }
      const lag = ref.lag ? `，延隔 ${ref.lag} 个工作日` : '';
      p.task.comments.push(`原计划：${LINK_ZH[ref.type]} ${dep.id}${lag}`);
      plan.notes.push(
        note('warning', where, `link "${ref.text}" (${ref.type}${ref.lag ? `, lag ${ref.lag}` : ''} to row ${rowOf.get(dep)}) is not finish-to-start without lag: kept as a comment, the task keeps its start date`, `前置关系“${ref.text}”（${LINK_ZH[ref.type]}${lag}，第 ${rowOf.get(dep)} 行）不是无延隔的完成-开始关系：已作为注释保留，该任务按原开始时间安排`),
      );
    }
  }
  markCycles(plan, rowOf);
}

/**
 * What a bare number means when the sheet has no id column: the sheet's row number, or the task's
 * place in the list (1 = the first task, as MS Project's ID). The one under which more predecessors
 * end before their task starts (else: come before it in the list) wins; a tie is the row number.
 */
function numbersMean(plan: ImportedPlan, pending: readonly PendingLinks[], byIdText: Map<string, ImportedTask>, byWbs: Map<string, ImportedTask>, byRow: Map<string, ImportedTask>): Map<string, ImportedTask> {
  if (byIdText.size) return byRow;
  const byPlace = new Map(pending.map((p, i) => [String(i + 1), p.task]));
  const place = new Map(pending.map((p, i) => [p.task, i]));
  let rows = 0;
  let places = 0;
  let numbers = 0;
  const fits = (dep: ImportedTask | undefined, t: ImportedTask) => {
    if (!dep || dep === t) return 0;
    if (dep.sourceEnd && t.sourceStart) return dep.sourceEnd <= t.sourceStart ? 1 : 0;
    return place.get(dep)! < place.get(t)! ? 1 : 0;
  };
  for (const p of pending)
    for (const r of p.refs) {
      if (!/^\d+$/.test(r.ref) || byWbs.has(r.ref)) continue;
      numbers++;
      const n = String(Number(r.ref));
      rows += fits(byRow.get(n), p.task);
      places += fits(byPlace.get(n), p.task);
    }
  if (!numbers || rows >= places) {
    if (numbers && places === rows && pending.length && pending[0].row !== 1)
      plan.notes.push(note('info', WHOLE_FILE, 'numbers in the predecessor column are read as row numbers of the sheet', '前置任务中的数字按表格行号理解'));
    return byRow;
  }
  plan.notes.push(note('info', WHOLE_FILE, 'numbers in the predecessor column are read as task numbers (1 = the first task), not row numbers: their dates fit that way', '前置任务中的数字按任务顺序号理解（1 表示第一个任务），不是表格行号：这样与各任务日期相符'));
  return byPlace;
}

function markCycles(plan: ImportedPlan, rowOf: Map<ImportedTask, number>): void {
  const byId = new Map(plan.tasks.map((t) => [t.id, t]));
  const state = new Map<ImportedTask, 1 | 2>();
  const stack: ImportedTask[] = [];
  const reported = new Set<ImportedTask>();
  const visit = (t: ImportedTask) => {
    state.set(t, 1);
    stack.push(t);
    for (const id of t.dependsOn) {
      const d = byId.get(id);
      if (!d) continue;
      if (state.get(d) === 1) {
        const cycle = stack.slice(stack.indexOf(d));
        if (cycle.some((c) => reported.has(c))) continue;
        cycle.forEach((c) => reported.add(c));
        const rows = cycle.map((c) => rowOf.get(c)).filter((n) => n !== undefined);
        plan.notes.push(note('error', rowWhere(rows[0] ?? 0), `predecessors form a cycle: rows ${rows.join(' → ')} → ${rows[0]}`, `前置任务形成循环：第 ${rows.join(' → ')} → ${rows[0]} 行`));
      } else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(t, 2);
  };
  for (const t of plan.tasks) if (!state.has(t)) visit(t);
}
