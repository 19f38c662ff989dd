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
        - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: 40 } }
        - { week: 2027-W02, sent: 2027-01-15, hours: { zhao: 40 } }
        - { week: 2027-W03, sent: 2027-01-22, hours: { zhao: 40 } }
    `;
    assert.deepStrictEqual(check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-01-27' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-01-31' }), []);
    // Nor within the grace after it (2 working days: Monday and Tuesday); on Wednesday it is missing.
    assert.deepStrictEqual(check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-02-02' }), []);
    const wednesday = check({ 'a.project.yaml': project(reports) }, RULE, { today: '2027-02-03' });
    assert.deepStrictEqual(wednesday.map((h) => h.data?.week), ['2027-W04']);
  });

  it('reports at the project id when there is no weeklyReports section', () => {
    const hits = check({ 'a.project.yaml': project('') }, RULE, { today: '2027-01-20' });
    assert.deepStrictEqual(brief(hits), ['2:bank-log-impl', '2:bank-log-impl']);
  });

  it('needs no report for a week inside a halt, but does for a partly halted week', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - { from: 2027-01-11, to: 2027-01-15, reason: 客户机房搬迁, resumePlan: 2027-01-18 恢复实施 }
        - { from: 2027-01-20, to: 2027-01-29, reason: 客户等保检查, resumePlan: 2027-02-01 恢复实施 }
      weeklyReports: []
    `) }, RULE, { today: '2027-02-10' });
    // W02 halted Monday–Friday; W03 halted only from Wednesday; W04 halted Monday–Friday.
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W01', '2027-W03', '2027-W05']);
  });

  it('treats a halt without an end as still going on', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      halts:
        - { from: 2027-01-11, reason: 客户方原因叫停 }
      weeklyReports:
        - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: 40 } }
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
        - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: 40 } }
        - { week: 2027-W02, sent: 2027-01-15, hours: { zhao: 40 } }
        - { week: 2027-W03, sent: 2027-01-22, hours: { zhao: 40 } }
        - { week: 2027-W04, sent: 2027-01-29, hours: { zhao: 40 } }
        - { week: 2027-w05, sent: 2027-02-05, hours: { zhao: 40 } }
    `) }, RULE, { today: '2027-02-24' });
    assert.deepStrictEqual(hits.map((h) => h.data?.week), ['2027-W07']);
  });

  it('does not fire before the project has a full week behind it, or without a start', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE, { today: '2027-01-10' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': 'kind: project\nid: x\nweeklyReports: [1, {week: 3}]\n' }, RULE, { today: '2027-03-01' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': '' }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': '- 1\n- 2\n' }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('weeklyReports: []\n') }, RULE, { today: '2027-01-13', locale: 'zh-CN' });
    assert.strictEqual(hits.length, 1);
    assert.match(hits[0].message, /项目“某银行日志平台实施项目”缺少 2027 年第 1 周（2027-01-04 至 2027-01-10）的周报/);
  });
  describe('an entry counts only when sent on time and with hours', () => {
    const one = (entry: string, today = '2027-01-20', settings = {}) =>
      check({ 'a.project.yaml': project(`weeklyReports:\n  - ${entry}\n`, 'start: 2027-01-04\nend: 2027-01-10\n') }, RULE, { today, settings });

    it('counts a report sent within 2 working days after the week, per person or per task', () => {
      assert.deepStrictEqual(one('{ week: 2027-W01, sent: 2027-01-12, hours: { zhao: 40 } }'), []);
      assert.deepStrictEqual(one('{ week: 2027-W01, sent: 2027-01-08, hours: { zhao: { P4: 16, P5: 8 } } }'), []);
    });

    it('fires at the sent date of a late report (after the grace), with the deadline', () => {
      const hits = one('{ week: 2027-W01, sent: 2027-01-13, hours: { zhao: 40 } }');
      assert.deepStrictEqual(brief(hits), ['8:2027-01-13']);
      assert.deepStrictEqual(hits[0].data, { week: '2027-W01', problem: 'late' });
      assert.match(hits[0].message, /sent on 2027-01-13, after 2027-01-12 \(2 working days after the week ended\)/);
      // A holiday in the grace moves the deadline; a larger setting accepts it.
      assert.deepStrictEqual(check({ 'a.project.yaml': project('calendar: { holidays: [2027-01-11] }\nweeklyReports:\n  - { week: 2027-W01, sent: 2027-01-13, hours: { zhao: 40 } }\n', 'start: 2027-01-04\nend: 2027-01-10\n') }, RULE, { today: '2027-01-20' }), []);
      assert.deepStrictEqual(one('{ week: 2027-W01, sent: 2027-01-13, hours: { zhao: 40 } }', '2027-01-20', { weeklyReportGraceDays: 3 }), []);
    });

    it('fires at the week of an entry never sent, and at the sent date of one without hours', () => {
      const notSent = one('{ week: 2027-W01, hours: { zhao: 40 } }');
      assert.deepStrictEqual(brief(notSent), ['8:2027-W01']);
      assert.strictEqual(notSent[0].data?.problem, 'notSent');
      assert.match(notSent[0].message, /has no sent date, so it does not count/);
      for (const hours of ['', ', hours: {}', ', hours: { zhao: 0 }', ', hours: { zhao: { P4: 0 } }']) {
        const hits = one(`{ week: 2027-W01, sent: 2027-01-08${hours} }`);
        assert.deepStrictEqual(hits.map((h) => h.data?.problem), ['noHours'], hours);
      }
    });

    it('judges the best of several entries of one week, and waits for the grace', () => {
      const text = project('weeklyReports:\n  - { week: 2027-W01 }\n  - { week: 2027-W01, sent: 2027-01-08, hours: { zhao: 8 } }\n', 'start: 2027-01-04\nend: 2027-01-10\n');
      assert.deepStrictEqual(check({ 'a.project.yaml': text }, RULE, { today: '2027-01-20' }), []);
      assert.deepStrictEqual(one('{ week: 2027-W01 }', '2027-01-12'), []);
    });

    it('speaks Chinese', () => {
      const zh = (entry: string) => check({ 'a.project.yaml': project(`weeklyReports:\n  - ${entry}\n`, 'start: 2027-01-04\nend: 2027-01-10\n') }, RULE, { today: '2027-01-20', locale: 'zh-CN' })[0].message;
      assert.match(zh('{ week: 2027-W01, sent: 2027-01-13, hours: { zhao: 40 } }'), /2027 年第 1 周的周报于 2027-01-13 发送，晚于 2027-01-12（当周结束后 2 个工作日），不计为按时发送/);
      assert.match(zh('{ week: 2027-W01, hours: { zhao: 40 } }'), /2027 年第 1 周（2027-01-04 至 2027-01-10）的周报没有发送日期/);
      assert.match(zh('{ week: 2027-W01, sent: 2027-01-08 }'), /周报没有记录工时，不计为有效周报/);
    });
  });
});
