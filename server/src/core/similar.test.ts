import * as assert from 'assert';
import { nearest } from './similar';

describe('nearest', () => {
  it('suggests likely typos: swapped or missing letters, other case', () => {
    assert.strictEqual(nearest('zhnag', ['zhang', 'zhao', 'li']), 'zhang');
    assert.strictEqual(nearest('progres', ['progress', 'priority']), 'progress');
    assert.strictEqual(nearest('Li', ['li', 'wang']), 'li');
    assert.strictEqual(nearest('onsit', ['onsite', 'remote']), 'onsite');
  });

  it('does not pair unrelated short ids', () => {
    assert.strictEqual(nearest('王五', ['li', 'wang']), undefined);
    assert.strictEqual(nearest('ab', ['xy']), undefined);
    assert.strictEqual(nearest('bank-log-poc', ['cio-liu']), undefined);
    assert.strictEqual(nearest('x', []), undefined);
  });
});
