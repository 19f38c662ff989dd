import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'weekly-report-missing';

const project = (extra: string, head = 'start: 2027-01-04\nend: 2027-03-31\n') =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    customer: 某银行
  ` + head + extra;

describe('rule weekly-report-missing', () => {
  it('fires for each ended week without a report, at the weeklyReports key', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      weeklyReports:
        - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: 40 } }
        - { week: 2027-W03, sent: 2027-01-22, hours: { zhao: 38 } }
    `) }, RULE, { today: '2027-01-27' });
    assert.deepStrictEqual(brief(hits), ['7:weeklyReports']);
    assert.deepStrictEqual(hits[0].data, { week: '2027-W02' });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /2027-W02 \(2027-01-11 – 2027-01-17\) of project 某银行日志平台实施项目/);
  });

  it('counts W01–W03 as ended on 2027-01-27 but not W04', () => {
    const hits = check({ 'a.project.yaml': project('weeklyReports: []\n') }, RULE, { today: '2027-01-27' });
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W01', '2027-W02', '2027-W03']);
  });

  it('does not ask for the current week, even on its Sunday', () => {
    const reports = yaml`
      weeklyReports:
        - { week: 2027-W01, sent: 2027-01-08 }
        - { week: 2027-W02, sent: 2027-01-15 }
        - { week: 2027-W03, sent: 2027-01-22 }
    `;
    assert.deepStrictEqual(check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-01-27' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-01-31' }), []);
    const monday = check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-02-01' });
    assert.deepStrictEqual(monday.map((h) => h.data?.week), ['2027-W04']);
  });

  it('reports at the project id when there is no weeklyReports section', () => {
    const hits = check({ 'a.project.yaml': project('') }, RULE, { today: '2027-01-18' });
    assert.deepStrictEqual(brief(hits), ['2:bank-log-impl', '2:bank-log-impl']);
  });

  it('needs no report for a week inside a halt, but does for a partly halted week', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - { from: 2027-01-11, to: 2027-01-15, reason: 客户机房搬迁, resumePlan: 2027-01-18 恢复实施 }
        - { from: 2027-01-20, to: 2027-01-29, reason: 客户等保检查, resumePlan: 2027-02-01 恢复实施 }
      weeklyReports: []
    `) }, RULE, { today: '2027-02-08' });
    // W02 halted Monday–Friday; W03 halted only from Wednesday; W04 halted Monday–Friday.
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W01', '2027-W03', '2027-W05']);
  });

  it('treats a halt without an end as still going on', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - { from: 2027-01-11, reason: 客户方原因叫停 }
      weeklyReports:
        - { week: 2027-W01, sent: 2027-01-08 }
    `) }, RULE, { today: '2027-02-08' });
    assert.deepStrictEqual(hits, []);
  });

  it('stops at the week of the project end and starts at the first working day', () => {
    const hits = check({ 'a.project.yaml': project('weeklyReports: []\n', 'start: 2027-01-09\nend: 2027-01-25\n') }, RULE, {
      today: '2027-03-01',
    });
    // Starts on a Saturday: W01 has no working day in the project; W04 holds the last day (Monday).
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W02', '2027-W03', '2027-W04']);
  });

  it('skips a week with no working day (Spring Festival holidays)', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      calendar:
        holidays: ["2027-02-08..2027-02-12"]
      weeklyReports:
        - { week: 2027-W01 }
        - { week: 2027-W02 }
        - { week: 2027-W03 }
        - { week: 2027-W04 }
        - { week: 2027-w05 }
    `) }, RULE, { today: '2027-02-22' });
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W07']);
  });

  it('does not fire before the project has a full week behind it, or without a start', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE, { today: '2027-01-10' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\nweeklyReports: [1, {week: 3}]\n' }, RULE, { today: '2027-03-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': '' }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': '- 1\n- 2\n' }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('weeklyReports: []\n') }, RULE, { today: '2027-01-12', locale: 'zh-CN' });
    assert.strictEqual(hits.length, 1);
    assert.match(hits[0].message, /项目“某银行日志平台实施项目”缺少 2027 年第 1 周（2027-01-04 至 2027-01-10）的周报/);
  });
});
