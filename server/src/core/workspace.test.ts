import * as assert from 'assert';
import { check, workspaceOf, yaml } from './testing';
import { Workspace } from './workspace';
import { exportsOf } from './workspace-exports';
import { resolveSettings } from './settings';
import { localToday, parseDate } from './dates';

const plan = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志分析平台一期实施
  start: 2027-01-04
  tasks:
    # poc-studio-disable-next-line overdue
    - { id: P1, name: 环境部署, start: 2027-01-04, duration: 2d, status: doing }
    # poc-studio-disable-next-line status-progress, overdue -- 与客户确认中
    - { id: P2, name: 日志接入, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
    # poc-studio-disable-next-line
    - { id: P3, name: 报表开发, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
    - { id: P4, name: 告警配置, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
`;

describe('workspace', () => {
  describe('# poc-studio-disable-next-line', () => {
    it('silences the named rules (one or several, with a trailing note) on the next line only', () => {
      const hits = check({ 'a.project.yaml': plan }, undefined, { today: '2027-01-20' }).filter((h) => h.rule === 'overdue' || h.rule === 'status-progress');
      assert.deepStrictEqual(
        hits.map((h) => `${h.line} ${h.rule}`),
        ['12 overdue', '12 status-progress'],
        'P1 overdue silenced; P2 both silenced; P3 everything silenced; P4 untouched',
      );
    });
  });

  describe('settings', () => {
    it('changes a rule severity, or turns it off', () => {
      const text = 'kind: project\nid: a\ntitle: t\n';
      assert.strictEqual(check({ 'a.poc.yaml': text }, 'kind-mismatch')[0].severity, 'error');
      assert.strictEqual(check({ 'a.poc.yaml': text }, 'kind-mismatch', { settings: { rules: { 'kind-mismatch': 'warning' } } })[0].severity, 'warning');
      assert.deepStrictEqual(check({ 'a.poc.yaml': text }, 'kind-mismatch', { settings: { rules: { 'kind-mismatch': 'off' } } }), []);
    });

    it('takes today from the settings, else the real date; an explicit today wins', () => {
      assert.strictEqual(new Workspace({ settings: resolveSettings({ today: '2027-01-20' }) }).today, parseDate('2027-01-20'));
      assert.strictEqual(new Workspace({ settings: resolveSettings({}) }).today, localToday());
      assert.strictEqual(new Workspace({ settings: resolveSettings({ today: '2027-01-20' }), today: parseDate('2027-02-01') }).today, parseDate('2027-02-01'));
    });
  });

  describe('dependents', () => {
    it('reports when an edit changes what other files see, and not for a local edit', () => {
      const ws = workspaceOf({
        'people.stakeholders.yaml': 'stakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker] }\n',
      });
      const uri = 'file:///ws/people.stakeholders.yaml';
      // A comment or a strategy text changes nothing for other files.
      assert.strictEqual(ws.set(uri, '# 干系人\nstakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker] }\n').exportsChanged, true, 'the id moved a line down');
      assert.strictEqual(ws.set(uri, '# 干系人\nstakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker], strategy: 每周汇报 }\n').exportsChanged, false);
      // Renaming the id, or dropping the decision-maker role, does.
      assert.strictEqual(ws.set(uri, '# 干系人\nstakeholders:\n  - { id: cio-wang, name: 刘总, roles: [decision-maker], strategy: 每周汇报 }\n').exportsChanged, true);
      assert.strictEqual(ws.set(uri, '# 干系人\nstakeholders:\n  - { id: cio-wang, name: 刘总, roles: [approver], strategy: 每周汇报 }\n').exportsChanged, true);
    });

    it('tells which people a moved task concerns, so that only the files booking them are re-checked', () => {
      const ws = workspaceOf({
        'a.poc.yaml': 'id: a\ntitle: t\nteam: [{ id: zhao }, { id: li }]\ntasks:\n  - { id: T1, name: 部署, owner: zhao, start: 2027-01-04, duration: 2d }\n',
        'b.project.yaml': 'id: b\ntitle: t\nteam: [{ id: zhao }]\ntasks:\n  - { id: P1, owner: zhao, start: 2027-01-04, duration: 5d }\n',
        'c.project.yaml': 'id: c\ntitle: t\nteam: [{ id: li }]\ntasks:\n  - { id: Q1, owner: li, start: 2027-01-04, duration: 5d }\n',
      });
      const a = 'file:///ws/a.poc.yaml';
      // A comment changes nothing for other files; a new task name concerns those booking its owner
      // (over-allocated quotes it there).
      let r = ws.set(a, 'id: a\ntitle: t\nteam: [{ id: zhao }, { id: li }]\ntasks:\n  - { id: T1, name: 部署, owner: zhao, start: 2027-01-04, duration: 2d }\n# 备注\n');
      assert.deepStrictEqual([r.exportsChanged, r.people], [false, []]);
      r = ws.set(a, 'id: a\ntitle: t\nteam: [{ id: zhao }, { id: li }]\ntasks:\n  - { id: T1, name: 产品部署, owner: zhao, start: 2027-01-04, duration: 2d }\n');
      assert.deepStrictEqual([r.exportsChanged, r.people], [false, ['zhao']]);
      // A longer task of zhao concerns the files that book zhao, not li's.
      r = ws.set(a, 'id: a\ntitle: t\nteam: [{ id: zhao }, { id: li }]\ntasks:\n  - { id: T1, name: 产品部署, owner: zhao, start: 2027-01-04, duration: 3d }\n');
      assert.deepStrictEqual([r.exportsChanged, r.people], [false, ['zhao']]);
      assert.deepStrictEqual(ws.filesBooking(r.people).sort(), ['file:///ws/a.poc.yaml', 'file:///ws/b.project.yaml']);
      assert.ok(exportsOf(ws.get(a)!).bookings.has('zhao'));
    });

    it('gives the same messages whichever order the files arrive in (file path, then position)', () => {
      const plan = (id: string, start: string) =>
        `id: ${id}\ntitle: 项目${id}\nteam: [{ id: zhao, name: 赵六 }]\ntasks:\n  - { id: T1, name: 部署${id}, owner: zhao, start: ${start}, duration: 5d }\n  - { id: T2, name: 培训${id}, owner: zhao, start: ${start}, duration: 5d }\n`;
      const files: Record<string, string> = {
        'x/a.project.yaml': plan('a', '2027-01-04'),
        'b.project.yaml': plan('b', '2027-01-04'),
        'c.project.yaml': plan('c', '2027-01-05'),
        'x/people.stakeholders.yaml': 'stakeholders:\n  - { id: liu, name: 刘总, reportsTo: liu }\n',
        'people.stakeholders.yaml': 'stakeholders:\n  - { id: liu, name: 刘经理, reportsTo: liu }\n',
      };
      const names = Object.keys(files);
      const all = (order: string[]) => {
        const ws = workspaceOf(Object.fromEntries(order.map((n) => [n, files[n]])));
        return names.map((n) => ws.check(`file:///ws/${n}`).map((d) => [d.rule, d.message, d.related]));
      };
      const forward = all(names);
      assert.deepStrictEqual(all([...names].reverse()), forward);
      assert.deepStrictEqual(all([names[2], names[0], names[4], names[1], names[3]]), forward);
      assert.ok(forward.flat().some(([rule]) => rule === 'over-allocated'));
    });

    it('ignores files that are not artifacts', () => {
      const ws = workspaceOf({});
      assert.strictEqual(ws.set('file:///ws/notes.yaml', 'a: [').file, undefined);
      assert.strictEqual(ws.set('file:///ws/README.md', '# x').file, undefined);
      assert.deepStrictEqual(ws.uris(), []);
      assert.ok(ws.set('file:///ws/A.POC.YML', 'id: a\ntitle: t\n').file, 'suffixes are case-insensitive and .yml works');
    });
  });

  describe('robustness', () => {
    it('never throws on any text, and a rule that throws does not stop the others', () => {
      const texts = ['', '---\n---\n', '- a\n- b\n', 'null', '42', 'tasks: 7\nteam: x\n', 'tasks: [1, "x", null, [], {}]\n', '\ufeffid: a\r\ntitle: t\r\n', 'a: &x [*x]\n'];
      for (const kind of ['poc', 'project', 'stakeholders', 'requirements', 'checklist']) {
        for (const text of texts) check({ [`f.${kind}.yaml`]: text });
      }
    });
  });
});

describe('incremental schedule', () => {
  const plan = (name: string, duration = '2d', extra = '') => yaml`
    kind: project
    id: p
    title: 实施
    start: 2027-01-04
    team: [{ id: zhao, name: 赵六 }]
    tasks:
      - { id: A, name: ${name}, owner: zhao, duration: ${duration} }
      - { id: B, name: 部署, owner: zhao, dependsOn: [A], duration: 3d }
    ${extra}
  `;
  const uri = 'file:///ws/p.project.yaml';

  it('keeps the schedule when an edit changes nothing the scheduler reads, with the new task texts', () => {
    const ws = workspaceOf({ 'p.project.yaml': plan('环境准备') });
    const before = ws.get(uri)!.schedule!;
    ws.set(uri, plan('环境准备与检查'));
    const after = ws.get(uri)!.schedule!;
    assert.notStrictEqual(after, before, 'a new schedule: the previous version keeps its own');
    assert.strictEqual(after.basis, before.basis, 'the same dates');
    assert.strictEqual(before.tasks[0].task.name?.value, '环境准备', 'the previous schedule is unchanged');
    assert.strictEqual(after.tasks[0].task.name?.value, '环境准备与检查', 'rebound to the new task');
    assert.strictEqual(after.tasks[0].task, ws.get(uri)!.model.kind === 'project' ? (ws.get(uri)!.model as { tasks: { items: unknown[] } }).tasks.items[0] : undefined);
  });

  it('reschedules when a duration, a delay or the calendar changes', () => {
    const ws = workspaceOf({ 'p.project.yaml': plan('环境准备') });
    const endOfB = () => ws.get(uri)!.schedule!.byId.get('B')!.end;
    const first = endOfB();
    ws.set(uri, plan('环境准备', '4d'));
    assert.notStrictEqual(endOfB(), first, 'a longer A moves B');
    const afterDuration = endOfB();
    ws.set(uri, plan('环境准备', '4d', 'delays: [{ task: A, date: 2027-01-05, days: 1, reason: 等待账号 }]'));
    assert.notStrictEqual(endOfB(), afterDuration, 'a recorded delay moves B');
    const afterDelay = endOfB();
    ws.set(uri, plan('环境准备', '4d', 'delays: [{ task: A, date: 2027-01-05, days: 1, reason: 等待账号 }]') + 'calendar: { holidays: [2027-01-06] }\n');
    assert.notStrictEqual(endOfB(), afterDelay, 'a holiday moves B');
  });
});

describe('checking one rule at a time (checkSteps)', () => {
  const text = (name: string) => yaml`
    kind: project
    id: p
    title: 实施
    start: 2027-01-04
    team: [{ id: zhao, name: 赵六 }]
    tasks:
      - { id: A, name: ${name}, owner: nobody, duration: 2d, status: done, progress: 50 }
      - { id: B, name: 部署, owner: zhao, dependsOn: [A, C], duration: 3d }
  `;
  const uri = 'file:///ws/p.project.yaml';

  it('yields between rules and ends with what check gives', () => {
    const ws = workspaceOf({ 'p.project.yaml': text('环境准备') });
    const steps = ws.checkSteps(uri);
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    assert.ok(yields > 10, `one yield per rule (${yields})`);
    assert.deepStrictEqual(r.value, ws.check(uri));
    assert.ok(r.value!.some((d) => d.rule === 'unknown-ref') && r.value!.some((d) => d.rule === 'status-progress'));
  });

  it('stops without an answer when the file changes between two rules', () => {
    const ws = workspaceOf({ 'p.project.yaml': text('环境准备') });
    const steps = ws.checkSteps(uri);
    steps.next();
    steps.next();
    ws.set(uri, text('环境准备与检查'));
    let r = steps.next();
    while (!r.done) r = steps.next();
    assert.strictEqual(r.value, undefined, 'a check of a version nobody sees any more');
  });

  it('re-keys the bookings of an edited task only; a name is part of what other plans read', () => {
    const ws = workspaceOf({ 'p.project.yaml': text('环境准备') });
    const v1 = ws.get(uri)!;
    const e1 = exportsOf(v1);
    const renamed = ws.set(uri, text('环境准备与检查'));
    assert.deepStrictEqual(renamed.people, [], 'A is owned by nobody of the team: nobody is booked differently');
    const b1 = e1.bookings.get('zhao')!;
    const b2 = exportsOf(ws.get(uri)!, { file: v1, exports: e1 }).bookings.get('zhao')!;
    assert.strictEqual(b2[1], b1[1], 'the same key (string) for the unchanged task B');
  });
});
