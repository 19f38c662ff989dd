import * as assert from 'assert';
import { brief, check, workspaceOf, yaml } from '../testing';

const stakeholders = yaml`
  kind: stakeholders
  stakeholders:
    - id: cio-liu
      name: 刘总
      title: CIO
      roles: [decision-maker]
      reportsTo: ceo-chen
    - id: ceo-chen
      name: 陈总
      title: CEO
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - id: R1
      title: 日志检索性能
      priority: must
      source: cio-liu
      acceptance: 100GB/天 数据量下检索 P95 < 3 秒
    - id: R2
      title: 审计日志防篡改
      priority: should
      source: ceo-chen
      acceptance: 篡改任一条日志后 1 分钟内告警
`;

const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  end: 2026-12-19
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: li, name: 李四, role: presales }
  scenarios:
    - id: S1
      title: 交易日志实时检索
      requirements: [R1, R2]
  successCriteria:
    - { id: SC1, description: 检索 P95 小于 3 秒, requirement: R1 }
  tasks:
    - { id: T1, name: 情报收集, owner: zhang, start: 2026-12-01, duration: 2d }
    - { id: T2, name: 场景确认, owner: cio-liu, dependsOn: [T1], duration: 1d }
  risks:
    - { id: RK1, description: 客户数据质量不佳, owner: li }
  demo:
    date: 2026-12-18
    audience: [cio-liu, ceo-chen]
    storyboard:
      - { step: 实时检索, scenario: S1, minutes: 10 }
`;

describe('rule unknown-ref', () => {
  it('does not fire when every reference resolves (team, stakeholder, requirement, scenario, task)', () => {
    const hits = check({ 'a.stakeholders.yaml': stakeholders, 'r.requirements.yaml': requirements, 'bank.poc.yaml': poc,
      'p.project.yaml': 'kind: project\nid: bank-log-impl\nreleases:\n  - { id: basic, title: 基础版 }\n' }, 'unknown-ref');
    assert.deepStrictEqual(brief(hits), []);
  });

  it('fires on a typo in owner and dependsOn, at the value, with the nearest id', () => {
    const files = {
      'a.stakeholders.yaml': stakeholders,
      'r.requirements.yaml': requirements,
      'bank.poc.yaml': yaml`
        kind: poc
        id: bank-log-poc
        team:
          - { id: zhang, name: 张三, role: sales }
          - { id: li, name: 李四, role: presales }
        tasks:
          - { id: T1, name: 情报收集, owner: zhnag, duration: 2d }
          - { id: T2, name: 场景确认, owner: 王五, dependsOn: [T1, T3], duration: 1d }
        risks:
          - { id: RK1, description: 客户数据质量不佳, owner: Li }
      `,
    };
    const hits = check(files, 'unknown-ref');
    assert.deepStrictEqual(brief(hits), ['7:zhnag', '8:王五', '8:T3', '10:Li']);
    assert.strictEqual(hits[0].file, 'bank.poc.yaml');
    assert.strictEqual(hits[0].severity, 'error');
    assert.match(hits[0].message, /Owner of task T1 'zhnag' is not a team member of this file or a stakeholder of the workspace: did you mean 'zhang'\?/);
    assert.deepStrictEqual(hits[0].data, { refKind: 'owner', field: 'owner', value: 'zhnag', suggestion: 'zhang' });
    // No near id: no suggestion, but a fix.
    assert.strictEqual(hits[1].data?.suggestion, undefined);
    assert.match(hits[1].message, /Add '王五' to team: of this file or to a \*\.stakeholders\.yaml file/);
    assert.deepStrictEqual(hits[2].data, { refKind: 'task', field: 'dependsOn', value: 'T3', suggestion: 'T1' });
    assert.strictEqual(hits[3].data?.suggestion, 'li');
  });

  it('cross-file: renaming a stakeholder id breaks the POC demo audience', () => {
    const renamed = stakeholders.replace('- id: cio-liu', '- id: cto-liu').replace('reportsTo: ceo-chen', 'reportsTo: ceo-chen');
    const hits = check({ 'a.stakeholders.yaml': renamed, 'r.requirements.yaml': requirements, 'bank.poc.yaml': poc }, 'unknown-ref');
    // The POC uses cio-liu as a task owner and in the demo audience; the requirements file as a source.
    assert.deepStrictEqual(
      hits.map((h) => `${h.file}:${h.line}:${h.text}`),
      ['r.requirements.yaml:6:cio-liu', 'bank.poc.yaml:17:cio-liu', 'bank.poc.yaml:22:cio-liu'],
    );
    const audience = hits[2];
    assert.strictEqual(audience.column, 14);
    assert.match(audience.message, /^Demo audience member 'cio-liu' is not a stakeholder of the workspace: did you mean 'cto-liu'\?$/);
    assert.deepStrictEqual(audience.data, { refKind: 'stakeholder', field: 'audience', value: 'cio-liu', suggestion: 'cto-liu' });
  });

  it('checks requirement references of scenarios, criteria and acceptance items against the workspace', () => {
    const hits = check({
      'r.requirements.yaml': requirements,
      'bank.poc.yaml': yaml`
        kind: poc
        id: bank-log-poc
        scenarios:
          - { id: S1, title: 交易日志实时检索, requirements: [R1, R3] }
        successCriteria:
          - { id: SC1, description: 检索 P95 小于 3 秒, requirement: r2 }
        demo:
          storyboard:
            - { step: 实时检索, scenario: S2 }
      `,
      'bank.project.yaml': yaml`
        kind: project
        id: bank-log-impl
        acceptance:
          items:
            - { id: A1, category: analysis, requirement: R-9, status: passed }
      `,
    }, 'unknown-ref').filter((h) => h.file !== 'r.requirements.yaml');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'bank.poc.yaml:4:R3',
      'bank.poc.yaml:6:r2',
      'bank.poc.yaml:9:S2',
      'bank.project.yaml:5:R-9',
    ]);
    assert.strictEqual(hits[0].data?.suggestion, 'R1');
    assert.strictEqual(hits[1].data?.suggestion, 'R2');
    assert.deepStrictEqual(hits[2].data, { refKind: 'scenario', field: 'scenario', value: 'S2', suggestion: 'S1' });
    assert.match(hits[2].message, /Scenario of storyboard step "实时检索" 'S2' is not a scenario of this file/);
  });

  it('says so when the workspace has no requirements file at all', () => {
    const hits = check({ 'bank.poc.yaml': 'kind: poc\nid: p\nscenarios:\n  - { id: S1, requirements: [R1] }\n' }, 'unknown-ref');
    assert.deepStrictEqual(brief(hits), ['4:R1']);
    assert.match(hits[0].message, /no \*\.requirements\.yaml file/);
  });

  it('checks project references: requestedBy, delays, weekly-report hours, and requirement source/release', () => {
    const hits = check({
      'a.stakeholders.yaml': stakeholders,
      'other.project.yaml': 'kind: project\nid: insurer-impl\n',
      'r.requirements.yaml': yaml`
        kind: requirements
        requirements:
          - { id: R1, title: 日志检索性能, source: cio-lu, acceptance: P95 < 3 秒, release: standard }
          - { id: R2, title: 审计, source: ceo-chen, acceptance: 1 分钟内告警, release: basic }
      `,
      'bank.project.yaml': yaml`
        kind: project
        id: bank-log-impl
        team:
          - { id: zhao, name: 赵六, role: engineer }
        releases:
          - { id: basic, title: 基础版 }
          - { id: advanced, title: 高级版 }
        tasks:
          - { id: T5, name: 部署, owner: zhao, duration: 3d }
        changes:
          - { id: CR1, requestedBy: cio-liu, scope: next-phase }
          - { id: CR2, requestedBy: zhao, scope: daily-change }
          - { id: CR3, requestedBy: chen, scope: in-contract }
        delays:
          - { task: T6, date: 2027-02-10, days: 3, affects: [insurer-impl, bank-log-imp] }
        weeklyReports:
          - { week: 2027-W02, sent: 2027-01-15, hours: { zhao: 40, zhoa: 8 } }
      `,
    }, 'unknown-ref');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'r.requirements.yaml:3:cio-lu',
      'r.requirements.yaml:3:standard',
      'bank.project.yaml:13:chen',
      'bank.project.yaml:15:T6',
      'bank.project.yaml:15:bank-log-imp',
      'bank.project.yaml:17:zhoa',
    ]);
    assert.strictEqual(hits[0].data?.suggestion, 'cio-liu');
    assert.deepStrictEqual(hits[1].data, { refKind: 'release', field: 'release', value: 'standard' });
    assert.match(hits[1].message, /releases: of a \*\.project\.yaml file/);
    assert.strictEqual(hits[3].data?.suggestion, 'T5');
    assert.match(hits[3].message, /^Task of the delay of 2027-02-10 'T6'/);
    assert.deepStrictEqual(hits[4].data, { refKind: 'plan', field: 'affects', value: 'bank-log-imp', suggestion: 'bank-log-impl' });
    assert.deepStrictEqual(hits[5].data, { refKind: 'team', field: 'hours', value: 'zhoa', suggestion: 'zhao' });
  });

  it('checks reportsTo and checklist owners (any plan team member or a stakeholder)', () => {
    const hits = check({
      'a.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: cio-liu, name: 刘总, reportsTo: ceo-chan }
          - { id: ceo-chen, name: 陈总 }
      `,
      'bank.project.yaml': 'kind: project\nid: bank-log-impl\nteam:\n  - { id: zhao, name: 赵六, role: engineer }\n',
      'closing.checklist.yaml': yaml`
        kind: checklist
        id: closing
        items:
          - { id: C1, text: 备份数据库, owner: zhao }
          - group: 产品培训
            items:
              - { id: C2, text: 培训签到, owner: cio-liu }
              - { id: C3, text: 考试, owner: zhou }
      `,
    }, 'unknown-ref');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'a.stakeholders.yaml:3:ceo-chan',
      'closing.checklist.yaml:8:zhou',
    ]);
    assert.match(hits[0].message, /^reportsTo of stakeholder 刘总 \(cio-liu\) 'ceo-chan' is not a stakeholder of the workspace: did you mean 'ceo-chen'\?$/);
    assert.strictEqual(hits[1].data?.suggestion, 'zhao');
    assert.strictEqual(hits[1].data?.refKind, 'checklist-owner');
  });

  it('ignores blank references and odd input without throwing', () => {
    const hits = check({
      'bank.poc.yaml': yaml`
        kind: poc
        tasks:
          - { name: 无 id 的任务, owner: "", dependsOn: 5 }
          - just a string
          - { id: T1, owner: [zhang], dependsOn: { a: 1 } }
        demo: { audience: 7, storyboard: [ 1, { scenario: null } ] }
        weeklyReports: [ { hours: [1, 2] } ]
        delays: [ { affects: "" } ]
      `,
      'x.requirements.yaml': 'requirements: 3\n',
      'y.stakeholders.yaml': '',
      'z.checklist.yaml': 'items:\n  - - nested\n',
    }, 'unknown-ref');
    // Only the single-id forms are references: task 5 and audience 7 do not exist.
    assert.deepStrictEqual(brief(hits), ['3:5', '6:7']);
  });

  describe('per-task hours of weekly reports (hours: { zhao: { P4: 16 } })', () => {
    const plan = (hours: string) => yaml`
      kind: project
      id: bank-log-impl
      team:
        - { id: zhao, name: 赵六, role: engineer }
        - { id: sun, name: 孙七, role: pm }
      tasks:
        - { id: P4, name: 告警规则配置, owner: zhao, duration: 3d }
        - { id: P5, name: 报表开发, owner: zhao, duration: 5d }
      weeklyReports:
        - { week: 2027-W02, sent: 2027-01-15, hours: ${hours} }
    `;

    it('does not fire when every task key names a task of the plan', () => {
      assert.deepStrictEqual(brief(check({ 'bank.project.yaml': plan('{ zhao: { P4: 16, P5: 8 }, sun: 12 }') }, 'unknown-ref')), []);
    });

    it('fires at the key of a task id that names no task, with the nearest id', () => {
      const hits = check({ 'bank.project.yaml': plan('{ zhao: { P4: 16, P44: 8 }, sun: { P6x9: 4 } }') }, 'unknown-ref');
      assert.deepStrictEqual(hits.map((h) => `${h.line}:${h.text}`), ['10:P44', '10:P6x9']);
      assert.deepStrictEqual(hits[0].data, { refKind: 'task', field: 'hours', value: 'P44', suggestion: 'P4' });
      assert.strictEqual(hits[0].message, "Task of the per-task hours of weekly report 2027-W02 'P44' is not a task of this file: did you mean 'P4'?");
      // Nothing near: the fix instead of a guess.
      assert.deepStrictEqual(hits[1].data, { refKind: 'task', field: 'hours', value: 'P6x9' });
      assert.match(hits[1].message, /no such id exists\. Add a task with id 'P6x9' to tasks:/);
    });

    it('says it in Chinese', () => {
      const [hit] = check({ 'bank.project.yaml': plan('{ zhao: { P44: 8 } }') }, 'unknown-ref', { locale: 'zh-CN' });
      assert.strictEqual(hit.message, "周报 2027-W02 的按任务工时中的任务 'P44' 不是本文件中的任务。是否应为 'P4'？");
    });
  });

  it('speaks Chinese when asked', () => {
    const renamed = stakeholders.replace('- id: cio-liu', '- id: cto-liu');
    const hits = check({ 'a.stakeholders.yaml': renamed, 'bank.poc.yaml': poc }, 'unknown-ref', { locale: 'zh-CN' });
    const audience = hits.find((h) => h.line === 22)!;
    assert.strictEqual(audience.message, "演示受众 'cio-liu' 不是工作区中的干系人。是否应为 'cto-liu'？");
    const owner = check({ 'bank.poc.yaml': poc.replace('owner: li', 'owner: 王五') }, 'unknown-ref', { locale: 'zh-CN' })
      .find((h) => h.text === '王五')!;
    assert.strictEqual(owner.message,
      "风险 RK1 的负责人 '王五' 不是本文件的团队成员或工作区中的干系人。不存在该 id，请把 '王五' 加入本文件的团队，或加入干系人文件，或改正 id。");
  });
});

describe('unknown-ref across edits', () => {
  it('keeps verdicts for the ids referred to now only (typing an id letter by letter keeps no trail of versions)', () => {
    const plan = (owner: string) => yaml`
      kind: project
      id: p
      title: 实施
      start: 2027-01-04
      team: [{ id: zhao, name: 赵六 }]
      tasks:
        - { id: A, name: 准备, owner: zhao, duration: 2d }
        - { id: B, name: 部署, owner: ${owner}, dependsOn: [A], duration: 3d }
    `;
    const uri = 'file:///ws/p.project.yaml';
    const ws = workspaceOf({ 'p.project.yaml': plan('z') });
    ws.check(uri);
    const typed = 'zhangsan-from-the-shanghai-office-of-the-bank-and-its-data-centre-in-pudong-district';
    for (let i = 2; i <= typed.length; i++) {
      ws.set(uri, plan(typed.slice(0, i)));
      const found = ws.check(uri).filter((d) => d.rule === 'unknown-ref');
      assert.strictEqual(found.length, 1, `one unknown owner at ${typed.slice(0, i)}`);
    }
    // The rule's memo of this file (Workspace.memos): the ids of the last version, not one per letter.
    const memo = (ws as unknown as { memos: Map<string, Map<string, Map<string, unknown>>> }).memos.get(uri)!.get('unknown-ref')!;
    const verdicts = memo.get('verdicts') as { byKind: Map<string, Map<string, unknown>> };
    const ids = [...verdicts.byKind.values()].flatMap((m) => [...m.keys()]);
    assert.ok(ids.length <= 3 + 32, `${ids.length} ids kept after typing ${typed.length} letters`);
    for (const id of ['A', typed, 'zhao']) assert.ok(ids.includes(id), id);
  });
});
