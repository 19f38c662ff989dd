import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import type { CompletionEntry } from './types';
import { complete, nextId, yamlScalar, completeList, MAX_ID_ENTRIES } from './completion';

// A customer folder: a POC (block tasks, flow team), the implementation project, stakeholders,
// requirements and a closing checklist. `‸` marks the cursor in the file under test.
const poc = yaml`
  # 某银行日志分析平台 POC（现场）
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  customer: 某银行
  mode: onsite
  start: 2026-12-01
  end: 2026-12-18
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: li, name: 李四, role: presales }
    - { id: zhao, name: 赵六, role: engineer }
  scenarios:
    - id: S1
      title: 交易日志实时检索
      requirements: [R1]
    - { id: S2, title: 异常交易实时告警, requirements: [R3] }
  tasks:
    - id: T1
      name: 情报收集
      phase: intelligence
      owner: zhang
      start: 2026-12-01
      duration: 2d
    - id: T2
      name: 确定 POC 业务场景
      phase: scenario
      owner: li
      dependsOn: [T1]
      duration: 2d
    - { id: T3, name: 客户方申请机器, phase: environment, owner: zhao, dependsOn: [T1], duration: 3d }
    - { id: T4, name: 软件集成与验证, phase: integration, owner: zhao, dependsOn: [T2, T3], duration: 3d }
    - { id: T5, name: 产品演示, phase: demo, owner: li, dependsOn: [T4], duration: 1d }
  demo:
    date: 2026-12-16
    audience:
      - cio-liu
    storyboard:
      - { step: 实时检索一笔异常交易, scenario: S1, minutes: 10 }
`;

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志分析平台一期实施
  start: 2027-01-04
  end: 2027-03-31
  team:
    - { id: sun, name: 孙七, role: pm }
    - { id: zhao, name: 赵六, role: engineer }
  releases:
    - { id: basic, title: 基础版, date: 2027-02-26 }
  tasks:
    - { id: P1, name: 项目启动会, phase: kickoff, owner: sun, start: 2027-01-04, duration: 1d }
    - { id: P2, name: 环境部署, phase: implementation, owner: zhao, dependsOn: [P1], duration: 3d }
  changes:
    - id: CR1
      date: 2027-01-11
      requestedBy: sec-zhou
      description: 新增数据库审计日志接入
  delays:
    - { task: P2, date: 2027-01-08, days: 2, reason: 防火墙端口未开通, reportedToSales: 2027-01-08 }
  weeklyReports:
    - week: 2027-W02
      sent: 2027-01-15
      hours:
        sun: 12
`;

const stakeholders = yaml`
  kind: stakeholders
  stakeholders:
    - id: cio-liu
      name: 刘总
      title: CIO
      org: customer
      roles: [decision-maker]
      influence: high
      interest: high
      attitude: supporter
    - { id: sec-zhou, name: 周经理, title: 信息安全部经理, roles: [technical-influencer], reportsTo: cio-liu }
    - { id: ops-ma, name: 马工, title: 运维工程师, roles: [end-user], reportsTo: sec-zhou }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - id: R1
      title: 日志检索性能
      priority: must
      source: cio-liu
      acceptance: 100GB/天 数据量下检索 P95 < 3 秒
      metric: { name: search_p95_seconds, op: "<", value: 3, unit: s }
      release: basic
    - { id: R3, title: 异常交易实时告警, priority: should, source: sec-zhou, acceptance: 告警 60 秒内送达 }
`;

const checklist = yaml`
  kind: checklist
  id: closing
  title: 项目收尾检查
  plan: bank-log-impl
  due: 2027-03-25
  items:
    - group: 产品培训
      items:
        - { id: C1, text: 培训签到, done: true, owner: sun }
    - { id: C2, text: 备份数据库, done: false, owner: zhao }
`;

const FILES: Record<string, string> = {
  'bank-log.poc.yaml': poc,
  'bank-log.project.yaml': project,
  'bank.stakeholders.yaml': stakeholders,
  'bank.requirements.yaml': requirements,
  'closing.checklist.yaml': checklist,
};

interface Run {
  text: string;
  entries: CompletionEntry[];
}

/** Completes at the `‸` in `text`, which replaces the file `name` of the folder (or is added to it). */
function run(name: string, text: string, locale: 'zh-CN' | 'en' = 'zh-CN', files: Record<string, string> = FILES): Run {
  const offset = text.indexOf('‸');
  assert.ok(offset >= 0 && text.indexOf('‸', offset + 1) < 0, 'exactly one cursor');
  const clean = text.slice(0, offset) + text.slice(offset + 1);
  const ws = workspaceOf({ ...files, [name]: clean }, { locale, today: '2026-12-10' });
  const file = ws.get(`file:///ws/${name}`)!;
  return { text: clean, entries: complete({ ws, file, locale }, offset) };
}

const labels = (r: Run) => r.entries.map((e) => e.label);
const byLabel = (r: Run, label: string) => {
  const e = r.entries.find((x) => x.label === label);
  assert.ok(e, `entry ${label} among ${labels(r).join(', ')}`);
  return e!;
};
/** The text after applying a plain (non-snippet) entry. */
const apply = (r: Run, label: string) => {
  const e = byLabel(r, label);
  assert.ok(!e.snippet, 'a plain entry');
  return r.text.slice(0, e.replace.start) + e.insertText + r.text.slice(e.replace.end);
};
/** Entries in the order a client shows them (sortText, then label). */
const sorted = (r: Run) => [...r.entries].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label)).map((e) => e.label);

describe('completion', () => {
  describe('ids', () => {
    it('owner: team members of this file first, then stakeholders, each with who they are', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    owner: zhang\n', '    owner: ‸\n'));
      assert.deepStrictEqual(sorted(r), ['zhang', 'li', 'zhao', 'cio-liu', 'sec-zhou', 'ops-ma']);
      assert.deepStrictEqual(
        r.entries.map((e) => `${e.label}: ${e.detail}`),
        [
          'zhang: 张三 · 销售人员 · bank-log.poc.yaml',
          'li: 李四 · 售前人员 · bank-log.poc.yaml',
          'zhao: 赵六 · 技术人员 / 实施工程师 · bank-log.poc.yaml',
          'cio-liu: 刘总 · CIO · bank.stakeholders.yaml',
          'sec-zhou: 周经理 · 信息安全部经理 · bank.stakeholders.yaml',
          'ops-ma: 马工 · 运维工程师 · bank.stakeholders.yaml',
        ],
      );
      assert.ok(r.entries.every((e) => e.kind === 'id'));
      assert.strictEqual(byLabel(r, 'cio-liu').documentation, '**刘总**（cio-liu）· CIO  \n客户方 · 决策者  \n影响力：高 · 关注度：高 · 态度：支持者  \n*bank.stakeholders.yaml*');
    });

    it('owner: zh replaces the partial word', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    owner: zhang\n', '    owner: zh‸\n'));
      assert.ok(apply(r, 'zhang').includes('\n    owner: zhang\n    start: 2026-12-01\n'));
      assert.ok(apply(r, 'zhao').includes('\n    owner: zhao\n    start: 2026-12-01\n'));
    });

    it('owner in a flow task, in English', () => {
      const r = run('bank-log.poc.yaml', poc.replace('owner: zhao, dependsOn: [T1]', 'owner: ‸, dependsOn: [T1]'), 'en');
      assert.strictEqual(byLabel(r, 'zhao').detail, '赵六 · Engineer · bank-log.poc.yaml');
      assert.ok(apply(r, 'zhao').includes('{ id: T3, name: 客户方申请机器, phase: environment, owner: zhao, dependsOn: [T1], duration: 3d }'));
    });

    it('requestedBy: the project team first, then stakeholders', () => {
      const r = run('bank-log.project.yaml', project.replace('requestedBy: sec-zhou', 'requestedBy: ‸'));
      assert.deepStrictEqual(sorted(r), ['sun', 'zhao', 'cio-liu', 'sec-zhou', 'ops-ma']);
    });

    it('dependsOn in a flow list: tasks of this file, never itself, a task after it, or one already listed', () => {
      const r = run('bank-log.poc.yaml', poc.replace('dependsOn: [T2, T3]', 'dependsOn: [T2, ‸]'));
      // T4 is the task itself; T5 depends on T4 (a cycle); T2 is already listed.
      assert.deepStrictEqual(sorted(r), ['T1', 'T3']);
      assert.strictEqual(byLabel(r, 'T3').detail, '客户方申请机器 · 2026-12-03 → 2026-12-07');
      assert.ok(apply(r, 'T3').includes('dependsOn: [T2, T3]'));
    });

    it('dependsOn never closes a cycle: A depends on B, so neither A nor (transitively) its successors for B', () => {
      const plan = yaml`
        kind: project
        id: cycle-demo
        title: 依赖环示例
        start: 2027-01-04
        tasks:
          - { id: A, name: 部署, dependsOn: [B], duration: 1d }
          - { id: B, name: 采购服务器, duration: 2d }
          - { id: C, name: 验证, dependsOn: [A], duration: 1d }
          - { id: D, name: 培训, duration: 1d }
      `;
      const a = run('demo.project.yaml', plan.replace('dependsOn: [B]', 'dependsOn: [B, ‸]'), 'zh-CN', {});
      assert.deepStrictEqual(sorted(a), ['D'], 'not A itself, not B (listed), not C (depends on A)');
      const b = run('demo.project.yaml', plan.replace('{ id: B, name: 采购服务器, duration: 2d }', '{ id: B, name: 采购服务器, dependsOn: [‸], duration: 2d }'), 'zh-CN', {});
      assert.deepStrictEqual(sorted(b), ['D'], 'not A (depends on B), not C (depends on A), not B itself');
      const d = run('demo.project.yaml', plan.replace('{ id: D, name: 培训, duration: 1d }', '{ id: D, name: 培训, dependsOn: [‸], duration: 1d }'), 'zh-CN', {});
      assert.deepStrictEqual(sorted(d), ['A', 'B', 'C']);
    });

    it('dependsOn in block style, a new item', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    dependsOn: [T1]\n    duration: 2d\n', '    dependsOn:\n      - T1\n      - ‸\n    duration: 2d\n'));
      assert.deepStrictEqual(sorted(r), ['T3'], 'not T2 itself, nor T4/T5 after it, nor T1 (listed)');
    });

    it('dependsOn: on the same line as the key, an id in a flow list', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    dependsOn: [T1]\n    duration: 2d\n', '    dependsOn: ‸\n    duration: 2d\n'));
      assert.deepStrictEqual(sorted(r), ['T1', 'T3']);
      assert.strictEqual(byLabel(r, 'T1').insertText, '[T1]');
    });

    it('audience `- ‸`: stakeholders not yet listed', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    - cio-liu\n', '    - cio-liu\n    - ‸\n'));
      assert.deepStrictEqual(sorted(r), ['sec-zhou', 'ops-ma']);
      assert.ok(apply(r, 'ops-ma').includes('  audience:\n    - cio-liu\n    - ops-ma\n'));
    });

    it('audience on the lines under the key: `- id`', () => {
      const r = run('bank-log.poc.yaml', poc.replace('  audience:\n    - cio-liu\n', '  audience:\n    ‸\n'));
      assert.deepStrictEqual(r.entries.map((e) => e.insertText), ['- cio-liu', '- sec-zhou', '- ops-ma']);
    });

    it('weeklyReports hours keys: team members of this file not yet written, block and flow', () => {
      const block = run('bank-log.project.yaml', project.replace('      sun: 12\n', '      sun: 12\n      ‸\n'));
      assert.deepStrictEqual(block.entries.map((e) => `${e.label} → ${e.insertText}`), ['zhao → zhao: ']);
      const flow = run('bank-log.project.yaml', project.replace('    hours:\n      sun: 12\n', '    hours: { ‸ }\n'));
      assert.deepStrictEqual(flow.entries.map((e) => `${e.label} → ${e.insertText}`), ['sun → sun: ', 'zhao → zhao: ']);
    });

    it('delays: task from this file, affects from the plans of the folder', () => {
      const task = run('bank-log.project.yaml', project.replace('{ task: P2,', '{ task: ‸,'));
      assert.deepStrictEqual(sorted(task), ['P1', 'P2']);
      const affects = run('bank-log.project.yaml', project.replace('reportedToSales: 2027-01-08 }', 'reportedToSales: 2027-01-08, affects: [‸] }'));
      assert.deepStrictEqual(
        affects.entries.map((e) => `${e.label}: ${e.detail}`),
        ['bank-log-impl: 某银行日志分析平台一期实施 · bank-log.project.yaml', 'bank-log-poc: 某银行日志分析平台 POC · bank-log.poc.yaml'],
      );
    });

    it('requirements, scenarios, releases and stakeholders where they fit', () => {
      const scen = run('bank-log.poc.yaml', poc.replace('requirements: [R1]', 'requirements: [R1, ‸]'));
      assert.deepStrictEqual(scen.entries.map((e) => `${e.label}: ${e.detail}`), ['R3: 异常交易实时告警 · 应该有 · bank.requirements.yaml']);
      const story = run('bank-log.poc.yaml', poc.replace('scenario: S1, minutes', 'scenario: ‸, minutes'));
      assert.deepStrictEqual(story.entries.map((e) => `${e.label}: ${e.detail}`), ['S1: 交易日志实时检索', 'S2: 异常交易实时告警']);
      const release = run('bank.requirements.yaml', requirements.replace('release: basic', 'release: ‸'));
      assert.deepStrictEqual(release.entries.map((e) => `${e.label}: ${e.detail}`), ['basic: 基础版 · 2027-02-26 · bank-log.project.yaml']);
      const source = run('bank.requirements.yaml', requirements.replace('source: sec-zhou', 'source: ‸'));
      assert.deepStrictEqual(sorted(source), ['cio-liu', 'sec-zhou', 'ops-ma']);
      const reports = run('bank.stakeholders.yaml', stakeholders.replace('reportsTo: sec-zhou', 'reportsTo: ‸'));
      assert.deepStrictEqual(sorted(reports), ['cio-liu', 'sec-zhou', 'ops-ma']);
    });

    it('checklist owner: team members of any plan, then stakeholders', () => {
      const r = run('closing.checklist.yaml', checklist.replace('owner: zhao }', 'owner: ‸ }'));
      assert.deepStrictEqual(sorted(r), ['zhang', 'li', 'zhao', 'sun', 'cio-liu', 'sec-zhou', 'ops-ma']);
    });
  });

  describe('keys', () => {
    it('on an empty line in a task: the keys not written yet, with their meaning', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    duration: 2d\n  - id: T2', '    duration: 2d\n    ‸\n  - id: T2'));
      assert.deepStrictEqual(labels(r), ['description', 'end', 'dependsOn', 'priority', 'status', 'allocation', 'effortDays', 'progress', 'actualStart', 'actualEnd', 'release', 'change', 'note']);
      assert.deepStrictEqual(
        r.entries.map((e) => `${e.label}: ${e.detail}`).slice(0, 4),
        ['description: 任务说明', 'end: 结束日期', 'dependsOn: 前置任务 id 列表', 'priority: 优先级'],
      );
      const dep = byLabel(r, 'dependsOn');
      assert.deepStrictEqual([dep.kind, dep.insertText, dep.snippet], ['key', 'dependsOn: [$1]', true]);
      assert.strictEqual(byLabel(r, 'status').insertText, 'status: ${1|todo,doing,done,blocked,cancelled|}');
      assert.ok(apply(r, 'note').includes('    duration: 2d\n    note: \n  - id: T2\n'));
      assert.strictEqual(byLabel(r, 'priority').documentation, '优先级（按紧急程度、重要性、前后置关系确定）。\n\n- `high` 高\n- `medium` 中\n- `low` 低');
    });

    it('in English', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    duration: 2d\n  - id: T2', '    duration: 2d\n    ‸\n  - id: T2'), 'en');
      assert.deepStrictEqual(
        r.entries.map((e) => `${e.label}: ${e.detail}`).slice(0, 4),
        ['description: Task description', 'end: End date', 'dependsOn: Ids of the tasks this one waits for', 'priority: Priority'],
      );
    });

    it('a partial key replaces the word; an existing key is renamed without a second colon', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    duration: 2d\n  - id: T2', '    duration: 2d\n    no‸\n  - id: T2'));
      assert.ok(apply(r, 'note').includes('    duration: 2d\n    note: \n  - id: T2'));
      const renamed = run('bank-log.poc.yaml', poc.replace('    start: 2026-12-01\n    duration: 2d\n', '    sta‸rt: 2026-12-01\n    duration: 2d\n'));
      assert.strictEqual(byLabel(renamed, 'end').insertText, 'end');
      assert.ok(apply(renamed, 'end').includes('    end: 2026-12-01\n'));
      assert.ok(!labels(renamed).includes('duration'));
    });

    it('in a flow mapping: `key: ` without line breaks', () => {
      const r = run('bank-log.poc.yaml', poc.replace('{ id: T5, name: 产品演示, phase: demo, owner: li, dependsOn: [T4], duration: 1d }', '{ id: T5, name: 产品演示, ‸ }'));
      assert.deepStrictEqual(labels(r), ['description', 'phase', 'owner', 'start', 'end', 'duration', 'dependsOn', 'priority', 'status', 'allocation', 'effortDays', 'progress', 'actualStart', 'actualEnd', 'release', 'change', 'note']);
      assert.ok(apply(r, 'owner').includes('{ id: T5, name: 产品演示, owner:  }'));
      assert.strictEqual(byLabel(r, 'dependsOn').insertText, 'dependsOn: [$1]');
      assert.ok(r.entries.every((e) => !e.insertText.includes('\n')));
    });

    it('before another entry of a flow mapping: the inserted entry ends with a comma', () => {
      const r = run('bank-log.poc.yaml', poc.replace('{ id: T5, name: 产品演示,', '{ id: T5, ‸ name: 产品演示,'));
      assert.deepStrictEqual([byLabel(r, 'note').insertText, byLabel(r, 'priority').insertText], ['note: $1, ', 'priority: ${1|high,medium,low|}, ']);
    });

    it('top-level keys not written yet; an object as a snippet with its structure, a list with its first item', () => {
      const r = run('bank-log.poc.yaml', poc.replace('\ndemo:', '\n‸\ndemo:'));
      // (The schema grows: check the written keys are left out and the expected ones are offered.)
      for (const written of ['kind', 'id', 'title', 'customer', 'mode', 'start', 'end', 'team', 'scenarios', 'tasks', 'demo']) assert.ok(!labels(r).includes(written), written);
      for (const missing of ['description', 'stage', 'calendar', 'qualification', 'intelligence', 'successCriteria', 'environment', 'risks', 'review']) assert.ok(labels(r).includes(missing), missing);
      assert.strictEqual(byLabel(r, 'qualification').insertText, 'qualification:\n  $1');
      assert.strictEqual(
        byLabel(r, 'risks').insertText,
        'risks:\n  - id: ${1:RK1}\n    description: ${2}\n    probability: ${3|high,medium,low|}\n    impact: ${4|high,medium,low|}\n    mitigation: ${5}\n    owner: ${6}\n    status: ${7|open,mitigated,occurred,accepted,closed|}',
      );
      assert.strictEqual(byLabel(r, 'stage').insertText, 'stage: ${1|prospecting,preparation,approach,presentation,objection,close,follow-up|}');
    });

    it('an empty file: every top-level key and the skeleton of the kind; the required keys first', () => {
      const r = run('new.stakeholders.yaml', '‸', 'en');
      assert.deepStrictEqual(sorted(r), ['New stakeholders skeleton', 'kind', 'customer', 'stakeholders']);
      const plan = run('new.poc.yaml', '# 新的 POC\n‸', 'en');
      assert.deepStrictEqual(sorted(plan).slice(0, 5), ['New POC plan skeleton', 'id', 'title', 'kind', 'customer']);
      assert.strictEqual(byLabel(r, 'kind').insertText, 'kind: stakeholders');
      assert.ok(byLabel(r, 'New stakeholders skeleton').insertText.startsWith('kind: stakeholders\nstakeholders:\n  - id: cio-liu\n'));
    });

    it('under a mapping key with nothing yet: its keys, the required first', () => {
      const r = run('bank.requirements.yaml', requirements.replace('    metric: { name: search_p95_seconds, op: "<", value: 3, unit: s }\n', '    metric:\n      ‸\n'));
      assert.deepStrictEqual(labels(r), ['name', 'op', 'value', 'unit']);
      assert.strictEqual(byLabel(r, 'op').insertText, 'op: ${1|<,<=,">",">=",=,==,"!="|}');
    });
  });

  describe('new list items', () => {
    it('`- ‸` in tasks: a snippet of the whole task (next id, usual fields) first, then the task keys', () => {
      const r = run('bank-log.poc.yaml', poc.replace('\ndemo:', '\n  - ‸\ndemo:'));
      const first = r.entries[0];
      assert.deepStrictEqual([first.label, first.kind, first.snippet, first.sortText], ['新任务', 'snippet', true, '00']);
      assert.strictEqual(
        first.insertText,
        'id: ${1:T6}\n  name: ${2}\n  phase: ${3|intelligence,scenario,environment,schedule,integration,deployment,rehearsal,demo,review|}\n  owner: ${4}\n  duration: ${5|1d,3d,1w,2w|}\n  dependsOn: [${6:T5}]',
      );
      assert.strictEqual(first.detail, 'id, name, phase, owner, duration, dependsOn');
      assert.strictEqual(first.documentation, '```yaml\nid: T6\n  name: \n  phase: intelligence\n  owner: \n  duration: 1d\n  dependsOn: [T5]\n```');
      assert.deepStrictEqual(labels(r).slice(1, 4), ['id', 'name', 'description']);
      assert.strictEqual(byLabel(r, 'id').sortText, '10000', 'required keys before the others');
      assert.strictEqual(run('bank-log.poc.yaml', poc.replace('\ndemo:', '\n  - ‸\ndemo:'), 'en').entries[0].label, 'new task');
    });

    it('a stakeholder: id, name, roles, influence, interest, attitude', () => {
      const r = run('bank.stakeholders.yaml', `${stakeholders}  - ‸\n`);
      assert.strictEqual(r.entries[0].label, '新干系人');
      assert.strictEqual(
        r.entries[0].insertText,
        'id: ${1}\n  name: ${2}\n  roles: [${3}]\n  influence: ${4|high,medium,low|}\n  interest: ${5|high,medium,low|}\n  attitude: ${6|champion,supporter,neutral,skeptic,blocker|}',
      );
    });

    it('a requirement, the next id after R1, R3', () => {
      const r = run('bank.requirements.yaml', `${requirements}  - ‸\n`);
      assert.strictEqual(r.entries[0].insertText, 'id: ${1:R4}\n  title: ${2}\n  type: ${3|functional,non-functional|}\n  priority: ${4|must,should,could,wont|}\n  source: ${5}\n  acceptance: ${6}');
    });

    it('a checklist entry: an item or a group, ids unique across groups', () => {
      const r = run('closing.checklist.yaml', `${checklist}  - ‸\n`);
      assert.deepStrictEqual(r.entries.slice(0, 2).map((e) => [e.label, e.insertText]), [
        ['新检查项', 'id: ${1:C3}\n  text: ${2}\n  done: ${3|false,true|}'],
        ['新检查项分组', 'group: ${1}\n  items:\n    - id: ${2:C3}\n      text: ${3}'],
      ]);
    });

    it('in a flow list of mappings: the item in braces', () => {
      const r = run('bank-log.project.yaml', project.replace('  - { task: P2,', '  - ‸\n  - { task: P2,').replace('delays:\n  - ‸\n  - { task: P2, date: 2027-01-08, days: 2, reason: 防火墙端口未开通, reportedToSales: 2027-01-08 }', 'delays: [{ task: P2, days: 2 }, ‸]'));
      assert.strictEqual(r.entries[0].label, '新延期记录');
      assert.strictEqual(r.entries[0].insertText, '{ task: ${1}, date: ${2:2026-12-10}, days: ${3}, reason: ${4}, reportedToSales: ${5:2026-12-10} }');
      assert.strictEqual(r.entries.length, 1, 'no bare keys in a flow list');
    });

    it('a list on the lines under its key: `- ` and the item', () => {
      const r = run('new.poc.yaml', 'kind: poc\nid: x\ntitle: 新 POC\nteam:\n  ‸\n');
      assert.deepStrictEqual(r.entries.map((e) => [e.label, e.insertText]), [['新团队成员', '- id: ${1}\n  name: ${2}\n  role: ${3|sales,presales,ops,engineer,pm,support|}']]);
    });
  });

  describe('values', () => {
    it('enum values with their meaning, in both languages', () => {
      const zh = run('bank-log.poc.yaml', poc.replace('    phase: scenario\n', '    phase: ‸\n'));
      assert.deepStrictEqual(zh.entries.slice(0, 3).map((e) => `${e.label}: ${e.detail}`), ['intelligence: 情报收集（POC）', 'scenario: 确定业务场景（POC）', 'environment: 客户方申请机器（现场POC）']);
      assert.strictEqual(zh.entries.length, 9, 'the POC phases only');
      const en = run('bank.stakeholders.yaml', stakeholders.replace('attitude: supporter', 'attitude: s‸'), 'en');
      assert.deepStrictEqual(en.entries.map((e) => `${e.label}: ${e.detail}`), ['champion: Champion: actively pushes for us', 'supporter: Supporter', 'neutral: Neutral', 'skeptic: Skeptic', 'blocker: Blocker']);
      assert.ok(apply(en, 'skeptic').includes('    attitude: skeptic\n'));
    });

    it('roles in a flow list: the roles not listed yet', () => {
      const r = run('bank.stakeholders.yaml', stakeholders.replace('roles: [decision-maker]', 'roles: [decision-maker, ‸]'));
      assert.deepStrictEqual(labels(r), ['technical-influencer', 'business-influencer', 'end-user', 'approver', 'legal', 'procurement', 'developer']);
    });

    it('values that YAML would misread are quoted', () => {
      const r = run('bank.requirements.yaml', requirements.replace('op: "<"', 'op: ‸'));
      assert.deepStrictEqual(r.entries.map((e) => e.insertText), ['<', '<=', '">"', '">="', '=', '==', '"!="']);
      const quoted = run('bank.requirements.yaml', requirements.replace('op: "<"', 'op: "‸"'));
      assert.deepStrictEqual(quoted.entries.map((e) => e.insertText), ['<', '<=', '>', '>=', '=', '==', '!=']);
    });

    it('booleans', () => {
      const r = run('closing.checklist.yaml', checklist.replace('done: false', 'done: ‸'));
      assert.deepStrictEqual(r.entries.map((e) => `${e.kind} ${e.label}`), ['boolean true', 'boolean false']);
    });

    it('dates: today and the plan start and end', () => {
      const zh = run('bank-log.project.yaml', project.replace('    date: 2027-01-11\n', '    date: ‸\n'));
      assert.deepStrictEqual(zh.entries.map((e) => `${e.kind} ${e.label} ${e.detail}`), ['date 2026-12-10 今天', 'date 2027-01-04 项目开始', 'date 2027-03-31 项目结束']);
      const en = run('bank-log.poc.yaml', poc.replace('  date: 2026-12-16\n', '  date: 2026-‸\n'), 'en');
      assert.deepStrictEqual(en.entries.map((e) => `${e.label} ${e.detail}`), ['2026-12-10 today', '2026-12-01 plan start', '2026-12-18 plan end']);
      assert.ok(apply(en, '2026-12-18').includes('  date: 2026-12-18\n'));
      const poczh = run('bank-log.poc.yaml', poc.replace('  date: 2026-12-16\n', '  date: ‸\n'));
      assert.deepStrictEqual(poczh.entries.map((e) => e.detail), ['今天', 'POC 开始', 'POC 结束']);
    });

    it('a checklist due date: the dates of its plan', () => {
      const r = run('closing.checklist.yaml', checklist.replace('due: 2027-03-25', 'due: ‸'));
      assert.deepStrictEqual(r.entries.map((e) => `${e.label} ${e.detail}`), ['2026-12-10 今天', '2027-01-04 项目开始', '2027-03-31 项目结束']);
    });

    it('today and the plan start on the same day: one entry', () => {
      const r = run('bank-log.poc.yaml', poc.replace('start: 2026-12-01\nend', 'start: 2026-12-10\nend').replace('  date: 2026-12-16\n', '  date: ‸\n'));
      assert.deepStrictEqual(r.entries.map((e) => `${e.label} ${e.detail}`), ['2026-12-10 今天 · POC 开始', '2026-12-18 POC 结束']);
    });

    it('the id of a new item: the next free id of its list', () => {
      const task = run('bank-log.poc.yaml', poc.replace('\ndemo:', '\n  - id: ‸\ndemo:'));
      assert.deepStrictEqual(task.entries.map((e) => `${e.kind} ${e.label} ${e.detail}`), ['value T6 下一个可用编号']);
      const item = run('closing.checklist.yaml', `${checklist}  - { id: ‸, text: 离场交接 }\n`, 'en');
      assert.deepStrictEqual(item.entries.map((e) => `${e.label} ${e.detail}`), ['C3 next free id']);
    });

    it('right after `owner:` with no space: the value comes with one', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    owner: zhang\n', '    owner:‸\n'));
      assert.ok(apply(r, 'li').includes('\n    owner: li\n'));
    });
  });

  describe('only what fits the cursor', () => {
    it('no entry snippets in value positions', () => {
      for (const [needle, typed] of [['owner: zhang', 'owner: ‸'], ['name: 情报收集', 'name: ‸'], ['    duration: 2d\n  - id: T2', '    duration: ‸\n  - id: T2'], ['phase: scenario', 'phase: ‸']]) {
        const r = run('bank-log.poc.yaml', poc.replace(needle, typed));
        assert.deepStrictEqual(r.entries.filter((e) => e.kind === 'snippet').map((e) => e.label), [], typed);
      }
    });

    it('at the dashes of a task list: a new task (with its dash), never the root keys', () => {
      for (const text of [poc.replace('\ndemo:', '\n  ‸\ndemo:'), poc.replace('  - { id: T3,', '  ‸\n  - { id: T3,')]) {
        const r = run('bank-log.poc.yaml', text);
        assert.deepStrictEqual(labels(r), ['新任务'], 'no customer, team, demo …');
        assert.match(r.entries[0].insertText, /^- id: \$\{1:T6\}\n/);
      }
    });

    it('POC phases in a POC, project phases in a project, also in the task snippet', () => {
      const poc1 = run('bank-log.poc.yaml', poc.replace('phase: scenario', 'phase: ‸'));
      assert.deepStrictEqual(labels(poc1), ['intelligence', 'scenario', 'environment', 'schedule', 'integration', 'deployment', 'rehearsal', 'demo', 'review']);
      const prj = run('bank-log.project.yaml', project.replace('phase: kickoff', 'phase: ‸'));
      assert.deepStrictEqual(labels(prj), ['kickoff', 'implementation', 'closing', 'departure', 'after-sales']);
      const item = run('bank-log.project.yaml', `${project.slice(0, project.indexOf('changes:'))}  - ‸\n`);
      assert.match(item.entries[0].insertText, /phase: \$\{3\|kickoff,implementation,closing,departure,after-sales\|\}/);
      const key = run('bank-log.poc.yaml', poc.replace('    phase: intelligence\n', '    ‸\n'));
      assert.strictEqual(byLabel(key, 'phase').insertText, 'phase: ${1|intelligence,scenario,environment,schedule,integration,deployment,rehearsal,demo,review|}');
    });

    it('duration: 1d, 3d, 1w, 2w, in working days', () => {
      const r = run('bank-log.poc.yaml', poc.replace('    duration: 2d\n  - id: T2', '    duration: ‸\n  - id: T2'));
      assert.deepStrictEqual(r.entries.map((e) => `${e.label} ${e.detail}`), ['1d 1 个工作日', '3d 3 个工作日', '1w 1 周（5 个工作日）', '2w 2 周（10 个工作日）']);
      const flow = run('bank-log.poc.yaml', poc.replace('dependsOn: [T4], duration: 1d', 'dependsOn: [T4], duration: ‸'), 'en');
      assert.deepStrictEqual(labels(flow), ['1d', '3d', '1w', '2w']);
      assert.strictEqual(byLabel(flow, '2w').detail, '2 weeks (10 working days)');
    });

    it('a new task takes the next id and depends on the task above it (P10 after P9)', () => {
      const text = 'kind: project\nid: p\ntitle: t\ntasks:\n  - { id: P8, name: a, duration: 1d }\n  - { id: P9, name: b, dependsOn: [P8], duration: 1d }\n  - ‸\n';
      const r = run('x.project.yaml', text);
      assert.strictEqual(r.entries[0].insertText, 'id: ${1:P10}\n  name: ${2}\n  phase: ${3|kickoff,implementation,closing,departure,after-sales|}\n  owner: ${4}\n  duration: ${5|1d,3d,1w,2w|}\n  dependsOn: [${6:P9}]');
      // Between two tasks: after the one above; the first task of a list depends on nothing.
      const between = run('bank-log.poc.yaml', poc.replace('  - { id: T3,', '  ‸\n  - { id: T3,'));
      assert.match(between.entries[0].insertText, /dependsOn: \[\$\{\d+:T2\}\]$/);
      const first = run('x.poc.yaml', 'kind: poc\nid: p\ntitle: t\ntasks:\n  - ‸\n');
      assert.ok(!first.entries[0].insertText.includes('dependsOn'), first.entries[0].insertText);
      assert.match(first.entries[0].insertText, /^id: \$\{1:T1\}/);
    });
  });

  describe('robustness', () => {
    it('still completes with a syntax error in another part of the file', () => {
      // An unclosed flow list after the cursor: the rest of the file still parses.
      const after = run('bank-log.poc.yaml', poc.replace('    owner: li\n', '    owner: ‸\n') + 'risks: [ { id: RK1, description: 数据质量\n');
      assert.deepStrictEqual(sorted(after), ['zhang', 'li', 'zhao', 'cio-liu', 'sec-zhou', 'ops-ma']);
      // An unclosed quote before it swallows the team, yet the cursor's place is still known
      // (from its own top-level block) and the people of the other files are offered.
      const before = run('bank-log.poc.yaml', poc.replace('title: 某银行日志分析平台 POC', 'title: "某银行日志分析平台 POC').replace('    owner: li\n', '    owner: ‸\n'));
      assert.deepStrictEqual(sorted(before), ['cio-liu', 'sec-zhou', 'ops-ma']);
      // A broken flow mapping at the end: keys of the task being written.
      const keys = run('bank-log.poc.yaml', poc.replace('  - { id: T5,', '  - { id: T5, ‸').replace('duration: 1d }', 'duration: 1d') + '  - {');
      assert.deepStrictEqual(labels(keys), ['description', 'start', 'end', 'priority', 'status', 'allocation', 'effortDays', 'progress', 'actualStart', 'actualEnd', 'release', 'change', 'note']);
    });

    it('nothing in a comment, nothing unknown, never throws', () => {
      assert.deepStrictEqual(run('bank-log.poc.yaml', poc.replace('# 某银行日志分析平台 POC（现场）', '# 某银行日志分析平台 POC（现场）‸')).entries, []);
      assert.deepStrictEqual(run('bank-log.poc.yaml', poc.replace('title: 某银行日志分析平台 POC', 'title: 某银行‸')).entries, []);
      assert.deepStrictEqual(run('bank-log.poc.yaml', poc.replace('    name: 情报收集\n', '    name: 情报收集\n    foo:\n      ‸\n')).entries, []);
      for (const text of ['[‸', '- ‸', '"‸', 'tasks: [[[‸', '\u0000‸', 'kind: poc\n---\n‸', 'kind: poc\ntasks:\n  - id: T1\n    dependsOn: [T1, ‸']) {
        assert.deepStrictEqual(run('x.poc.yaml', text).entries, [], text);
      }
      assert.ok(labels(run('x.poc.yaml', '{ ‸ }')).includes('tasks'), 'a flow mapping at the top');
    });
  });

  describe('helpers', () => {
    it('nextId continues the numbering', () => {
      assert.strictEqual(nextId(['T1', 'T2', 'T9'], 'T'), 'T10');
      assert.strictEqual(nextId(['P01', 'P02'], 'T'), 'P03');
      assert.strictEqual(nextId([], 'RK'), 'RK1');
      assert.strictEqual(nextId(['zhang'], undefined), undefined);
    });

    it('yamlScalar quotes what YAML would misread', () => {
      assert.deepStrictEqual(['not-met', 'on', '>', '1.5', 'high', '!='].map((v) => yamlScalar(v, false)), ['not-met', '"on"', '">"', '"1.5"', 'high', '"!="']);
      assert.strictEqual(yamlScalar('>', true), '>');
    });
  });
});

describe('completion of ids in a large plan', () => {
  const big = () => {
    const tasks = Array.from({ length: 150 }, (_, i) => `  - { id: T${i + 1}, name: 任务${i + 1}, duration: 1d }`).join('\n');
    return `kind: project\nid: big\ntitle: 大项目\nstart: 2027-01-04\ntasks:\n${tasks}\n  - { id: Z1, name: 收尾, dependsOn: [T] }\n`;
  };

  it('offers at most MAX_ID_ENTRIES ids, marks the list incomplete, and narrows by the typed word', () => {
    const text = big();
    const ws = workspaceOf({ 'big.project.yaml': text });
    const ctx = { ws, file: ws.get('file:///ws/big.project.yaml')!, locale: 'en' as const };
    const all = completeList(ctx, text.indexOf('dependsOn: [T') + 'dependsOn: ['.length);
    assert.strictEqual(all.items.length, MAX_ID_ENTRIES);
    assert.strictEqual(all.isIncomplete, true);
    const narrowed = completeList(ctx, text.indexOf('dependsOn: [T') + 'dependsOn: [T'.length);
    assert.strictEqual(narrowed.isIncomplete, true, 'T matches all 150');
    const t14 = text.replace('dependsOn: [T]', 'dependsOn: [T14]');
    const ws2 = workspaceOf({ 'big.project.yaml': t14 });
    const r = completeList({ ws: ws2, file: ws2.get('file:///ws/big.project.yaml')!, locale: 'en' }, t14.indexOf('[T14') + 4);
    assert.deepStrictEqual(r.items.map((i) => i.label), ['T14', 'T140', 'T141', 'T142', 'T143', 'T144', 'T145', 'T146', 'T147', 'T148', 'T149']);
    assert.strictEqual(r.isIncomplete, true, 'narrowed on the server, so the client must ask again when the word changes');
  });

  it('sends every id below the cap, for the client to filter (also by name)', () => {
    const text = `kind: project\nid: small\ntitle: 小项目\nstart: 2027-01-04\nteam:\n  - { id: zhang, name: 张三 }\n  - { id: li, name: 李四 }\ntasks:\n  - { id: T1, name: 任务, owner: zh, duration: 1d }\n`;
    const ws = workspaceOf({ 'small.project.yaml': text });
    const r = completeList({ ws, file: ws.get('file:///ws/small.project.yaml')!, locale: 'en' }, text.indexOf('owner: zh') + 'owner: zh'.length);
    assert.deepStrictEqual(r.items.map((i) => i.label), ['zhang', 'li']);
    assert.strictEqual(r.items[1].filterText, 'li 李四');
    assert.strictEqual(r.isIncomplete, false);
  });
});
