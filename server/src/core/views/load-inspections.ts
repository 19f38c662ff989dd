/**
 * The team load's after-sales row (issue 18): the inspections the contracts of the portfolio's
 * projects expect in the weeks shown (lifecycle.ts expectedInspections), so whoever plans the
 * team's weeks sees the site visits the maintenance periods ask for.
 *
 * Decisions:
 * - An inspection belongs to the week of its recorded date (`date`, else `due`), else of its
 *   expected date; `done` when recorded done, `missing` when past and not recorded, else `due`.
 * - Inspections have no owner (the contract asks for a visit, not for a person): they are a row of
 *   their own, not anyone's load.
 */
import { formatDate, weekday, type Day } from '../dates';
import { inspectionStates } from '../lifecycle';
import type { PlanModel } from '../model';
import type { Locale, Localized } from '../types';
import type { WorkspaceIndex } from '../workspace-index';

export interface LoadInspection {
  /** The plan's id (else its file name), its title, its file. */
  plan: string;
  title: string;
  uri: string;
  /** 1-based: the contract's n-th inspection. */
  n: number;
  date: string;
  /** 0-based week of the window. */
  week: number;
  state: 'done' | 'due' | 'missing';
  /** What the cell says, in the user's language: 某银行实施 第 2 次巡检（已完成）. */
  text: string;
}

export const INSPECTION_ROW: Localized = { en: 'Inspections', 'zh-CN': '维保巡检' };

const STATE: Record<LoadInspection['state'], Localized> = {
  done: { en: 'done', 'zh-CN': '已完成' },
  due: { en: 'due', 'zh-CN': '待巡检' },
  missing: { en: 'not recorded', 'zh-CN': '未记录' },
};

function textOf(title: string, n: number, date: string, state: LoadInspection['state'], locale: Locale): string {
  return locale === 'en' ? `${title}: inspection ${n}, ${date} (${STATE[state].en})` : `${title} 第 ${n} 次巡检，${date}（${STATE[state]['zh-CN']}）`;
}

export function loadInspections(indexes: readonly WorkspaceIndex[], from: Day, weeks: number, today: Day, locale: Locale): LoadInspection[] {
  const start = from - ((weekday(from) + 6) % 7); // the window's Monday
  const end = start + weeks * 7 - 1;
  const out: LoadInspection[] = [];
  const seen = new Set<string>();
  for (const index of indexes)
    for (const file of index.planFiles) {
      if (seen.has(file.uri) || file.model.kind !== 'project') continue;
      seen.add(file.uri);
      const plan = file.model as PlanModel;
      const title = plan.title?.value?.trim() || plan.id?.value || file.name;
      for (const { n, entry, day, done } of inspectionStates(plan)) {
        if (day < start || day > end) continue;
        const state: LoadInspection['state'] = done ? 'done' : !entry && day < today ? 'missing' : 'due';
        const date = formatDate(day);
        out.push({ plan: plan.id?.value ?? file.name, title, uri: file.uri, n, date, week: Math.floor((day - start) / 7), state, text: textOf(title, n, date, state, locale) });
      }
    }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.plan.localeCompare(b.plan));
}
