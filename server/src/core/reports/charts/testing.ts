/**
 * Sample report charts for tests (charts, PNG, e-mail): a status pie with a zero slice, hours by
 * person, and a two-week Gantt excerpt with a done task, a critical one in progress with its
 * baseline, an overdue one ending before the window, a milestone, and a row outside the window.
 */
import { parseDate, type Day } from '../../dates';
import type { Chart, GanttChartRow } from '../doc';

export const day = (s: string): Day => parseDate(s)!;

export const SAMPLE_PIE: Extract<Chart, { kind: 'pie' }> = {
  kind: 'pie',
  title: '任务状态分布',
  slices: [
    { label: '已完成', value: 5 },
    { label: '进行中', value: 3 },
    { label: '未开始', value: 0 },
    { label: '受阻', value: 1 },
  ],
};

export const SAMPLE_BARS: Extract<Chart, { kind: 'bars' }> = {
  kind: 'bars',
  title: '本周工时（按人员）',
  unit: '小时',
  bars: [
    { label: '张三', value: 32 },
    { label: '李四（实施工程师）', value: 18.5 },
    { label: '王五', value: 0 },
  ],
};

const row = (key: string, label: string, start: string, end: string, extra: Partial<GanttChartRow> = {}): GanttChartRow => ({
  key,
  label,
  start: day(start),
  end: day(end),
  milestone: false,
  done: false,
  active: false,
  critical: false,
  overdue: false,
  ...extra,
});

export const SAMPLE_GANTT: Extract<Chart, { kind: 'gantt' }> = {
  kind: 'gantt',
  title: '2027-W04 与 2027-W05 任务',
  from: day('2027-01-25'),
  to: day('2027-02-07'),
  today: day('2027-01-27'),
  sections: [
    {
      title: '实施阶段',
      rows: [
        row('P1', 'P1 环境部署', '2027-01-18', '2027-01-26', { done: true, progress: 100, baselineStart: day('2027-01-18'), baselineEnd: day('2027-01-22') }),
        row('P2', 'P2 日志接入（赵六）', '2027-01-26', '2027-02-03', { active: true, critical: true, progress: 40, baselineStart: day('2027-01-25'), baselineEnd: day('2027-01-29') }),
        row('P3', 'P3 告警规则配置', '2027-01-20', '2027-01-22', { overdue: true }),
      ],
    },
    {
      title: '上线阶段',
      rows: [row('P4', 'P4 正式上线', '2027-02-05', '2027-02-05', { milestone: true, critical: true }), row('P5', 'P5 项目验收', '2027-02-15', '2027-02-19')],
    },
  ],
};
