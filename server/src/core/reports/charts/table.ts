/**
 * A chart's data as a table: what a renderer writes where it has no picture of the chart (no
 * PNG renderer, a plain-text mail part). Plain text cells, localized headers.
 *
 * Decisions:
 * - Pie and bars list every slice/bar with a finite value (0 included: a table can show it);
 *   a pie adds each share of the total of the drawn (positive) slices.
 * - A Gantt row: section, task, start, end (a milestone: its date twice), status; an overdue row
 *   says so in its status, a baseline adds its end. The rows are those the picture draws (the
 *   window's), with their own dates (not cut to the window).
 */
import type { Locale } from '../../types';
import { formatDate } from '../../dates';
import type { Chart } from '../doc';
import { drawable, num, oneLine, percent } from './common';
import { inWindow } from './gantt';

export interface ChartTable {
  header: string[];
  rows: string[][];
}

const H = {
  pie: { en: ['Item', 'Value', 'Share'], 'zh-CN': ['类别', '数值', '占比'] },
  bars: { en: ['Item', 'Value'], 'zh-CN': ['名称', '数值'] },
  gantt: { en: ['Section', 'Task', 'Start', 'End', 'Status', 'Baseline end'], 'zh-CN': ['分组', '任务', '开始', '结束', '状态', '基线结束'] },
};

const STATUS = {
  done: { en: 'done', 'zh-CN': '已完成' },
  active: { en: 'in progress', 'zh-CN': '进行中' },
  todo: { en: 'not started', 'zh-CN': '未开始' },
  overdue: { en: ', overdue', 'zh-CN': '，已逾期' },
  milestone: { en: 'milestone, ', 'zh-CN': '里程碑，' },
};

export function chartTable(chart: Chart, locale: Locale): ChartTable {
  switch (chart.kind) {
    case 'pie': {
      const slices = chart.slices.filter((s) => Number.isFinite(s.value));
      const total = slices.filter((s) => drawable(s.value)).reduce((k, s) => k + s.value, 0);
      return { header: H.pie[locale], rows: slices.map((s) => [oneLine(s.label), num(s.value), percent(Math.max(0, s.value), total)]) };
    }
    case 'bars': {
      const header = [...H.bars[locale]];
      const unit = oneLine(chart.unit);
      if (unit) header[1] = locale === 'en' ? `Value (${unit})` : `数值（${unit}）`;
      return { header, rows: chart.bars.filter((b) => Number.isFinite(b.value)).map((b) => [oneLine(b.label), num(b.value)]) };
    }
    case 'gantt': {
      const rows: string[][] = [];
      const from = Math.min(chart.from, chart.to);
      const to = Math.max(chart.from, chart.to);
      for (const s of chart.sections) {
        for (const r of s.rows.filter((x) => inWindow(x, from, to, chart.today))) {
          const st = r.done ? 'done' : r.active ? 'active' : 'todo';
          const status = (r.milestone ? STATUS.milestone[locale] : '') + STATUS[st][locale] + (r.overdue && !r.done ? STATUS.overdue[locale] : '');
          const row = [oneLine(s.title), oneLine(r.label), formatDate(Math.min(r.start, r.end)), formatDate(Math.max(r.start, r.end)), status];
          row.push(r.baselineEnd !== undefined ? formatDate(r.baselineEnd) : '');
          rows.push(row);
        }
      }
      const withBaseline = rows.some((r) => r[5] !== '');
      return { header: H.gantt[locale].slice(0, withBaseline ? 6 : 5), rows: withBaseline ? rows : rows.map((r) => r.slice(0, 5)) };
    }
  }
}
