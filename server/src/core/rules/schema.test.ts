import * as assert from 'assert';
import { check, yaml, brief } from '../testing';
import { parseYaml } from '../parse';
import { validateSchema } from '../schema-check';

describe('rule schema', () => {
  const poc = yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行日志分析平台 POC
    mode: onsit
    team:
      - { id: zhang, name: 张三, role: saless }
    tasks:
      - id: T1
        name: 情报收集
        duration: 3days
        progres: 50
        start: 2026-02-30
      - name: 无编号任务
        dependsOn: T1
  `;

  it('reports each mistake at the exact key or value', () => {
    const hits = check({ 'a.poc.yaml': poc }, 'schema');
    assert.deepStrictEqual(brief(hits), [
      '4:onsit',
      '6:saless',
      '10:3days',
      '11:progres',
      '12:2026-02-30',
      '13:name',
      '14:T1',
    ]);
    assert.ok(hits.every((h) => h.severity === 'error'));
  });

  it('suggests the nearest valid name for unknown keys and enum values', () => {
    const hits = check({ 'a.poc.yaml': poc }, 'schema');
    const byText = new Map(hits.map((h) => [h.text, h]));
    assert.match(byText.get('onsit')!.message, /did you mean 'onsite'/);
    assert.deepStrictEqual(byText.get('onsit')!.data?.suggestion, 'onsite');
    assert.match(byText.get('progres')!.message, /Unknown key 'progres'; did you mean 'progress'/);
    assert.deepStrictEqual(byText.get('progres')!.data?.suggestion, 'progress');
    assert.match(byText.get('name')!.message, /Missing required field 'id'/);
    assert.deepStrictEqual(byText.get('name')!.data, { missing: 'id', path: '/tasks/1' });
  });

  it('speaks Chinese', () => {
    const hits = check({ 'a.poc.yaml': poc }, 'schema', { locale: 'zh-CN' });
    const byText = new Map(hits.map((h) => [h.text, h.message]));
    assert.match(byText.get('onsit')!, /是否应为“onsite”/);
    assert.match(byText.get('progres')!, /未知字段“progres”/);
    assert.match(byText.get('2026-02-30')!, /不是有效的日期/);
  });

  it('reports missing required fields of the file at its first key, and an empty file at its start', () => {
    assert.deepStrictEqual(brief(check({ 'a.poc.yaml': 'kind: poc\ntitle: 标题\n' }, 'schema')), ['1:kind']);
    const empty = check({ 'b.project.yaml': '' }, 'schema');
    assert.strictEqual(empty.length, 2);
    assert.ok(empty.every((h) => h.line === 1));
  });

  it('checks checklist items and groups with the branch that fits', () => {
    const hits = check({ 'c.checklist.yaml': yaml`
      id: closing
      title: 项目收尾检查
      items:
        - { id: C1, done: false }
        - group: 产品培训
          item: [ { id: C2, text: 培训签到 } ]
    ` }, 'schema');
    const msgs = hits.map((h) => `${h.line}:${h.text}:${h.message}`);
    assert.ok(msgs.some((m) => m.startsWith('4:') && /Missing required field 'text'/.test(m)), msgs.join('\n'));
    assert.ok(msgs.some((m) => m.startsWith('6:item:') && /did you mean 'items'/.test(m)), msgs.join('\n'));
  });

  it('does not fire on a valid file in block and flow style', () => {
    const ok = yaml`
      kind: poc
      id: bank-log-poc
      title: 某银行日志分析平台 POC
      customer: 某银行
      mode: onsite
      start: 2026-12-01
      end: 2026-12-19
      calendar: { holidays: [2026-12-25, "2026-10-01..2026-10-07"], workdays: [2026-12-27] }
      team:
        - { id: zhang, name: 张三, role: sales }
      tasks:
        - { id: T1, name: 情报收集, phase: intelligence, owner: zhang, duration: 2d, dependsOn: [], status: done, progress: 100 }
        - id: T2
          name: 演示
          phase: demo
          duration: 0d
          dependsOn: [T1]
    `;
    assert.deepStrictEqual(check({ 'a.poc.yaml': ok }, 'schema'), []);
  });

  it('leaves the kind value to kind-mismatch', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'kind: project\nid: a\ntitle: t\n' }, 'schema'), []);
  });
});

describe('schema validation of long lists, item by item', () => {
  const problems = (kind: 'poc' | 'project' | 'stakeholders' | 'requirements', text: string, perItem: boolean) => {
    const p = parseYaml(text);
    return validateSchema(kind, p.root, p.map, text.length, perItem)
      .map((x) => `${x.span.start}-${x.span.end} ${x.message.en}`)
      .sort();
  };
  const mistakes = [
    '{ id: T%, name: 任务%, duration: 2d }',
    '{ id: T%, name: 任务%, durration: 2d }',
    '{ id: T%, name: 任务%, status: doen }',
    '{ name: 没有编号%, duration: 1d }',
    '{ id: T%, progress: "50%" }',
    '{ id: T%, dependsOn: T1 }',
    '"just text %"',
    '{ id: T%, start: 2027/01/0% }',
  ];

  it('gives exactly the problems of a whole-document validation', () => {
    const random = ((seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648))(7);
    for (let round = 0; round < 20; round++) {
      const tasks = Array.from({ length: 25 + round }, (_, i) => `  - ${mistakes[Math.floor(random() * mistakes.length)].replace(/%/g, String(i + 1))}`);
      const text = `kind: project\nid: p\ntitle: 项目\nmode: x\ntasks:\n${tasks.join('\n')}\nrisks: [{ id: RK1, impact: hgih }]\n`;
      assert.deepStrictEqual(problems('project', text, true), problems('project', text, false), text);
    }
    const people = Array.from({ length: 30 }, (_, i) => `  - { id: p${i}, name: 人${i}, influence: ${i % 3 ? 'high' : 'hihg'}${i % 7 ? '' : ', extra: 1'} }`).join('\n');
    const s = `kind: stakeholders\nstakeholders:\n${people}\n`;
    assert.deepStrictEqual(problems('stakeholders', s, true), problems('stakeholders', s, false));
  });

  it('reuses the errors of unchanged items (same converted value)', () => {
    const tasks = Array.from({ length: 30 }, (_, i) => `  - { id: T${i + 1}, name: 任务${i + 1}, durration: 2d }`).join('\n');
    const text = `kind: project\nid: p\ntitle: 项目\ntasks:\n${tasks}\n`;
    const p = parseYaml(text);
    const first = validateSchema('project', p.root, p.map, text.length);
    assert.strictEqual(first.length, 30);
    const again = validateSchema('project', p.root, p.map, text.length);
    assert.deepStrictEqual(again.map((x) => x.span), first.map((x) => x.span));
  });
});
