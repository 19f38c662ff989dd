/**
 * The Gantt's after-sales row (issue 18): the inspections the contract expects over the
 * maintenance period (lifecycle.ts expectedInspections), each a milestone on its expected date —
 * done when `inspections` records it done, missing when it is past and not recorded — so the plan
 * shows what the contract still asks for after go-live.
 *
 * Decisions:
 * - Shown only when asked (GanttOptions.inspections): a 12-month maintenance period stretches the
 *   chart far past the project's tasks.
 * - A bar is `fixed`: not a task, not draggable; clicking it reveals the inspections entry that
 *   answers it, else the contract's `inspectionEvery`.
 * - A recorded inspection is drawn on its recorded date (`date`, else `due`).
 */
import { formatDate, type Day } from '../dates';
import { inspectionStates } from '../lifecycle';
import type { PlanModel } from '../model';
import type { Locale, Localized } from '../types';
import type { GanttBar } from './gantt';

const L = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

export const INSPECTION_TEXT = {
  section: L('Inspections (maintenance)', '维保巡检'),
  name: (n: number) => L(`Inspection ${n}`, `第 ${n} 次巡检`),
  missing: L('expected by the contract, not recorded under inspections', '合同约定的巡检，尚未记录'),
};

export function inspectionBars(uri: string, plan: PlanModel, locale: Locale, today: Day, nextKey: () => string): GanttBar[] {
  const anchor = plan.contract?.inspectionEvery;
  if (!anchor) return [];
  return inspectionStates(plan).map(({ n, entry, day, done }) => {
    const name = INSPECTION_TEXT.name(n)[locale];
    const bar: GanttBar = {
      key: nextKey(),
      uri,
      span: entry?.span ?? anchor.span,
      taskIndex: -1,
      name,
      label: name,
      plan: plan.id?.value,
      section: '',
      start: formatDate(day),
      end: formatDate(day),
      duration: 0,
      milestone: true,
      status: done ? 'done' : 'todo',
      critical: false,
      inCycle: false,
      unknownDeps: [],
      problems: !done && !entry && day < today ? [INSPECTION_TEXT.missing[locale]] : [],
      fixed: true,
    };
    if (!done && day < today) bar.overdue = today - day;
    return bar;
  });
}
