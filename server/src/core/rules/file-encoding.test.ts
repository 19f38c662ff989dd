import * as assert from 'assert';
import { check, workspaceOf } from '../testing';
import { LineIndex } from '../text';

const TEXT = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker] }\n';

function hitsOf(text: string, problem: { encoding?: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' } | undefined, locale: 'en' | 'zh-CN' = 'en') {
  const ws = workspaceOf({}, { locale });
  const uri = 'file:///ws/people.stakeholders.yaml';
  ws.set(uri, text, problem);
  const lines = new LineIndex(ws.get(uri)!.text);
  return ws.check(uri).map((d) => ({ rule: d.rule, line: lines.positionAt(d.span.start).line + 1, severity: d.severity, message: d.message }));
}

describe('rule file-encoding', () => {
  it('asks to convert a GBK file once, at line 1, and checks it as usual', () => {
    const hits = hitsOf(TEXT, { encoding: 'gb18030' }, 'zh-CN');
    assert.deepStrictEqual(hits.map((h) => [h.rule, h.line, h.severity]), [['file-encoding', 1, 'warning']]);
    assert.match(hits[0].message, /^文件编码为 GBK，请另存为 UTF-8。/);
    const bad = hitsOf(TEXT.replace('decision-maker', 'boss'), { encoding: 'gb18030' });
    assert.ok(bad.some((h) => h.rule === 'schema'), 'the decoded text is checked by the other rules');
  });

  it('says so for UTF-16 with a BOM', () => {
    const hits = hitsOf(TEXT, { encoding: 'utf-16le' });
    assert.deepStrictEqual(hits.map((h) => [h.rule, h.line]), [['file-encoding', 1]]);
    assert.match(hits[0].message, /encoded as UTF-16; save it as UTF-8/);
  });

  it('warns about an editor text with replacement characters before it is saved', () => {
    const garbled = TEXT.replace('刘总', '\ufffd\ufffd\ufffd');
    const hits = hitsOf(garbled, undefined);
    assert.deepStrictEqual(hits.map((h) => [h.rule, h.line]), [['file-encoding', 1]]);
    assert.match(hits[0].message, /open with the wrong encoding \(replacement characters � from line 3\): do not save it/);
    assert.match(hitsOf(garbled, undefined, 'zh-CN')[0].message, /请不要保存/);
    // Read from disk as valid UTF-8, the damage is already saved.
    assert.match(hitsOf(garbled, { encoding: 'utf-8' })[0].message, /once opened with the wrong encoding and saved/);
  });

  it('runs on a file with a syntax error too', () => {
    const hits = hitsOf('kind: stakeholders\nstakeholders: [\n', { encoding: 'gb18030' });
    assert.deepStrictEqual(hits.map((h) => h.rule).sort(), ['file-encoding', 'yaml-syntax']);
  });

  it('does not fire on UTF-8 text', () => {
    assert.deepStrictEqual(check({ 'a.stakeholders.yaml': TEXT }, 'file-encoding'), []);
    assert.deepStrictEqual(hitsOf(TEXT, { encoding: 'utf-8' }), []);
  });
});
