import * as assert from 'assert';
import { check, yaml } from '../testing';

describe('rule kind-mismatch', () => {
  it('fires on a kind that disagrees with the suffix, at the value', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      kind: project
      id: a
      title: 某银行 POC
    ` }, 'kind-mismatch');
    assert.deepStrictEqual(hits.map((h) => [h.line, h.column, h.text, h.severity]), [[1, 7, 'project', 'error']]);
    assert.match(hits[0].message, /poc/);
  });

  it('fires on a kind that is not a kind at all', () => {
    const hits = check({ 'a.checklist.yaml': 'kind: checklst\nid: c\ntitle: t\nitems: []\n' }, 'kind-mismatch');
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].text, 'checklst');
  });

  it('does not fire when kind agrees or is absent', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'kind: poc\nid: a\ntitle: t\n' }, 'kind-mismatch'), []);
    assert.deepStrictEqual(check({ 'b.project.yml': 'id: b\ntitle: t\n' }, 'kind-mismatch'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.poc.yaml': 'kind: project\nid: a\n' }, 'kind-mismatch', { locale: 'zh-CN' });
    assert.match(hits[0].message, /与文件名 a\.poc\.yaml 不一致/);
  });
});
