import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const project = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施项目
  tasks:
    - id: T1
      name: 项目启动会
      status: done
      progress: 80
    - id: T2
      name: 数据接入
      status: doing
      progress: 100
    - id: T3
      name: 告警配置
      progress: 100
    - { id: T4, name: 报表开发, status: cancelled, progress: 100 }
    - { id: T5, name: 产品培训, status: done, progress: 100 }
    - { id: T6, name: 验收, status: doing, progress: 99 }
    - { id: T7, name: 巡检交接, status: done }
`;

describe('rule status-progress', () => {
  it('fires on done below 100 (at progress) and on 100 but not done (at status, else progress)', () => {
    const hits = check({ 'bank.project.yaml': project }, 'status-progress');
    assert.deepStrictEqual(brief(hits), ['8:80', '11:doing', '15:100']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.deepStrictEqual(hits[0].data, { taskId: 'T1', status: 'done', progress: 80, field: 'progress', suggestion: 100 });
    assert.deepStrictEqual(hits[2].data, { taskId: 'T3', status: null, progress: 100, field: 'status', suggestion: 'done' });
    assert.match(hits[1].message, /T2 \(数据接入\) is at 100% but its status is in progress/);
    assert.match(hits[2].message, /T3 \(告警配置\) is at 100% but has no status/);
  });

  it('does not fire on consistent, cancelled or incomplete tasks, nor on a progress the schema rejects', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      tasks:
        - { id: T1, status: done, progress: 100 }
        - { id: T2, status: cancelled, progress: 30 }
        - { id: T3, status: doing, progress: "100" }
        - { status: todo }
        - 7
        - { id: T4, status: doing, progress: 101 }
        - { id: T5, status: done, progress: -1 }
        - { id: T6, status: done, progress: 50.5 }
    ` }, 'status-progress');
    assert.deepStrictEqual(hits, []);
  });

  it('leaves progress 101 to the schema rule, which reports it as over the maximum', () => {
    const text = 'tasks:\n  - { id: T1, status: doing, progress: 101 }\n';
    assert.deepStrictEqual(check({ 'a.poc.yaml': text }, 'status-progress'), []);
    const schema = check({ 'a.poc.yaml': text }, 'schema').filter((h) => /progress/.test(h.message));
    assert.deepStrictEqual(brief(schema), ['2:101']);
    assert.match(schema[0].message, /<= 100/);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.project.yaml': project }, 'status-progress', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message, '任务 T1（项目启动会）状态为“已完成”，但进度只有 80%。请把进度改为 100，或把状态改回“进行中”。');
  });
});
