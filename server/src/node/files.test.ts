import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeBytes, findArtifactFiles, readText } from './files';
import { encodeGbk, encodeUtf16 } from './encodings-testing';

const TEXT = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总, title: 信息中心主任（CIO） }\n';

describe('node files: decoding', () => {
  it('reads UTF-8, with or without a BOM', () => {
    assert.deepStrictEqual(decodeBytes(Buffer.from(TEXT)), { text: TEXT, problem: { encoding: 'utf-8' } });
    assert.deepStrictEqual(decodeBytes(Buffer.from(`\ufeff${TEXT}`)), { text: TEXT, problem: { encoding: 'utf-8' } });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    assert.deepStrictEqual(decodeBytes(encodeUtf16(TEXT, 'le')), { text: TEXT, problem: { encoding: 'utf-16le' } });
    assert.deepStrictEqual(decodeBytes(encodeUtf16(TEXT, 'be')), { text: TEXT, problem: { encoding: 'utf-16be' } });
  });

  it('detects GBK (GB18030) text', () => {
    const bytes = encodeGbk(TEXT);
    assert.notDeepStrictEqual(bytes, Buffer.from(TEXT));
    assert.deepStrictEqual(decodeBytes(bytes), { text: TEXT, problem: { encoding: 'gb18030' } });
  });

  it('leaves bytes that are neither UTF-8 nor GBK text undecodable, at the first bad byte', () => {
    const latin1 = decodeBytes(Buffer.from('requirements:\n  - id: R1\n    title: caf\xe9\n', 'latin1'));
    assert.strictEqual(latin1.problem.encoding, 'utf-8');
    assert.strictEqual(latin1.problem.invalidUtf8At, 'requirements:\n  - id: R1\n    title: caf'.length);
    // Decodes as GB18030, but into rare characters: not taken for Chinese text.
    const odd = decodeBytes(Buffer.from([0x61, 0x3a, 0x20, 0x81, 0x30, 0x81, 0x30, 0x81, 0x30, 0x81, 0x30, 0x0a]));
    assert.ok(odd.problem.invalidUtf8At !== undefined, JSON.stringify(odd));
  });

  it('reads a file by its path, # and ? included, and finds it in its folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-files-'));
    try {
      const names = ['政务云#2期.poc.yaml', 'a?b.project.yaml', '50%.stakeholders.yaml'];
      for (const n of names) fs.writeFileSync(path.join(dir, n), encodeGbk(TEXT));
      assert.deepStrictEqual(findArtifactFiles(dir).map((f) => path.basename(f)).sort(), [...names].sort());
      assert.strictEqual(readText(path.join(dir, names[0]))?.text, TEXT);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
