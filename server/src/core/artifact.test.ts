import * as assert from 'assert';
import { baseName, isUri, kindOfPath } from './artifact';

describe('artifact names (paths and URIs)', () => {
  it('keeps # ? and % of a plain path as part of the name', () => {
    assert.strictEqual(baseName('/ws/政务云#2期.poc.yaml'), '政务云#2期.poc.yaml');
    assert.strictEqual(kindOfPath('/ws/政务云#2期.poc.yaml'), 'poc');
    assert.strictEqual(kindOfPath('a?b.project.yaml'), 'project');
    assert.strictEqual(kindOfPath('C:\\ws\\进度#1.project.yaml'), 'project');
    assert.strictEqual(baseName('/ws/50%25.poc.yaml'), '50%25.poc.yaml', 'a path is not percent-decoded');
  });

  it('decodes a URI and cuts its query and fragment', () => {
    assert.strictEqual(baseName('file:///ws/%E6%94%BF%E5%8A%A1%E4%BA%91%232%E6%9C%9F.poc.yaml'), '政务云#2期.poc.yaml');
    assert.strictEqual(kindOfPath('file:///ws/a%3Fb.project.yaml'), 'project');
    assert.strictEqual(kindOfPath('file:///ws/a.poc.yaml#L3'), 'poc');
    assert.strictEqual(kindOfPath('file:///ws/a.poc.yaml?x=1'), 'poc');
    assert.strictEqual(kindOfPath('untitled:Untitled-1'), undefined);
  });

  it('tells a Windows drive path from a URI', () => {
    assert.ok(!isUri('c:\\ws\\a.poc.yaml'));
    assert.ok(!isUri('/ws/a.poc.yaml'));
    assert.ok(isUri('file:///c%3A/ws/a.poc.yaml'));
  });
});
