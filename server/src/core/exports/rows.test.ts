/** The rows of an export (dates, names, labels, slip, hours, the person filter), its file names and text. */
import * as assert from 'assert';
import { formatDate } from '../dates';
import { workspaceOf, yaml } from '../testing';
import { BASELINE, OTHER, PLAN, STAKEHOLDERS } from './exports-testing';
import { exportData, planUris } from './rows';
import { exportFileName, hoursCells, hoursHeader, taskCells, taskHeader } from './columns';
import { exportText } from './text';
import { isPlainFileName } from '../file-names';
import type { ExportData } from './rows';

const files = { 'demo.project.yaml': PLAN, 'demo.kickoff.baseline.yaml': BASELINE, 'bank.stakeholders.yaml': STAKEHOLDERS };

describe('exports: the rows of a plan', () => {
  it('reads computed dates, owner names, labels, progress and the baseline slip of every task', () => {
    const ws = workspaceOf(files, { today: '2027-03-02', locale: 'zh-CN' });
    const data = exportData(ws, planUris(ws));
    assert.deepStrictEqual(data.plans, [{ uri: 'file:///ws/demo.project.yaml', id: 'demo', title: '演示项目' }]);
    const rows = data.tasks.map((t) => [t.id, t.name, t.phase, t.ownerName, t.start === undefined ? null : formatDate(t.start), t.end === undefined ? null : formatDate(t.end), t.duration, t.status, t.progress, t.slipDays]);
    assert.deepStrictEqual(rows, [
      ['A', '部署', '项目实施', '赵六', '2027-03-01', '2027-03-03', 3, '已完成', 100, 0],
      ['B', '联调', '项目实施', '钱八', '2027-03-04', '2027-03-05', 2, '进行中', 40, 1],
      ['C', '汇报', '', '刘总', '2027-03-08', '2027-03-08', 1, '未开始', 0, null],
      ['M', '上线', '项目离场', '赵六', '2027-03-09', '2027-03-09', 0, '未开始', 0, null],
      // A dependency cycle: no dates, and no slip, as in the schedule table.
      ['X', '环一', '', 'nobody', null, null, 1, '已取消', 0, null],
      ['Y', '环二', '', '赵六', null, null, 1, '未开始', 0, null],
    ]);
    assert.strictEqual(data.tasks[3].milestone, true);
    assert.strictEqual(formatDate(data.tasks[1].baselineEnd!), '2027-03-04');
    assert.strictEqual(formatDate(data.today), '2027-03-02');
    assert.deepStrictEqual(
      data.people.map((p) => [p.id, p.name, p.tasks]),
      [
        ['zhao', '赵六', 3],
        ['qian', '钱八', 1],
        ['cio-liu', '刘总', 1],
        ['nobody', 'nobody', 1],
      ],
    );
  });

  it('gives headers and labels in English too, and the cells in column order', () => {
    const ws = workspaceOf(files, { today: '2027-03-02', locale: 'en' });
    const data = exportData(ws, planUris(ws));
    assert.deepStrictEqual(taskHeader('en'), ['Plan', 'ID', 'Name', 'Phase', 'Owner', 'Start', 'End', 'Duration (working days)', 'Status', 'Progress (%)', 'Baseline end', 'Slip (working days)']);
    assert.deepStrictEqual(taskHeader('zh-CN'), ['计划', '编号', '任务名称', '阶段', '负责人', '开始日期', '结束日期', '工期（工作日）', '状态', '进度（%）', '原计划完成', '比原计划晚（工作日）']);
    const day = (s: string) => ({ date: Math.round(Date.parse(s) / 86_400_000) });
    assert.deepStrictEqual(taskCells(data.tasks[1]), ['demo', 'B', '联调', 'implementation', '钱八', day('2027-03-04'), day('2027-03-05'), 2, 'in progress', 40, day('2027-03-04'), 1]);
    assert.deepStrictEqual(taskCells(data.tasks[4]).slice(5, 8), [null, null, 1]);
    // A locale asked for wins over the workspace's.
    assert.strictEqual(exportData(ws, planUris(ws), { locale: 'zh-CN' }).tasks[0].status, '已完成');
  });

  it('sums hours by person and ISO week over the plans: first entry of a week, valid weeks only', () => {
    const ws = workspaceOf({ ...files, 'other.poc.yaml': OTHER }, { today: '2027-03-02', locale: 'zh-CN' });
    const data = exportData(ws, planUris(ws));
    assert.deepStrictEqual(data.plans.map((p) => p.id), ['demo', 'other']);
    assert.deepStrictEqual(data.hours.weeks, ['2027-W09', '2027-W10', '2027-W11']);
    assert.deepStrictEqual(
      data.hours.rows.map((r) => [r.person, r.name, r.hours, r.total]),
      [
        ['zhao', '赵六', [24, 22.5, 4], 50.5],
        ['qian', '钱八', [8, null, null], 8],
      ],
    );
    assert.deepStrictEqual(hoursHeader('zh-CN', data.hours.weeks), ['人员', '编号', '2027-W09', '2027-W10', '2027-W11', '合计']);
    assert.deepStrictEqual(hoursCells(data).at(-1), ['合计', null, 32, 22.5, 4, 58.5]);
    assert.strictEqual(exportFileName(data, 'xlsx', 'ws'), 'ws-任务.xlsx');
  });

  it('sums per-task hours per person, beside per-person hours', () => {
    const plan = yaml`
      kind: project
      id: mixed
      team: [{ id: zhao, name: 赵六 }, { id: sun, name: 孙七 }]
      weeklyReports:
        - { week: 2027-W09, hours: { zhao: { P4: 16, P5: 8.5 }, sun: 4 } }
        - { week: 2027-W10, hours: { zhao: 10, sun: { P1: 2, P2: 1 } } }
    `;
    const ws = workspaceOf({ 'mixed.project.yaml': plan }, { today: '2027-03-02' });
    const data = exportData(ws, planUris(ws));
    assert.deepStrictEqual(data.hours.rows.map((r) => [r.person, r.hours, r.total]), [['zhao', [24.5, 10], 34.5], ['sun', [4, 3], 7]]);
  });

  it('keeps one person\'s tasks and hours with `person`, and names the file after them', () => {
    const ws = workspaceOf(files, { today: '2027-03-02', locale: 'en' });
    const data = exportData(ws, planUris(ws), { person: 'zhao' });
    assert.deepStrictEqual(data.tasks.map((t) => t.id), ['A', 'M', 'Y']);
    assert.deepStrictEqual(data.hours.rows.map((r) => r.person), ['zhao']);
    assert.strictEqual(data.people.length, 4, 'people are listed before the filter');
    assert.strictEqual(exportFileName(data, 'ics'), 'demo-zhao-calendar.ics');
    assert.strictEqual(exportFileName(exportData(ws, planUris(ws)), 'csv', 'ignored for one plan'), 'demo-tasks.csv');
  });

  it('still exports a plan full of errors (unknown keys, wrong types, no ids)', () => {
    const broken = yaml`
      kind: project
      title: 12
      tasks:
        - { name: 无编号, duration: abc, owner: [x], status: maybe, progress: "half" }
        - { id: Q, name: 有日期, start: 2027-03-01, duration: 2d, bogus: 1 }
      weeklyReports:
        - { week: W9, hours: { a: 1 } }
        - { week: 2027-W09, hours: { a: "x", b: 3 } }
    `;
    const ws = workspaceOf({ 'broken.project.yaml': broken }, { today: '2027-03-02' });
    const data = exportData(ws, planUris(ws));
    assert.deepStrictEqual(data.plans.map((p) => [p.id, p.title]), [['broken', 'broken']]);
    assert.deepStrictEqual(data.tasks.map((t) => [t.id, t.name, t.status, t.progress]), [
      [null, '无编号', 'maybe', 0],
      ['Q', '有日期', 'to do', 0],
    ]);
    assert.strictEqual(formatDate(data.tasks[1].start!), '2027-03-01');
    assert.deepStrictEqual(data.hours.rows.map((r) => [r.person, r.hours]), [['b', [3]]]);
  });
});

describe('exports: file names', () => {
  it('makes one plain file name of any plan id, folder name or person', () => {
    const hostile = ['../../etc/passwd', 'CON', 'a/b\\c', '..', 'x\u0000y', '中文 项目', ' ', 'NUL.txt', 'a:b*c?"<>|', ''];
    for (const id of hostile) {
      for (const person of [undefined, id]) {
        const data = { locale: 'zh-CN', plans: [{ uri: 'file:///p', id, title: id }], person } as unknown as ExportData;
        for (const format of ['xlsx', 'csv', 'ics'] as const) {
          const name = exportFileName(data, format);
          assert.ok(isPlainFileName(name) && name.endsWith(`.${format}`), `${JSON.stringify(id)} → ${JSON.stringify(name)}`);
          const several = exportFileName({ ...data, plans: [...data.plans, ...data.plans] }, format, id);
          assert.ok(isPlainFileName(several), `${JSON.stringify(id)} → ${JSON.stringify(several)}`);
        }
      }
    }
  });
});

describe('exports: text', () => {
  it('removes control characters except tab and line breaks (LF), and lone surrogates become U+FFFD', () => {
    assert.strictEqual(exportText('tab\there\u0007bell\u001b[31mansi'), 'tab\therebell[31mansi');
    assert.strictEqual(exportText('a\r\nb\nc\u0085d\u009be\u007f\rf'), 'a\nb\ncde\nf');
    assert.strictEqual(exportText('x\ud800y\udc00z 😀'), 'x\ufffdy\ufffdz 😀');
    assert.strictEqual(exportText('<script>alert(1)</script> ‮evil'), '<script>alert(1)</script> ‮evil');
    assert.strictEqual(exportText(undefined), '');
    assert.strictEqual(exportText(3), '3');
  });
});
