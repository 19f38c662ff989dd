import * as assert from 'assert';
import { check, workspaceOf, yaml } from './testing';
import { exportKey, Workspace } from './workspace';
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

    it('includes the bookings of a plan, so that moving a task re-checks over-allocation elsewhere', () => {
      const ws = workspaceOf({ 'a.poc.yaml': 'id: a\ntitle: t\nteam: [{ id: zhao }]\ntasks:\n  - { id: T1, owner: zhao, start: 2027-01-04, duration: 2d }\n' });
      const before = exportKey(ws.get('file:///ws/a.poc.yaml')!);
      ws.set('file:///ws/a.poc.yaml', 'id: a\ntitle: t\nteam: [{ id: zhao }]\ntasks:\n  - { id: T1, owner: zhao, start: 2027-01-04, duration: 3d }\n');
      assert.notStrictEqual(exportKey(ws.get('file:///ws/a.poc.yaml')!), before);
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
