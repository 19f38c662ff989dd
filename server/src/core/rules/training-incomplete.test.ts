import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'training-incomplete';

const project = (training: string) =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
  ` + training;

describe('rule training-incomplete', () => {
  it('fires once per entry at the false field, naming what is missing', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      training:
        - { date: 2027-03-15, topic: 日志易产品使用培训, attendees: 12, signIn: true, exam: false }
        - date: 2027-03-16
          topic: 运维管理培训
          attendees: 6
          signIn: false
          exam: false
    `) }, RULE, { today: '2027-03-20' });
    assert.deepStrictEqual(brief(hits), ['6:false', '10:false']);
    assert.deepStrictEqual(hits.map((h) => h.data?.missing), [['exam'], ['signIn', 'exam']]);
    assert.strictEqual(hits[0].severity, 'info');
    assert.match(hits[0].message, /Training "日志易产品使用培训 2027-03-15" lacks an exam after it \(exam: true\)/);
    assert.match(hits[1].message, /lacks a sign-in before it \(signIn: true\) and an exam after it/);
  });

  it('falls back to the topic, then the date, when the fields are not written', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      training:
        - { date: 2027-03-15, topic: 告警配置培训, signIn: true }
        - { date: 2027-03-16, exam: true }
        - { attendees: 3, signIn: yes, exam: true }
    `) }, RULE, { today: '2027-03-20' });
    assert.deepStrictEqual(brief(hits), ['6:告警配置培训', '7:2027-03-16', '8:yes']);
    assert.match(hits[2].message, /Training #3 lacks a sign-in/);
  });

  it('does not fire with sign-in and exam, nor without training', () => {
    const done = project(yaml`
      training:
        - { date: 2027-03-15, topic: 日志易产品使用培训, attendees: 12, signIn: true, exam: true, passRate: 0.9 }
    `);
    assert.deepStrictEqual(check({ 'a.project.yaml': done }, RULE, { today: '2027-03-20' }), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('training: [1, 2]\n') }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE), []);
  });

  it('words a planned training as a reminder', () => {
    const hits = check({ 'a.project.yaml': project('training:\n  - { date: 2027-03-15, topic: 产品培训 }\n') }, RULE);
    assert.match(hits[0].message, /^Planned training "产品培训 2027-03-15": prepare a sign-in/);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('training:\n  - { date: 2027-03-15, topic: 产品培训, signIn: true }\n') }, RULE, {
      today: '2027-03-20',
      locale: 'zh-CN',
    });
    assert.match(hits[0].message, /培训“产品培训 2027-03-15”缺少培训后测试（exam: true）。培训前需要人员签到/);
  });
});
