import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { scheduleHints } from './inlay-hints';

const plan = yaml`
  kind: project
  id: p
  title: 国庆前后
  start: 2026-09-18
  calendar: { region: CN }
  tasks:
    - { id: A, name: 部署, start: 2026-09-18 }
    - { id: B, name: 联调, dependsOn: [A], duration: 6d }
    - id: C
      name: 验收
      dependsOn: [B]
      duration: 3d
    - { id: D, name: 上线, dependsOn: [C], duration: 0d }
    - { id: X, name: 环, dependsOn: [Y], duration: 1d }
    - { id: Y, name: 环, dependsOn: [X], duration: 1d }
`;

function hints(locale: 'zh-CN' | 'en', settings?: Record<string, unknown>, range?: { start: number; end: number }) {
  const ws = workspaceOf({ 'p.project.yaml': plan }, { locale, settings });
  const file = ws.get('file:///ws/p.project.yaml')!;
  return scheduleHints({ ws, file, locale }, range ?? { start: 0, end: file.text.length }).map((h) => `${file.text.slice(h.at - 3, h.at)}|${h.label}`);
}

describe('inlay hints: computed dates after duration / dependsOn / end', () => {
  it('one per task after its duration, with the holidays its span crosses; none for cycles or a task with its own start only', () => {
    assert.deepStrictEqual(hints('zh-CN'), [' 6d|→ 09-20 – 09-28（跨中秋节）', ' 3d|→ 09-29 – 10-08（跨国庆节）', ' 0d|→ 10-09']);
    assert.deepStrictEqual(hints('en'), [' 6d|→ 09-20 – 09-28 (over Mid-autumn Festival)', ' 3d|→ 09-29 – 10-08 (over National Day)', ' 0d|→ 10-09']);
  });

  it('only the tasks in the requested range, and none when the setting is off', () => {
    const ws = workspaceOf({ 'p.project.yaml': plan }, { locale: 'zh-CN' });
    const text = ws.get('file:///ws/p.project.yaml')!.text;
    const at = text.indexOf('- id: C');
    assert.deepStrictEqual(hints('zh-CN', undefined, { start: at, end: text.indexOf('- { id: D') }), [' 3d|→ 09-29 – 10-08（跨国庆节）']);
    assert.deepStrictEqual(hints('zh-CN', { inlayHints: { schedule: false } }), []);
  });
});
