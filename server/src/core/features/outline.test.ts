import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import type { Workspace } from '../workspace';
import type { SymbolEntry, WorkspaceSymbolEntry } from './types';
import { documentSymbols, workspaceSymbols } from './outline';

const poc = yaml`
  # 某银行日志分析平台 POC
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  calendar:
    holidays: [2026-12-04]
  team:
    - { id: zhang, name: 张三, role: sales }
    - id: zhao
      name: 赵六
      role: engineer
    - { id: li }
  scenarios:
    - { id: S1, title: 交易日志实时检索, requirements: [R1] }
  successCriteria:
    - id: SC1
      description: 检索 P95 小于 3 秒
      result: pending
  tasks:
    - { id: T1, name: 情报收集, phase: intelligence, owner: zhang, start: 2026-12-01, duration: 2d }
    - id: T2
      name: 软件集成与验证
      phase: integration
      owner: zhao
      dependsOn: [T1]
      duration: 3d
    - { id: T3, name: 产品演示, phase: demo, dependsOn: [T2], duration: 0d }
    - { name: 待定任务 }
  risks:
    - { id: RK1, description: 客户数据质量不佳，部分日志缺少交易流水号，需要提前抽样确认字段映射，否则对账时会出现大量不一致, impact: high, status: open }
  demo:
    date: 2026-12-09
    audience: [cio-liu]
`;

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台一期实施
  start: 2027-01-04
  contract: { signed: 2026-12-28, maintenanceMonths: 12 }
  team:
    - { id: zhao, name: 赵六, role: engineer }
  releases:
    - { id: basic, title: 基础版, date: 2027-02-26 }
  tasks:
    - { id: P1, name: 项目启动会, phase: kickoff, start: 2027-01-04, duration: 1d }
  changes:
    - id: CR1
      date: 2027-01-20
      description: 增加监管报表
      scope: next-phase
      decision: pending
  delays:
    - { task: P1, date: 2027-01-04, days: 1, reason: 客户会议室未落实 }
  halts:
    - { from: 2027-01-11, to: 2027-01-15, reason: 客户年终封网, resumePlan: 1 月 18 日恢复 }
  weeklyReports:
    - week: 2027-W01
      sent: 2027-01-08
      hours: { zhao: 40 }
  satisfaction:
    - { date: 2027-01-29, score: 9 }
  training:
    - { date: 2027-02-10, topic: 产品使用维护培训, attendees: 12 }
  acceptance:
    items:
      - { id: A1, category: analysis, requirement: R1, status: passed }
    report: { signed: false }
  inspections:
    - { due: 2027-06-30, done: false }
`;

const stakeholders = yaml`
  kind: stakeholders
  stakeholders:
    - id: cio-liu   # 决策者
      name: 刘总
      title: CIO
      roles: [decision-maker]
    - { id: sec-zhou, name: 周经理, title: 信息安全部经理 }
    - { name: 马工 }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 日志检索性能, priority: must, category: performance }
    - id: R10
      title: 日志留存 180 天
      priority: should
`;

const checklist = yaml`
  kind: checklist
  id: closing-check
  title: 项目收尾检查
  phase: closing
  items:
    - group: 产品培训
      items:
        - { id: C1, text: 整理培训材料及培训考题, done: true }
        - group: 培训考试
          items:
            - { id: C2, text: 培训后对参训人员进行测试, required: false }
    - id: C3
      text: 备份数据库
      due: 2026-12-20
`;

const FILES = {
  'bank-log.poc.yaml': poc,
  'bank-log.project.yaml': project,
  'bank.stakeholders.yaml': stakeholders,
  'bank.requirements.yaml': requirements,
  'closing.checklist.yaml': checklist,
};

function symbols(ws: Workspace, name: string, locale: 'zh-CN' | 'en'): { text: string; entries: SymbolEntry[] } {
  const file = ws.get(`file:///ws/${name}`)!;
  return { text: file.text, entries: documentSymbols({ ws, file, locale }) };
}

/** `kind name — detail @selected text`, children indented. */
function tree(text: string, entries: SymbolEntry[], depth = 0): string[] {
  return entries.flatMap((e) => [
    `${'  '.repeat(depth)}${e.kind} ${e.name}${e.detail ? ` — ${e.detail}` : ''} @${text.slice(e.selection.start, e.selection.end)}`,
    ...tree(text, e.children ?? [], depth + 1),
  ]);
}

/** Every selection lies inside its entry, every child inside its parent. */
function assertNested(entries: SymbolEntry[], parent?: SymbolEntry): void {
  for (const e of entries) {
    assert.ok(e.selection.start >= e.span.start && e.selection.end <= e.span.end, `selection of ${e.name}`);
    if (parent) assert.ok(e.span.start >= parent.span.start && e.span.end <= parent.span.end, `${e.name} inside ${parent.name}`);
    assertNested(e.children ?? [], e);
  }
}

describe('feature outline: documentSymbols', () => {
  const ws = workspaceOf(FILES);

  it('shows a POC as the plan with its sections and items (computed dates, milestones)', () => {
    const { text, entries } = symbols(ws, 'bank-log.poc.yaml', 'zh-CN');
    assert.deepStrictEqual(tree(text, entries), [
      'plan 某银行日志分析平台 POC — bank-log-poc @bank-log-poc',
      '  section 工作日历 @calendar',
      '  section 团队 @team',
      '    person 张三（zhang） — 销售 @zhang',
      '    person 赵六（zhao） — 实施工程师 @zhao',
      '    person li @li',
      '  section 业务场景 @scenarios',
      '    scenario S1 交易日志实时检索 @S1',
      '  section 成功标准 @successCriteria',
      '    criterion SC1 检索 P95 小于 3 秒 — 待验证 @SC1',
      '  section 任务 @tasks',
      '    task T1 情报收集 — 情报收集 · 2026-12-01 → 2026-12-02 @T1',
      '    task T2 软件集成与验证 — 软件集成与验证 · 2026-12-03 → 2026-12-08 @T2',
      '    milestone T3 产品演示 — 产品演示 · 2026-12-09 @T3',
      '    task 待定任务 — 2026-12-01 @待定任务',
      '  section 风险 @risks',
      '    risk RK1 客户数据质量不佳，部分日志缺少交易流水号，需要提前抽样确认字段映射，否则对账时… — 高 · 未关闭 @RK1',
      '  section 产品演示 @demo',
    ]);
    assertNested(entries);
    // The plan covers the whole mapping (after the leading comment); a section covers its key and value.
    const plan = entries[0];
    assert.strictEqual(text.slice(plan.span.start, plan.span.end), text.slice(text.indexOf('kind: poc')).trimEnd());
    const team = plan.children![1];
    assert.strictEqual(
      text.slice(team.span.start, team.span.end),
      'team:\n  - { id: zhang, name: 张三, role: sales }\n  - id: zhao\n    name: 赵六\n    role: engineer\n  - { id: li }',
    );
    const t2 = plan.children![4].children![1];
    assert.strictEqual(
      text.slice(t2.span.start, t2.span.end),
      'id: T2\n    name: 软件集成与验证\n    phase: integration\n    owner: zhao\n    dependsOn: [T1]\n    duration: 3d',
    );
    assert.strictEqual(text.slice(plan.children![4].children![0].span.start, plan.children![4].children![0].span.end).slice(0, 10), '{ id: T1, ');
  });

  it('names sections and people in English for an English user', () => {
    const { text, entries } = symbols(ws, 'bank-log.poc.yaml', 'en');
    const lines = tree(text, entries);
    assert.strictEqual(lines[1], '  section Calendar — calendar @calendar');
    assert.strictEqual(lines[3], '    person 张三 (zhang) — sales @zhang');
    assert.strictEqual(lines[8], '  section Success criteria — successCriteria @successCriteria');
  });

  it('shows every section of an implementation project', () => {
    const { text, entries } = symbols(ws, 'bank-log.project.yaml', 'zh-CN');
    assert.deepStrictEqual(tree(text, entries), [
      'plan 某银行日志平台一期实施 — bank-log-impl @bank-log-impl',
      '  section 合同 @contract',
      '  section 团队 @team',
      '    person 赵六（zhao） — 实施工程师 @zhao',
      '  section 版本规划 @releases',
      '    release basic 基础版 — 2027-02-26 @basic',
      '  section 任务 @tasks',
      '    task P1 项目启动会 — 项目启动 · 2027-01-04 → 2027-01-05 @P1',
      '  section 需求变更 @changes',
      '    change CR1 增加监管报表 — 下一期 · 待审批 @CR1',
      '  section 延期记录 @delays',
      '    item P1 +1 天 — 2027-01-04 @P1',
      '  section 客户叫停 @halts',
      '    item 2027-01-11 → 2027-01-15 — 客户年终封网 @2027-01-11',
      '  section 周报 @weeklyReports',
      '    item 2027-W01 — 2027-01-08 @2027-W01',
      '  section 满意度调查 @satisfaction',
      '    item 2027-01-29 — 9 @2027-01-29',
      '  section 产品培训 @training',
      '    item 产品使用维护培训 — 2027-02-10 @产品使用维护培训',
      '  section 项目验收 @acceptance',
      '    item A1 — 分析需求验收 · 已通过 @A1',
      '  section 巡检 @inspections',
      '    item 2027-06-30 — 未完成 @2027-06-30',
    ]);
    assertNested(entries);
  });

  it('lists stakeholders by name (id) with their title, and requirements by id and title', () => {
    const s = symbols(ws, 'bank.stakeholders.yaml', 'zh-CN');
    assert.deepStrictEqual(tree(s.text, s.entries), ['person 刘总（cio-liu） — CIO @cio-liu', 'person 周经理（sec-zhou） — 信息安全部经理 @sec-zhou', 'person 马工 @马工']);
    assert.strictEqual(s.text.slice(s.entries[0].span.start, s.entries[0].span.end), 'id: cio-liu   # 决策者\n    name: 刘总\n    title: CIO\n    roles: [decision-maker]');
    const r = symbols(ws, 'bank.requirements.yaml', 'en');
    assert.deepStrictEqual(tree(r.text, r.entries), ['requirement R1 日志检索性能 — must · performance @R1', 'requirement R10 日志留存 180 天 — should @R10']);
    assertNested(s.entries);
    assertNested(r.entries);
  });

  it('shows a checklist with its groups (nested as written) and items', () => {
    const { text, entries } = symbols(ws, 'closing.checklist.yaml', 'zh-CN');
    assert.deepStrictEqual(tree(text, entries), [
      'checklist 项目收尾检查 — closing-check · 项目收尾 @closing-check',
      '  section 产品培训 @产品培训',
      '    item C1 整理培训材料及培训考题 — 已完成 @C1',
      '    section 培训考试 @培训考试',
      '      item C2 培训后对参训人员进行测试 — 未完成 · 可选 @C2',
      '  item C3 备份数据库 — 未完成 · 2026-12-20 @C3',
    ]);
    assertNested(entries);
    const group = entries[0].children![0];
    assert.strictEqual(
      text.slice(group.span.start, group.span.end),
      'group: 产品培训\n    items:\n      - { id: C1, text: 整理培训材料及培训考题, done: true }\n      - group: 培训考试\n        items:\n          - { id: C2, text: 培训后对参训人员进行测试, required: false }',
    );
    const en = symbols(ws, 'closing.checklist.yaml', 'en');
    assert.deepStrictEqual(tree(en.text, en.entries).slice(4), ['      item C2 培训后对参训人员进行测试 — not done · optional @C2', '  item C3 备份数据库 — not done · 2026-12-20 @C3']);
  });

  it('answers for the part that parses, and nothing for an empty or non-mapping file', () => {
    const w = workspaceOf({
      'x.poc.yaml': yaml`
        id: x-poc
        title: 某证券 POC
        team: [{ id: wu, name: 吴九 }]
        tasks:
          - { id: T1, name: 部署 }
          - { id: T2, name: "未闭合
      `,
      'empty.requirements.yaml': '# 暂无需求\n',
      'list.stakeholders.yaml': '- id: a\n',
      'bad.checklist.yaml': 'items: 3\n',
      'bin.poc.yaml': 'id: x\u0000',
    });
    const x = symbols(w, 'x.poc.yaml', 'en');
    assert.deepStrictEqual(tree(x.text, x.entries).slice(0, 3), ['plan 某证券 POC — x-poc @x-poc', '  section Team — team @team', '    person 吴九 (wu) @wu']);
    assert.deepStrictEqual(symbols(w, 'empty.requirements.yaml', 'en').entries, []);
    assert.deepStrictEqual(symbols(w, 'list.stakeholders.yaml', 'en').entries, []);
    assert.deepStrictEqual(symbols(w, 'bin.poc.yaml', 'en').entries, []);
    const bad = symbols(w, 'bad.checklist.yaml', 'en');
    assert.deepStrictEqual(tree(bad.text, bad.entries), ['checklist bad.checklist.yaml @']);
  });
});

describe('feature outline: workspaceSymbols', () => {
  const ws = workspaceOf(FILES);
  const brief = (xs: WorkspaceSymbolEntry[]) =>
    xs.map((x) => `${x.kind} ${x.name} — ${x.detail} @${ws.get(x.uri)!.text.slice(x.span.start, x.span.end)}`);

  it('finds a person in every plan, case-insensitively, with the file as detail', () => {
    assert.deepStrictEqual(brief(workspaceSymbols(ws, 'ZHAO', 'zh-CN')), [
      'person 赵六（zhao） — 团队成员 · bank-log.poc.yaml @zhao',
      'person 赵六（zhao） — 团队成员 · bank-log.project.yaml @zhao',
    ]);
    assert.deepStrictEqual(brief(workspaceSymbols(ws, 'zhou', 'en')), ['person 周经理 (sec-zhou) — stakeholder · bank.stakeholders.yaml @sec-zhou']);
  });

  it('matches Chinese names by substring only', () => {
    // Names that start with the query come first.
    assert.deepStrictEqual(brief(workspaceSymbols(ws, '日志', 'zh-CN')), [
      'requirement R1 日志检索性能 — 需求 · bank.requirements.yaml @R1',
      'requirement R10 日志留存 180 天 — 需求 · bank.requirements.yaml @R10',
      'plan bank-log-poc 某银行日志分析平台 POC — 计划 · bank-log.poc.yaml @bank-log-poc',
      'scenario S1 交易日志实时检索 — 业务场景 · bank-log.poc.yaml @S1',
      'risk RK1 客户数据质量不佳，部分日志缺少交易流水号，需要提前抽样确认字段映射，否则对账时… — 风险 · bank-log.poc.yaml @RK1',
      'plan bank-log-impl 某银行日志平台一期实施 — 计划 · bank-log.project.yaml @bank-log-impl',
    ]);
    // 日志 … 性能 is a subsequence of 日志检索性能, but Chinese matches by substring.
    assert.deepStrictEqual(workspaceSymbols(ws, '日志性能', 'zh-CN'), []);
    assert.deepStrictEqual(brief(workspaceSymbols(ws, '检索性能', 'zh-CN')), ['requirement R1 日志检索性能 — 需求 · bank.requirements.yaml @R1']);
  });

  it('ranks the exact id first, then id prefixes, name prefixes, substrings and fuzzy matches', () => {
    assert.deepStrictEqual(
      workspaceSymbols(ws, 'r1', 'en').map((x) => x.name),
      // exact, prefix, substring (CR1), subsequence (RK1: r…1)
      ['R1 日志检索性能', 'R10 日志留存 180 天', 'CR1 增加监管报表', 'RK1 客户数据质量不佳，部分日志缺少交易流水号，需要提前抽样确认字段映射，否则对账时…'],
    );
    // Id prefixes (in file order) come before substrings (bank-log-poc, SC1 …).
    assert.deepStrictEqual(workspaceSymbols(ws, 'c', 'en').map((x) => x.name).slice(0, 8), [
      'CR1 增加监管报表',
      '刘总 (cio-liu)',
      'closing-check 项目收尾检查',
      'C1 整理培训材料及培训考题',
      'C2 培训后对参训人员进行测试',
      'C3 备份数据库',
      'bank-log-poc 某银行日志分析平台 POC',
      'SC1 检索 P95 小于 3 秒',
    ]);
    // A subsequence of the id: "bpoc" → bank-log-poc; "bli" → bank-log-impl.
    assert.deepStrictEqual(workspaceSymbols(ws, 'bpoc', 'en').map((x) => x.name), ['bank-log-poc 某银行日志分析平台 POC']);
    assert.deepStrictEqual(workspaceSymbols(ws, 'bli', 'en').map((x) => x.name), ['bank-log-impl 某银行日志平台一期实施']);
    assert.deepStrictEqual(workspaceSymbols(ws, 'xyz', 'en'), []);
  });

  it('marks milestones and returns at most 200 entries', () => {
    assert.deepStrictEqual(brief(workspaceSymbols(ws, 'T3', 'zh-CN')), ['milestone T3 产品演示 — 任务 · bank-log.poc.yaml @T3']);
    const big = yaml`
      id: big
      title: 大型实施项目
      tasks:
    ` + Array.from({ length: 300 }, (_, i) => `  - { id: T${i + 1}, name: 日志接入第 ${i + 1} 批 }\n`).join('');
    const w = workspaceOf({ 'big.project.yaml': big });
    const all = workspaceSymbols(w, '', 'zh-CN');
    assert.strictEqual(all.length, 200);
    assert.strictEqual(all[0].name, 'big 大型实施项目');
    assert.strictEqual(workspaceSymbols(w, 't', 'en').length, 200);
    // T1, then T10…T19 and T100…T199 (prefix), then every other id with a 1 after the t (subsequence): 138 of 300.
    const t = workspaceSymbols(w, 't1', 'en');
    assert.strictEqual(t.length, 138);
    assert.deepStrictEqual(t.slice(0, 3).map((x) => x.name), ['T1 日志接入第 1 批', 'T10 日志接入第 10 批', 'T11 日志接入第 11 批']);
  });
});
