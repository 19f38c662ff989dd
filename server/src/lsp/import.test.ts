import * as assert from 'assert';
import { suggestedName } from './import';

describe('import preview: the plan file name it suggests', () => {
  it('is the plan id with the kind, else the source file name, and always a plain plan file name', () => {
    assert.strictEqual(suggestedName('bank-log-impl', 'project', '/x/计划.xlsx'), 'bank-log-impl.project.yaml');
    assert.strictEqual(suggestedName(undefined, 'poc', '/x/某银行计划.csv'), '某银行计划.poc.yaml');
    assert.strictEqual(suggestedName('', 'project', '/x/plan.v2.xml'), 'plan.v2.project.yaml');
    // An id that cannot make a file name falls back to the source's name, then to `imported`.
    assert.strictEqual(suggestedName('../evil', 'project', '/x/ok.csv'), 'ok.project.yaml');
    assert.strictEqual(suggestedName('a/b', 'project', '/x/.csv'), 'imported.project.yaml');
  });
});
