import * as assert from 'assert';
import { applyEdits } from '../features/edits';
import { workspaceOf, yaml } from '../testing';
import { progressView, tickEdit } from './progress';

const CLOSING = yaml`
  kind: checklist
  id: closing
  title: 收尾
  phase: closing
  due: 2027-03-25
  items:
    - group: 培训
      items:
        - { id: C1, text: 签到, done: true }
        - { id: C2, text: 考试, done: false }
    - { id: C3, text: 备份, done: false, due: 2027-03-01 }
    - id: C4
      text: 可选
      required: false
`;
const READY = yaml`
  kind: checklist
  id: ready
  title: 机器
  phase: environment
  items:
    - { id: M1, text: 硬件, done: true }
`;
const POC = yaml`
  kind: poc
  id: p1
  title: 某 POC
  start: 2027-01-04
  successCriteria:
    - { id: SC1, description: 检索, result: met }
    - { id: SC2, description: 告警, result: not-met }
    - { id: SC3, description: 报表 }
  tasks:
    - { id: T1, duration: 2d, status: done }
    - { id: T2, duration: 4d, dependsOn: [T1], progress: 50 }
    - { id: T3, duration: 4d, dependsOn: [T2] }
    - { id: T4, duration: 5d, status: cancelled }
    - { id: T5, duration: 0d, dependsOn: [T3] }
`;

describe('progress view data', () => {
  const ws = () => workspaceOf({ 'closing.checklist.yaml': CLOSING, 'ready.checklist.yaml': READY, 'p1.poc.yaml': POC }, { today: '2027-03-10' });

  it('counts done / required / overdue per checklist, group and phase (phases in playbook order)', () => {
    const v = progressView(ws(), 'zh-CN');
    const c = v.checklists.find((x) => x.id === 'closing')!;
    assert.deepStrictEqual([c.total, c.done, c.required, c.requiredDone, c.overdue, c.percent], [4, 1, 3, 1, 1, 33]);
    assert.deepStrictEqual(c.groups.map((g) => [g.name, g.total, g.done]), [['培训', 2, 1]]);
    assert.deepStrictEqual(c.items.map((i) => `${i.id}:${i.done}:${i.required}:${i.overdue}`), ['C1:true:true:false', 'C2:false:true:false', 'C3:false:true:true', 'C4:false:false:false']);
    assert.deepStrictEqual(v.phases.map((p) => [p.phase, p.percent, p.checklists]), [['environment', 100, 1], ['closing', 33, 1]]);
    assert.ok(v.phases.every((p) => /[\u4e00-\u9fff]/.test(p.name)), v.phases.map((p) => p.name).join());
  });

  it('gives the success criteria and the plan progress weighted by duration', () => {
    const v = progressView(ws(), 'en');
    assert.deepStrictEqual(v.criteria.map((c) => [c.plan, c.met, c.notMet, c.pending]), [['某 POC', 1, 1, 1]]);
    // (2 × 100% + 4 × 50% + 4 × 0) / 10 days; cancelled and the milestone weigh nothing.
    assert.deepStrictEqual(v.plans.map((p) => [p.percent, p.days, p.doneDays, p.tasks, p.doneTasks]), [[40, 10, 4, 4, 1]]);
  });

  it('ticks and unticks an item with a minimal edit, also where done is absent', () => {
    const w = ws();
    const f = w.get('file:///ws/closing.checklist.yaml')!;
    const tick = tickEdit(f, 1, true, 'C2')!;
    const after = applyEdits(f.text, [tick]);
    assert.deepStrictEqual(diffLines(f.text, after), ['      - { id: C2, text: 考试, done: true }']);
    const untick = applyEdits(f.text, [tickEdit(f, 0, false)!]);
    assert.deepStrictEqual(diffLines(f.text, untick), ['      - { id: C1, text: 签到, done: false }']);
    const added = applyEdits(f.text, [tickEdit(f, 3, true)!]);
    assert.strictEqual(added.split('\n').length, f.text.split('\n').length + 1);
    assert.deepStrictEqual(diffLines(f.text, added), ['    done: true']);
    assert.strictEqual(tickEdit(f, 0, true), undefined, 'already done');
    assert.strictEqual(tickEdit(f, 1, true, 'C9'), undefined, 'another item is there now');
    assert.strictEqual(tickEdit(f, 9, true), undefined);
  });
});

function diffLines(a: string, b: string): string[] {
  const x = a.split('\n');
  return b.split('\n').filter((l) => !x.includes(l));
}
