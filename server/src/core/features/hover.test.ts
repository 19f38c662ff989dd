import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { hover } from './hover';

// A customer folder: a POC (block and flow tasks, a milestone), the implementation project,
// stakeholders and requirements.
const poc = yaml`
  # 某银行日志分析平台 POC（现场）
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  customer: 某银行
  start: 2026-12-01
  end: 2026-12-18
  qualification: { financiallyVetted: true }
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: li, name: 李四, role: presales, capacity: 1 }
    - { id: zhao, name: 赵六, role: engineer }
  scenarios:
    - id: S1
      title: 交易日志实时检索
      requirements: [R1, R2]
  tasks:
    - id: T1
      name: 情报收集
      phase: intelligence
      owner: zhang
      start: 2026-12-01
      duration: 2d
      status: done
      progress: 100
    - { id: T2, name: 确定 POC 业务场景, phase: scenario, owner: li, dependsOn: [T1], duration: 2d }
    - { id: T3, name: 客户方申请机器, phase: environment, owner: cio-liu, dependsOn: [T1], duration: 3d }
    - { id: T4, name: 软件集成与验证, phase: integration, owner: zhao, dependsOn: [T2, T3], duration: 3d, release: basic }
    - { id: T5, name: 产品演示, phase: demo, owner: lii, dependsOn: [T4], duration: 1d }
    - { id: T6, name: 客户评审结论, phase: review, owner: zhang, dependsOn: [T5], duration: 0d }
  risks:
    - { id: RK1, description: 客户数据质量不佳, probability: high, impact: high, owner: li }
  demo:
    date: 2026-12-11
    audience: [cio-liu, sec-zhou]
    storyboard:
      - { step: 实时检索一笔异常交易, scenario: S1, minutes: 10 }
`;

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志分析平台一期实施
  poc: bank-log-poc
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
  releases:
    - { id: basic, title: 基础版, date: 2027-02-26 }
  changes:
    - { id: CR1, requestedBy: sec-zhou, description: 新增数据库审计日志接入, approvedBy: 张三 }
  delays:
    - { task: P1, date: 2027-01-08, days: 2, affects: [bank-log-poc] }
  weeklyReports:
    - { week: 2027-W02, hours: { zhao: 40 } }
  tasks:
    - { id: P1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 3d }
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
    - { id: sec-zhou, name: 周经理, title: 信息安全部经理, org: customer, roles: [technical-influencer, approver], influence: high, interest: medium, attitude: skeptic, reportsTo: cio-liu }
    - { id: proc-wu, name: 吴经理, title: 采购部经理 }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - id: R1
      title: 日志检索性能
      type: non-functional
      category: performance
      priority: must
      source: cio-liu
      acceptance: 100GB/天 数据量下检索 P95 小于 3 秒
      release: basic
    - { id: R2, title: 日志接入无丢失, type: functional, priority: should, acceptance: 丢失率低于 0.01% }
    - { id: R9, title: 移动端查看告警, priority: could }
`;

const FILES: Record<string, string> = {
  'bank-log.poc.yaml': poc,
  'bank-log.project.yaml': project,
  'bank.stakeholders.yaml': stakeholders,
  'bank.requirements.yaml': requirements,
};

/** Hovers over the first `needle` of a file, `delta` characters into it; returns the covered text and the Markdown. */
function hoverOn(name: string, needle: string, delta = 0, locale: 'zh-CN' | 'en' = 'zh-CN', files = FILES): { covered: string; md: string } | undefined {
  const ws = workspaceOf(files, { locale, today: '2026-12-10' });
  const file = ws.get(`file:///ws/${name}`)!;
  const i = file.text.indexOf(needle);
  assert.ok(i >= 0, `${name} has ${needle}`);
  const h = hover({ ws, file, locale }, i + delta);
  return h && { covered: file.text.slice(h.span.start, h.span.end), md: h.contents };
}

describe('hover', () => {
  describe('keys', () => {
    it('what the field means, from the schema, in both languages', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: zhang'), { covered: 'owner', md: '**owner**\n\n负责人：本文件团队成员 id，或干系人 id。' });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: zhang', 2, 'en'), { covered: 'owner', md: '**owner**\n\nOwner: a team id of this file, or a stakeholder id.' });
    });

    it('a required field says so', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'title:'), { covered: 'title', md: '**title** · 必填\n\n标题。' });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'title:', 0, 'en'), { covered: 'title', md: '**title** · required\n\nTitle.' });
    });

    it('the allowed values of an enum: inline when short, a list otherwise', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'probability: high', 3), {
        covered: 'probability',
        md: '**probability**\n\n发生概率。\n\n可选值：`high` 高 · `medium` 中 · `low` 低',
      });
      assert.deepStrictEqual(hoverOn('bank.stakeholders.yaml', 'attitude: supporter', 0, 'en'), {
        covered: 'attitude',
        md: '**attitude**\n\nAttitude towards our solution.\n\nAllowed values: `champion` Champion · `supporter` Supporter · `neutral` Neutral · `skeptic` Skeptic · `blocker` Blocker',
      });
      const phase = hoverOn('bank-log.poc.yaml', 'phase: intelligence')!;
      assert.strictEqual(phase.covered, 'phase');
      assert.ok(phase.md.startsWith('**phase**\n\n所属阶段，用于甘特图分组和阶段规则（如现场 POC 须有软件集成与产品部署任务）。\n\n可选值：\n- `intelligence` 情报收集（POC）\n- `scenario` 确定业务场景（POC）\n'), phase.md);
    });

    it('the task phases of the plan\'s kind only', () => {
      const poc = hoverOn('bank-log.poc.yaml', 'phase: intelligence')!.md;
      assert.ok(poc.includes('`review`') && !poc.includes('`kickoff`'), poc);
      const files = { ...FILES, 'x.project.yaml': 'kind: project\nid: x\ntitle: t\ntasks:\n  - { id: P1, phase: kickoff }\n' };
      const project = hoverOn('x.project.yaml', 'phase: kickoff', 0, 'zh-CN', files)!.md;
      assert.ok(project.includes('`after-sales`') && !project.includes('`intelligence`'), project);
    });

    it('a boolean field shows its values', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'financiallyVetted'), {
        covered: 'financiallyVetted',
        md: '**financiallyVetted**\n\n客户是否已通过财务审查、具备采购可行性（销售确认）。\n\n取值：`true` / `false`',
      });
    });

    it('an optional reference field', () => {
      assert.deepStrictEqual(hoverOn('bank-log.project.yaml', 'poc:', 0, 'en'), { covered: 'poc', md: '**poc**\n\nId of the POC plan this project follows (optional).' });
    });
  });

  describe('enum values', () => {
    it('the meaning of the value and of its field', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'phase: intelligence', 8), {
        covered: 'intelligence',
        md: '`intelligence`：情报收集（POC）\n\n字段说明：所属阶段，用于甘特图分组和阶段规则（如现场 POC 须有软件集成与产品部署任务）。',
      });
      assert.deepStrictEqual(hoverOn('bank.stakeholders.yaml', 'skeptic', 2, 'en'), {
        covered: 'skeptic',
        md: '`skeptic`: Skeptic\n\nField `attitude`: Attitude towards our solution.',
      });
      assert.deepStrictEqual(hoverOn('bank.stakeholders.yaml', 'approver', 0, 'en'), {
        covered: 'approver',
        md: '`approver`: Approver\n\nField `roles`: Roles in the purchase (one or more).',
      });
    });
  });

  describe('references', () => {
    it('a team member named as owner', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: li,', 7), { covered: 'li', md: '**李四**（li）· 团队成员  \n售前人员 · 工作容量 100%  \n*bank-log.poc.yaml*' });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: li,', 8, 'en'), { covered: 'li', md: '**李四** (li) · team member  \nPresales · capacity 100%  \n*bank-log.poc.yaml*' });
    });

    it('a stakeholder: title, side, roles, influence, interest, attitude, file', () => {
      const zh = hoverOn('bank-log.poc.yaml', 'sec-zhou]');
      assert.deepStrictEqual(zh, { covered: 'sec-zhou', md: '**周经理**（sec-zhou）· 信息安全部经理  \n客户方 · 技术影响者、审批人  \n影响力：高 · 关注度：中 · 态度：怀疑者  \n*bank.stakeholders.yaml*' });
      const en = hoverOn('bank-log.poc.yaml', 'owner: cio-liu', 9, 'en');
      assert.deepStrictEqual(en, { covered: 'cio-liu', md: '**刘总** (cio-liu) · CIO  \nCustomer · Decision maker  \nInfluence: High · Interest: High · Attitude: Supporter  \n*bank.stakeholders.yaml*' });
    });

    it('a task named in dependsOn: its computed dates, slack and critical path', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'T2, T3]'), {
        covered: 'T2',
        md: '**T2** 确定 POC 业务场景  \n负责人：李四（li）  \n2026-12-03 → 2026-12-04 · 2 个工作日  \n总浮动时间：1 个工作日 · 非关键路径  \n前置任务：T1',
      });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'T3]', 0, 'en'), {
        covered: 'T3',
        md: '**T3** 客户方申请机器  \nOwner: 刘总 (cio-liu)  \n2026-12-03 → 2026-12-07 · 3 working days  \nTotal slack: 0 working days · on the critical path  \nDepends on: T1',
      });
    });

    it('a task in another section (delays) of a project, with the recorded delay', () => {
      assert.deepStrictEqual(hoverOn('bank-log.project.yaml', 'task: P1', 6, 'en'), {
        covered: 'P1',
        md: '**P1** 环境部署  \nOwner: 赵六 (zhao)  \n2027-01-04 → 2027-01-08 · 5 working days (incl. 2 days of delay)  \nTotal slack: 0 working days · on the critical path',
      });
    });

    it('requirements, scenarios, plans, releases', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'R1, R2]'), {
        covered: 'R1',
        md: '**R1** 日志检索性能 · 必须有  \n非功能性需求 · 性能  \n验收：100GB/天 数据量下检索 P95 小于 3 秒  \n*bank.requirements.yaml*',
      });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'scenario: S1', 10, 'en'), { covered: 'S1', md: '**S1** 交易日志实时检索  \nRequirements: R1, R2' });
      assert.deepStrictEqual(hoverOn('bank-log.project.yaml', 'affects: [bank-log-poc]', 10), {
        covered: 'bank-log-poc',
        md: '**bank-log-poc** 某银行日志分析平台 POC · POC  \n客户：某银行  \n2026-12-01 → 2026-12-18  \n*bank-log.poc.yaml*',
      });
      assert.deepStrictEqual(hoverOn('bank.requirements.yaml', 'release: basic', 10, 'en'), { covered: 'basic', md: '**basic** 基础版 · 2027-02-26  \n*bank-log.project.yaml*' });
    });

    it('scenarios and plans in the other language', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'scenario: S1', 10), { covered: 'S1', md: '**S1** 交易日志实时检索  \n需求：R1、R2' });
      assert.deepStrictEqual(hoverOn('bank-log.project.yaml', 'affects: [bank-log-poc]', 10, 'en'), {
        covered: 'bank-log-poc',
        md: '**bank-log-poc** 某银行日志分析平台 POC · POC  \nCustomer: 某银行  \n2026-12-01 → 2026-12-18  \n*bank-log.poc.yaml*',
      });
    });

    it('a task in a dependency cycle says its dates ignore the cycle', () => {
      const files = { ...FILES, 'bank-log.poc.yaml': poc.replace('dependsOn: [T1], duration: 2d }', 'dependsOn: [T1, T4], duration: 2d }') };
      const zh = hoverOn('bank-log.poc.yaml', 'T2, T3]', 0, 'zh-CN', files)!;
      assert.ok(zh.md.includes('  \n处于依赖环中：日期计算忽略环内的依赖。  \n前置任务：T1、T4'), zh.md);
      const en = hoverOn('bank-log.poc.yaml', 'T2, T3]', 0, 'en', files)!;
      assert.ok(en.md.includes('  \nIn a dependency cycle: its dates ignore the edges of the cycle.  \nDepends on: T1, T4'), en.md);
    });

    it('a task release and the POC a project follows', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'release: basic', 9), { covered: 'basic', md: '**basic** 基础版 · 2027-02-26  \n*bank-log.project.yaml*' });
      assert.strictEqual(hoverOn('bank-log.project.yaml', 'poc: bank-log-poc', 6)?.md.split('  \n')[0], '**bank-log-poc** 某银行日志分析平台 POC · POC');
    });

    it('a weekly report hours key: the team member', () => {
      assert.deepStrictEqual(hoverOn('bank-log.project.yaml', 'zhao: 40', 1, 'en'), { covered: 'zhao', md: '**赵六** (zhao) · team member  \nEngineer  \n*bank-log.project.yaml*' });
    });

    it('an unresolved reference says so', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: lii', 8), { covered: 'lii', md: '⚠ 找不到 id 为 `lii` 的团队成员或干系人。' });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'owner: lii', 8, 'en'), { covered: 'lii', md: '⚠ No team member or stakeholder has the id `lii`.' });
      const missing = { ...FILES, 'bank-log.poc.yaml': poc.replace('dependsOn: [T4]', 'dependsOn: [T44]') };
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'T44', 1, 'zh-CN', missing), { covered: 'T44', md: '⚠ 找不到 id 为 `T44` 的本文件中的任务。' });
    });

    it('a free-text field that may name a person: no warning for a name', () => {
      assert.strictEqual(hoverOn('bank-log.project.yaml', '张三'), undefined);
      // The same item does answer: its key, and the id reference beside it (so hover works here).
      assert.strictEqual(hoverOn('bank-log.project.yaml', 'approvedBy: 张三')?.covered, 'approvedBy');
      assert.strictEqual(hoverOn('bank-log.project.yaml', 'requestedBy: sec-zhou', 13)?.md.split('  \n')[0], '**周经理**（sec-zhou）· 信息安全部经理');
    });
  });

  describe('definitions', () => {
    it('a task id: computed dates, working days, slack, critical path, dependencies and followers', () => {
      const expected = '**T1** 情报收集  \n负责人：张三（zhang）  \n2026-12-01 → 2026-12-02 · 2 个工作日  \n总浮动时间：0 个工作日 · 关键路径  \n状态：已完成 · 100%  \n后续任务：T2、T3';
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'id: T1', 4), { covered: 'T1', md: expected });
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'id: T1', 6), { covered: 'T1', md: expected }, 'just after the id');
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'id: T1', 0), { covered: 'id', md: expected }, 'on the id key of the task');
    });

    it('a milestone, in English', () => {
      assert.deepStrictEqual(hoverOn('bank-log.poc.yaml', 'id: T6', 4, 'en'), {
        covered: 'T6',
        md: '**T6** 客户评审结论 · milestone  \nOwner: 张三 (zhang)  \n2026-12-14  \nTotal slack: 0 working days · on the critical path  \nDepends on: T5',
      });
    });

    it('a stakeholder id: where it is referenced', () => {
      assert.deepStrictEqual(hoverOn('bank.stakeholders.yaml', 'id: cio-liu', 4), {
        covered: 'cio-liu',
        md: '**刘总**（cio-liu）· CIO  \n客户方 · 决策者  \n影响力：高 · 关注度：高 · 态度：支持者  \n*bank.stakeholders.yaml*  \n被引用 4 处：bank-log.poc.yaml（2 处）、bank.requirements.yaml（1 处）、bank.stakeholders.yaml（1 处）',
      });
      assert.strictEqual(hoverOn('bank.stakeholders.yaml', 'id: proc-wu', 4, 'en')?.md, '**吴经理** (proc-wu) · 采购部经理  \n*bank.stakeholders.yaml*  \nNot referenced anywhere.');
    });

    it('a requirement id: where it is referenced', () => {
      assert.strictEqual(hoverOn('bank.requirements.yaml', 'id: R2', 4, 'en')?.md, '**R2** 日志接入无丢失 · Should have  \nFunctional  \nAcceptance: 丢失率低于 0.01%  \n*bank.requirements.yaml*  \nReferenced 1 time: bank-log.poc.yaml (1)');
      assert.strictEqual(hoverOn('bank.requirements.yaml', 'id: R9', 4)?.md, '**R9** 移动端查看告警 · 可以有  \n*bank.requirements.yaml*  \n未被引用。');
    });

    it('a team member id: referenced across plans', () => {
      assert.strictEqual(hoverOn('bank-log.project.yaml', 'id: zhao', 4, 'en')?.md, '**赵六** (zhao) · team member  \nEngineer  \n*bank-log.project.yaml*  \nReferenced 3 times: bank-log.poc.yaml (1), bank-log.project.yaml (2)');
    });
  });

  describe('nothing to say', () => {
    // Each silent position sits next to one that answers, on the same line: a hover that answers
    // nothing at all (or always the same) fails these tests.
    it('comments, free text, numbers and whitespace', () => {
      assert.strictEqual(hoverOn('bank-log.poc.yaml', '# 某银行'), undefined);
      assert.strictEqual(hoverOn('bank-log.poc.yaml', '情报收集'), undefined);
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'name: 情报收集')?.covered, 'name');
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'progress: 100', 11), undefined);
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'progress: 100', 1)?.covered, 'progress');
      assert.strictEqual(hoverOn('bank-log.poc.yaml', '  - { id: zhang', 1), undefined);
      assert.strictEqual(hoverOn('bank-log.poc.yaml', '  - { id: zhang', 10, 'en')?.md.split('  \n')[0], '**张三** (zhang) · team member');
    });

    it('a key the schema does not know', () => {
      const files = { ...FILES, 'bank-log.poc.yaml': poc.replace('customer: 某银行', 'customr: 某银行') };
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'customr', 0, 'zh-CN', files), undefined);
      // Spelt right, the same key at the same place is explained.
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'customer: 某银行', 0, 'zh-CN')?.covered, 'customer');
      assert.strictEqual(hoverOn('bank-log.poc.yaml', 'title:', 0, 'zh-CN', files)?.md, '**title** · 必填\n\n标题。');
    });
  });

  it('answers for the part that parses in a file with a syntax error', () => {
    const files = { ...FILES, 'bank-log.poc.yaml': `${poc}review: { decision: won\n` };
    assert.strictEqual(hoverOn('bank-log.poc.yaml', 'probability: high', 0, 'en', files)?.covered, 'probability');
    assert.strictEqual(hoverOn('bank-log.poc.yaml', 'sec-zhou]', 0, 'en', files)?.md.split('  \n')[0], '**周经理** (sec-zhou) · 信息安全部经理');
  });

  it('odd texts: nothing, or the part that parses', () => {
    const all = (text: string) => {
      const ws = workspaceOf({ 'x.poc.yaml': text });
      const file = ws.get('file:///ws/x.poc.yaml')!;
      const out: string[] = [];
      for (let i = 0; i <= text.length; i++) out.push(hover({ ws, file, locale: 'en' }, i)?.contents.split('\n')[0] ?? '-');
      return out.join(' ');
    };
    assert.strictEqual(all(''), '-');
    assert.strictEqual(all('---'), '- - - -');
    assert.strictEqual(all('[ ]'), '- - - -');
    assert.strictEqual(all(': : :'), '- - - - - -');
    assert.strictEqual(all('\u0000\u0001'), '- - -', 'an unreadable file');
    assert.strictEqual(all('tasks: [[['), '**tasks** **tasks** **tasks** **tasks** **tasks** **tasks** - - - - -');
    // The second document is ignored; `poc` is the only value kind may have.
    assert.strictEqual(all('kind: poc\n---\nid: x\n'), '**kind** **kind** **kind** **kind** **kind** - `poc` `poc` `poc` `poc` - - - - - - - - - - -');
  });
});

describe('hover: holidays a task crosses (China calendar)', () => {
  const plan = yaml`
    kind: project
    id: p
    title: 国庆前后
    start: 2026-09-18
    calendar:
      region: CN
    tasks:
      - { id: A, name: 部署, duration: 3d }
      - { id: B, name: 联调, dependsOn: [A], duration: 5d }
      - { id: C, name: 验收, dependsOn: [B], duration: 2d }
  `;
  const files = { 'p.project.yaml': plan };

  it('on a duration value: the computed span, the holidays it crosses and the make-up days', () => {
    const zh = hoverOn('p.project.yaml', '5d', 0, 'zh-CN', files)!;
    assert.strictEqual(zh.covered, '5d');
    assert.strictEqual(zh.md, '排期：2026-09-22 → 2026-09-29 · 跨中秋节（09-25 至 09-27 放假）');
    const c = hoverOn('p.project.yaml', '2d', 0, 'zh-CN', files)!;
    assert.strictEqual(c.md, '排期：2026-09-30 → 2026-10-08 · 跨国庆节（10-01 至 10-07 放假）');
    const a = hoverOn('p.project.yaml', '3d', 0, 'en', files)!;
    assert.strictEqual(a.md, 'Computed: 2026-09-18 → 2026-09-21 · 09-20 (Sun) is a make-up working day');
  });

  it('on the task id: the task card says it too; a plan without region says nothing of holidays', () => {
    const card = hoverOn('p.project.yaml', 'id: C', 4, 'zh-CN', files)!;
    assert.match(card.md, /跨国庆节（10-01 至 10-07 放假）/);
    const plain = { 'p.project.yaml': plan.replace('calendar:\n  region: CN\n', '') };
    assert.ok(!plain['p.project.yaml'].includes('region'));
    const none = hoverOn('p.project.yaml', '2d', 0, 'zh-CN', plain)!;
    assert.strictEqual(none.md, '排期：2026-09-30 → 2026-10-01');
  });
});

describe('hover: baseline, current plan and actual dates of a task', () => {
  const plan = yaml`
    kind: project
    id: p
    title: 实施
    start: 2027-03-01
    tasks:
      - { id: A, name: 部署, duration: 3d, status: done, actualStart: 2027-03-01, actualEnd: 2027-03-04 }
      - { id: B, name: 联调, dependsOn: [A], duration: 4d, status: doing, progress: 50, actualStart: 2027-03-05 }
  `;
  const baseline = yaml`
    kind: baseline
    plan: p
    name: kickoff
    taken: 2027-02-26
    tasks:
      - { id: A, start: 2027-03-01, end: 2027-03-03 }
      - { id: B, start: 2027-03-04, end: 2027-03-09 }
  `;
  const files = { 'p.project.yaml': plan, 'p.kickoff.baseline.yaml': baseline };

  it('says the baseline with the slip, the plan as it stands and what happened, in both languages', () => {
    const ws = workspaceOf(files, { today: '2027-03-10' });
    const file = ws.get('file:///ws/p.project.yaml')!;
    const at = (id: string, locale: 'en' | 'zh-CN') => hover({ ws, file, locale }, plan.indexOf(`id: ${id}`) + 4)!.contents.split(/ {2}\n|\n\n/);
    // A: done on 03-04, a day after its baseline end. B: 50 % of 4 days left from today 03-10: 03-10, 03-11.
    assert.ok(at('A', 'zh-CN').includes('原计划（基线“kickoff”）：2027-03-01 → 2027-03-03 · 晚 1 个工作日'), at('A', 'zh-CN').join(' | '));
    assert.ok(at('A', 'zh-CN').includes('当前计划：2027-03-01 → 2027-03-03'));
    assert.ok(at('A', 'zh-CN').includes('实际：2027-03-01 开始，2027-03-04 完成'));
    const b = at('B', 'en');
    assert.ok(b.includes('Baseline kickoff: 2027-03-04 → 2027-03-09 · 2 working days late'), b.join(' | '));
    assert.ok(b.includes('Current plan: 2027-03-05 → 2027-03-10'));
    assert.ok(b.includes('Actual: started 2027-03-05, forecast to finish 2027-03-11 (from 50% progress)'));
  });

  it('without a baseline, and for a task as planned, says none of it', () => {
    const ws = workspaceOf({ 'p.project.yaml': plan.replace(/, status: done.*\}/, ' }') }, { today: '2027-03-10' });
    const file = ws.get('file:///ws/p.project.yaml')!;
    const lines = hover({ ws, file, locale: 'en' }, plan.indexOf('id: A') + 4)!.contents;
    assert.doesNotMatch(lines, /Baseline|Current plan|Actual/);
  });
});

describe('hover: a shared calendar and a halt in the days a task crosses', () => {
  it("names the shared calendar's days off and the halt, as the schedule counts them", () => {
    const files = {
      'site.calendar.yaml': 'kind: calendar\nid: bank-site\ntitle: 某银行机房日历\nholidays: ["2027-02-08..2027-02-10"]\n',
      'p.project.yaml': yaml`
        kind: project
        id: p
        title: 实施
        start: 2027-02-04
        calendar: { use: [bank-site] }
        halts:
          - { from: 2027-02-15, to: 2027-02-16, reason: 客户机房搬迁, resumePlan: 02-17 恢复 }
        tasks:
          - { id: A, name: 部署, duration: 6d }
      `,
    };
    const zh = hoverOn('p.project.yaml', '6d', 0, 'zh-CN', files)!;
    // Thu 02-04, Fri 02-05, (site 02-08..02-10), Thu 02-11, Fri 02-12, (halt Mon–Tue), Wed 02-17, Thu 02-18.
    assert.strictEqual(zh.md, '排期：2027-02-04 → 2027-02-18 · 跨某银行机房日历的节假日（02-08 至 02-10 放假），跨叫停期（02-15 至 02-16 暂停实施）');
    const en = hoverOn('p.project.yaml', '6d', 0, 'en', files)!;
    assert.strictEqual(en.md, "Computed: 2027-02-04 → 2027-02-18 · Crosses 某银行机房日历's holiday (02-08 – 02-10 off); crosses the halt (02-15 – 02-16, work paused)");
  });
});
