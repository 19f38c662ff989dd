import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { LineIndex } from '../text';
import type { Workspace } from '../workspace';
import { codeLenses } from './code-lens';

// Today is 2026-12-10 unless a test says otherwise; 2026-12-04 (a Friday) is a holiday of the POC.
const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  calendar:
    holidays: [2026-12-04]
  team: [{ id: zhang, name: 张三 }, { id: li, name: 李四 }, { id: zhao, name: 赵六 }]
  tasks:   # 任务排期
    - { id: T1, name: 情报收集, owner: zhang, start: 2026-12-01, duration: 2d }
    - { id: T2, name: 确定 POC 业务场景, owner: li, dependsOn: [T1], duration: 2d }
    - id: T3
      name: 客户方申请机器
      owner: zhao
      dependsOn: [T1]
      duration: 1d
    - { id: T4, name: 产品部署与验证, owner: zhao, dependsOn: [T2, T3], duration: 3d }
    - { id: T5, name: 产品演示, owner: li, dependsOn: [T4], duration: 0d }
`;

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台一期实施
  start: 2027-01-04
  tasks:
    - id: P1
      name: 项目启动会
      start: 2027-01-04
      duration: 1d
    - id: P2
      name: 平台部署
      dependsOn: [P1]
      duration: 3d
    - { id: P3, name: 告警规则配置, dependsOn: [P4], duration: 2d }
    - { id: P4, name: 报表开发, dependsOn: [P3], duration: 2d }
    - name: 待定任务
      dependsOn: [P1]
  delays:
    - { task: P2, date: 2027-01-06, days: 2, reason: 客户机房网络未开通, reportedToSales: 2027-01-06 }
`;

const checklist = yaml`
  kind: checklist
  id: closing
  title: 项目收尾检查
  phase: closing
  due: 2026-12-08
  items:
    - group: 产品培训
      items:
        - { id: C1, text: 整理培训材料及培训考题, done: true, owner: sun }
        - { id: C2, text: 培训前人员签到, owner: zhao }
        - { id: C3, text: 培训后测试, required: false }
        - group: 培训考试
          items:
            - { id: C4, text: 考试成绩归档, done: true, due: 2026-12-01 }
            - { id: C5, text: 补考安排, due: 2026-12-09 }
    - group: 阶段性汇报
      items:
        - id: C6
          text: 准备阶段性汇报材料
          done: true
          required: false
    - { id: C7, text: 备份数据库, owner: zhao, due: 2026-12-20 }
    - { id: C8, text: 与客户确认验收时间, owner: cio-liu, due: 2026-12-01 }
`;

const stakeholders = yaml`
  kind: stakeholders
  stakeholders:
    - { id: cio-liu, name: 刘总, roles: [decision-maker] }
`;

const FILES = {
  'bank-log.poc.yaml': poc,
  'bank-log.project.yaml': project,
  'closing.checklist.yaml': checklist,
  'bank.stakeholders.yaml': stakeholders,
};

/** `line:covered text → title` for each lens. */
function lenses(ws: Workspace, name: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string[] {
  const file = ws.get(`file:///ws/${name}`)!;
  const lines = new LineIndex(file.text);
  return codeLenses({ ws, file, locale }).map(
    (l) => `${lines.positionAt(l.span.start).line + 1}:${file.text.slice(l.span.start, l.span.end)} → ${l.title}`,
  );
}

describe('feature code-lens: tasks', () => {
  const ws = workspaceOf(FILES);

  it('shows the plan span and each task\u2019s computed dates, working days, critical path or slack', () => {
    assert.deepStrictEqual(lenses(ws, 'bank-log.poc.yaml'), [
      '8:tasks → 计划 2026-12-01 → 2026-12-11 · 8 个工作日 · 关键任务 4 个',
      '9:T1 → 2026-12-01 → 2026-12-02 · 2 个工作日 · 关键路径',
      // The holiday and the weekend fall inside T2.
      '10:T2 → 2026-12-03 → 2026-12-07 · 2 个工作日 · 关键路径',
      '11:T3 → 2026-12-03 · 1 个工作日 · 浮动 1 天',
      '16:T4 → 2026-12-08 → 2026-12-10 · 3 个工作日 · 关键路径',
      '17:T5 → 2026-12-11 · 里程碑 · 关键路径',
    ]);
  });

  it('speaks English to an English user', () => {
    assert.deepStrictEqual(lenses(ws, 'bank-log.poc.yaml', 'en'), [
      '8:tasks → plan 2026-12-01 → 2026-12-11 · 8 working days · 4 critical tasks',
      '9:T1 → 2026-12-01 → 2026-12-02 · 2 working days · critical',
      '10:T2 → 2026-12-03 → 2026-12-07 · 2 working days · critical',
      '11:T3 → 2026-12-03 · 1 working day · slack 1d',
      '16:T4 → 2026-12-08 → 2026-12-10 · 3 working days · critical',
      '17:T5 → 2026-12-11 · milestone · critical',
    ]);
  });

  it('counts recorded delays, marks dependency cycles, and puts a lens on a task without id at its first line', () => {
    assert.deepStrictEqual(lenses(ws, 'bank-log.project.yaml'), [
      '5:tasks → 计划 2027-01-04 → 2027-01-11 · 6 个工作日 · 关键任务 2 个 · 循环依赖 1 处',
      '6:P1 → 2027-01-04 · 1 个工作日 · 关键路径',
      '10:P2 → 2027-01-05 → 2027-01-11 · 5 个工作日（含延期 2 天）· 关键路径',
      '14:P3 → 无法排期（循环依赖）',
      '15:P4 → 无法排期（循环依赖）',
      '16:name: 待定任务 → 2027-01-05 · 1 个工作日 · 浮动 4 天',
    ]);
    assert.deepStrictEqual(lenses(ws, 'bank-log.project.yaml', 'en').slice(0, 4), [
      '5:tasks → plan 2027-01-04 → 2027-01-11 · 6 working days · 2 critical tasks · 1 dependency cycle',
      '6:P1 → 2027-01-04 · 1 working day · critical',
      '10:P2 → 2027-01-05 → 2027-01-11 · 5 working days (incl. 2d delay) · critical',
      '14:P3 → cannot be scheduled (dependency cycle)',
    ]);
  });

  it('says when nothing can be scheduled, and when there are no tasks', () => {
    const w = workspaceOf({
      'x.poc.yaml': yaml`
        id: x-poc
        title: 某证券 POC
        tasks:
          - { id: T1, name: 部署, duration: 2d }
      `,
      'y.poc.yaml': 'id: y-poc\ntitle: 某保险 POC\nstart: 2026-12-01\ntasks: []\n',
      'z.poc.yaml': 'id: z-poc\ntitle: 某基金 POC\nstart: 2026-12-01\n',
      'bin.poc.yaml': 'tasks:\u0000',
    });
    assert.deepStrictEqual(lenses(w, 'x.poc.yaml'), ['3:tasks → 计划无法排期（缺少开始日期）', '4:T1 → 无法排期（缺少开始日期）']);
    assert.deepStrictEqual(lenses(w, 'x.poc.yaml', 'en'), ['3:tasks → plan cannot be scheduled (no start date)', '4:T1 → cannot be scheduled (no start date)']);
    assert.deepStrictEqual(lenses(w, 'y.poc.yaml'), ['4:tasks → 暂无任务']);
    assert.deepStrictEqual(lenses(w, 'z.poc.yaml'), []);
    assert.deepStrictEqual(lenses(w, 'bin.poc.yaml'), []);
  });

  it('answers for the part of a broken file that parses', () => {
    const w = workspaceOf({
      'x.poc.yaml': yaml`
        id: x-poc
        start: 2026-12-01
        tasks:
          - { id: T1, name: 部署, duration: 2d }
          - { id: T2, name: "未闭合
      `,
    });
    const got = lenses(w, 'x.poc.yaml');
    assert.ok(got.includes('4:T1 → 2026-12-01 → 2026-12-02 · 2 个工作日 · 关键路径'), got.join('\n'));
  });
});

describe('feature code-lens: checklists', () => {
  it('shows progress above the checklist and each group (nested groups count their items)', () => {
    const ws = workspaceOf(FILES);
    assert.deepStrictEqual(lenses(ws, 'closing.checklist.yaml'), [
      '6:items → 已完成 3/8（必做 2/6）· 逾期 3',
      '7:产品培训 → 已完成 2/5（必做 2/4）· 逾期 2',
      '12:培训考试 → 已完成 1/2（必做 1/2）· 逾期 1',
      '16:阶段性汇报 → 已完成 1/1（必做 0/0）',
    ]);
    assert.deepStrictEqual(lenses(ws, 'closing.checklist.yaml', 'en'), [
      '6:items → done 3/8 (required 2/6) · 3 overdue',
      '7:产品培训 → done 2/5 (required 2/4) · 2 overdue',
      '12:培训考试 → done 1/2 (required 1/2) · 1 overdue',
      '16:阶段性汇报 → done 1/1 (required 0/0)',
    ]);
  });

  it('counts an item as overdue only after its own due date, else the checklist\u2019s', () => {
    // On 2026-12-09 only C8 (due 12-01) and C2 (checklist due 12-08) are late; C5 is due that day.
    const ws = workspaceOf(FILES, { today: '2026-12-09' });
    assert.deepStrictEqual(lenses(ws, 'closing.checklist.yaml').slice(0, 3), [
      '6:items → 已完成 3/8（必做 2/6）· 逾期 2',
      '7:产品培训 → 已完成 2/5（必做 2/4）· 逾期 1',
      '12:培训考试 → 已完成 1/2（必做 1/2）',
    ]);
    assert.deepStrictEqual(lenses(workspaceOf(FILES, { today: '2026-12-01' }), 'closing.checklist.yaml')[0], '6:items → 已完成 3/8（必做 2/6）');
  });

  it('puts the lens at the title when there is no items key, and shows nothing for other kinds', () => {
    const ws = workspaceOf({ 'handover.checklist.yaml': 'id: handover\ntitle: 售后交接\n', ...FILES });
    assert.deepStrictEqual(lenses(ws, 'handover.checklist.yaml'), ['2:售后交接 → 已完成 0/0（必做 0/0）']);
    assert.deepStrictEqual(lenses(ws, 'bank.stakeholders.yaml'), []);
  });
});
