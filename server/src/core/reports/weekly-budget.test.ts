/**
 * The weekly report's "工时与预算 / Hours against budget" (weekly-budget.ts): per task with
 * `effortDays`, the per-task hours of the weekly reports up to the report week, internal only.
 */
import * as assert from 'assert';
import { check, workspaceOf, yaml } from '../testing';
import { generateReport } from '.';
import { INTERNAL_WORDS } from '../../../../test/internal-words';

const plan = (tasks: string, reports: string) => yaml`
  kind: project
  id: bank-impl
  title: 某银行日志平台实施项目
  customer: 某银行
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: qian, name: 钱七, role: pm }
  tasks:
${tasks}
  weeklyReports:
${reports}
`;

const TASKS = [
  '    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 3d, effortDays: 3 }',
  '    - { id: A2, name: 报表开发, owner: zhao, start: 2027-01-07, duration: 8d, effortDays: 2 }',
  '    - { id: A3, name: 培训, owner: qian, start: 2027-01-18, duration: 1d }',
].join('\n');
const REPORTS = [
  '    - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: { A1: 16, A2: 8 }, qian: 10 } }',
  '    - { week: 2027-W02, sent: 2027-01-15, hours: { zhao: { A1: 4, A2: 16, A3: 2 } } }',
  // A later week is not counted in the report of W02.
  '    - { week: 2027-W03, sent: 2027-01-22, hours: { zhao: { A2: 40 } } }',
].join('\n');

function weekly(files: { tasks?: string; reports?: string } = {}, opts: { locale?: 'en' | 'zh-CN'; edition?: 'customer' | 'internal'; week?: string } = {}): string {
  const ws = workspaceOf({ 'bank.project.yaml': plan(files.tasks ?? TASKS, files.reports ?? REPORTS) }, { today: '2027-01-15', locale: opts.locale ?? 'en' });
  return generateReport(ws, 'file:///ws/bank.project.yaml', { kind: 'weekly', week: opts.week ?? '2027-W02', edition: opts.edition }).markdown;
}

/** The level-3 part under `heading`, up to the next heading. */
function sub(markdown: string, heading: string): string | undefined {
  const at = markdown.indexOf(`### ${heading}\n`);
  if (at < 0) return undefined;
  const rest = markdown.slice(at + heading.length + 5);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

const rows = (s: string) => s.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !/^\| (Task|任务) \|/.test(l));

describe('weekly report: hours against budget', () => {
  it('per budgeted task: budget, hours up to this week, person-days, used %, over-budget mark, totals (en)', () => {
    const s = sub(weekly(), 'Hours against budget');
    assert.ok(s, 'sub-section present');
    assert.deepStrictEqual(rows(s), [
      '| A1 环境部署 | 3 | 20 | 2.5 | 83% |   |',
      '| A2 报表开发 | 2 | 24 | 3 | 150% | **over budget** |',
      '| **Total** | **5** | **44** | **5.5** | **110%** | **1 over budget** |',
    ]);
    assert.match(s, /8 hours = 1 person-day/);
    assert.match(s, /Another 10 hours are recorded per person only/);
  });

  it('counts the weeks up to the report week only: W01 alone, and W03 with the later hours', () => {
    assert.deepStrictEqual(rows(sub(weekly({}, { week: '2027-W01' }), 'Hours against budget')!).slice(0, 2), ['| A1 环境部署 | 3 | 16 | 2 | 67% |   |', '| A2 报表开发 | 2 | 8 | 1 | 50% |   |']);
    assert.deepStrictEqual(rows(sub(weekly({}, { week: '2027-W03' }), 'Hours against budget')!)[1], '| A2 报表开发 | 2 | 64 | 8 | 400% | **over budget** |');
  });

  it('zh-CN: the same table in Chinese, without English words', () => {
    const s = sub(weekly({}, { locale: 'zh-CN' }), '工时与预算');
    assert.ok(s, 'sub-section present');
    assert.match(s, /\| 任务 \| 预算（人天） \| 已记录工时（小时） \| 折合人天 \| 已用比例 \| 说明 \|/);
    assert.deepStrictEqual(rows(s).slice(1), ['| A2 报表开发 | 2 | 24 | 3 | 150% | **超出预算** |', '| **合计** | **5** | **44** | **5.5** | **110%** | **1 项超出预算** |']);
    assert.match(s, /按 8 小时折合 1 人天/);
    assert.match(s, /另有 10 小时只按人员记录、未细分到任务，无法计入上表。/);
    const prose = s.split('\n').filter((l) => l && !l.startsWith('|')).join('\n');
    assert.doesNotMatch(prose, /[A-Za-z]/, prose);
  });

  it('no line about per-person hours when every hour is per task; a budget of 0 with hours is over budget', () => {
    const s = sub(weekly({ tasks: '    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 3d, effortDays: 0 }', reports: '    - { week: 2027-W01, hours: { zhao: { A1: 4 } } }' }), 'Hours against budget')!;
    assert.deepStrictEqual(rows(s)[0], '| A1 环境部署 | 0 | 4 | 0.5 |   | **over budget** |');
    assert.doesNotMatch(s, /per person only/);
  });

  it('does not appear when no task has effortDays, nor in the customer edition', () => {
    const without = TASKS.replace(/, effortDays: \d+/g, '');
    assert.strictEqual(sub(weekly({ tasks: without }), 'Hours against budget'), undefined);
    assert.strictEqual(sub(weekly({ tasks: without }, { locale: 'zh-CN' }), '工时与预算'), undefined);
    for (const locale of ['en', 'zh-CN'] as const) {
      const md = weekly({}, { locale, edition: 'customer' });
      assert.strictEqual(sub(md, locale === 'en' ? 'Hours against budget' : '工时与预算'), undefined);
      for (const w of INTERNAL_WORDS) assert.ok(!md.includes(w), `${locale}: ${w}`);
    }
  });

  it('effortDays is a number ≥ 0 (schema)', () => {
    const file = (v: string) => ({ 'bank.project.yaml': plan(`    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 3d, effortDays: ${v} }`, '    - { week: 2027-W01 }') });
    assert.deepStrictEqual(check(file('2.5'), 'schema').map((h) => h.text), []);
    assert.deepStrictEqual(check(file('-1'), 'schema').map((h) => h.text), ['-1']);
    assert.deepStrictEqual(check(file('多'), 'schema').map((h) => h.text), ['多']);
  });
});
