import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule duplicate-id', () => {
  it('reports every later task, team, risk and scenario id of a file, naming the first line', () => {
    const hits = check({
      'bank.poc.yaml': yaml`
        kind: poc
        id: bank-log-poc
        team:
          - { id: zhang, name: 张三, role: sales }
          - { id: zhang, name: 张三丰, role: presales }
        scenarios:
          - { id: S1, title: 交易日志实时检索 }
          - { id: S1, title: 审计日志防篡改 }
        successCriteria:
          - { id: SC1, description: 检索 P95 小于 3 秒 }
        tasks:
          - { id: T1, name: 情报收集, duration: 2d }
          - { id: T2, name: 场景确认, duration: 1d }
          - { id: T1, name: 环境准备, duration: 1d }
          - { id: T1, name: 部署, duration: 1d }
        risks:
          - { id: T2, description: 客户数据质量不佳 }
      `,
    }, 'duplicate-id');
    // Risk T2 does not clash with task T2: separate scopes.
    assert.deepStrictEqual(brief(hits), ['5:zhang', '8:S1', '14:T1', '15:T1']);
    assert.strictEqual(hits[2].severity, 'error');
    assert.strictEqual(hits[2].column, 11);
    assert.strictEqual(hits[2].message,
      "Task id 'T1' is already used on line 12: task ids must be unique within the file. Rename this one (references to 'T1' point to the first).");
    assert.deepStrictEqual(hits[3].data, { id: 'T1', scope: 'task', firstLine: 12 });
    assert.deepStrictEqual(hits[0].data, { id: 'zhang', scope: 'team', firstLine: 4 });
  });

  it('checks changes, releases and acceptance items of a project, and checklist items across groups', () => {
    const hits = check({
      'bank.project.yaml': yaml`
        kind: project
        id: bank-log-impl
        releases:
          - { id: basic, title: 基础版 }
          - { id: basic, title: 标准版 }
        changes:
          - { id: CR1, description: 增加告警渠道 }
          - { id: CR1, description: 报表导出 PDF }
        acceptance:
          items:
            - { id: A1, category: analysis }
            - { id: A1, category: storage }
      `,
      'closing.checklist.yaml': yaml`
        kind: checklist
        id: closing
        items:
          - { id: C1, text: 备份数据库 }
          - group: 产品培训
            items:
              - { id: C1, text: 培训签到 }
      `,
    }, 'duplicate-id');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}:${h.data?.scope}`), [
      'bank.project.yaml:5:basic:release',
      'bank.project.yaml:8:CR1:change',
      'bank.project.yaml:12:A1:acceptance',
      'closing.checklist.yaml:7:C1:checklist-item',
    ]);
  });

  it('reports a stakeholder id defined in two files on both, naming the other file and line', () => {
    const hits = check({
      'customer.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: cio-liu, name: 刘总, title: CIO }
          - { id: ceo-chen, name: 陈总, title: CEO }
      `,
      'vendor.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: sales-zhou, name: 周经理, org: vendor }
          - { id: cio-liu, name: 刘主任, org: customer }
      `,
    }, 'duplicate-id');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'customer.stakeholders.yaml:3:cio-liu',
      'vendor.stakeholders.yaml:4:cio-liu',
    ]);
    assert.strictEqual(hits[0].message,
      "Stakeholder id 'cio-liu' is also defined at vendor.stakeholders.yaml:4: stakeholder ids must be unique across the workspace folder. Rename one of them and update its references.");
    assert.deepStrictEqual(hits[1].data, { id: 'cio-liu', scope: 'stakeholder', others: [{ file: 'customer.stakeholders.yaml', line: 3 }] });
  });

  it('reports requirement ids in the same and other files, and plan ids across poc and project files', () => {
    const hits = check({
      'a.requirements.yaml': yaml`
        kind: requirements
        requirements:
          - { id: R1, title: 日志检索性能 }
          - { id: R1, title: 审计日志防篡改 }
      `,
      'b.requirements.yaml': 'kind: requirements\nrequirements:\n  - { id: R1, title: 告警 }\n  - { id: R2, title: 报表 }\n',
      'bank.poc.yaml': 'kind: poc\nid: bank-log\n',
      'bank.project.yaml': 'kind: project\nid: bank-log\n',
    }, 'duplicate-id');
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.text}`), [
      'a.requirements.yaml:3:R1',
      'a.requirements.yaml:4:R1',
      'b.requirements.yaml:3:R1',
      'bank.poc.yaml:2:bank-log',
      'bank.project.yaml:2:bank-log',
    ]);
    assert.deepStrictEqual(hits[0].data?.others, [{ file: 'a.requirements.yaml', line: 4 }, { file: 'b.requirements.yaml', line: 3 }]);
    assert.match(hits[3].message, /^POC\/project id 'bank-log' is also defined at bank\.project\.yaml:2/);
  });

  it('does not fire on unique ids, on the same team id in two plans, or on blank and odd ids', () => {
    const hits = check({
      'bank.poc.yaml': yaml`
        kind: poc
        id: bank-log-poc
        team: [ { id: zhao, name: 赵六, role: engineer }, { name: 无 id } ]
        tasks:
          - { id: T1, name: 情报收集 }
          - { id: T2, name: 场景确认 }
          - { id: "", name: 空 id }
          - { id: "", name: 又一个空 id }
          - { name: 无 id 的任务 }
          - 3
      `,
      'bank.project.yaml': 'kind: project\nid: bank-log-impl\nteam: [ { id: zhao, name: 赵六, role: engineer } ]\ntasks: [ { id: T1 } ]\n',
      'closing.checklist.yaml': 'kind: checklist\nid: closing\nitems: [ { id: C1, text: a }, { id: C2, text: b } ]\n',
      'other.checklist.yaml': 'kind: checklist\nid: closing\nitems: oops\n',
      'x.stakeholders.yaml': 'stakeholders: {}\n',
    }, 'duplicate-id');
    assert.deepStrictEqual(brief(hits), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({
      'a.stakeholders.yaml': 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总 }\n',
      'b.stakeholders.yaml': 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘主任 }\n',
      'bank.poc.yaml': 'kind: poc\nid: p\ntasks:\n  - { id: T1, name: 情报收集 }\n  - { id: T1, name: 部署 }\n',
    }, 'duplicate-id', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message,
      "干系人 id 'cio-liu' 重复：另见 b.stakeholders.yaml 第 3 行。干系人 id 在整个工作区内必须唯一，请重命名其中一个并更新引用。");
    assert.strictEqual(hits[2].message,
      "任务 id 'T1' 重复：第 4 行已使用。同一文件内任务 id 必须唯一，请重命名此处（对 'T1' 的引用都指向第一个）。");
  });
});
