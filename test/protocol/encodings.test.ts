/**
 * The server on files that used to be read wrong or not at all: `#` and `?` in names (the folder
 * scan), GBK and UTF-16 files, an editor text decoded with the wrong encoding (and its quick fix),
 * and the same file spelled two ways by client and scan (`(`, `)` escaped or not).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, codes, type LspDiagnostic } from './lsp-client';
import { writeOddFolder, PEOPLE_TEXT } from '../odd-folder';
import { encodeGbk } from '../../server/src/node/encodings-testing';

/** VS Code's spelling of a file URI: every character but letters, digits and -._~ escaped. */
const vscodeUri = (p: string) =>
  'file://' + p.split('/').map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join('/');

describe('language server: file names and encodings', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

  beforeEach(async () => {
    dir = writeOddFolder();
    fs.writeFileSync(path.join(dir, '报价(终版).poc.yaml'), 'kind: poc\nid: quote-poc\ntitle: 报价\n');
    client = await TestClient.start({ folder: dir, settings: { today: '2026-12-10' }, locale: 'zh-CN' });
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('publishes diagnostics for files with # and ? in their names found by the folder scan', async () => {
    assert.ok(uri('政务云#2期.poc.yaml').includes('%232'));
    const poc = await client.waitFor(uri('政务云#2期.poc.yaml'), (d) => d.some((x) => x.code === 'schema'));
    assert.ok(!poc.some((x) => x.code === 'unknown-ref' || x.code === 'ref-unchecked'), 'the GBK stakeholders file defines the audience');
    await client.waitFor(uri('a?b.project.yaml'), (d) => d.some((x) => x.code === 'schema'));
  });

  it('reads GBK and UTF-16 files and says once, at line 1, to save them as UTF-8', async () => {
    for (const f of ['people.stakeholders.yaml', 'r.requirements.yaml', 'c.checklist.yaml']) {
      const d = await client.waitFor(uri(f), (x) => x.some((y) => y.code === 'file-encoding'));
      assert.deepStrictEqual(d.filter((x) => x.code.startsWith('file-')).map((x) => [x.code, x.range.start.line, x.severity]), [['file-encoding', 0, 2]], f);
    }
    const gbk = client.diagnostics.get(uri('people.stakeholders.yaml'))!.find((x) => x.code === 'file-encoding')!;
    assert.match(gbk.message, /^文件编码为 GBK，请另存为 UTF-8。/);
  });

  it('warns about an editor text decoded with the wrong encoding, and converts it on request', async () => {
    const people = uri('people.stakeholders.yaml');
    await client.waitFor(people, (d) => d.some((x) => x.code === 'file-encoding'));
    // What an editor shows when it decodes the GBK bytes as UTF-8.
    const garbled = encodeGbk(PEOPLE_TEXT).toString('utf8');
    assert.ok(garbled.includes('\ufffd'));
    await client.open(people, garbled);
    const d = await client.waitForCurrent(people);
    const warn = d.find((x) => x.code === 'file-encoding')!;
    assert.ok(warn, JSON.stringify(codes(d)));
    assert.match(warn.message, /文件似乎以错误的编码打开（第 4 行起出现替换字符 �）：请不要保存/);
    const actions = await client.request<{ title: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string; range: LspDiagnostic['range'] }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri: people },
      range: warn.range,
      context: { diagnostics: [warn] },
    });
    const convert = actions.find((a) => /转换为 UTF-8/.test(a.title));
    assert.ok(convert, actions.map((a) => a.title).join(' | '));
    const [edit] = convert!.edit!.changes[people];
    assert.strictEqual(edit.newText, PEOPLE_TEXT);
    assert.deepStrictEqual(edit.range.start, { line: 0, character: 0 });
    // The disk is untouched until the editor saves.
    assert.deepStrictEqual(fs.readFileSync(path.join(dir, 'people.stakeholders.yaml')), encodeGbk(PEOPLE_TEXT));
    await client.change(people, edit.newText);
    // The editor's text is right now; the file on disk is still GBK until it is saved as UTF-8.
    const fixed = (await client.waitForCurrent(people)).filter((x) => x.code === 'file-encoding');
    assert.deepStrictEqual(fixed.map((x) => x.message.slice(0, 21)), ['文件编码为 GBK，请另存为 UTF-8。']);
    fs.writeFileSync(path.join(dir, 'people.stakeholders.yaml'), PEOPLE_TEXT, 'utf8');
    await client.fileChanged(people, 2);
    await client.waitFor(people, (d) => !d.some((x) => x.code === 'file-encoding'));
  });

  it('says "save it as UTF-8" of an open GBK or UTF-16 file that the editor decoded right, as the CLI does', async () => {
    for (const f of ['people.stakeholders.yaml', 'r.requirements.yaml']) {
      const u = uri(f);
      const before = await client.waitFor(u, (d) => d.some((x) => x.code === 'file-encoding'));
      const fromDisk = before.find((x) => x.code === 'file-encoding')!.message;
      // The editor decoded the file right (VS Code with GB18030 / the UTF-16 BOM): the same text as the scan read.
      const decoded = f.startsWith('people') ? PEOPLE_TEXT : fs.readFileSync(path.join(dir, f)).toString('utf16le').replace(/^\ufeff/, '');
      await client.open(u, decoded);
      const open = (await client.waitForCurrent(u)).filter((x) => x.code === 'file-encoding');
      assert.deepStrictEqual(open.map((x) => [x.message, x.range.start.line]), [[fromDisk, 0]], f);
    }
  });

  it('takes a document the client spells differently for the file the scan found (no duplicate)', async () => {
    const file = path.join(dir, '报价(终版).poc.yaml');
    const scanned = pathToFileURL(file).href;
    await client.waitFor(scanned, () => true);
    const spelled = vscodeUri(file);
    assert.notStrictEqual(spelled, scanned);
    await client.open(spelled, 'kind: poc\nid: quote-poc\ntitle: 报价\nmode: nowhere\n');
    const d = await client.waitFor(scanned, (x) => x.some((y) => y.code === 'schema'));
    assert.ok(!d.some((x) => x.code === 'duplicate-id'), JSON.stringify(codes(d)));
    assert.ok(!client.diagnostics.has(spelled), 'published under one spelling');
  });
});
