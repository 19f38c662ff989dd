/**
 * The customer edition leaves out what is only for us, and the weekly report reads as of its week
 * (issue 16): overall status, summary, needed from the customer, satisfaction, overdue tasks kept
 * in next week's plan and drawn up to today.
 */
import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { generateReport, type ReportKind } from '.';
import { parseDate } from '../dates';
import type { Chart } from './doc';
import { INTERNAL_WORDS } from '../../../../test/internal-words';

const project = yaml`
  kind: project
  id: p1
  title: 测试项目
  customer: 某客户
  start: 2027-01-04
  end: 2027-01-29
  contract: { number: HT-001, signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly, support: 400-000-0000 }
  team:
    - { id: sun, name: 孙七, role: pm }
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: T1, name: 启动会, phase: kickoff, owner: sun, start: 2027-01-04, duration: 1d, status: done, progress: 100 }
    - { id: T2, name: 环境部署, phase: implementation, owner: zhao, start: 2027-01-05, duration: 3d, status: done, actualEnd: 2027-01-13 }
    - { id: T3, name: 日志接入, phase: implementation, owner: zhao, start: 2027-01-06, duration: 2d, status: doing, progress: 40 }
    - { id: T4, name: 报表开发, phase: implementation, owner: zhao, start: 2027-01-18, duration: 3d }
    - { id: T5, name: 上线, phase: departure, owner: sun, dependsOn: [T4], duration: 0d }
  risks:
    - { id: RK1, description: 防火墙审批慢, probability: high, impact: high, mitigation: 每周对齐端口清单, owner: sun, status: open, cause: customer }
    - { id: RK2, description: 人手不足, probability: low, impact: medium, owner: sun, status: open, cause: us }
  changes:
    - { id: CR1, date: 2027-01-06, requestedBy: cio-liu, description: 增加告警通道, scope: in-contract, decision: pending }
  delays:
    - { task: T3, date: 2027-01-07, days: 2, reason: 客户端口未开通, reportedToSales: 2027-01-09, cause: customer }
  satisfaction:
    - { date: 2026-12-20, score: 7 }
    - { date: 2027-01-08, score: 9 }
  acceptance:
    type: final
    basis: [项目合同, 《需求规格说明书》]
    trialRun: { from: 2027-01-18, to: 2027-01-22, note: 运行平稳 }
    documents: [ { title: 《部署手册》, delivered: 2027-01-08 } ]
    issues: [ { description: 报表导出偶发超时, resolution: 优化查询, due: 2027-02-05 } ]
    items:
      - { id: A1, category: analysis, requirement: R1, status: passed, date: 2027-01-20, result: P95 = 1.8 秒 }
  `;
const stakeholders = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总, title: CIO, org: customer }\n';
const requirements = 'kind: requirements\nrequirements:\n  - { id: R1, title: 检索性能, type: non-functional, priority: must, acceptance: P95 < 3 秒, scope: in-contract }\n';
const files = { 'p.project.yaml': project, 's.stakeholders.yaml': stakeholders, 'r.requirements.yaml': requirements };

function report(kind: ReportKind, opts: { week?: string; edition?: 'customer' | 'internal'; today?: string; locale?: 'zh-CN' | 'en'; name?: string } = {}) {
  const ws = workspaceOf(files, { today: opts.today ?? '2027-01-13', locale: opts.locale ?? 'zh-CN' });
  return generateReport(ws, `file:///ws/${opts.name ?? 'p.project.yaml'}`, { kind, week: opts.week, edition: opts.edition });
}

function section(markdown: string, heading: RegExp): string {
  const found = markdown.split(/\n(?=## )/).find((p) => heading.test(p.split('\n')[0]));
  assert.ok(found, `section ${heading} in\n${markdown}`);
  return found!;
}


describe('report editions', () => {
  for (const kind of ['weekly', 'poc', 'acceptance'] as const) {
    for (const locale of ['zh-CN', 'en'] as const) {
      it(`the customer edition of the ${kind} report (${locale}) holds none of the internal words, and no ids`, () => {
        const ws = workspaceOf(
          { ...files, 'x.poc.yaml': 'kind: poc\nid: x\ntitle: X\ncustomer: 某客户\nqualification: { conceptFit: 合适 }\nreview: { decision: lost, reason: 价格高 }\ntasks:\n  - { id: T1, name: 演示, duration: 1d, start: 2027-01-04, owner: nobody }\n' },
          { today: '2027-01-13', locale },
        );
        const uri = kind === 'poc' ? 'file:///ws/x.poc.yaml' : 'file:///ws/p.project.yaml';
        const customer = generateReport(ws, uri, { kind, week: '2027-W02', edition: 'customer' });
        const internal = generateReport(ws, uri, { kind, week: '2027-W02', edition: 'internal' });
        for (const w of INTERNAL_WORDS) assert.ok(!customer.markdown.includes(w), `customer ${kind} ${locale} contains "${w}":\n${customer.markdown}`);
        assert.doesNotMatch(customer.markdown, /\b(T[1-5]|RK[12]|A1|SC\d)\b/, 'no internal ids');
        assert.notStrictEqual(customer.markdown, internal.markdown);
        assert.match(customer.fileName, locale === 'zh-CN' ? /-客户版\.md$/ : /-customer\.md$/);
        assert.strictEqual(customer.doc.edition, 'customer');
      });
    }
  }

  it('the internal edition keeps what is only for us', () => {
    const md = report('weekly', { week: '2027-W02' }).markdown;
    for (const w of ['已告知销售', '影响其他项目', 'POC Studio', 'T3']) assert.ok(md.includes(w), w);
  });
});

describe('weekly report as of its week', () => {
  it('gives the overall status with its reasons, a summary and the month’s satisfaction', () => {
    const md = report('weekly', { week: '2027-W02' }).markdown;
    const s = section(md, /本周概况/);
    assert.match(s, /整体状态：\*\*(有风险|延期)\*\*（/);
    assert.match(s, /任务「T3 日志接入」逾期 \d+ 天|关键任务「T3 日志接入」逾期/);
    assert.match(s, /1 项高概率、高影响的风险未关闭/);
    assert.match(s, /本周完成 1 项任务，进行中 1 项（其中逾期 1 项），下周计划 \d+ 项。/);
    assert.match(s, /本月客户满意度：9 分（2027-01-08 调查）/);
    assert.doesNotMatch(report('weekly', { week: '2026-W51', today: '2026-12-25' }).markdown, /本月客户满意度：9/);
  });

  it('is 正常 when nothing is late, at risk or halted', () => {
    const calm = 'kind: project\nid: c\ntitle: 平稳\nstart: 2027-01-04\nend: 2027-03-01\ntasks:\n  - { id: T1, name: 部署, start: 2027-01-11, duration: 3d }\n';
    const ws = workspaceOf({ 'c.project.yaml': calm }, { today: '2027-01-06', locale: 'zh-CN' });
    const md = generateReport(ws, 'file:///ws/c.project.yaml', { kind: 'weekly' }).markdown;
    assert.match(md, /整体状态：\*\*正常\*\*\n/);
  });

  it('is 延期 when the forecast finish lies after the plan’s end', () => {
    const ws = workspaceOf({ ...files, 'p.project.yaml': project.replace('end: 2027-01-29', 'end: 2027-01-15') }, { today: '2027-01-13', locale: 'zh-CN' });
    const md = generateReport(ws, 'file:///ws/p.project.yaml', { kind: 'weekly', week: '2027-W02' }).markdown;
    assert.match(section(md, /本周概况/), /整体状态：\*\*延期\*\*（预计 2027-01-21 完成，晚于计划结束日期 2027-01-15/);
    const w04 = report('weekly', { week: '2027-W04', today: '2027-01-27' }).markdown;
    assert.match(section(w04, /本周概况/), /整体状态：\*\*延期\*\*（关键任务「T4 报表开发」逾期 7 天；里程碑「T5 上线」未按期达成；/);
  });

  it('lists what is needed from the customer: their delays and risks, and changes they asked for', () => {
    const s = section(report('weekly', { week: '2027-W02' }).markdown, /需客户配合事项/);
    assert.match(s, /客户端口未开通（影响「T3 日志接入」，延期 2 个工作日）/);
    assert.match(s, /防火墙审批慢：每周对齐端口清单/);
    assert.match(s, /请确认需求变更「增加告警通道」（刘总 2027-01-06 提出）/);
    assert.doesNotMatch(s, /人手不足/, 'a risk on our side is not asked of the customer');
  });

  it('does not show a task that starts after the week as in progress, and shows a task finished later as in progress then', () => {
    const md = report('weekly', { week: '2027-W02', today: '2027-01-27' }).markdown;
    const active = section(md, /进行中/);
    assert.doesNotMatch(active, /报表开发/, 'T4 starts 2027-01-18, after W02');
    assert.doesNotMatch(active, /环境部署/, 'T2 was finished on 2027-01-13, in W02');
    const w01 = section(report('weekly', { week: '2027-W01', today: '2027-01-27' }).markdown, /进行中/);
    assert.match(w01, /环境部署 \| 赵六 \| 进行中/, 'T2, finished on 2027-01-13, was in progress in W01');
  });

  it('keeps an overdue open task in next week’s plan and draws it up to today', () => {
    const r = report('weekly', { week: '2027-W02' });
    assert.match(section(r.markdown, /下周计划/), /T3 日志接入 \| 赵六 \| 2027-01-06 – 2027-01-11（已逾期） \| 40%/);
    const chart = r.doc.blocks.find((b) => b.type === 'chart' && b.chart.kind === 'gantt') as { chart: Extract<Chart, { kind: 'gantt' }> } | undefined;
    assert.ok(chart, 'a gantt chart');
    const row = chart.chart.sections.flatMap((s) => s.rows).find((x) => x.label === 'T3 日志接入');
    assert.ok(row && row.overdue, 'T3 is overdue on the chart');
    assert.strictEqual(row!.end, parseDate('2027-01-13'));
    assert.strictEqual(row!.plannedEnd, parseDate('2027-01-11'));
    assert.match(section(r.markdown, /甘特图/), /T3 日志接入 :active, crit, t3, 2027-01-06, 8d/);
  });
});

describe('acceptance report for the signature', () => {
  it('has the contract number, type, basis, trial run, measured results, issues, documents, maintenance and support', () => {
    const md = report('acceptance', { edition: 'customer' }).markdown;
    assert.match(md, /合同编号：HT-001/);
    assert.match(md, /验收类型：终验/);
    assert.match(section(md, /验收范围与依据/), /- 项目合同\n- 《需求规格说明书》/);
    assert.match(md, /试运行期：2027-01-18 – 2027-01-22（运行平稳）/);
    assert.match(md, /\| 检索性能 \| P95 < 3 秒 \| P95 = 1\.8 秒 \| 已通过 \| 2027-01-20 \|/);
    assert.match(section(md, /遗留问题/), /\| 报表导出偶发超时 \| 优化查询 \| 2027-02-05 \|/);
    assert.match(section(md, /交付文档/), /\| 《部署手册》 \| 2027-01-08 \|/);
    assert.match(section(md, /维保与售后支持/), /维保期：12 个月，自验收通过之日起计算/);
    assert.match(section(md, /维保与售后支持/), /巡检：每季度一次/);
    assert.match(section(md, /维保与售后支持/), /售后支持渠道：400-000-0000/);
    const sig = section(md, /签字确认/);
    assert.match(sig, /\| +\| 客户方（甲方） \| 实施方（乙方） \|/);
    assert.match(sig, /\| 单位 \| 某客户 \|/);
    assert.match(sig, /\| 盖章 \|/);
    assert.doesNotMatch(md, /需求覆盖/, 'coverage is a check for us');
  });

  it('names our company as 乙方 when the setting is given', () => {
    const ws = workspaceOf(files, { today: '2027-01-13', locale: 'zh-CN', settings: { company: '某软件公司' } });
    const r = generateReport(ws, 'file:///ws/p.project.yaml', { kind: 'acceptance', edition: 'customer' });
    assert.match(r.markdown, /\| 单位 \| 某客户 \| 某软件公司 \|/);
    assert.match(r.markdown, /编制单位：某软件公司/);
    assert.strictEqual(r.doc.company, '某软件公司');
  });
});
