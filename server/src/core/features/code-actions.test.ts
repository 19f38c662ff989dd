import * as assert from 'node:assert/strict';
import { workspaceOf, yaml, type RunOptions } from '../testing';
import { SCHEMAS } from '../schema-check';
import { codeActions, FIX_PROVIDERS } from './code-actions';
import { applyEdits } from './edits';
import type { CodeActionEntry, DiagnosticRef } from './types';

/** The workspace, the file and the diagnostics of one rule, as the client would send them back. */
function setup(files: Record<string, string>, name: string, opts: RunOptions = {}) {
  const ws = workspaceOf(files, opts);
  const uri = `file:///ws/${name}`;
  const file = ws.get(uri)!;
  const locale = opts.locale ?? 'en';
  const diags = (rule?: string): DiagnosticRef[] =>
    ws
      .check(uri)
      .filter((d) => !rule || d.rule === rule)
      .map((d) => ({ rule: d.rule, span: d.span, message: d.message, data: d.data }));
  const actions = (ds: DiagnosticRef[], range = ds[0]?.span ?? { start: 0, end: file.text.length }) => codeActions({ ws, file, locale }, ds, range);
  return { ws, uri, file, diags, actions };
}

const titles = (as: CodeActionEntry[]) => as.map((a) => `${a.isPreferred ? '*' : ''}${a.title}`);
const fixed = (text: string, a: CodeActionEntry) => applyEdits(text, a.edits);

const poc = yaml`
  # 某银行日志分析平台 POC
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: li, name: 李四, role: presales }
  tasks:
    - { id: T1, name: 情报收集, owner: lii, start: 2026-12-01, duration: 2d, status: done, progress: 80 }
    - id: T2
      name: 确定业务场景
      owner: 王五
      dependsOn: [T1]
      status: doing
`;

describe('codeActions', () => {
  it('offers the rule fixes first (the preferred one marked), then the disable comment, in zh-CN', () => {
    const { diags, actions } = setup({ 'a.poc.yaml': poc }, 'a.poc.yaml', { locale: 'zh-CN' });
    const [ref] = diags('unknown-ref');
    assert.deepEqual(titles(actions([ref])), [
      "*改为 'li'",
      "把 'lii' 加入本计划的团队（team）",
      "新建 ws.stakeholders.yaml 并添加干系人 'lii'",
      '在此行禁用 unknown-ref 检查',
    ]);
  });

  it('answers for all the diagnostics sent, skipping those outside the range and duplicates', () => {
    const { diags, actions, file } = setup({ 'a.poc.yaml': poc }, 'a.poc.yaml');
    const sp = diags('status-progress');
    const ur = diags('unknown-ref');
    assert.equal(sp.length, 1);
    const lineOfT1 = { start: file.text.indexOf('- { id: T1'), end: file.text.indexOf('\n', file.text.indexOf('- { id: T1')) };
    const all = actions([...sp, ...ur, ...sp], lineOfT1);
    assert.deepEqual(titles(all), [
      '*Set progress to 100',
      'Set the status back to in progress',
      "*Change 'lii' to 'li'",
      "Add 'lii' to the team of this plan",
      "Create ws.stakeholders.yaml with stakeholder 'lii'",
      'Disable status-progress for this line',
      'Disable unknown-ref for this line',
    ]);
  });

  it('offers no stub for an id that is not a valid id (王五), only the disable comment', () => {
    const { diags, actions } = setup({ 'a.poc.yaml': poc }, 'a.poc.yaml');
    const ref = diags('unknown-ref').find((d) => d.data?.value === '王五')!;
    assert.deepEqual(titles(actions([ref])), ['Disable unknown-ref for this line']);
  });

  it('never throws on odd diagnostics: unknown rules, missing or wrong data, spans outside the text', () => {
    const { actions, file } = setup({ 'a.poc.yaml': poc }, 'a.poc.yaml');
    const at = file.text.indexOf('lii');
    const odd: DiagnosticRef[] = [
      { rule: 'no-such-rule', span: { start: at, end: at + 3 }, message: '' },
      { rule: 'schema', span: { start: at, end: at + 3 }, message: '', data: { key: 42, suggestion: null } },
      { rule: 'unknown-ref', span: { start: at, end: at + 3 }, message: '', data: { refKind: 'owner' } },
      { rule: 'status-progress', span: { start: 99999, end: 99999 }, message: '', data: { field: 'progress' } },
      { rule: 'overdue', span: { start: -5, end: -1 }, message: '', data: { taskId: 7 } },
      { rule: 'duplicate-id', span: { start: at, end: at + 3 }, message: '', data: { id: 'lii', firstLine: 'x' } },
      { rule: '../evil', span: { start: at, end: at + 3 }, message: '' },
    ];
    const out = actions(odd, { start: -10, end: 100000 });
    assert.deepEqual(titles(out), ['Disable no-such-rule for this line', 'Disable schema for this line', 'Disable unknown-ref for this line', 'Disable duplicate-id for this line']);
  });

  it('offers nothing for a stale diagnostic whose text has changed since', () => {
    const { diags } = setup({ 'a.poc.yaml': poc }, 'a.poc.yaml');
    const [ref] = diags('unknown-ref');
    const edited = poc.replace('owner: lii', 'owner: xyz');
    const now = setup({ 'a.poc.yaml': edited }, 'a.poc.yaml');
    assert.deepEqual(titles(now.actions([ref])).filter((t) => t.includes('Change')), []);
  });

  it('does not offer to silence yaml-syntax or file-unreadable', () => {
    const { diags, actions } = setup({ 'a.poc.yaml': 'kind: poc\ntasks: [未闭合\n' }, 'a.poc.yaml');
    const syntax = diags('yaml-syntax');
    assert.equal(syntax.length, 1);
    assert.deepEqual(actions(syntax), []);
  });

  it('has a provider module for every rule it names, each a rule of the catalogue', () => {
    const { RULES } = require('../rules') as typeof import('../rules');
    const ids = new Set(RULES.map((r) => r.id));
    for (const id of Object.keys(FIX_PROVIDERS)) assert.ok(ids.has(id), id);
  });
});

describe('codeActions: disable comment', () => {
  const text = yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行 POC
    start: 2026-12-01
    team:
      - { id: zhang, name: 张三, role: sales }
    tasks:
      # poc-studio-disable-next-line schema status-progress
      - { id: T1, name: 情报收集, owner: zhang, start: 2026-12-01, duration: 2d, status: doing }
      # poc-studio-disable-next-line
      - { id: T2, name: 部署, owner: zhang, start: 2026-12-01, duration: 2d, status: doing }
      # poc-studio-disable-next-line overdue
      - { id: T3, name: 演示, owner: zhang, start: 2026-12-01, duration: 2d, status: doing }
      - id: T4
        name: "评审
          结论"
        owner: zhang
        start: 2026-12-01
        duration: 1d
  `;

  it('adds the rule to a space-separated list already above the line', () => {
    const { actions, file, uri } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    const at = file.text.indexOf('T1');
    const [a] = actions([{ rule: 'overdue', span: { start: at, end: at + 2 }, message: '' }]);
    assert.equal(a.edits[0].uri, uri);
    assert.equal(fixed(text, a), text.replace('disable-next-line schema status-progress', 'disable-next-line schema status-progress overdue'));
  });

  it('adds the rule before the reason of the comment above (full-width bracket, --)', () => {
    for (const [comment, after] of [
      ['overdue（客户已同意延期）', 'overdue, schema（客户已同意延期）'],
      ['overdue -- 另议', 'overdue, schema -- 另议'],
    ]) {
      const t = `tasks:\n  # poc-studio-disable-next-line ${comment}\n  - { id: T1 }\n`;
      const { actions, file } = setup({ 'a.poc.yaml': t }, 'a.poc.yaml');
      const at = file.text.indexOf('T1');
      const [a] = actions([{ rule: 'schema', span: { start: at, end: at + 2 }, message: '' }]);
      assert.equal(fixed(t, a), t.replace(comment, after));
    }
  });

  it('offers nothing when the line is already silenced for that rule or for all rules', () => {
    const { actions, file } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    for (const id of ['T2', 'T3']) {
      const at = file.text.indexOf(id);
      assert.deepEqual(actions([{ rule: 'overdue', span: { start: at, end: at + 2 }, message: '' }]), [], id);
    }
  });

  it('never writes inside a multi-line string, and goes above the line where the diagnostic starts', () => {
    const { actions, file } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    const inside = file.text.indexOf('结论');
    assert.deepEqual(actions([{ rule: 'overdue', span: { start: inside, end: inside + 2 }, message: '' }]), []);
    const name = file.text.indexOf('"评审');
    const [a] = actions([{ rule: 'overdue', span: { start: name, end: inside + 3 }, message: '' }]);
    assert.equal(fixed(text, a), text.replace('    name: "评审', '    # poc-studio-disable-next-line overdue\n    name: "评审'));
  });
});

describe('codeActions: more fixes', () => {
  it('schema: without a near value, offers each allowed value of a short enum', () => {
    const text = 'kind: poc\nid: p\ntitle: t\nmode: 现场\n';
    const { diags, actions } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    const [ref] = diags('schema');
    assert.deepEqual(titles(actions([ref])), ["Change '现场' to 'onsite'", "Change '现场' to 'remote'", 'Disable schema for this line']);
    assert.equal(fixed(text, actions([ref])[1]), 'kind: poc\nid: p\ntitle: t\nmode: remote\n');
  });

  it('schema: does not rename a key onto one the mapping already has', () => {
    const text = 'kind: poc\nid: p\ntitle: t\ntasks:\n  - { id: T1, name: a, nmae: b }\n';
    const { diags, actions } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    const [ref] = diags('schema');
    assert.equal(ref.data?.suggestion, 'name');
    assert.deepEqual(titles(actions([ref])), ['Disable schema for this line']);
  });

  it('schema: a required field in an empty file', () => {
    const { diags, actions, file } = setup({ 'sec-audit.poc.yaml': '# 新文件\n' }, 'sec-audit.poc.yaml');
    const missing = diags('schema').filter((d) => d.data?.missing === 'id');
    assert.equal(missing.length, 1);
    const [a] = actions(missing);
    assert.equal(a.title, "Add the required field 'id: sec-audit-poc'");
    assert.equal(fixed(file.text, a), '# 新文件\nid: sec-audit-poc\n');
  });

  it('schema: a fresh plan id is free in the workspace', () => {
    const other = 'kind: project\nid: sec-audit-poc\ntitle: x\n';
    const { diags, actions } = setup({ 'sec-audit.poc.yaml': 'kind: poc\ntitle: 审计\n', 'b.project.yaml': other }, 'sec-audit.poc.yaml');
    const [a] = actions(diags('schema').filter((d) => d.data?.missing === 'id'));
    assert.equal(a.title, "Add the required field 'id: sec-audit-poc-2'");
  });

  it('duplicate-id: no rename for a person id or for workspace-wide ids', () => {
    const team = 'kind: poc\nid: p\ntitle: t\nteam:\n  - { id: zhang, name: 张三 }\n  - { id: zhang, name: 张三丰 }\n';
    const s1 = setup({ 'a.poc.yaml': team }, 'a.poc.yaml');
    assert.deepEqual(titles(s1.actions(s1.diags('duplicate-id'))), ['Disable duplicate-id for this line']);
    const reqs = 'kind: requirements\nrequirements:\n  - { id: R1, acceptance: 3 秒 }\n  - { id: R1, acceptance: 5 秒 }\n';
    const s2 = setup({ 'a.requirements.yaml': reqs }, 'a.requirements.yaml');
    const d2 = s2.diags('duplicate-id');
    assert.equal(d2.length, 2);
    assert.deepEqual(titles(s2.actions([d2[1]])), ['Disable duplicate-id for this line']);
  });

  it('duplicate-id: checklist items are numbered across groups', () => {
    const text = yaml`
      kind: checklist
      id: closing
      title: 项目收尾
      items:
        - { id: C1, text: 备份数据库 }
        - group: 产品培训
          items:
            - { id: C2, text: 培训签到 }
            - { id: C1, text: 考试 }
    `;
    const { diags, actions } = setup({ 'closing.checklist.yaml': text }, 'closing.checklist.yaml');
    const [a] = actions(diags('duplicate-id'));
    assert.equal(a.title, 'Rename to C3');
    assert.equal(fixed(text, a), text.replace('{ id: C1, text: 考试 }', '{ id: C3, text: 考试 }'));
  });

  it('unknown-ref: one stub action per stakeholders file of the workspace', () => {
    const reqs = 'kind: requirements\nrequirements:\n  - { id: R1, source: cto-wang, acceptance: 3 秒 }\n';
    const a = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总 }\n';
    const b = 'kind: stakeholders\nstakeholders: []\n';
    const { diags, actions } = setup({ 'x.requirements.yaml': reqs, 'b.stakeholders.yaml': b, 'a.stakeholders.yaml': a }, 'x.requirements.yaml');
    const out = actions(diags('unknown-ref'));
    assert.deepEqual(titles(out), [
      "Add stakeholder 'cto-wang' to a.stakeholders.yaml",
      "Add stakeholder 'cto-wang' to b.stakeholders.yaml",
      'Disable unknown-ref for this line',
    ]);
    assert.equal(applyEdits(a, out[0].edits), `${a}  - { id: cto-wang, name: cto-wang }\n`);
    assert.equal(applyEdits(b, out[1].edits), 'kind: stakeholders\nstakeholders: [{ id: cto-wang, name: cto-wang }]\n');
  });

  it('unknown-ref: none (and no new stakeholders file) when the stakeholders file cannot be read whole: ref-unchecked', () => {
    const reqs = 'kind: requirements\nrequirements:\n  - { id: R1, source: cto-wang, acceptance: 3 秒 }\n';
    const broken = 'kind: stakeholders\nstakeholders: [未闭合\n';
    const { diags, actions } = setup({ 'x.requirements.yaml': reqs, 'a.stakeholders.yaml': broken }, 'x.requirements.yaml');
    assert.deepEqual(diags('unknown-ref'), []);
    assert.deepEqual(titles(actions(diags('ref-unchecked'))), ['Disable ref-unchecked for this line']);
  });

  it('overdue: offered in a POC exactly when the POC schema has delays', () => {
    const text = 'kind: poc\nid: p\ntitle: t\ntasks:\n  - { id: T1, start: 2026-12-01, duration: 1d }\n';
    const { diags, actions } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    const offered = titles(actions(diags('overdue'))).includes('*Record a delay for T1');
    const props = (SCHEMAS.poc as { properties: Record<string, unknown> }).properties;
    assert.equal(offered, 'delays' in props);
  });

  it('overdue: a task without an id gets no delay record', () => {
    const text = 'kind: project\nid: p\ntitle: t\ntasks:\n  - { name: 部署, start: 2026-12-01, duration: 1d }\n';
    const { diags, actions } = setup({ 'a.project.yaml': text }, 'a.project.yaml');
    assert.deepEqual(titles(actions(diags('overdue'))), ['Disable overdue for this line']);
  });

  it('criterion-unmeasurable: keys written with a blank value are left to the author', () => {
    const text = 'kind: poc\nid: p\ntitle: t\nsuccessCriteria:\n  - { id: SC1, description: 快, metric: TBD, target: 待定 }\n';
    const { diags, actions } = setup({ 'a.poc.yaml': text }, 'a.poc.yaml');
    assert.deepEqual(titles(actions(diags('criterion-unmeasurable'))), ['Disable criterion-unmeasurable for this line']);
  });

  // How fast it answers there is measured by the bench (bench/quick-fix.mjs), not asserted here.
  it('answers on a large plan, again after a first request', () => {
    const lines = ['kind: project', 'id: big', 'title: 大项目', 'team:', '  - { id: zhao, name: 赵六, role: engineer }', 'tasks:'];
    for (let i = 1; i <= 2000; i++) lines.push(`  - { id: T${i}, name: 任务${i}, owner: zhao, start: 2027-01-04, duration: 1d, status: done, progress: ${i === 2000 ? 50 : 100} }`);
    const text = `${lines.join('\n')}\n`;
    const { diags, actions } = setup({ 'big.project.yaml': text }, 'big.project.yaml', { today: '2027-01-04' });
    const [ref] = diags('status-progress');
    assert.equal(actions([ref])[0].title, 'Set progress to 100');
    const out = actions([ref]);
    assert.equal(out[0].title, 'Set progress to 100');
  });
});
