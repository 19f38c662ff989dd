import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { workspaceOf, yaml } from '../testing';
import { symbolsOf } from '../symbols';
import { LineIndex, type Span } from '../text';
import type { Workspace } from '../workspace';
import type { FeatureContext, FileSpan, Refusal, RenameResult } from './types';
import { applyEdits, definition, prepareRename, references, rename } from './navigation';

// A customer folder: a POC (flow-style team and tasks), the implementation project (block style),
// stakeholders, requirements and a closing checklist. The same person zhao works in both plans.
const stakeholders = yaml`
  # 某银行干系人
  kind: stakeholders
  stakeholders:
    - id: ceo-chen
      name: 陈总
      title: 行长
      roles: [approver]
    - id: cio-liu   # 决策者
      name: 刘总
      title: CIO
      roles: [decision-maker]
      reportsTo: ceo-chen
    - { id: sec-zhou, name: 周经理, title: 信息安全部经理, reportsTo: cio-liu }
    - { id: proc-wu, name: 吴经理, title: 采购部经理, reportsTo: "cio-liu" }
`;

const requirements = yaml`
  kind: requirements
  requirements:
    - id: R1
      title: 日志检索性能
      priority: must
      source: cio-liu   # 刘总在启动会上提出
      acceptance: 100GB/天 数据量下检索 P95 < 3 秒
      release: basic
    - { id: R2, title: 日志接入无丢失, priority: must, source: sec-zhou, acceptance: 丢失率 < 0.01% }
    - { id: R3, title: 异常交易告警, priority: should, source: 'cio-liu', acceptance: 告警 60 秒内送达 }
`;

const poc = yaml`
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: li, name: 李四, role: presales }
    - { id: zhao, name: 赵六, role: engineer }   # zhao 也在实施项目中
  scenarios:
    - id: S1
      title: 交易日志实时检索
      requirements: [R1, R2]
  successCriteria:
    - { id: SC1, description: 检索 P95 小于 3 秒, requirement: R1, evidence: zhao 压测报告 }
  tasks:
    - { id: T1, name: 情报收集, owner: zhang, start: 2026-12-01, duration: 2d }
    - { id: T2, name: 确定 POC 业务场景, owner: li, dependsOn: [T1], duration: 2d }
    - { id: T3, name: 软件集成与验证, owner: zhao, dependsOn: [T2], duration: 3d }
    - { id: T4, name: 产品演示, owner: cio-liu, dependsOn: [T3], duration: 1d }
  demo:
    date: 2026-12-10
    audience: [cio-liu, sec-zhou]
`;

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台一期实施
  start: 2027-01-04
  team:
    - id: zhao
      name: 赵六
      role: engineer
    - id: sun
      name: 孙七
      role: pm
  releases:
    - { id: basic, title: 基础版, date: 2027-02-26 }
  tasks:
    - id: T1
      name: 项目启动会
      owner: sun
      start: 2027-01-04
      duration: 1d
    - id: T2
      name: 平台部署
      owner: zhao   # 赵六
      dependsOn: [T1]
      duration: 5d
    - id: T3
      name: 数据接入
      owner: "zhao"
      dependsOn:
        - T2
      duration: 3d
  changes:
    - { id: CR1, date: 2027-01-20, requestedBy: cio-liu, description: 增加监管报表, scope: next-phase }
  delays:
    - { task: T2, date: 2027-01-08, days: 2, reason: 客户机房网络未开通, affects: [bank-log-poc] }
  weeklyReports:
    - week: 2027-W02
      sent: 2027-01-08
      hours:
        zhao: 40   # 赵六
        sun: 16
`;

const checklist = yaml`
  kind: checklist
  id: closing
  title: 项目收尾检查
  items:
    - group: 产品培训
      items:
        - { id: C1, text: 培训前人员签到, done: true, owner: sun }
        - { id: C2, text: 培训后测试, owner: zhao }
    - id: C3
      text: 与客户确认验收时间
      owner: cio-liu
`;

const FILES = {
  'bank.stakeholders.yaml': stakeholders,
  'bank.requirements.yaml': requirements,
  'bank-log.poc.yaml': poc,
  'bank-log.project.yaml': project,
  'closing.checklist.yaml': checklist,
};

const uri = (name: string) => `file:///ws/${name}`;
const nameOf = (u: string) => u.slice('file:///ws/'.length);

function ctxOf(ws: Workspace, name: string, locale: 'zh-CN' | 'en' = 'en'): FeatureContext {
  const file = ws.get(uri(name));
  assert.ok(file, name);
  return { ws, file, locale };
}

/** Offset inside the nth occurrence of `needle` in a file (plus `delta`). */
function at(ws: Workspace, name: string, needle: string, nth = 0, delta = 1): number {
  const text = ws.get(uri(name))!.text;
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    assert.ok(i >= 0, `${needle} #${nth} not in ${name}`);
  }
  return i + delta;
}

/** `file:line:covered text` for each span. */
function show(ws: Workspace, spans: FileSpan[]): string[] {
  return spans.map((s) => {
    const text = ws.get(s.uri)!.text;
    return `${nameOf(s.uri)}:${new LineIndex(text).positionAt(s.span.start).line + 1}:${text.slice(s.span.start, s.span.end)}`;
  });
}

/** The new text of every edited file. */
function applied(ws: Workspace, r: RenameResult | Refusal): Record<string, string> {
  assert.ok(!('error' in r), 'error' in r ? r.error : '');
  const out: Record<string, string> = {};
  for (const u of [...new Set(r.edits.map((e) => e.uri))]) {
    out[nameOf(u)] = applyEdits(ws.get(u)!.text, r.edits.filter((e) => e.uri === u));
  }
  return out;
}

describe('feature navigation: definition', () => {
  const ws = workspaceOf(FILES);

  it('goes from a demo audience member to the stakeholder in the stakeholders file', () => {
    assert.deepStrictEqual(show(ws, definition(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'sec-zhou'))), [
      'bank.stakeholders.yaml:13:sec-zhou',
    ]);
  });

  it('goes from an owner to the team entry of the same file, else to the stakeholder', () => {
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, definition(c, at(ws, 'bank-log.poc.yaml', 'owner: zhao', 0, 'owner: z'.length))), ['bank-log.poc.yaml:8:zhao']);
    assert.deepStrictEqual(show(ws, definition(c, at(ws, 'bank-log.poc.yaml', 'owner: cio-liu', 0, 'owner: '.length))), [
      'bank.stakeholders.yaml:8:cio-liu',
    ]);
    // In the project, the same id is that file's own team entry.
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', '"zhao"'))), ['bank-log.project.yaml:6:zhao']);
  });

  it('goes from a checklist owner to every team entry of that person (one per plan)', () => {
    assert.deepStrictEqual(show(ws, definition(ctxOf(ws, 'closing.checklist.yaml'), at(ws, 'closing.checklist.yaml', 'zhao'))), [
      'bank-log.poc.yaml:8:zhao',
      'bank-log.project.yaml:6:zhao',
    ]);
  });

  it('resolves a task dependency within its own file only', () => {
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', '- T2', 0, 3))), ['bank-log.project.yaml:20:T2']);
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', 'task: T2', 0, 'task: T2'.length))), [
      'bank-log.project.yaml:20:T2',
    ]);
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, definition(c, at(ws, 'bank-log.poc.yaml', 'dependsOn: [T2]', 0, 'dependsOn: ['.length))), [
      'bank-log.poc.yaml:17:T2',
    ]);
  });

  it('follows requirement, release, reportsTo, requestedBy, affects and hours references across files', () => {
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, definition(c, at(ws, 'bank-log.poc.yaml', 'R2'))), ['bank.requirements.yaml:9:R2']);
    const r = ctxOf(ws, 'bank.requirements.yaml');
    assert.deepStrictEqual(show(ws, definition(r, at(ws, 'bank.requirements.yaml', 'basic'))), ['bank-log.project.yaml:13:basic']);
    assert.deepStrictEqual(show(ws, definition(r, at(ws, 'bank.requirements.yaml', "'cio-liu'", 0, 3))), ['bank.stakeholders.yaml:8:cio-liu']);
    const s = ctxOf(ws, 'bank.stakeholders.yaml');
    assert.deepStrictEqual(show(ws, definition(s, at(ws, 'bank.stakeholders.yaml', 'reportsTo: ceo-chen', 0, 12))), [
      'bank.stakeholders.yaml:4:ceo-chen',
    ]);
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', 'requestedBy: cio-liu', 0, 14))), [
      'bank.stakeholders.yaml:8:cio-liu',
    ]);
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', 'bank-log-poc'))), ['bank-log.poc.yaml:2:bank-log-poc']);
    assert.deepStrictEqual(show(ws, definition(p, at(ws, 'bank-log.project.yaml', 'sun: 16', 0, 0))), ['bank-log.project.yaml:9:sun']);
  });

  it('answers with the definition itself on a definition, a cursor just after the id included', () => {
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, definition(c, at(ws, 'bank-log.poc.yaml', 'id: T3', 0, 'id: T3'.length))), ['bank-log.poc.yaml:18:T3']);
    const s = ctxOf(ws, 'bank.stakeholders.yaml');
    assert.deepStrictEqual(show(ws, definition(s, at(ws, 'bank.stakeholders.yaml', 'id: cio-liu', 0, 4))), ['bank.stakeholders.yaml:8:cio-liu']);
  });

  it('answers nothing off an id, on an unknown id, and on a file with a syntax error outside the parsed part', () => {
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(definition(c, at(ws, 'bank-log.poc.yaml', '情报收集')), []);
    assert.deepStrictEqual(definition(c, at(ws, 'bank-log.poc.yaml', 'title:')), []);
    const broken = workspaceOf({
      ...FILES,
      'x.poc.yaml': yaml`
        id: x-poc
        title: 某证券 POC
        team: [{ id: wu, name: 吴九 }]
        tasks:
          - { id: T1, name: 部署, owner: wu }
          - { id: T2, name: 演示, owner: nobody, dependsOn: [T1] }
          - { id: T3, name: "未闭合
      `,
    });
    const x = ctxOf(broken, 'x.poc.yaml');
    assert.ok(x.file.parsed.hasSyntaxError);
    assert.deepStrictEqual(definition(x, at(broken, 'x.poc.yaml', 'nobody')), []);
    assert.deepStrictEqual(show(broken, definition(x, at(broken, 'x.poc.yaml', 'owner: wu', 0, 8))), ['x.poc.yaml:3:wu']);
    assert.deepStrictEqual(definition(x, x.file.text.length), []);
  });
});

describe('feature navigation: references', () => {
  const ws = workspaceOf(FILES);

  it('finds a person in every plan and checklist of the workspace (hours keys included)', () => {
    const c = ctxOf(ws, 'closing.checklist.yaml');
    const all = references(c, at(ws, 'closing.checklist.yaml', 'zhao'), true);
    assert.deepStrictEqual(show(ws, all), [
      'bank-log.poc.yaml:8:zhao',
      'bank-log.poc.yaml:18:zhao',
      'bank-log.project.yaml:6:zhao',
      'bank-log.project.yaml:22:zhao',
      'bank-log.project.yaml:27:"zhao"',
      'bank-log.project.yaml:39:zhao',
      'closing.checklist.yaml:8:zhao',
    ]);
    const refsOnly = references(c, at(ws, 'closing.checklist.yaml', 'zhao'), false);
    assert.deepStrictEqual(show(ws, refsOnly), [
      'bank-log.poc.yaml:18:zhao',
      'bank-log.project.yaml:22:zhao',
      'bank-log.project.yaml:27:"zhao"',
      'bank-log.project.yaml:39:zhao',
      'closing.checklist.yaml:8:zhao',
    ]);
    // The same answer from the team entry of either plan.
    assert.deepStrictEqual(show(ws, references(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'id: zhao', 0, 5), true)), show(ws, all));
    // The free text "zhao 压测报告" is not a reference.
    assert.ok(!show(ws, all).some((s) => s.includes('压测')));
  });

  it('finds a stakeholder in every file that names them', () => {
    const s = ctxOf(ws, 'bank.stakeholders.yaml');
    assert.deepStrictEqual(show(ws, references(s, at(ws, 'bank.stakeholders.yaml', 'cio-liu'), true)), [
      'bank-log.poc.yaml:19:cio-liu',
      'bank-log.poc.yaml:22:cio-liu',
      'bank-log.project.yaml:32:cio-liu',
      'bank.requirements.yaml:6:cio-liu',
      "bank.requirements.yaml:10:'cio-liu'",
      'bank.stakeholders.yaml:8:cio-liu',
      'bank.stakeholders.yaml:13:cio-liu',
      'bank.stakeholders.yaml:14:"cio-liu"',
      'closing.checklist.yaml:11:cio-liu',
    ]);
  });

  it('keeps task ids within their file', () => {
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(show(ws, references(p, at(ws, 'bank-log.project.yaml', 'id: T2', 0, 4), true)), [
      'bank-log.project.yaml:20:T2',
      'bank-log.project.yaml:29:T2',
      'bank-log.project.yaml:34:T2',
    ]);
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, references(c, at(ws, 'bank-log.poc.yaml', 'id: T2', 0, 4), false)), ['bank-log.poc.yaml:18:T2']);
  });

  it('finds requirements, releases and plans across files', () => {
    const r = ctxOf(ws, 'bank.requirements.yaml');
    assert.deepStrictEqual(show(ws, references(r, at(ws, 'bank.requirements.yaml', 'R1'), false)), [
      'bank-log.poc.yaml:12:R1',
      'bank-log.poc.yaml:14:R1',
    ]);
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(show(ws, references(p, at(ws, 'bank-log.project.yaml', 'basic'), true)), [
      'bank-log.project.yaml:13:basic',
      'bank.requirements.yaml:8:basic',
    ]);
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(show(ws, references(c, at(ws, 'bank-log.poc.yaml', 'bank-log-poc'), false)), ['bank-log.project.yaml:34:bank-log-poc']);
  });

  it('groups unknown ids with the other references to the same unknown id', () => {
    const w = workspaceOf({
      ...FILES,
      'other.poc.yaml': yaml`
        id: other-poc
        title: 某证券 POC
        tasks:
          - { id: T1, name: 部署, owner: wang-ming }
          - { id: T2, name: 演示, owner: wang-ming, dependsOn: [T9] }
        demo: { audience: [wang-ming] }
      `,
    });
    const c = ctxOf(w, 'other.poc.yaml');
    assert.deepStrictEqual(show(w, references(c, at(w, 'other.poc.yaml', 'wang-ming'), true)), [
      'other.poc.yaml:4:wang-ming',
      'other.poc.yaml:5:wang-ming',
      'other.poc.yaml:6:wang-ming',
    ]);
    assert.deepStrictEqual(show(w, references(c, at(w, 'other.poc.yaml', 'T9'), true)), ['other.poc.yaml:5:T9']);
  });

  it('answers nothing off an id', () => {
    assert.deepStrictEqual(references(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', '某银行'), true), []);
  });
});

describe('feature navigation: prepareRename', () => {
  const ws = workspaceOf(FILES);

  it('answers with the id inside its quotes and the id as placeholder', () => {
    const p = ctxOf(ws, 'bank-log.project.yaml');
    const r = prepareRename(p, at(ws, 'bank-log.project.yaml', '"zhao"', 0, 2));
    assert.ok(r && !('error' in r));
    assert.strictEqual(p.file.text.slice(r.span.start, r.span.end), 'zhao');
    assert.strictEqual(p.file.text[r.span.start - 1], '"');
    assert.strictEqual(r.placeholder, 'zhao');
    const k = prepareRename(p, at(ws, 'bank-log.project.yaml', 'sun: 16', 0, 1));
    assert.ok(k && !('error' in k));
    assert.strictEqual(p.file.text.slice(k.span.start, k.span.end), 'sun');
    assert.strictEqual(k.span.start, at(ws, 'bank-log.project.yaml', 'sun: 16', 0, 0));
  });

  it('refuses off an id and on an unknown id, in the user\u2019s language', () => {
    const c = ctxOf(ws, 'bank-log.poc.yaml', 'zh-CN');
    assert.deepStrictEqual(prepareRename(c, at(ws, 'bank-log.poc.yaml', '情报收集')), {
      error: '请将光标放在 id 上再重命名：任务、人员、干系人、需求、业务场景等的 id，或引用它的地方（负责人、前置任务、演示受众等）。',
    });
    const w = workspaceOf({ ...FILES, 'x.poc.yaml': 'id: x\ntitle: X\ntasks: [{ id: T1, owner: nobody }]\n' });
    assert.deepStrictEqual(prepareRename(ctxOf(w, 'x.poc.yaml'), at(w, 'x.poc.yaml', 'nobody')), {
      error: '"nobody" is not defined anywhere in the workspace, so there is nothing to rename; correct the id here instead.',
    });
    assert.deepStrictEqual(prepareRename(ctxOf(w, 'x.poc.yaml', 'zh-CN'), at(w, 'x.poc.yaml', 'nobody')), {
      error: '“nobody”在工作区中没有定义，无法重命名；请直接改正此处的 id。',
    });
  });

  it('answers nothing for a file that could not be read, and rename refuses', () => {
    const w = workspaceOf({ ...FILES, 'bin.poc.yaml': 'id: T1\u0000\u0001' });
    const c = ctxOf(w, 'bin.poc.yaml');
    assert.ok(c.file.parsed.unreadable);
    assert.strictEqual(prepareRename(c, 5), undefined);
    assert.ok('error' in rename(c, 5, 'T2'));
    assert.deepStrictEqual(definition(c, 5), []);
    assert.deepStrictEqual(references(c, 5, true), []);
  });

  it('refuses when an occurrence is a YAML alias', () => {
    const w = workspaceOf({
      'a.poc.yaml': yaml`
        id: a-poc
        title: 某保险 POC
        team:
          - { id: &lead qian, name: 钱八 }
        tasks:
          - { id: T1, name: 部署, owner: *lead }
      `,
    });
    assert.deepStrictEqual(prepareRename(ctxOf(w, 'a.poc.yaml', 'zh-CN'), at(w, 'a.poc.yaml', 'qian')), {
      error: '无法重命名“qian”：a.poc.yaml 第 6 行写作 *lead（YAML 别名或转义文本），请先手动修改该处。',
    });
  });
});

describe('feature navigation: rename', () => {
  it('renames a person used as owner in two plans and a checklist, hours keys included, and nothing else', () => {
    const files = {
      'ops.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: cio-liu, name: 刘总, roles: [decision-maker] }
      `,
      'a.poc.yaml': yaml`
        kind: poc
        id: a-poc
        title: 某银行 POC
        start: 2026-12-01
        team: [{ id: zhang, name: 张三, role: sales }, { id: zhao, name: 赵六, role: engineer }]
        tasks:
          - { id: T1, name: zhao 的部署任务, owner: zhao, duration: 2d }   # owner: zhao
          - id: T2
            name: 演示
            owner:   zhao
            dependsOn: [T1]
        risks:
          - { id: RK1, description: 网络未开通, owner: 'zhao', mitigation: 提前申请 }
      `,
      'b.project.yaml': yaml`
        kind: project
        id: b-impl
        title: 某银行一期实施
        start: 2027-01-04
        team:
          - id: "zhao"    # 赵六
            name: 赵六
          - id: sun
            name: 孙七
        tasks:
          - { id: T1, name: 部署, owner: zhao, duration: 5d }
        weeklyReports:
          - { week: 2027-W01, hours: { zhao: 24, sun: 8 } }
          - week: 2027-W02
            hours:
              zhao: 40
      `,
      'c.checklist.yaml': yaml`
        kind: checklist
        id: departure
        title: 离场检查
        items:
          - { id: C1, text: 交接文档, owner: zhao }
          - group: 账号回收
            items:
              - id: C2
                text: 回收 zhao 的堡垒机账号
                owner: zhao
          - { id: C3, text: 确认离场时间, owner: cio-liu }
      `,
    };
    const ws = workspaceOf(files);
    const r = rename(ctxOf(ws, 'c.checklist.yaml'), at(ws, 'c.checklist.yaml', 'owner: zhao', 0, 9), 'zhao.liu');
    assert.deepStrictEqual(applied(ws, r), {
      'a.poc.yaml': yaml`
        kind: poc
        id: a-poc
        title: 某银行 POC
        start: 2026-12-01
        team: [{ id: zhang, name: 张三, role: sales }, { id: zhao.liu, name: 赵六, role: engineer }]
        tasks:
          - { id: T1, name: zhao 的部署任务, owner: zhao.liu, duration: 2d }   # owner: zhao
          - id: T2
            name: 演示
            owner:   zhao.liu
            dependsOn: [T1]
        risks:
          - { id: RK1, description: 网络未开通, owner: 'zhao.liu', mitigation: 提前申请 }
      `,
      'b.project.yaml': yaml`
        kind: project
        id: b-impl
        title: 某银行一期实施
        start: 2027-01-04
        team:
          - id: "zhao.liu"    # 赵六
            name: 赵六
          - id: sun
            name: 孙七
        tasks:
          - { id: T1, name: 部署, owner: zhao.liu, duration: 5d }
        weeklyReports:
          - { week: 2027-W01, hours: { zhao.liu: 24, sun: 8 } }
          - week: 2027-W02
            hours:
              zhao.liu: 40
      `,
      'c.checklist.yaml': yaml`
        kind: checklist
        id: departure
        title: 离场检查
        items:
          - { id: C1, text: 交接文档, owner: zhao.liu }
          - group: 账号回收
            items:
              - id: C2
                text: 回收 zhao 的堡垒机账号
                owner: zhao.liu
          - { id: C3, text: 确认离场时间, owner: cio-liu }
      `,
    });
    // Every edit covers exactly the old id.
    assert.ok(!('error' in r) && r.edits.every((e) => ws.get(e.uri)!.text.slice(e.span.start, e.span.end) === 'zhao'));
    assert.strictEqual(!('error' in r) && r.edits.length, 10);
  });

  it('renames a stakeholder referenced from other files (audience, requirement source, reportsTo, owner, requestedBy)', () => {
    const ws = workspaceOf(FILES);
    const r = rename(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'audience: [cio-liu', 0, 'audience: ['.length), 'liu-cio');
    const out = applied(ws, r);
    assert.deepStrictEqual(Object.keys(out).sort(), [
      'bank-log.poc.yaml',
      'bank-log.project.yaml',
      'bank.requirements.yaml',
      'bank.stakeholders.yaml',
      'closing.checklist.yaml',
    ]);
    assert.strictEqual(
      out['bank.stakeholders.yaml'],
      yaml`
        # 某银行干系人
        kind: stakeholders
        stakeholders:
          - id: ceo-chen
            name: 陈总
            title: 行长
            roles: [approver]
          - id: liu-cio   # 决策者
            name: 刘总
            title: CIO
            roles: [decision-maker]
            reportsTo: ceo-chen
          - { id: sec-zhou, name: 周经理, title: 信息安全部经理, reportsTo: liu-cio }
          - { id: proc-wu, name: 吴经理, title: 采购部经理, reportsTo: "liu-cio" }
      `,
    );
    assert.strictEqual(
      out['bank.requirements.yaml'],
      yaml`
        kind: requirements
        requirements:
          - id: R1
            title: 日志检索性能
            priority: must
            source: liu-cio   # 刘总在启动会上提出
            acceptance: 100GB/天 数据量下检索 P95 < 3 秒
            release: basic
          - { id: R2, title: 日志接入无丢失, priority: must, source: sec-zhou, acceptance: 丢失率 < 0.01% }
          - { id: R3, title: 异常交易告警, priority: should, source: 'liu-cio', acceptance: 告警 60 秒内送达 }
      `,
    );
    assert.strictEqual(out['bank-log.poc.yaml'], poc.replace('owner: cio-liu', 'owner: liu-cio').replace('[cio-liu, sec-zhou]', '[liu-cio, sec-zhou]'));
    assert.strictEqual(out['bank-log.project.yaml'], project.replace('requestedBy: cio-liu', 'requestedBy: liu-cio'));
    assert.strictEqual(out['closing.checklist.yaml'], checklist.replace('owner: cio-liu', 'owner: liu-cio'));
  });

  it('treats a team id and a stakeholder id that are the same as one person', () => {
    const files = {
      'vendor.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: sun, name: 孙七, title: 实施项目经理, org: vendor }
          - { id: cio-liu, name: 刘总, title: CIO, roles: [decision-maker] }
      `,
      'impl.project.yaml': yaml`
        kind: project
        id: impl
        title: 一期实施
        team:
          - id: sun   # 项目经理
            name: 孙七
            role: pm
        tasks:
          - { id: P1, name: 项目启动会, owner: sun }
        changes:
          - { id: CR1, requestedBy: sun, description: 客户口头提出新增报表 }
      `,
      'poc.poc.yaml': yaml`
        kind: poc
        id: poc
        title: 前期 POC
        tasks:
          - { id: T1, name: 情报收集, owner: sun }
        demo: { audience: [cio-liu, sun] }
      `,
    };
    const ws = workspaceOf(files);
    const c = ctxOf(ws, 'vendor.stakeholders.yaml');
    assert.deepStrictEqual(show(ws, references(c, at(ws, 'vendor.stakeholders.yaml', 'sun'), true)), [
      'impl.project.yaml:5:sun',
      'impl.project.yaml:9:sun',
      'impl.project.yaml:11:sun',
      'poc.poc.yaml:5:sun',
      'poc.poc.yaml:6:sun',
      'vendor.stakeholders.yaml:3:sun',
    ]);
    assert.deepStrictEqual(applied(ws, rename(c, at(ws, 'vendor.stakeholders.yaml', 'sun'), 'sun-qi')), {
      'impl.project.yaml': files['impl.project.yaml'].replace(/\bsun\b/g, 'sun-qi'),
      'poc.poc.yaml': files['poc.poc.yaml'].replace(/\bsun\b/g, 'sun-qi'),
      'vendor.stakeholders.yaml': files['vendor.stakeholders.yaml'].replace('id: sun', 'id: sun-qi'),
    });
    // Go to definition still follows resolution: the owner goes to the team entry of its own file.
    assert.deepStrictEqual(show(ws, definition(ctxOf(ws, 'impl.project.yaml'), at(ws, 'impl.project.yaml', 'owner: sun', 0, 8))), ['impl.project.yaml:5:sun']);
    assert.deepStrictEqual(show(ws, definition(ctxOf(ws, 'poc.poc.yaml'), at(ws, 'poc.poc.yaml', 'owner: sun', 0, 8))), ['vendor.stakeholders.yaml:3:sun']);
  });

  it('renames a task id with its dependsOn and delays in its file, not a same-named task of another file', () => {
    const ws = workspaceOf(FILES);
    const r = rename(ctxOf(ws, 'bank-log.project.yaml'), at(ws, 'bank-log.project.yaml', 'id: T2', 0, 4), 'T2-deploy');
    assert.deepStrictEqual(applied(ws, r), {
      'bank-log.project.yaml': yaml`
        kind: project
        id: bank-log-impl
        title: 某银行日志平台一期实施
        start: 2027-01-04
        team:
          - id: zhao
            name: 赵六
            role: engineer
          - id: sun
            name: 孙七
            role: pm
        releases:
          - { id: basic, title: 基础版, date: 2027-02-26 }
        tasks:
          - id: T1
            name: 项目启动会
            owner: sun
            start: 2027-01-04
            duration: 1d
          - id: T2-deploy
            name: 平台部署
            owner: zhao   # 赵六
            dependsOn: [T1]
            duration: 5d
          - id: T3
            name: 数据接入
            owner: "zhao"
            dependsOn:
              - T2-deploy
            duration: 3d
        changes:
          - { id: CR1, date: 2027-01-20, requestedBy: cio-liu, description: 增加监管报表, scope: next-phase }
        delays:
          - { task: T2-deploy, date: 2027-01-08, days: 2, reason: 客户机房网络未开通, affects: [bank-log-poc] }
        weeklyReports:
          - week: 2027-W02
            sent: 2027-01-08
            hours:
              zhao: 40   # 赵六
              sun: 16
      `,
    });
    // From a reference (the delay's task), the same edits.
    const fromRef = rename(ctxOf(ws, 'bank-log.project.yaml'), at(ws, 'bank-log.project.yaml', 'task: T2', 0, 7), 'T2-deploy');
    assert.deepStrictEqual(fromRef, r);
    // And the POC's T2 is renamed on its own, with the POC's dependsOn.
    const inPoc = rename(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'dependsOn: [T2]', 0, 'dependsOn: [T'.length), 'T2b');
    assert.deepStrictEqual(Object.keys(applied(ws, inPoc)), ['bank-log.poc.yaml']);
    assert.strictEqual(applied(ws, inPoc)['bank-log.poc.yaml'], poc.replace('id: T2,', 'id: T2b,').replace('[T2]', '[T2b]'));
  });

  it('renames a plan id with the delays that name it in another file', () => {
    const ws = workspaceOf(FILES);
    const r = rename(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'bank-log-poc'), 'bank-log-poc-2026');
    assert.deepStrictEqual(applied(ws, r), {
      'bank-log.poc.yaml': poc.replace('id: bank-log-poc', 'id: bank-log-poc-2026'),
      'bank-log.project.yaml': project.replace('affects: [bank-log-poc]', 'affects: [bank-log-poc-2026]'),
    });
  });

  it('quotes a new id that YAML would read as something else where the old one was plain', () => {
    const ws = workspaceOf(FILES);
    const r = rename(ctxOf(ws, 'bank-log.project.yaml'), at(ws, 'bank-log.project.yaml', 'id: sun', 0, 4), 'true');
    const out = applied(ws, r);
    assert.strictEqual(
      out['bank-log.project.yaml'],
      project.replace('id: sun', 'id: "true"').replace('owner: sun', 'owner: "true"').replace('sun: 16', '"true": 16'),
    );
    assert.strictEqual(out['closing.checklist.yaml'], checklist.replace('owner: sun', 'owner: "true"'));
    const n = rename(ctxOf(ws, 'bank-log.project.yaml'), at(ws, 'bank-log.project.yaml', '"zhao"', 0, 2), '0010');
    assert.ok(!('error' in n));
    assert.deepStrictEqual(
      n.edits.filter((e) => e.uri === uri('bank-log.project.yaml')).map((e) => e.newText),
      ['"0010"', '"0010"', '0010', '"0010"'],
    );
  });

  it('refuses an id that exists in the same scope, with the place it is defined', () => {
    const ws = workspaceOf(FILES);
    const p = ctxOf(ws, 'bank-log.project.yaml');
    assert.deepStrictEqual(rename(p, at(ws, 'bank-log.project.yaml', 'id: T2', 0, 4), 'T3'), {
      error: 'Cannot rename to "T3": task T3 already exists in this file (line 25); task ids must be unique within their file.',
    });
    assert.deepStrictEqual(rename({ ...p, locale: 'zh-CN' }, at(ws, 'bank-log.project.yaml', 'id: T2', 0, 4), 'T3'), {
      error: '无法重命名为“T3”：本文件第 25 行已有任务 T3，任务 id 在文件内必须唯一。',
    });
    // A task id that exists only in another file is fine.
    const ok = rename(ctxOf(ws, 'bank-log.poc.yaml'), at(ws, 'bank-log.poc.yaml', 'id: T4', 0, 4), 'T5');
    assert.ok(!('error' in ok) && ok.edits.length === 1);

    // Stakeholder ids are unique across the workspace; a person's id must not be another person's.
    const s = ctxOf(ws, 'bank.stakeholders.yaml', 'zh-CN');
    assert.deepStrictEqual(rename(s, at(ws, 'bank.stakeholders.yaml', 'id: sec-zhou', 0, 4), 'ceo-chen'), {
      error: '无法重命名为“ceo-chen”：它已是另一个人的 id（陈总，干系人，bank.stakeholders.yaml 第 4 行）。相同的 id 表示同一个人，请换一个尚未使用的 id。',
    });
    assert.deepStrictEqual(rename({ ...s, locale: 'en' }, at(ws, 'bank.stakeholders.yaml', 'id: sec-zhou', 0, 4), 'sun'), {
      error:
        'Cannot rename to "sun": it is already the id of another person (孙七, team member in bank-log.project.yaml line 9). The same id means the same person, so choose an id that is not used yet.',
    });
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(rename(c, at(ws, 'bank-log.poc.yaml', 'owner: li', 0, 8), 'cio-liu'), {
      error:
        'Cannot rename to "cio-liu": it is already the id of another person (刘总, stakeholder in bank.stakeholders.yaml line 8). The same id means the same person, so choose an id that is not used yet.',
    });
    // Renaming li to sun would merge two people, even though sun is not in the POC's team.
    assert.ok('error' in rename(c, at(ws, 'bank-log.poc.yaml', 'owner: li', 0, 8), 'sun'));
    // Requirement ids are unique across the workspace.
    assert.deepStrictEqual(rename(c, at(ws, 'bank-log.poc.yaml', 'R1'), 'R3'), {
      error: 'Cannot rename to "R3": requirement R3 already exists (bank.requirements.yaml line 10); requirement ids must be unique across the workspace.',
    });
  });

  it('refuses an invalid id and a cursor off an id', () => {
    const ws = workspaceOf(FILES);
    const c = ctxOf(ws, 'bank-log.poc.yaml', 'zh-CN');
    const off = at(ws, 'bank-log.poc.yaml', 'id: T1', 0, 4);
    for (const bad of ['张三', '-x', 'a b', '', 'T1:', '_T1']) {
      assert.deepStrictEqual(rename(c, off, bad), {
        error: `“${bad}”不是有效的 id：id 须以字母或数字开头，只能包含字母、数字、“_”、“.”和“-”。`,
      });
    }
    assert.deepStrictEqual(rename({ ...c, locale: 'en' }, off, 'T 1'), {
      error: '"T 1" is not a valid id: an id starts with a letter or digit and contains only letters, digits, "_", "." and "-".',
    });
    assert.deepStrictEqual(rename({ ...c, locale: 'en' }, at(ws, 'bank-log.poc.yaml', '某银行'), 'X1'), {
      error:
        'Put the cursor on an id to rename it: the id of a task, person, stakeholder, requirement, scenario … or a reference to one (owner, dependsOn, audience …).',
    });
  });

  it('gives no edits when the id is unchanged and trims the new name', () => {
    const ws = workspaceOf(FILES);
    const c = ctxOf(ws, 'bank-log.poc.yaml');
    assert.deepStrictEqual(rename(c, at(ws, 'bank-log.poc.yaml', 'id: T1', 0, 4), 'T1'), { edits: [] });
    const r = rename(c, at(ws, 'bank-log.poc.yaml', 'id: T1', 0, 4), ' T0 ');
    assert.deepStrictEqual(applied(ws, r), { 'bank-log.poc.yaml': poc.replace('id: T1,', 'id: T0,').replace('[T1]', '[T0]') });
  });

  it('renames in a file with a syntax error within the part that parses', () => {
    const broken = yaml`
      id: x-poc
      title: 某证券 POC
      team: [{ id: wu, name: 吴九 }]
      tasks:
        - { id: T1, name: 部署, owner: wu }
        - { id: T2, name: "未闭合
    `;
    const ws = workspaceOf({ 'x.poc.yaml': broken });
    const r = rename(ctxOf(ws, 'x.poc.yaml'), at(ws, 'x.poc.yaml', 'wu'), 'wu9');
    assert.deepStrictEqual(applied(ws, r), { 'x.poc.yaml': broken.replace('id: wu', 'id: wu9').replace('owner: wu', 'owner: wu9') });
  });
});

describe('feature navigation: span helpers', () => {
  it('applyEdits applies edits from the end so that offsets stay valid', () => {
    const s: Span = { start: 0, end: 2 };
    assert.strictEqual(applyEdits('T1 T1', [{ span: s, newText: 'A' }, { span: { start: 3, end: 5 }, newText: 'BBB' }]), 'A BBB');
  });
});

describe('feature navigation: rename over the example customer folder', () => {
  const dir = path.resolve(__dirname, '../../../../../examples');
  const files: Record<string, string> = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'))) files[f] = fs.readFileSync(path.join(dir, f), 'utf8');
  const ws = workspaceOf(files);
  const problems = (w: Workspace) =>
    w
      .uris()
      .flatMap((u) =>
        w
          .check(u)
          .filter((d) => d.rule === 'unknown-ref' || d.rule === 'duplicate-id')
          .map((d) => `${nameOf(u)} ${d.rule} ${w.get(u)!.text.slice(d.span.start, d.span.end)}`),
      )
      .sort();

  it('renames every definition consistently: same occurrences afterwards, no new unknown or duplicate ids', () => {
    assert.ok(Object.keys(files).length >= 5);
    const before = problems(ws);
    let renamed = 0;
    for (const name of Object.keys(files)) {
      const file = ws.get(uri(name))!;
      for (const d of symbolsOf(file).defs) {
        const c = { ws, file, locale: 'en' as const };
        const count = references(c, d.span.start, true).length;
        const r = rename(c, d.span.start, 'Zz9');
        assert.ok(!('error' in r), `${name} ${d.kind} ${d.id}: ${'error' in r ? r.error : ''}`);
        assert.strictEqual(r.edits.length, count, `${name} ${d.kind} ${d.id}`);
        for (const e of r.edits) assert.strictEqual(ws.get(e.uri)!.text.slice(e.span.start, e.span.end), d.id);
        const next = workspaceOf(Object.fromEntries(Object.entries(files).map(([n, t]) => [n, applyEdits(t, r.edits.filter((e) => e.uri === uri(n)))])));
        // The definition's new place: shifted by the edits before it in its file.
        const shift = r.edits.filter((e) => e.uri === file.uri && e.span.end <= d.span.start).reduce((n, e) => n + e.newText.length - (e.span.end - e.span.start), 0);
        const after = references({ ws: next, file: next.get(file.uri)!, locale: 'en' }, d.span.start + shift, true);
        assert.strictEqual(after.length, count, `${name} ${d.kind} ${d.id} after rename`);
        assert.ok(after.every((a) => next.get(a.uri)!.text.slice(a.span.start, a.span.end) === 'Zz9'));
        assert.deepStrictEqual(problems(next), before, `${name} ${d.kind} ${d.id}`);
        renamed++;
      }
    }
    assert.ok(renamed > 50, String(renamed));
  });
});
