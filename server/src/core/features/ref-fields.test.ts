import * as assert from 'assert';
import { pathPattern, refFieldAt, refKeyAt } from './ref-fields';
import { pathAt } from './cursor';
import { symbolsOf } from '../symbols';
import { workspaceOf } from '../testing';

describe('ref-fields', () => {
  it('turns a path into a pattern', () => {
    assert.strictEqual(pathPattern(['tasks', 3, 'dependsOn', 0]), 'tasks[].dependsOn[]');
    assert.strictEqual(pathPattern(['demo', 'audience', 1]), 'demo.audience[]');
    assert.strictEqual(pathPattern([]), '');
  });

  it('knows the reference fields of each kind', () => {
    assert.deepStrictEqual(refFieldAt('poc', ['tasks', 0, 'owner']), { kind: 'owner' });
    assert.deepStrictEqual(refFieldAt('project', ['tasks', 4, 'dependsOn', 1]), { kind: 'task' });
    assert.deepStrictEqual(refFieldAt('project', ['delays', 0, 'task']), { kind: 'task' });
    assert.deepStrictEqual(refFieldAt('project', ['delays', 0, 'affects', 0]), { kind: 'plan' });
    assert.deepStrictEqual(refFieldAt('project', ['changes', 1, 'requestedBy']), { kind: 'requester' });
    assert.deepStrictEqual(refFieldAt('project', ['poc']), { kind: 'plan' });
    assert.deepStrictEqual(refFieldAt('poc', ['demo', 'audience', 2]), { kind: 'stakeholder' });
    assert.deepStrictEqual(refFieldAt('poc', ['demo', 'storyboard', 0, 'scenario']), { kind: 'scenario' });
    assert.deepStrictEqual(refFieldAt('poc', ['review', 'feedback', 0, 'from']), { kind: 'stakeholder', loose: true });
    assert.deepStrictEqual(refFieldAt('stakeholders', ['stakeholders', 2, 'reportsTo']), { kind: 'stakeholder' });
    assert.deepStrictEqual(refFieldAt('requirements', ['requirements', 0, 'release']), { kind: 'release' });
    assert.deepStrictEqual(refFieldAt('checklist', ['items', 1, 'items', 0, 'owner']), { kind: 'checklist-owner' });
  });

  it('not the poc link in a poc, not free text, not the list itself', () => {
    assert.strictEqual(refFieldAt('poc', ['poc']), undefined);
    assert.strictEqual(refFieldAt('poc', ['tasks', 0, 'name']), undefined);
    assert.strictEqual(refFieldAt('poc', ['tasks', 0, 'dependsOn']), undefined);
  });

  it('keys that are ids: weekly report hours', () => {
    assert.deepStrictEqual(refKeyAt('project', ['weeklyReports', 0, 'hours']), { kind: 'team' });
    assert.strictEqual(refKeyAt('project', ['weeklyReports', 0]), undefined);
    assert.strictEqual(refKeyAt('project', []), undefined);
  });
});

describe('ref-fields agrees with symbols.ts', () => {
  it('maps the path of every reference the symbol table finds to the same reference kind', () => {
    // The example folder and the editing fixtures use every kind of reference between them.
    const fs = require('fs') as typeof import('fs');
    const path = require('path') as typeof import('path');
    const repo = path.resolve(__dirname, '../../../../..');
    const files: Record<string, string> = {};
    for (const dir of ['examples', 'test/fixtures/editing']) {
      for (const f of fs.readdirSync(path.join(repo, dir))) if (f.endsWith('.yaml')) files[`${dir.replace(/\W/g, '_')}-${f}`] = fs.readFileSync(path.join(repo, dir, f), 'utf8');
    }
    const ws = workspaceOf(files);
    let checked = 0;
    for (const file of ws.files()) {
      for (const ref of symbolsOf(file).refs) {
        const at = pathAt(file, ref.span.start);
        assert.ok(at, `${file.name}: no path at ${ref.field}`);
        const found = at!.role === 'key' ? refKeyAt(file.kind, at!.path.slice(0, -1)) : refFieldAt(file.kind, at!.path);
        assert.strictEqual(found?.kind, ref.kind, `${file.name} ${pathPattern(at!.path)}: symbols says ${ref.kind}, ref-fields says ${found?.kind}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `only ${checked} references checked`);
  });
});
