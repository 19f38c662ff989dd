/**
 * The hostile YAML corpus (test/hostile-corpus.ts) in a workspace folder read by the real server
 * over JSON-RPC: every file yields its diagnostic at its line (or is skipped with a logged
 * message), within a generous hang guard, and the server stays up and keeps answering. The same
 * texts typed into an editor (didOpen) give the same findings. (Edits of open documents with
 * hostile text are in diagnostics.test.ts.)
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, type LspDiagnostic } from './lsp-client';
import { writeHostileCorpus, type HostileCase } from '../hostile-corpus';

describe('hostile YAML corpus in the language server', function () {
  this.timeout(120000);
  let dir: string;
  let cases: HostileCase[];
  let client: TestClient;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-hostile-'));
    cases = writeHostileCorpus(dir);
  });
  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const check = (c: HostileCase, d: LspDiagnostic[]) => {
    if (c.expect) {
      const hit = d.find((x) => x.code === c.expect!.rule && x.range.start.line + 1 === c.expect!.line);
      assert.ok(hit, `${c.file} (${c.what}): expected ${c.expect.rule} on line ${c.expect.line}, got ${JSON.stringify(d.map((x) => `${x.code}@${x.range.start.line + 1}`))}`);
      if (c.expect.message) assert.match(hit.message, c.expect.message, c.file);
    }
    for (const rule of c.not ?? []) assert.ok(!d.some((x) => x.code === rule), `${c.file} (${c.what}): no ${rule} expected, got ${JSON.stringify(d.map((x) => `${x.code}@${x.range.start.line + 1}: ${x.message}`))}`);
  };

  it('reads the folder at start: each file gets its diagnostic at its place, the symlink loop is skipped with a message', async () => {
    client = await TestClient.start({ folder: dir, settings: { today: '2027-01-27' } });
    for (const c of cases) {
      if (c.file === 'loop.poc.yaml') continue;
      check(c, await client.waitFor(uri(c.file), () => true, 60000));
    }
    assert.ok(!client.diagnostics.has(uri('loop.poc.yaml')), 'nothing is published for the loop');
    assert.ok(client.logs.some((l) => /loop\.poc\.yaml is a symlink loop or a dangling link; skipped/.test(l)), client.logs.join('\n'));
    // The directory symlink to the folder itself is not followed: each file is published under its own path only.
    assert.ok(![...client.diagnostics.keys()].some((u) => u.includes('/again/')));
    assert.strictEqual(client.exited, false);
  });

  it('gives the same findings when the texts are opened in the editor, and keeps answering', async () => {
    for (const c of cases) {
      if (c.file === 'loop.poc.yaml' || c.file === 'invalid-utf8.poc.yaml' || c.file === 'huge.poc.yaml') continue;
      const text = fs.readFileSync(path.join(dir, c.file), 'utf8');
      await client.open(uri(c.file), text);
      check(c, await client.waitForCurrent(uri(c.file), 60000));
      // Editing features on the hostile text answer (possibly with nothing), never with an error.
      const position = { line: Math.max(0, (c.expect?.line ?? 1) - 1), character: 3 };
      await client.request('textDocument/hover', { textDocument: { uri: uri(c.file) }, position });
      await client.request('textDocument/completion', { textDocument: { uri: uri(c.file) }, position });
      await client.request('textDocument/documentSymbol', { textDocument: { uri: uri(c.file) } });
      await client.close(uri(c.file));
    }
    const gantt = await client.request<Record<string, unknown>>('pocStudio/gantt', { folderUri: pathToFileURL(dir).href, scope: 'portfolio' });
    assert.ok(gantt && 'chart' in gantt, JSON.stringify(gantt).slice(0, 300));
    assert.strictEqual(client.exited, false);
    assert.deepStrictEqual(client.logs.filter((l) => / failed/.test(l)), []);
  });
});
