import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Workspace } from './workspace';
import { symbolAt, symbolsOf } from './symbols';
import type { ArtifactFile } from './rules/api';

const EXAMPLES = path.resolve(__dirname, '../../../../examples');

/** symbolAt as it was: every symbol of the file, in order. */
function linear(file: ArtifactFile, offset: number) {
  const s = symbolsOf(file);
  const on = (x: { span: { start: number; end: number } }) => x.span.start <= offset && offset <= x.span.end;
  const ref = s.refs.find(on);
  if (ref) return { ref };
  const def = s.defs.find(on);
  return def ? { def } : {};
}

describe('symbolAt (the symbol under the cursor)', () => {
  it('finds the same symbol as a scan of every symbol, at every offset of the examples and of a plan with nested and grouped lists', () => {
    const ws = new Workspace({ locale: 'zh-CN' });
    const uris: string[] = [];
    for (const name of fs.readdirSync(EXAMPLES).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const u = `file:///ws/${name}`;
      ws.set(u, fs.readFileSync(path.join(EXAMPLES, name), 'utf8'));
      uris.push(u);
    }
    // Block and flow tasks, comments between items, a checklist grouped by phase (a grouped list).
    const plan = [
      'kind: project',
      'id: p',
      'title: 实施',
      'start: 2027-01-04',
      'team: [{ id: zhao, name: 赵六 }, { id: li, name: 李四 }]',
      'tasks:',
      '  - { id: A, name: 准备, owner: zhao, duration: 2d }',
      '  # 注释',
      '  - id: B',
      '    name: 部署',
      '    owner: li',
      '    dependsOn: [A, X]',
      '    duration: 3d',
      '  - { id: C, owner: nobody, dependsOn: [B], duration: 1d }',
      'risks:',
      '  - { id: R1, title: 延期, owner: zhao }',
      '',
    ].join('\n');
    ws.set('file:///ws/p.project.yaml', plan);
    uris.push('file:///ws/p.project.yaml');
    let compared = 0;
    for (const u of uris) {
      const file = ws.get(u)!;
      for (let o = 0; o <= file.text.length; o++) {
        const a = symbolAt(file, o);
        const b = linear(file, o);
        assert.strictEqual(a.ref, b.ref, `${u} at ${o}`);
        assert.strictEqual(a.def, b.def, `${u} at ${o}`);
        if (a.ref || a.def) compared++;
      }
    }
    assert.ok(compared > 500, `${compared} offsets on a symbol`);
    // The plan's tasks and risks are found by their items (two top-level lists with items).
    assert.deepStrictEqual(symbolsOf(ws.get('file:///ws/p.project.yaml')!).lists!.map((l) => l.n), [2, 3, 1]);
  });
});
