import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const plan = (calendar: string, start: string, tasks: string) => yaml`
  kind: project
  id: p
  title: 某银行实施
  start: ${start}
  calendar: ${calendar}
  tasks:
${tasks}
`;

describe('rule calendar-data-missing', () => {
  it('fires once, at the region, when the plan runs into a year without holiday data', () => {
    const hits = check({ 'p.project.yaml': plan('{ region: CN }', '2026-12-14', '    - { id: T1, name: 部署, duration: 20d }') }, 'calendar-data-missing', { locale: 'zh-CN' });
    assert.deepStrictEqual(brief(hits), ['5:CN']);
    assert.match(hits[0].message, /^计划跨入 2027 年，尚无该年的中国节假日数据（现有数据截至 2026 年），这些日期只按周末计算。/);
    assert.deepStrictEqual(hits[0].data, { region: 'CN', years: [2027] });
    const en = check({ 'p.project.yaml': plan('{ region: CN }', '2026-12-14', '    - { id: T1, name: 部署, duration: 20d }') }, 'calendar-data-missing');
    assert.match(en[0].message, /^The plan runs into 2027, for which POC Studio has no China holiday data yet \(it has data up to 2026\)/);
  });

  it('does not fire inside the covered years, without a region, or when the plan lists that year’s holidays itself', () => {
    assert.deepStrictEqual(check({ 'p.project.yaml': plan('{ region: CN }', '2026-09-01', '    - { id: T1, name: 部署, duration: 20d }') }, 'calendar-data-missing'), []);
    assert.deepStrictEqual(check({ 'p.project.yaml': plan('{ holidays: [] }', '2027-03-01', '    - { id: T1, name: 部署, duration: 5d }') }, 'calendar-data-missing'), []);
    assert.deepStrictEqual(
      check({ 'p.project.yaml': plan('{ region: CN, holidays: ["2027-02-06..2027-02-13"], workdays: [2027-02-14] }', '2027-01-04', '    - { id: T1, name: 部署, duration: 20d }') }, 'calendar-data-missing'),
      [],
    );
  });

  it('leaves tasks of a dependency cycle out and names every missing year', () => {
    const tasks = ['    - { id: A, name: 甲, dependsOn: [B], duration: 2d }', '    - { id: B, name: 乙, dependsOn: [A], duration: 2d }', '    - { id: C, name: 丙, start: 2028-03-01, duration: 1d }'].join('\n');
    const hits = check({ 'p.project.yaml': plan('{ region: CN }', '2026-06-01', tasks) }, 'calendar-data-missing');
    assert.deepStrictEqual(hits[0].data, { region: 'CN', years: [2028] });
  });
});

describe('calendar-data-missing through a shared calendar', () => {
  it("fires at the calendar.use item when the shared calendar's region has no data for a year of the plan", () => {
    const files = {
      'site.calendar.yaml': 'kind: calendar\nid: site\ntitle: 客户机房日历\nregion: CN\n',
      'p.project.yaml': 'kind: project\nid: p\ntitle: 实施\nstart: 2027-03-01\ncalendar:\n  use: [site]\ntasks:\n  - { id: T1, name: 部署, duration: 3d }\n',
    };
    const hits = check(files, 'calendar-data-missing');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}`), ['p.project.yaml:6']);
    const covered = { ...files, 'site.calendar.yaml': files['site.calendar.yaml'] + 'holidays: [2027-01-01]\n' };
    assert.deepStrictEqual(check(covered, 'calendar-data-missing'), [], "the calendar file's own 2027 days count as covered");
  });
});
