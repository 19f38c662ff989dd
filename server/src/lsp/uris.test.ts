import * as assert from 'assert';
import { pathToFileURL } from 'url';
import { canonicalUri, canonicalizeParams } from './uris';

describe('lsp: one spelling per file URI', () => {
  it('spells VS Code and Node URIs of the same file alike', () => {
    const vscode = 'file:///ws/%E6%8A%A5%E4%BB%B7%28%E7%BB%88%E7%89%88%29%201.poc.yaml';
    const node = pathToFileURL('/ws/报价(终版) 1.poc.yaml').href;
    assert.notStrictEqual(vscode, node);
    assert.strictEqual(canonicalUri(vscode), canonicalUri(node));
    assert.strictEqual(canonicalUri(node), node, 'the scan already spells it canonically');
    assert.strictEqual(canonicalUri(canonicalUri(vscode)), canonicalUri(vscode));
  });

  it('keeps # and ? of a file name escaped, and leaves other schemes alone', () => {
    const u = pathToFileURL('/ws/政务云#2期.poc.yaml').href;
    assert.ok(u.includes('%232'));
    assert.strictEqual(canonicalUri(u), u);
    assert.strictEqual(canonicalUri('file:///ws/a%3Fb.project.yaml'), 'file:///ws/a%3Fb.project.yaml');
    assert.strictEqual(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });

  it('gives a drive letter one case', () => {
    assert.strictEqual(canonicalUri('file:///c%3A/ws/a.poc.yaml'), canonicalUri('file:///C:/ws/a.poc.yaml'));
  });

  it('rewrites the uri fields of a message, nested ones too', () => {
    const p = canonicalizeParams({
      textDocument: { uri: 'file:///ws/a%28b%29.poc.yaml', text: 'x' },
      folderUri: 'file:///ws/%28x%29',
      event: { added: [{ uri: 'file:///ws/%5Bz%5D', name: 'z' }] },
      other: 'file:///ws/%28keep%29',
    });
    assert.deepStrictEqual(p, {
      textDocument: { uri: 'file:///ws/a(b).poc.yaml', text: 'x' },
      folderUri: 'file:///ws/(x)',
      event: { added: [{ uri: 'file:///ws/%5Bz%5D', name: 'z' }] },
      other: 'file:///ws/%28keep%29',
    });
  });
});
