import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { allBars, ganttChart } from './gantt';
import { ganttHtml, ganttMarkdown, ganttMermaid, mermaidText } from './mermaid';
import { legendIds, tickInterval, TICK_MIN_PX } from './legend';

const PLAN = yaml`
  kind: poc
  id: bank-poc
  title: 某银行 POC
  start: 2027-01-04
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: T1, name: 情报收集, phase: intelligence, owner: zhang, duration: 2d, status: done, progress: 100 }
    - { id: T2, name: 软件集成, phase: integration, owner: zhao, dependsOn: [T1], duration: 3d, status: doing }
    - { id: T3, name: 文档, phase: integration, owner: zhang, dependsOn: [T1], duration: 1d }
    - { id: T4, name: 演示, phase: demo, owner: cio-liu, dependsOn: [T2, T3], duration: 0d }
    - { id: T5, name: "无法排期", dependsOn: [T9] }
`;

const STAKEHOLDERS = yaml`
  kind: stakeholders
  stakeholders:
    - { id: cio-liu, name: 刘总, organization: customer, roles: [decision-maker] }
`;

function ws(extra: Record<string, string> = {}) {
  return workspaceOf({ 'bank.poc.yaml': PLAN, 'bank.stakeholders.yaml': STAKEHOLDERS, ...extra }, { today: '2027-01-05' });
}

describe('gantt chart data', () => {
  it('groups one plan by phase in the playbook order, with statuses, critical path, milestone and owner names', () => {
    const w = ws();
    const chart = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'zh-CN' });
    assert.strictEqual(chart.title, '某银行 POC');
    assert.strictEqual(chart.today, '2027-01-05');
    assert.deepStrictEqual(
      chart.sections.map((s) => [s.name, s.bars.map((b) => b.taskId)]),
      [
        ['情报收集', ['T1']],
        ['软件集成与验证', ['T2', 'T3']],
        ['产品演示', ['T4']],
        ['其他', ['T5']],
      ],
    );
    const bars = allBars(chart);
    const by = (id: string) => bars.find((b) => b.taskId === id)!;
    assert.deepStrictEqual([by('T1').status, by('T2').status, by('T3').status], ['done', 'active', 'todo']);
    assert.deepStrictEqual(bars.filter((b) => b.critical).map((b) => b.taskId), ['T1', 'T2', 'T4']);
    assert.strictEqual(by('T4').milestone, true);
    assert.strictEqual(by('T3').slack, 2);
    assert.strictEqual(by('T2').label, '软件集成（赵六）');
    assert.strictEqual(by('T4').ownerName, '刘总', 'a stakeholder owner is named from the stakeholders file');
    assert.deepStrictEqual([by('T2').start, by('T2').end], ['2027-01-06', '2027-01-08']);
    // An unknown dependency does not stop the task: it starts with the plan, marked.
    assert.deepStrictEqual([by('T5').start, by('T5').unknownDeps], ['2027-01-04', ['T9']]);
    assert.match(by('T5').problems.join(' '), /T9/);
    assert.deepStrictEqual(chart.unscheduled, []);
    assert.deepStrictEqual(chart.owners.map((o) => o.id), ['cio-liu', 'zhang', 'zhao']);
    assert.strictEqual(chart.total, 5);
    // Phase names come from the schema, in the user's language.
    const en = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'en' });
    assert.ok(en.sections.every((s) => /^[\x20-\x7e]+$/.test(s.name)), en.sections.map((s) => s.name).join('|'));
    assert.strictEqual(allBars(en).find((b) => b.taskId === 'T2')!.label, '软件集成 (赵六)');
  });

  it('filters by owner and to the critical path, keeping the owner choices of the whole chart', () => {
    const w = ws();
    const f = w.get('file:///ws/bank.poc.yaml');
    const zhang = ganttChart(w, f, { scope: 'file', locale: 'en', owner: 'zhang' });
    assert.deepStrictEqual(allBars(zhang).map((b) => b.taskId), ['T1', 'T3']);
    assert.strictEqual(zhang.owners.length, 3);
    const crit = ganttChart(w, f, { scope: 'file', locale: 'en', criticalOnly: true });
    assert.deepStrictEqual(allBars(crit).map((b) => b.taskId), ['T1', 'T2', 'T4']);
  });

  it('shows every plan of the folder as a portfolio, one lane per plan, so a person shows where they are booked', () => {
    const w = ws({
      'other.project.yaml': yaml`
        kind: project
        id: other
        title: 某保险实施
        start: 2027-01-04
        team: [{ id: zhao, name: 赵六, role: engineer }]
        tasks:
          - { id: P1, name: 部署, owner: zhao, duration: 2d }
      `,
    });
    const chart = ganttChart(w, undefined, { scope: 'portfolio', locale: 'zh-CN', owner: 'zhao' });
    assert.deepStrictEqual(
      chart.sections.map((s) => [s.name, s.bars.map((b) => `${b.taskId} ${b.start}..${b.end}`)]),
      [
        ['某银行 POC', ['T2 2027-01-06..2027-01-08']],
        ['某保险实施', ['P1 2027-01-04..2027-01-05']],
      ],
    );
  });

  it('says why there is nothing to show', () => {
    const w = ws();
    assert.match(ganttChart(w, w.get('file:///ws/bank.stakeholders.yaml'), { scope: 'file', locale: 'en' }).empty ?? '', /not a POC or project/);
    const none = workspaceOf({ 'a.stakeholders.yaml': STAKEHOLDERS });
    assert.match(ganttChart(none, undefined, { scope: 'portfolio', locale: 'zh-CN' }).empty ?? '', /没有/);
  });
});

describe('gantt overdue, legend and axis', () => {
  it('marks a task not done past its end as overdue by calendar days (done and cancelled never), in the label too', () => {
    const w = workspaceOf({ 'bank.poc.yaml': PLAN, 'bank.stakeholders.yaml': STAKEHOLDERS }, { today: '2027-01-12' });
    const chart = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'zh-CN' });
    const late = allBars(chart).filter((b) => b.overdue).map((b) => [b.taskId, b.overdue]);
    // T1 is done; T2 (doing) ended 01-08, T3 01-06, T4 (the milestone) 01-11, T5 (from the plan start) 01-04; today 01-12.
    assert.deepStrictEqual(late, [['T2', 4], ['T3', 6], ['T4', 1], ['T5', 8]]);
    const src = ganttMermaid(chart, { locale: 'zh-CN' });
    assert.ok(src.includes('  软件集成（赵六）（逾期 4 天） :crit, active, b1,'), src);
    const en = ganttMermaid(ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'en' }), { locale: 'en' });
    assert.ok(en.includes('演示 (刘总) (1 day late) :'), en);
    assert.ok(en.includes('文档 (张三) (6 days late) :'), en);
    assert.deepStrictEqual(legendIds(chart, false), ['task', 'done', 'active', 'critical', 'milestone', 'overdue']);
  });

  it('keeps the colon of the English portfolio title half-width, and of the Chinese one as written', () => {
    const w = ws();
    const en = ganttMermaid(ganttChart(w, undefined, { scope: 'portfolio', locale: 'en' }), { locale: 'en' });
    assert.ok(en.split('\n').includes('  title Portfolio: all plans'), en);
    const zh = ganttMermaid(ganttChart(w, undefined, { scope: 'portfolio', locale: 'zh-CN' }), { locale: 'zh-CN' });
    assert.ok(zh.split('\n').includes('  title 全部计划（组合视图）'), zh);
  });

  it('spaces the axis ticks at least TICK_MIN_PX apart', () => {
    for (const [days, px] of [[45, 1200], [45, 300], [400, 1000], [3, 800], [3000, 600]] as const) {
      const step = tickInterval(days, px);
      const n = Number(/^\d+/.exec(step)![0]) * (step.endsWith('week') ? 7 : step.endsWith('month') ? 30 : 1);
      assert.ok((n * px) / days >= TICK_MIN_PX || step === '12month', `${days} days over ${px} px: ${step}`);
    }
    assert.strictEqual(tickInterval(45, 1200), '1week');
    assert.strictEqual(tickInterval(10, 1200), '1day');
    assert.strictEqual(tickInterval(45, 300), '2week');
  });
});

describe('gantt mermaid source', () => {
  it('writes sections, tags, exclusive end dates, the milestone and the today line', () => {
    const w = ws();
    const chart = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'zh-CN' });
    const src = ganttMermaid(chart, { locale: 'zh-CN' });
    const lines = src.split('\n');
    assert.strictEqual(lines[0], 'gantt');
    assert.ok(lines.includes('  情报收集（张三） :crit, done, b0, 2027-01-04, 2027-01-06'), src);
    assert.ok(lines.includes('  软件集成（赵六） :crit, active, b1, 2027-01-06, 2027-01-09'), src);
    assert.ok(lines.includes('  文档（张三） :b2, 2027-01-06, 2027-01-07'), src);
    assert.ok(lines.includes('  演示（刘总） :milestone, crit, b3, 2027-01-11, 0d'), src);
    assert.ok(lines.includes('  今天 2027-01-05 :vert, today, 2027-01-05, 0d'), src);
    assert.ok(lines.includes('  ⚠ 无法排期（逾期 1 天） :b4, 2027-01-04, 2027-01-05'), src);
  });

  it('lists the tasks that cannot be scheduled under the chart, with the reason', () => {
    const w = ws({ 'bank.poc.yaml': PLAN.replace('start: 2027-01-04\n', '').replace('duration: 2d, status: done', 'start: 2027-01-04, duration: 2d, status: done') + '  - { id: T6, name: 无日期, duration: 1d }\n' });
    const chart = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'zh-CN' });
    assert.deepStrictEqual(chart.unscheduled.map((b) => [b.taskId, b.problems.join('；')]), [
      ['T5', '未知的前置任务 T9；无法排期：请填写开始日期、前置任务或计划的开始日期'],
      ['T6', '无法排期：请填写开始日期、前置任务或计划的开始日期'],
    ]);
    const src = ganttMermaid(chart, { locale: 'zh-CN' });
    assert.ok(!src.includes('无日期'), 'an unscheduled task is not a bar');
    assert.ok(src.includes('b0, 2027-01-04'), 'the rest is still drawn');
    const md = ganttMarkdown(chart, { locale: 'zh-CN' });
    assert.match(md, /^```mermaid\ngantt\n/);
    assert.match(md, /\*\*未能排期：\*\*\n\n- 无日期（张三）|- 无日期/);
  });

  it('never lets user text become Mermaid syntax', () => {
    for (const [input, expected] of [
      ['a: b; c # d %% e', 'a： b； c ＃ d ％％ e'],
      ['line1\nline2\r\n', 'line1 line2'],
      ['section 2', '\u200bsection 2'],
      ['click b0 call alert()', '\u200bclick b0 call alert()'],
      ['  ', '—'],
      ['<img src=x onerror=alert(1)>', '<img src=x onerror=alert(1)>'],
    ]) {
      assert.strictEqual(mermaidText(input), expected, JSON.stringify(input));
    }
    const w = ws({
      'bank.poc.yaml': PLAN.replace('name: 情报收集', 'name: "x :crit, b9, 2020-01-01, 300d\\nsection evil %%{init: {}}%%"'),
    });
    const src = ganttMermaid(ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'en' }), { locale: 'en' });
    const taskLines = src.split('\n').filter((l) => /:.*\bb\d+\b/.test(l));
    assert.ok(taskLines.every((l) => (l.match(/:/g) ?? []).length === 1), src);
    assert.ok(!/^\s*section evil/m.test(src), src);
  });

  it('builds a standalone page with a nonce CSP, the source as JSON and the user text escaped', () => {
    const w = ws({ 'bank.poc.yaml': PLAN.replace('title: 某银行 POC', 'title: "<script>alert(1)</script>"') });
    const chart = ganttChart(w, w.get('file:///ws/bank.poc.yaml'), { scope: 'file', locale: 'en' });
    const html = ganttHtml(chart, { locale: 'en', mermaidJs: 'var mermaid = {}; "</script>";', nonce: 'N0NCE' });
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; script-src 'nonce-N0NCE'/);
    assert.ok(!html.includes('<script>alert(1)</script>'), 'the title is escaped');
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    // mermaid.min.js, the page's script, the source and the overdue keys (JSON): nothing closes early.
    assert.strictEqual(html.match(/<\/script>/g)!.length, 4, 'the inlined script cannot close its element early');
    assert.ok(!/<script(?![^>]*(nonce="N0NCE"|type="application\/json"))/.test(html), 'every executable script carries the nonce');
  });
});
