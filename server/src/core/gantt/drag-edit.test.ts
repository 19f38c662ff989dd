import * as assert from 'assert';
import { workspaceOf, yaml, rng } from '../testing';
import { applyEdits } from '../features/edits';
import { parseYaml, DEFAULT_LIMITS } from '../parse';
import { ganttDragEdit, type GanttDrag } from './drag-edit';

const plan = yaml`
  kind: project
  id: p
  title: 实施
  start: 2027-03-01
  tasks:
    - id: A
      name: 部署 # 现场
      owner: zhao
      start: 2027-03-01
      duration: 2w
    - { id: B, name: 联调, owner: zhao, dependsOn: [A], duration: 3 }
    - { id: C, name: 培训, start: 2027-03-01, end: 2027-03-03 }
    - { id: D, name: 上线, dependsOn: [B], duration: 0d }
    - { id: E, name: 验收, owner: li, dependsOn: [D], duration: "2d", status: done, actualEnd: 2027-03-30 }
`;

function drag(d: GanttDrag, text = plan): { text?: string; refused?: string; zh?: string } {
  const ws = workspaceOf({ 'p.project.yaml': text });
  const r = ganttDragEdit(ws.get('file:///ws/p.project.yaml')!, d);
  if ('refused' in r) return { refused: r.refused, zh: r.message['zh-CN'] };
  return { text: applyEdits(text, r.edits) };
}

/** The lines of `b` that `a` does not have (changed or inserted). */
function changed(a: string, b: string): string[] {
  const x = new Set(a.split('\n'));
  return b.split('\n').filter((l) => !x.has(l));
}

describe('Gantt drag edits', () => {
  it('resizing changes the duration in the unit it was written in, and nothing else', () => {
    assert.deepStrictEqual(changed(plan, drag({ kind: 'resize', index: 0, days: 5 }).text!), ['    duration: 3w']);
    assert.deepStrictEqual(changed(plan, drag({ kind: 'resize', index: 0, days: 2 }).text!), ['    duration: 12d']);
    assert.deepStrictEqual(changed(plan, drag({ kind: 'resize', index: 1, days: -1 }).text!), ['  - { id: B, name: 联调, owner: zhao, dependsOn: [A], duration: 2 }']);
    // An explicit end moves by working days (Wed 03-03 + 2 → Fri 03-05).
    assert.deepStrictEqual(changed(plan, drag({ kind: 'resize', index: 2, days: 2 }).text!), ['  - { id: C, name: 培训, start: 2027-03-01, end: 2027-03-05 }']);
  });

  it('moving a task with a start moves its start (and its end); a task after its dependencies needs a start first', () => {
    assert.deepStrictEqual(changed(plan, drag({ kind: 'move', index: 0, days: 3 }).text!), ['    start: 2027-03-04']);
    assert.deepStrictEqual(changed(plan, drag({ kind: 'move', index: 2, days: -1 }).text!), ['  - { id: C, name: 培训, start: 2027-02-26, end: 2027-03-02 }']);
    const asked = drag({ kind: 'move', index: 1, days: 2 });
    assert.strictEqual(asked.refused, 'needs-start');
    assert.strictEqual(asked.zh, '该任务在前置任务结束后开始。是否为其设置开始日期后再移动？');
    // A ends 03-12 (2w); B starts 03-15; two working days later: 03-17.
    assert.deepStrictEqual(changed(plan, drag({ kind: 'move', index: 1, days: 2, addStart: true }).text!), ['  - { id: B, name: 联调, owner: zhao, start: 2027-03-17, dependsOn: [A], duration: 3 }']);
  });

  it('linking adds the dependency; a cycle, a self link, a duplicate are refused', () => {
    assert.deepStrictEqual(changed(plan, drag({ kind: 'link', from: 2, to: 1 }).text!), ['  - { id: B, name: 联调, owner: zhao, dependsOn: [A, C], duration: 3 }']);
    assert.deepStrictEqual(changed(plan, drag({ kind: 'link', from: 2, to: 0 }).text!), ['    dependsOn: [C]']);
    assert.strictEqual(drag({ kind: 'link', from: 3, to: 0 }).refused, 'cycle');
    assert.strictEqual(drag({ kind: 'link', from: 1, to: 1 }).refused, 'self');
    assert.strictEqual(drag({ kind: 'link', from: 0, to: 1 }).refused, 'exists');
  });

  it('a mouse drop names a date: the working days to it on the plan calendar', () => {
    // A: 03-01 .. 03-12 (2w). Its end dropped on Sunday 03-14 → Friday 03-12: nothing; on Tue 03-16: +2 → 12d.
    assert.strictEqual(drag({ kind: 'resize', index: 0, toDate: '2027-03-14' }).refused, 'unchanged');
    assert.deepStrictEqual(changed(plan, drag({ kind: 'resize', index: 0, toDate: '2027-03-16' }).text!), ['    duration: 12d']);
    // Its start dropped on Saturday 03-06 → Monday 03-08: +5 working days.
    assert.deepStrictEqual(changed(plan, drag({ kind: 'move', index: 0, toDate: '2027-03-06' }).text!), ['    start: 2027-03-08']);
    assert.strictEqual(drag({ kind: 'move', index: 0, toDate: '2027-02-30' }).refused, 'bad-date');
  });

  it('refuses what cannot be dragged: a milestone resized, a done task, a task shorter than a day, an unknown index', () => {
    assert.strictEqual(drag({ kind: 'resize', index: 3, days: 1 }).refused, 'milestone');
    assert.strictEqual(drag({ kind: 'move', index: 4, days: 1 }).refused, 'done');
    assert.strictEqual(drag({ kind: 'resize', index: 1, days: -3 }).refused, 'too-short');
    assert.strictEqual(drag({ kind: 'resize', index: 99, days: 1 }).refused, 'unknown-task');
    assert.strictEqual(drag({ kind: 'move', index: 0, days: 10_000_000 }).refused, 'bad-date');
  });

  it('random drags keep the file valid YAML and change only the dragged task', () => {
    const r = rng(20261203);
    for (let i = 0; i < 300; i++) {
      const k = Math.floor(r() * 3);
      const d: GanttDrag =
        k === 0
          ? { kind: 'resize', index: Math.floor(r() * 5), days: Math.floor(r() * 11) - 5 }
          : k === 1
            ? { kind: 'move', index: Math.floor(r() * 5), days: Math.floor(r() * 21) - 10, addStart: r() < 0.5 }
            : { kind: 'link', from: Math.floor(r() * 5), to: Math.floor(r() * 5) };
      const out = drag(d);
      if (out.refused) continue;
      const parsed = parseYaml(out.text!, DEFAULT_LIMITS);
      assert.ok(!parsed.hasSyntaxError, `${JSON.stringify(d)} broke the YAML:\n${out.text}`);
      const diff = changed(plan, out.text!);
      assert.ok(diff.length >= 1 && diff.length <= 2, `${JSON.stringify(d)}: ${diff.join(' | ')}`);
    }
  });
});
