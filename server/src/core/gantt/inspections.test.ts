import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { ganttChart } from './gantt';
import { ganttDragEdit } from './drag-edit';

const PROJECT = yaml`
  kind: project
  id: bank-impl
  title: 某银行实施
  start: 2027-01-04
  end: 2027-01-29
  contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: P1, name: 部署, phase: implementation, owner: zhao, duration: 5d }
  inspections:
    - { due: 2027-06-30, done: true, date: 2027-06-25 }
`;

const chartOf = (today: string, inspections: boolean, extra: Record<string, unknown> = {}) => {
  const w = workspaceOf({ 'bank.project.yaml': PROJECT }, { today });
  return { w, chart: ganttChart(w, w.get('file:///ws/bank.project.yaml'), { scope: 'file', locale: 'zh-CN', inspections, ...extra }) };
};

describe('gantt: the inspections the contract expects', () => {
  it('off by default: only the tasks', () => {
    const { chart } = chartOf('2027-01-05', false);
    assert.deepStrictEqual(chart.sections.map((s) => s.name), ['项目实施']);
    assert.strictEqual(chart.end, '2027-01-08');
  });

  it('one milestone per expected inspection: done on its recorded date, missing when past and not recorded', () => {
    const { chart } = chartOf('2027-07-15', true);
    const s = chart.sections.find((x) => x.name === '维保巡检')!;
    assert.deepStrictEqual(
      s.bars.map((b) => [b.name, b.start, b.status, b.milestone, b.fixed, b.problems.length > 0, b.overdue ?? 0]),
      [
        ['第 1 次巡检', '2027-03-28', 'todo', true, true, true, 109],
        ['第 2 次巡检', '2027-06-25', 'done', true, true, false, 0],
        ['第 3 次巡检', '2027-09-28', 'todo', true, true, false, 0],
      ],
    );
    // The maintenance period is 2026-12-28..2027-12-27: the fourth quarter's inspection falls after it.
    assert.strictEqual(chart.end, '2027-09-28', 'the chart runs to the last inspection');
    assert.strictEqual(chart.total, 1, 'inspections are not counted as tasks');
    assert.strictEqual(chart.inspections, true);
  });

  it('not with an owner filter or the critical path; not draggable', () => {
    assert.ok(!chartOf('2027-01-05', true, { owner: 'zhao' }).chart.sections.some((s) => s.name === '维保巡检'));
    assert.ok(!chartOf('2027-01-05', true, { criticalOnly: true }).chart.sections.some((s) => s.name === '维保巡检'));
    const { w, chart } = chartOf('2027-01-05', true);
    const bar = chart.sections.find((x) => x.name === '维保巡检')!.bars[0];
    const file = w.get('file:///ws/bank.project.yaml')!;
    assert.deepStrictEqual(ganttDragEdit(file, { kind: 'move', index: bar.taskIndex, days: 1 }), { refused: 'unknown-task', message: { en: 'That task is no longer in the plan.', 'zh-CN': '该任务已不在计划中。' } });
  });
});
