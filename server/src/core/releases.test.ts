import * as assert from 'assert';
import { workspaceOf, yaml } from './testing';
import { progressView } from './views/progress';
import { backlog } from './views/backlog';
import { generateReport } from './reports';
import { hover } from './features/hover';
import { isPlan, type Requirement } from './model';

// A project with two releases (基础版 / 标准版), tasks, acceptance items and changes per release.
const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  customer: 某银行
  start: 2027-01-04
  releases:
    - { id: basic, title: 基础版, date: 2027-02-26 }
    - { id: standard, title: 标准版, date: 2027-04-30 }
  tasks:
    - { id: T1, name: 日志接入, duration: 4, status: done, release: basic }
    - { id: T2, name: 检索配置, duration: 6, progress: 50, release: basic, dependsOn: [T1] }
    - { id: T3, name: 关联分析, duration: 5, release: standard, dependsOn: [T2] }
    - { id: T4, name: 移动端告警, duration: 7, change: CR1, dependsOn: [T3] }
  changes:
    - { id: CR1, description: 移动端告警, scope: next-phase, decision: accepted, estimateDays: 5, requestedBy: liu, approvedBy: liu }
    - { id: CR2, description: 大屏展示, scope: next-phase, decision: deferred, requestedBy: liu }
    - { id: CR3, description: 报表样式, scope: daily-change, decision: accepted }
  acceptance:
    items:
      - { id: A1, category: analysis, requirement: R1, status: passed, release: basic }
      - { id: A2, category: alert, requirement: R2, status: pending, release: basic }
      - { id: A3, category: analysis, requirement: R3, status: pending, release: standard }
`;
const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 日志检索, priority: must, release: basic, status: verified, acceptance: P95 < 3 秒 }
    - { id: R2, title: 实时告警, priority: must, release: basic, status: agreed, acceptance: 1 分钟内告警 }
    - { id: R3, title: 关联分析, priority: should, release: standard, status: implemented, acceptance: 10 条规则 }
    - { id: R4, title: 移动端, priority: could, scope: next-phase, source: liu, acceptance: 2 种机型 }
`;
const stakeholders = 'kind: stakeholders\nstakeholders:\n  - { id: liu, name: 刘总, org: customer }\n';
const files = { 'p.project.yaml': project, 'r.requirements.yaml': requirements, 's.stakeholders.yaml': stakeholders };

describe('releases (issue 18)', () => {
  it('the progress view counts tasks, requirements and acceptance items per release', () => {
    const view = progressView(workspaceOf(files, { today: '2027-02-01' }), 'en');
    assert.deepStrictEqual(view.plans[0].releases, [
      { id: 'basic', title: '基础版', date: '2027-02-26', tasks: 2, doneTasks: 1, percent: 70, requirements: 2, requirementsDone: 1, mustOpen: ['R2'], acceptance: 2, acceptancePassed: 1 },
      { id: 'standard', title: '标准版', date: '2027-04-30', tasks: 1, doneTasks: 0, percent: 0, requirements: 1, requirementsDone: 1, mustOpen: [], acceptance: 1, acceptancePassed: 0 },
    ]);
  });

  it('a plan without releases has no release breakdown', () => {
    const view = progressView(workspaceOf({ 'p.project.yaml': 'kind: project\nid: p\ntasks:\n  - { id: T1, duration: 1 }\n' }), 'en');
    assert.strictEqual(view.plans[0].releases, undefined);
  });

  it('the backlog lists next-phase requirements and changes', () => {
    const ws = workspaceOf(files);
    const reqs: [string, Requirement][] = [];
    let plan;
    for (const f of ws.files()) {
      if (f.model.kind === 'requirements') for (const r of f.model.requirements.items) reqs.push([r.id!.value, r]);
      if (isPlan(f.model)) plan = f.model;
    }
    assert.deepStrictEqual(backlog(reqs, [plan!]), [
      { item: 'requirement', id: 'R4', text: '移动端', priority: 'could', source: 'liu' },
      { item: 'change', id: 'CR1', text: '移动端告警', source: 'liu', decision: 'accepted', plan: 'bank-log-impl' },
      { item: 'change', id: 'CR2', text: '大屏展示', source: 'liu', decision: 'deferred', plan: 'bank-log-impl' },
    ]);
  });

  const report = (edition: 'internal' | 'customer', locale: 'zh-CN' | 'en' = 'zh-CN') =>
    generateReport(workspaceOf(files, { today: '2027-02-01', locale }), 'file:///ws/p.project.yaml', { kind: 'acceptance', edition }).markdown;
  const section = (md: string, heading: RegExp) => md.split(/\n(?=## )/).find((p) => heading.test(p.split('\n')[0])) ?? '';

  it('the acceptance report has a per-release table (internal: with open must requirements)', () => {
    const internal = section(report('internal'), /按版本验收/);
    assert.match(internal, /\| 基础版 \| 2027-02-26 \| 1 \/ 2 \| 1 \/ 2 \| R2 \|/);
    assert.match(internal, /\| 标准版 \| 2027-04-30 \| 1 \/ 1 \| 0 \/ 1 \| {3}\|/);
    const customer = section(report('customer'), /按版本验收/);
    assert.match(customer, /\| 基础版 \| 2027-02-26 \| 1 \/ 2 \| 1 \/ 2 \|\n/);
    assert.doesNotMatch(customer, /R2/);
    assert.match(section(report('internal', 'en'), /Acceptance per release/), /\| 基础版 \| 2027-02-26 \| 1 \/ 2 \| 1 \/ 2 \| R2 \|/);
  });

  it('the acceptance report lists the next-phase backlog in both editions', () => {
    const internal = section(report('internal'), /二期需求/);
    assert.match(internal, /\| 需求 \| R4 移动端 \| 可选 \| 刘总 \| {3}\|/);
    assert.match(internal, /\| 变更 \| CR1 移动端告警 \| {3}\| 刘总 \| 已接受 \|/);
    const customer = section(report('customer'), /二期需求/);
    assert.match(customer, /\| 变更 \| 移动端告警 \| {3}\| 刘总 \|\n/);
    assert.doesNotMatch(customer, /CR1/);
    assert.doesNotMatch(section(report('internal'), /需求覆盖/), /R4/);
  });

  it('an acceptance report without releases or backlog has neither section', () => {
    const ws = workspaceOf({ 'p.project.yaml': 'kind: project\nid: p\ntitle: P\nacceptance:\n  items:\n    - { id: A1, status: passed }\n' }, { locale: 'zh-CN' });
    const md = generateReport(ws, 'file:///ws/p.project.yaml', { kind: 'acceptance', edition: 'internal' }).markdown;
    assert.doesNotMatch(md, /按版本验收|二期需求/);
  });

  it('hovering a change shows its estimate against the linked tasks', () => {
    for (const [locale, expected] of [
      ['zh-CN', /预估 5 人天；关联任务 T4，计划共 7 个工作日（比预估多 2 天）/],
      ['en', /Estimate: 5 person-days; linked tasks T4: 7 working days in the plan \(2 more than estimated\)/],
    ] as const) {
      const ws = workspaceOf(files, { locale });
      const file = ws.get('file:///ws/p.project.yaml')!;
      const atDef = hover({ ws, file, locale }, file.text.indexOf('id: CR1') + 5)!;
      assert.match(atDef.contents, expected);
      const atRef = hover({ ws, file, locale }, file.text.indexOf('change: CR1') + 9)!;
      assert.match(atRef.contents, expected);
    }
  });

  it('an unknown change id on a task is unknown-ref with the nearest id', async () => {
    const { check } = await import('./testing');
    const hits = check({ ...files, 'p.project.yaml': project.replace('change: CR1,', 'change: CR11,') }, 'unknown-ref');
    assert.deepStrictEqual(hits.map((h) => h.text), ['CR11']);
    assert.match(hits[0].message, /did you mean 'CR1'\?/);
  });
});
