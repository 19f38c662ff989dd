import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { generateReport, mondayOf, pickPlan, ReportError, type ReportKind } from '.';
import { md, mm, table } from './markdown';
import { parseDate } from '../dates';

const NASTY = 'a|b: c#d; <script>alert(1)</script> `x` *y* [z](u) %%e "q"';

/** The cells of a Markdown table row, honouring `\|` escapes. */
const cells = (row: string) => row.slice(1, -1).split(/(?<!\\)\|/);

const project = yaml`
  kind: project
  id: p1
  title: 测试项目
  customer: 某客户
  start: 2027-01-04
  team:
    - { id: sun, name: 孙七, role: pm }
    - { id: zhao, name: 赵六, role: engineer }
  releases:
    - { id: basic, title: 基础版, date: 2027-01-22 }
  tasks:
    - { id: T1, name: 启动会, phase: kickoff, owner: sun, start: 2027-01-04, duration: 1d, status: done, progress: 100 }
    - { id: T2, name: 环境部署, phase: implementation, owner: zhao, start: 2027-01-11, duration: 3d, status: done, progress: 100 }
    - { id: T3, name: 日志接入, phase: implementation, owner: zhao, dependsOn: [T2], duration: 5d, status: doing, progress: 40 }
    - { id: T4, name: 报表开发, phase: implementation, owner: zhao, dependsOn: [T3], duration: 5d }
    - { id: M1, name: 上线, phase: departure, owner: sun, dependsOn: [T4], duration: 0d }
  risks:
    - { id: RK1, description: 审批慢, probability: high, impact: high, owner: sun, status: open }
    - { id: RK2, description: 已处理, probability: low, impact: low, owner: sun, status: closed }
  changes:
    - { id: CR1, date: 2027-01-12, requestedBy: sun, description: 新增接入, scope: next-phase, decision: accepted }
    - { id: CR2, date: 2027-01-05, requestedBy: sun, description: 老变更, scope: in-contract, decision: pending }
    - { id: CR3, date: 2027-01-05, requestedBy: sun, description: 已决定, scope: in-contract, decision: rejected }
  delays:
    - { task: T3, date: 2027-01-13, days: 1, reason: 端口未开通, reportedToSales: 2027-01-13 }
  weeklyReports:
    - { week: 2027-W02, sent: 2027-01-15, hours: { sun: 10, zhao: 30.5 } }
  acceptance:
    items:
      - { id: A1, category: analysis, requirement: R1, status: passed, date: 2027-01-20 }
      - { id: A2, category: alert, requirement: R9, status: failed }
      - { id: A3, requirement: R1 }
  `;

const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 检索性能, type: non-functional, priority: must, acceptance: P95 < 3 秒, scope: in-contract }
    - { id: R2, title: 留存, type: functional, priority: must, acceptance: 180 天, scope: in-contract }
    - { id: R3, title: 合同外, type: functional, priority: must, acceptance: x, scope: out-of-contract }
  `;

function report(files: Record<string, string>, name: string, kind: ReportKind, opts: { week?: string; locale?: 'zh-CN' | 'en'; today?: string } = {}) {
  const ws = workspaceOf(files, { today: opts.today ?? '2027-01-13', locale: opts.locale ?? 'en' });
  return generateReport(ws, `file:///ws/${name}`, { kind, week: opts.week });
}

/** The text of one `## ` section (up to the next one). */
function section(markdown: string, heading: RegExp): string {
  const parts = markdown.split(/\n(?=## )/);
  const found = parts.find((p) => heading.test(p.split('\n')[0]));
  assert.ok(found, `section ${heading} in\n${markdown}`);
  return found!;
}

describe('reports', () => {
  describe('escaping', () => {
    it('keeps a table cell in one cell whatever the text', () => {
      const t = table(['a', 'b'], [[md(NASTY), 'x']], 'none');
      const row = t.split('\n')[2];
      assert.strictEqual(cells(row).length, 2, row);
      assert.ok(!/<script/i.test(t), t);
      assert.ok(t.includes('&lt;script>'), t);
      assert.ok(t.includes('\\*y\\*') && t.includes('\\[z\\]') && t.includes('\\`x\\`'), t);
    });

    it('turns line breaks into spaces', () => {
      assert.strictEqual(md('a\nb\r\n\tc'), 'a b c');
    });

    it('leaves ordinary text readable', () => {
      assert.strictEqual(md('检索 P95 < 3 秒 (R1) & 告警'), '检索 P95 < 3 秒 (R1) & 告警');
    });

    it('leaves no Mermaid syntax character in a label', () => {
      const label = mm(NASTY, 200);
      assert.ok(!/[:;#%"'`<>{}[\]()|&\\,]/.test(label), label);
      assert.ok(label.includes('script'), label);
      assert.strictEqual(mm(''), '-');
      assert.strictEqual([...mm('长'.repeat(100), 10)].length, 10);
    });

    it('gives "none" instead of an empty table', () => {
      assert.strictEqual(table(['a'], [], '无'), '无');
    });

    it('keeps tables and diagrams intact with hostile task, risk and person names', () => {
      const text = project
        .replace('name: 日志接入', `name: "${NASTY.replace(/"/g, '\\"')}"`)
        .replace('description: 审批慢', `description: "${NASTY.replace(/"/g, '\\"')}"`)
        .replace('name: 赵六', 'name: "赵|六"');
      for (const locale of ['zh-CN', 'en'] as const) {
        const r = report({ 'p.project.yaml': text }, 'p.project.yaml', 'weekly', { week: '2027-W03', locale });
        for (const block of r.markdown.split('\n\n')) {
          const lines = block.split('\n');
          if (!lines[0].startsWith('| ')) continue;
          const n = cells(lines[0]).length;
          for (const l of lines) assert.strictEqual(cells(l).length, n, `row of ${n} cells: ${l}`);
        }
        const gantt = /```mermaid\ngantt\n([\s\S]*?)```/.exec(r.markdown)![1];
        for (const line of gantt.split('\n').filter((l) => l.startsWith('    ') && !/^ {4}(title|dateFormat|axisFormat|section) /.test(l))) {
          assert.match(line, /^ {4}[^:;#%]+ :((done|active|crit|milestone), )*t\d+, \d{4}-\d{2}-\d{2}, \d+d$/, line);
        }
        assert.ok(!/<script/i.test(r.markdown));
      }
    });
  });

  describe('weekly report', () => {
    const files = { 'p.project.yaml': project, 'r.requirements.yaml': requirements };

    it('lists what was done, what is in progress and next week from the schedule', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W02', today: '2027-01-15' });
      assert.strictEqual(r.week, '2027-W02');
      assert.strictEqual(r.fileName, '2027-W02-p1-weekly-report.md');
      assert.match(section(r.markdown, /Done this week/), /T2 环境部署 \| 赵六 \| 2027-01-13/);
      assert.doesNotMatch(section(r.markdown, /Done this week/), /T1/);
      const active = section(r.markdown, /In progress/);
      assert.match(active, /T3 日志接入 \| 赵六 \| in progress \| 40% \| 2027-01-14 – 2027-01-21/);
      const next = section(r.markdown, /Next week/);
      assert.match(next, /Next week's plan \(2027-W03\)/);
      assert.match(next, /T3 日志接入/);
      assert.match(next, /T4 报表开发 \| 赵六 \| 2027-01-22 – 2027-01-28/);
    });

    it('counts a task as done in the week of its recorded actualEnd, else of its planned end', () => {
      const late = {
        ...files,
        'p.project.yaml': project
          .replace('start: 2027-01-04, duration: 1d, status: done, progress: 100', 'start: 2027-01-04, duration: 1d, status: done, progress: 100, actualEnd: 2027-01-12')
          .replace('start: 2027-01-11, duration: 3d, status: done, progress: 100', 'start: 2027-01-11, duration: 3d, status: done, progress: 100, actualEnd: 2027-01-19'),
      };
      const w2 = section(report(late, 'p.project.yaml', 'weekly', { week: '2027-W02', today: '2027-01-15' }).markdown, /Done this week/);
      assert.match(w2, /T1 启动会 \| 孙七 \| 2027-01-04 \| 2027-01-12/, 'finished in W02 although planned in W01');
      assert.doesNotMatch(w2, /T2/, 'planned in W02 but finished in W03');
      const w3 = section(report(late, 'p.project.yaml', 'weekly', { week: '2027-W03', today: '2027-01-22' }).markdown, /Done this week/);
      assert.match(w3, /T2 环境部署 \| 赵六 \| 2027-01-13 \| 2027-01-19/);
      const plain = section(report(files, 'p.project.yaml', 'weekly', { week: '2027-W02', today: '2027-01-15' }).markdown, /Done this week/);
      assert.match(plain, /T2 环境部署 \| 赵六 \| 2027-01-13 \| not recorded/);
    });

    it('flags late unfinished tasks at the end of the week', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W04', today: '2027-02-01' });
      assert.match(section(r.markdown, /In progress/), /T3 日志接入 .*10 days late/);
    });

    it('shows milestones hit, missed or planned, and releases', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W04', today: '2027-02-03' });
      const m = section(r.markdown, /Milestones/);
      assert.match(m, /M1 上线 \| 2027-01-29 \| missed \(2 days ago\)/);
      const r2 = report(files, 'p.project.yaml', 'weekly', { week: '2027-W03', today: '2027-01-20' });
      assert.match(section(r2.markdown, /Milestones/), /Release 基础版 \| 2027-01-22 \| planned/);
    });

    it('gives delays with their reason and when sales was told', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W03' });
      assert.match(section(r.markdown, /Delays/), /T3 日志接入 \| 2027-01-13 \| 1 \| 端口未开通 \| 2027-01-13 \(same day\)/);
      const r2 = report(files, 'p.project.yaml', 'weekly', { week: '2027-W01' });
      assert.match(section(r2.markdown, /Delays/), /None \(no delay recorded\)/);
      const late = project.replace('reportedToSales: 2027-01-13', 'reportedToSales: 2027-01-15');
      assert.match(section(report({ 'p.project.yaml': late }, 'p.project.yaml', 'weekly', { week: '2027-W03' }).markdown, /Delays/), /2 days late/);
      const never = project.replace(', reportedToSales: 2027-01-13', '');
      assert.match(section(report({ 'p.project.yaml': never }, 'p.project.yaml', 'weekly', { week: '2027-W03', locale: 'zh-CN' }).markdown, /延期情况/), /\| 未告知 \|/);
    });

    it('lists open risks only, and says when one has no mitigation', () => {
      const s = section(report(files, 'p.project.yaml', 'weekly', { week: '2027-W03' }).markdown, /Open risks/);
      assert.match(s, /RK1 \| 审批慢 \| high \| high \| \*\*none\*\* \| 孙七/);
      assert.doesNotMatch(s, /RK2/);
    });

    it('lists new changes of the week and every pending one, not old decided ones', () => {
      const s = section(report(files, 'p.project.yaml', 'weekly', { week: '2027-W02' }).markdown, /Changes/);
      assert.match(s, /CR1 \| 2027-01-12 \(new\) \| 孙七 \| 新增接入 \| next phase \| accepted/);
      assert.match(s, /CR2 \| 2027-01-05 \| 孙七 \| 老变更 \| in contract \| pending/);
      assert.doesNotMatch(s, /CR3/);
    });

    it('sums hours by person with a pie, or says none recorded', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W02', locale: 'zh-CN' });
      const s = section(r.markdown, /工时统计/);
      assert.match(s, /本周周报已于 2027-01-15 发送/);
      assert.match(s, /\| 孙七 \| 10 \|\n\| 赵六 \| 30\.5 \|\n\| \*\*合计\*\* \| \*\*40\.5\*\* \|/);
      assert.match(s, /```mermaid\npie showData title 2027-W02 工时分布\n {4}"孙七" : 10\n {4}"赵六" : 30\.5\n```/);
      const none = section(report(files, 'p.project.yaml', 'weekly', { week: '2027-W03', locale: 'zh-CN' }).markdown, /工时统计/);
      assert.match(none, /未记录（项目计划的周报记录中没有 2027-W03 的工时）/);
      assert.doesNotMatch(none, /mermaid/);
    });

    it('counts each person’s own hours when another value is not a number', () => {
      const odd = project.replace('hours: { sun: 10, zhao: 30.5 }', 'hours: { sun: "十", zhao: 30.5 }');
      const s = section(report({ 'p.project.yaml': odd }, 'p.project.yaml', 'weekly', { week: '2027-W02', locale: 'zh-CN' }).markdown, /工时统计/);
      assert.match(s, /\| 赵六 \| 30\.5 \|/);
      assert.doesNotMatch(s, /孙七 \| 30\.5/, 'zhao’s hours are not shown against sun');
      assert.match(s, /\| \*\*合计\*\* \| \*\*30\.5\*\* \|/);
    });

    it('sums per-task hours per person', () => {
      const perTask = project.replace('hours: { sun: 10, zhao: 30.5 }', 'hours: { sun: 10, zhao: { T2: 16, T3: 14.5 } }');
      const s = section(report({ 'p.project.yaml': perTask }, 'p.project.yaml', 'weekly', { week: '2027-W02', locale: 'zh-CN' }).markdown, /工时统计/);
      assert.match(s, /\| 孙七 \| 10 \|\n\| 赵六 \| 30\.5 \|\n\| \*\*合计\*\* \| \*\*40\.5\*\* \|/);
    });

    it('draws a gantt of this week and the next', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { week: '2027-W02' });
      const g = section(r.markdown, /Gantt/);
      assert.match(g, /section implementation\n {4}T2 环境部署 :done, t2, 2027-01-11, 3d\n {4}T3 日志接入 :active, crit, t3, 2027-01-14, 8d\n {4}T4 报表开发 :crit, t4, 2027-01-22, 7d/);
      assert.doesNotMatch(g, /T1 启动会/);
    });

    it('defaults to the week of today', () => {
      const r = report(files, 'p.project.yaml', 'weekly', { today: '2027-01-17' });
      assert.strictEqual(r.week, '2027-W02');
      assert.strictEqual(mondayOf(parseDate('2027-01-17')!), parseDate('2027-01-11'));
      assert.strictEqual(mondayOf(parseDate('2027-01-11')!), parseDate('2027-01-11'));
    });

    it('is complete for a plan with nothing in it', () => {
      const empty = 'kind: project\nid: e\ntitle: 空项目\nstart: 2027-01-04\n';
      for (const locale of ['zh-CN', 'en'] as const) {
        const r = report({ 'e.project.yaml': empty }, 'e.project.yaml', 'weekly', { week: '2027-W03', locale });
        const headings = r.markdown.split('\n').filter((l) => l.startsWith('## '));
        assert.strictEqual(headings.length, 11, headings.join('\n'));
        assert.ok(!r.markdown.includes('| --- |'), r.markdown);
        assert.match(r.markdown, locale === 'zh-CN' ? /未记录/ : /None recorded/);
      }
    });

    it('lists errors that make the figures uncertain, and still reports', () => {
      const broken = project.replace('owner: zhao, dependsOn: [T3]', 'owner: zhaoo, dependsOn: [T3]');
      const r = report({ 'p.project.yaml': broken }, 'p.project.yaml', 'weekly', { week: '2027-W02' });
      const s = section(r.markdown, /Data problems/);
      assert.match(s, /p\.project\.yaml:\d+ `unknown-ref` .*zhaoo/);
      const clean = { ...files, 'p.project.yaml': project.replace('requirement: R9', 'requirement: R2') };
      assert.doesNotMatch(report(clean, 'p.project.yaml', 'weekly', { week: '2027-W02' }).markdown, /Data problems/);
      const garbage = report({ 'g.project.yaml': 'kind: project\nid: g\ntasks: [ {id: T1, duration: 3d\n' }, 'g.project.yaml', 'weekly', { week: '2027-W02' });
      assert.match(garbage.markdown, /Data problems[\s\S]*yaml-syntax/);
    });

    it('refuses a bad week and a file that is not a plan', () => {
      assert.throws(() => report(files, 'p.project.yaml', 'weekly', { week: '2027-W60' }), ReportError);
      assert.throws(() => report(files, 'r.requirements.yaml', 'weekly'), ReportError);
    });
  });

  describe('POC report', () => {
    const poc = yaml`
      kind: poc
      id: x-poc
      title: X POC
      customer: 某客户
      mode: remote
      start: 2026-12-01
      team: [ { id: li, name: 李四, role: presales } ]
      scenarios:
        - { id: S1, title: 检索, requirements: [R1, R2], data: { volume: 10GB/天 } }
      successCriteria:
        - { id: SC1, description: 检索快, metric: p95, target: "< 3", agreedWithCustomer: true, requirement: R1, result: met, evidence: 压测 1.8 秒 }
        - { id: SC2, description: 不丢, metric: loss, target: "0", agreedWithCustomer: true, requirement: R2, result: not-met }
        - { id: SC3, description: 告警, metric: lat, target: "< 60", agreedWithCustomer: false, result: pending }
      risks:
        - { id: RK1, description: 数据差, probability: high, impact: high, mitigation: 抽样, owner: li, status: open }
      demo: { date: 2026-12-16, durationMinutes: 30, audience: [cio-liu], storyboard: [ { step: 检索, painPoint: 慢, scenario: S1, minutes: 10 } ] }
      review: { decision: pending }
    `;
    const stakeholders = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总, title: CIO, org: customer }\n';

    it('gives each criterion with its result and evidence, a pie, and next steps', () => {
      const r = report({ 'x.poc.yaml': poc, 'r.requirements.yaml': requirements, 's.stakeholders.yaml': stakeholders }, 'x.poc.yaml', 'poc', { today: '2026-12-20' });
      assert.strictEqual(r.fileName, '2026-12-20-x-poc-poc-report.md');
      const c = section(r.markdown, /Success criteria/);
      assert.match(c, /3 criteria: 1 met, 1 not met, 1 pending\./);
      assert.match(c, /SC1 \| 检索快 \| p95 < 3 \| met \| 压测 1\.8 秒 \| R1 检索性能 \| yes/);
      assert.match(c, /SC2 .* \| not met \| \(no evidence\) \|/);
      assert.match(c, /pie showData title Success criteria\n {4}"met" : 1\n {4}"not met" : 1\n {4}"pending" : 1/);
      assert.match(section(r.markdown, /Scenarios/), /S1 \| 检索 \| R1 检索性能, R2 留存 \| 10GB\/天/);
      assert.match(section(r.markdown, /Demo/), /Audience: 刘总, CIO/);
      assert.match(section(r.markdown, /Issues and risk assessment/), /RK1 \| 数据差/);
      const next = section(r.markdown, /Recommendation/);
      assert.match(next, /Some criteria are not met/);
      assert.match(next, /Review the criteria not met: SC2/);
      assert.match(next, /Finish and evidence the pending criteria: SC3/);
      assert.match(next, /While waiting for the review/);
    });

    it('recommends the implementation when every criterion is met and the POC is won', () => {
      const won = poc.replace('result: not-met', 'result: met, evidence: ok').replace('result: pending', 'result: met, evidence: ok').replace('decision: pending', 'decision: won');
      const r = report({ 'x.poc.yaml': won }, 'x.poc.yaml', 'poc', { locale: 'zh-CN' });
      assert.match(section(r.markdown, /建议与下一步/), /全部成功标准已达成，客户评审通过：建议进入合同签订与实施阶段/);
      assert.match(r.fileName, /-x-poc-POC报告\.md$/);
      assert.match(section(r.markdown, /建议与下一步/), /制定实施项目计划/);
    });

    it('does not ask for an implementation plan that the workspace already holds', () => {
      const won = poc.replace('result: not-met', 'result: met, evidence: ok').replace('result: pending', 'result: met, evidence: ok').replace('decision: pending', 'decision: won');
      const files = { 'x.poc.yaml': won, 'x.project.yaml': 'kind: project\nid: x-impl\ntitle: 某项目\nstart: 2027-01-04\n' };
      for (const locale of ['zh-CN', 'en'] as const) {
        const next = section(report(files, 'x.poc.yaml', 'poc', { locale }).markdown, /建议与下一步|Recommendation/);
        assert.doesNotMatch(next, /制定实施项目计划|draw up the implementation plan|project\.yaml/);
        assert.match(next, /按实施项目计划推进|follow the implementation plan/);
      }
    });

    it('says "none recorded" when there are no criteria, no demo, no feedback', () => {
      const r = report({ 'y.poc.yaml': 'kind: poc\nid: y\n' }, 'y.poc.yaml', 'poc', { locale: 'zh-CN' });
      assert.match(r.markdown, /未记录成功标准/);
      assert.match(r.markdown, /未记录演示/);
      assert.match(r.markdown, /未记录业务场景/);
      assert.match(r.markdown, /未记录客户反馈/);
      assert.match(r.markdown, /评审结论：\*\*待评审\*\*/);
      assert.doesNotMatch(r.markdown, /mermaid/);
    });
  });

  describe('acceptance report', () => {
    it('gives the items by category in the order of seed 001, requirements covered, open items and a signature block', () => {
      const r = report({ 'p.project.yaml': project, 'r.requirements.yaml': requirements }, 'p.project.yaml', 'acceptance', { locale: 'zh-CN', today: '2027-01-25' });
      assert.strictEqual(r.fileName, '2027-01-25-p1-验收报告.md');
      const md = r.markdown;
      const order = ['分析需求验收', '存储需求验收', '告警需求验收', '报表需求验收', '其他需求验收'].map((c) => md.indexOf(`### （`) >= 0 && md.indexOf(c));
      assert.deepStrictEqual([...order].sort((a, b) => Number(a) - Number(b)), order);
      assert.match(md, /### （一）分析需求验收\n\n\| ID .*\n.*\n\| A1 \| R1 检索性能 \| P95 < 3 秒 \| +\| 已通过 \| 2027-01-20 \|/);
      assert.match(md, /### （二）存储需求验收\n\n无（未记录该类验收项）/);
      assert.match(md, /\| A2 \| R9 \| +\| +\| 未通过 \|/);
      assert.match(md, /### （五）其他需求验收\n\n.*\n.*\n\| A3 \| R1 检索性能 \| P95 < 3 秒 \| +\| 待验收 \|/);
      assert.match(md, /共 3 项：通过 1 项，未通过 1 项，待验收 1 项。/);
      const req = section(md, /需求覆盖/);
      assert.match(req, /R1 检索性能 \| 必须 \| A1, A3/);
      assert.match(req, /R2 留存 \| 必须 \| \*\*未覆盖\*\*/);
      assert.doesNotMatch(req, /R3/, 'out of contract and not proved: not listed');
      assert.match(req, /R9 \| +\| A2/);
      const open = section(md, /遗留问题/);
      assert.match(open, /A2 告警需求验收：未通过/);
      assert.match(open, /变更 CR2 老变更：待审批/);
      assert.match(open, /A3 检索性能：待验收/);
      assert.doesNotMatch(open, /A1/);
      const sig = section(md, /签字确认/);
      assert.match(sig, /请客户签字盖章确认/);
      assert.match(sig, /\| 单位 \| 某客户 \|/);
      assert.match(sig, /\| 代表签字 \|/);
      assert.match(sig, /\| 盖章 \|/);
    });

    it('is complete without any acceptance item or requirement', () => {
      const r = report({ 'e.project.yaml': 'kind: project\nid: e\n' }, 'e.project.yaml', 'acceptance');
      assert.match(r.markdown, /No acceptance item recorded/);
      assert.match(r.markdown, /No requirement recorded/);
      assert.strictEqual((r.markdown.match(/None recorded/g) ?? []).length, 5);
      assert.match(r.markdown, /## \d+\. Signatures/);
    });
  });

  it('picks the plan of a folder for each kind', () => {
    const ws = workspaceOf({ 'p.project.yaml': project, 'x.poc.yaml': 'kind: poc\nid: x\n' });
    assert.deepStrictEqual(pickPlan(ws, 'poc'), ['file:///ws/x.poc.yaml']);
    assert.deepStrictEqual(pickPlan(ws, 'weekly'), ['file:///ws/p.project.yaml']);
    assert.deepStrictEqual(pickPlan(ws, 'acceptance'), ['file:///ws/p.project.yaml']);
  });
});
