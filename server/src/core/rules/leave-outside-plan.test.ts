import * as assert from 'assert';
import { check, yaml } from '../testing';

const plan = (leave: string) => yaml`
  kind: project
  id: impl
  title: 实施
  start: 2027-03-01
  end: 2027-03-31
  team:
    - { id: zhao, name: 赵六, role: engineer, leave: ${leave} }
  tasks:
    - { id: T1, name: 部署, owner: zhao, start: 2027-03-01, duration: 3d }
`;

describe('leave-outside-plan', () => {
  it('fires at a leave entry that lies wholly outside the plan, in both languages', () => {
    const hits = check({ 'p.project.yaml': plan('[2026-03-05, "2027-03-30..2027-04-02", "2027-05-01..2027-05-05"]') }, 'leave-outside-plan');
    assert.deepStrictEqual(hits.map((h) => `${h.line}:${h.column}`), ['7:51', '7:89']);
    assert.strictEqual(
      hits[0].message,
      'The leave 2026-03-05 of 赵六 lies outside this plan (2027-03-01 – 2027-03-31), so it changes nothing here; it still counts for their tasks in other plans. Check the year, or record it in the plan it concerns.',
    );
    const zh = check({ 'p.project.yaml': plan('[2026-03-05]') }, 'leave-outside-plan', { locale: 'zh-CN' });
    assert.strictEqual(zh[0].message, '赵六的请假日期 2026-03-05 不在本计划的起止范围（2027-03-01 至 2027-03-31）内，对本计划的任务没有影响，但仍会用于检查其在其他计划中的任务。请核对年份，或记在相关计划中。');
  });

  it('does not fire on leave within the plan, or on a plan without dates; a reversed range is a date-order error', () => {
    assert.deepStrictEqual(check({ 'p.project.yaml': plan('[2027-03-02, "2027-03-31..2027-04-03"]') }, 'leave-outside-plan'), []);
    const undated = 'kind: project\nid: x\ntitle: 无日期\nteam:\n  - { id: zhao, name: 赵六, leave: [2020-01-01] }\n';
    assert.deepStrictEqual(check({ 'p.project.yaml': undated }, 'leave-outside-plan'), []);
    const reversed = check({ 'p.project.yaml': plan('["2027-03-12..2027-03-10"]') }, 'date-order');
    assert.deepStrictEqual(reversed.map((h) => h.line), [7]);
    assert.match(reversed[0].message, /leave range 2027-03-12\.\.2027-03-10 ends before it begins/);
  });

  it('a reversed range in a shared calendar file is a date-order error there', () => {
    const hits = check({ 'site.calendar.yaml': 'kind: calendar\nid: site\nholidays: ["2027-02-10..2027-02-08"]\n' }, 'date-order');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}`), ['site.calendar.yaml:3']);
  });
});
