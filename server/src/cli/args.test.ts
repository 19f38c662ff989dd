import * as assert from 'assert';
import { readArgs } from './args';

describe('readArgs (CLI command lines)', () => {
  const spec = { values: ['--out', '--format'], flags: ['--force'], stop: ['-h', '--help'] };

  it('reads values in both spellings, flags and positionals, in order (the last value wins)', () => {
    const r = readArgs(['report', '--out', 'a.md', 'weekly', '--format=html', '--force', '--out=b.md', 'examples'], spec);
    assert.ok('values' in r);
    assert.deepStrictEqual([...r.values], [['--out', 'b.md'], ['--format', 'html']]);
    assert.deepStrictEqual([...r.flags], ['--force']);
    assert.deepStrictEqual(r.positionals, ['report', 'weekly', 'examples']);
  });

  it('stops at the first unknown option, missing value or stop flag', () => {
    assert.deepStrictEqual(readArgs(['x', '--bogus', '-h'], spec), { problem: 'unknown option --bogus' });
    assert.deepStrictEqual(readArgs(['--force=1'], spec), { problem: 'unknown option --force=1' });
    assert.deepStrictEqual(readArgs(['x', '--out'], spec), { problem: '--out needs a value' });
    assert.deepStrictEqual(readArgs(['x', '-h', '--bogus'], spec), { stopped: '-h' });
    assert.deepStrictEqual(readArgs(['--format='], spec), { values: new Map([['--format', '']]), flags: new Set(), positionals: [] });
  });
});
