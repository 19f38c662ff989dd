import * as assert from 'assert';
import { parseDate } from '../dates';
import { workspaceOf, yaml } from '../testing';
import { teamLoad } from './load';
import { loadHtml } from './load-export';

const PROJECT = yaml`
  kind: project
  id: bank-impl
  title: 某银行实施
  start: 2027-01-04
  contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: P1, name: 部署, owner: zhao, duration: 5d }
  inspections:
    - { due: 2027-06-30, done: true, date: 2027-06-25 }
`;

describe('team load: the inspections the contracts expect', () => {
  const w = workspaceOf({ 'bank.project.yaml': PROJECT }, { today: '2027-04-10' });
  const load = (from: string, weeks: number, locale: 'zh-CN' | 'en' = 'zh-CN') => teamLoad(w.index(), { from: parseDate(from)!, weeks, locale, today: w.today });

  it('each in the week of its recorded or expected date, with its state', () => {
    const l = load('2027-03-22', 16);
    assert.deepStrictEqual(
      l.inspections.map((i) => [i.n, i.date, l.weeks[i.week].label, i.state, i.text]),
      [
        [1, '2027-03-28', '2027-W12', 'missing', '某银行实施 第 1 次巡检，2027-03-28（未记录）'],
        [2, '2027-06-25', '2027-W25', 'done', '某银行实施 第 2 次巡检，2027-06-25（已完成）'],
      ],
    );
    assert.strictEqual(load('2027-03-22', 16, 'en').inspections[0].text, '某银行实施: inspection 1, 2027-03-28 (not recorded)');
  });

  it('none outside the window; the HTML page has them as its last row', () => {
    assert.deepStrictEqual(load('2027-01-04', 4).inspections, []);
    assert.doesNotMatch(loadHtml(load('2027-01-04', 4), 'zh-CN'), /tfoot/);
    const html = loadHtml(load('2027-03-22', 2), 'zh-CN');
    assert.match(html, /<tfoot><tr><th class="person">维保巡检<\/th><td><ul><li class="inspection-missing">某银行实施 第 1 次巡检，2027-03-28（未记录）<\/li><\/ul><\/td><td><\/td><\/tr><\/tfoot>/);
  });
});
