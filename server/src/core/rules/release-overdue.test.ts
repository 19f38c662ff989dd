import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'release-overdue';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  releases:
    - { id: basic, title: 基础版, date: 2027-03-01 }
    - { id: standard, title: 标准版, date: 2027-06-01 }
    - { id: nodate, title: 高级版 }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 日志检索, priority: must, release: basic, status: implemented }
    - { id: R2, title: 告警, priority: must, release: basic, status: agreed }
    - { id: R3, title: 报表, priority: Must, release: basic }
    - { id: R4, title: 大屏, priority: should, release: basic, status: proposed }
    - { id: R5, title: 移动端, priority: must, release: basic, scope: next-phase }
    - { id: R6, title: 短信, priority: must, release: basic, scope: out-of-contract }
    - { id: R7, title: 审计, priority: must, release: basic, status: verified }
    - { id: R8, title: 关联分析, priority: must, release: standard, status: agreed }
`;

describe('rule release-overdue', () => {
  it('fires at the date of a passed release with must requirements not implemented', () => {
    const hits = check({ 'p.project.yaml': project, 'r.requirements.yaml': requirements }, RULE, { today: '2027-03-02' });
    assert.deepStrictEqual(brief(hits), ['5:2027-03-01']);
    assert.deepStrictEqual(hits[0].data, { releaseId: 'basic', requirementIds: ['R2', 'R3'] });
    assert.strictEqual(hits[0].severity, 'warning');
    assert.match(hits[0].message, /^Release 基础版 was due on 2027-03-01, but 2 must requirements are not implemented yet: R2, R3\./);
  });

  it('does not fire on or before the date, nor when all must requirements are done', () => {
    assert.deepStrictEqual(check({ 'p.project.yaml': project, 'r.requirements.yaml': requirements }, RULE, { today: '2027-03-01' }), []);
    const done = requirements.replace('status: agreed }\n  - { id: R3', 'status: implemented }\n  - { id: R3').replace('release: basic }', 'release: basic, status: verified }');
    const hits = check({ 'p.project.yaml': project, 'r.requirements.yaml': done }, RULE, { today: '2027-05-01' });
    assert.deepStrictEqual(hits, []);
  });

  it('lists the first five ids and how many in all', () => {
    const many = 'kind: requirements\nrequirements:\n' + [1, 2, 3, 4, 5, 6, 7].map((i) => `  - { id: Q${i}, priority: must, release: standard }\n`).join('');
    const [en] = check({ 'p.project.yaml': project, 'r.requirements.yaml': many }, RULE, { today: '2027-07-01' });
    assert.match(en.message, /: Q1, Q2, Q3, Q4, Q5 and 2 more\./);
    const [zh] = check({ 'p.project.yaml': project, 'r.requirements.yaml': many }, RULE, { today: '2027-07-01', locale: 'zh-CN' });
    assert.strictEqual(zh.message,
      '版本“标准版”的计划交付日期 2027-06-01 已过，仍有 7 项“必须”需求未实现：Q1、Q2、Q3、Q4、Q5 等 7 项。请尽快完成，或与客户确认后调整到后续版本，或调整版本交付日期。');
  });

  it('never throws on odd input', () => {
    assert.deepStrictEqual(check({ 'p.project.yaml': 'kind: project\nreleases: [1, {date: 2020-01-01}, {id: x, date: nope}]\n' }, RULE), []);
    assert.deepStrictEqual(check({ 'p.project.yaml': 'kind: project\nreleases: {}\n' }, RULE), []);
  });
});
