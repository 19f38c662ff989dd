import * as assert from 'assert';
import { baselineOf } from '../baselines/write';
import { parseDate } from '../dates';
import { check, workspaceOf, yaml } from '../testing';

const plan = yaml`
  kind: project
  id: bank-log-impl
  title: 某银行日志平台实施
  start: 2027-03-01
  tasks:
    - { id: P1, name: 环境部署, duration: 2d }
    - { id: P2, name: 日志接入, dependsOn: [P1], duration: 3d }
    - { id: P3, name: 报表开发, dependsOn: [P2], duration: 2d }
    - { id: P4, name: 上线, dependsOn: [P3], duration: 0d }
`;

/** The baseline the product writes for `text`, taken on 2027-02-26. */
function baselineText(text: string, name = 'kickoff'): string {
  const ws = workspaceOf({ 'bank-log.project.yaml': text });
  const b = baselineOf(ws.get('file:///ws/bank-log.project.yaml')!, { name, taken: parseDate('2027-02-26')!, locale: 'zh-CN' });
  assert.ok('text' in b);
  return b.text;
}

const slips = (files: Record<string, string>, opts = {}) =>
  check(files, 'baseline-slip', opts).map((h) => `${h.line} ${h.message}`);

describe('baseline-slip', () => {
  const base = baselineText(plan);

  it('does not fire on the plan as it was baselined', () => {
    assert.deepStrictEqual(slips({ 'bank-log.project.yaml': plan, 'bank-log.kickoff.baseline.yaml': base }), []);
  });

  it('fires where the slip starts only (a longer task), not on the tasks that inherit it', () => {
    const longer = plan.replace('duration: 3d }', 'duration: 5d }');
    assert.deepStrictEqual(slips({ 'bank-log.project.yaml': longer, 'bank-log.kickoff.baseline.yaml': base }), [
      '7 Task P2 (日志接入) now ends on 2027-03-09, 2 working days after its baseline end 2027-03-05 (baseline kickoff). Record the delay and its reason under delays, and tell sales the same day.',
    ]);
    const zh = check({ 'bank-log.project.yaml': longer, 'bank-log.kickoff.baseline.yaml': base }, 'baseline-slip', { locale: 'zh-CN' });
    assert.deepStrictEqual(zh.map((h) => h.message), ['任务 P2（日志接入）预计 2027-03-09 完成，比基线“kickoff”的 2027-03-05 晚 2 个工作日。请登记延期及其原因，并于当日反馈销售。']);
  });

  it('a later start of the first task is its own slip; a task that adds to an inherited slip fires with its part', () => {
    const moved = plan.replace('start: 2027-03-01\n', 'start: 2027-03-02\n').replace('{ id: P3, name: 报表开发, dependsOn: [P2], duration: 2d }', '{ id: P3, name: 报表开发, dependsOn: [P2], duration: 4d }');
    const hits = slips({ 'bank-log.project.yaml': moved, 'bank-log.kickoff.baseline.yaml': base });
    assert.deepStrictEqual(hits.map((h) => h.slice(0, 24)), ['6 Task P1 (环境部署) now end', '8 Task P3 (报表开发) now end']);
    assert.match(hits[1], /3 working days after its baseline end 2027-03-09 .*; 2 of them start here\./);
  });

  it('a delays entry for the task explains its slip', () => {
    const longer = plan.replace('duration: 3d }', 'duration: 5d }') + 'delays:\n  - { task: P2, date: 2027-03-04, days: 0, reason: 客户日志格式变更, reportedToSales: 2027-03-04 }\n';
    assert.deepStrictEqual(slips({ 'bank-log.project.yaml': longer, 'bank-log.kickoff.baseline.yaml': base }), []);
  });

  it('compares the newest baseline, or the one the setting pocStudio.baseline names', () => {
    const longer = plan.replace('duration: 3d }', 'duration: 5d }');
    const later = baselineText(longer, 'replan').replace('taken: 2027-02-26', 'taken: 2027-03-03');
    const files = { 'bank-log.project.yaml': longer, 'bank-log.kickoff.baseline.yaml': base, 'bank-log.replan.baseline.yaml': later };
    assert.deepStrictEqual(slips(files), [], 'the replan baseline already has the longer task');
    assert.strictEqual(slips(files, { settings: { baseline: 'kickoff' } }).length, 1);
    assert.deepStrictEqual(slips(files, { settings: { baseline: 'no-such' } }), []);
  });

  it('a baseline of another plan, of a plan that no longer exists, or edited into nonsense: never a crash, a diagnostic at its place', () => {
    const other = base.replace('plan: bank-log-impl', 'plan: gone-plan');
    const hits = check({ 'bank-log.project.yaml': plan.replace('duration: 3d }', 'duration: 5d }'), 'x.baseline.yaml': other });
    assert.deepStrictEqual(hits.filter((h) => h.file === 'x.baseline.yaml').map((h) => `${h.line} ${h.rule}`), ['3 unknown-ref']);
    assert.deepStrictEqual(hits.filter((h) => h.rule === 'baseline-slip'), []);
    const nonsense = 'kind: baseline\nplan: bank-log-impl\ntasks:\n  - { id: P2, end: someday }\n  - 42\n  - { start: 2027-03-01 }\nextra: [\n';
    const broken = check({ 'bank-log.project.yaml': plan, 'y.baseline.yaml': nonsense });
    assert.ok(broken.some((h) => h.file === 'y.baseline.yaml'), 'the broken file is reported');
    const odd = 'kind: baseline\nplan: bank-log-impl\ntasks:\n  - { id: P2, end: someday }\n  - 42\n  - { start: 2027-03-01 }\n  - { id: P1, start: 2027-03-09, end: 2027-03-01 }\n';
    const oddHits = check({ 'bank-log.project.yaml': plan, 'y.baseline.yaml': odd });
    assert.deepStrictEqual(oddHits.filter((h) => h.file === 'y.baseline.yaml').map((h) => `${h.line} ${h.rule}`), ['4 schema', '5 schema', '6 schema']);
    // The entries that can be read still compare: P1 (start after end: the start is dropped) ends 03-02, a day after 03-01.
    assert.deepStrictEqual(oddHits.filter((h) => h.rule === 'baseline-slip').map((h) => `${h.line} ${h.message.slice(0, 40)}`), ['6 Task P1 (环境部署) now ends on 2027-03-02, 1']);
  });
});
