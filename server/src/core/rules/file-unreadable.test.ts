import * as assert from 'assert';
import { check } from '../testing';

describe('rule file-unreadable', () => {
  it('reports a binary file once, on its first line, and runs no other rule', () => {
    const hits = check({ 'bin.poc.yaml': 'id: a\u0000\u0001\u0002\nmode: nonsense\n' });
    assert.deepStrictEqual(hits.map((h) => [h.rule, h.line]), [['file-unreadable', 1]]);
  });

  it('reports a file over the size limit', () => {
    const text = 'id: a\ntitle: "' + 'x'.repeat(2 * 1024 * 1024) + '"\n';
    const hits = check({ 'big.poc.yaml': text }, undefined, { settings: { maxFileSizeMB: 1 } });
    assert.deepStrictEqual(hits.map((h) => h.rule), ['file-unreadable']);
    assert.match(hits[0].message, /too large/);
  });

  it('does not fire on an ordinary file', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'id: a\ntitle: 标题\n' }, 'file-unreadable'), []);
  });
});
