/**
 * `pocStudio/importPreview` (server/src/lsp/import.ts): the editor's "Import Plan…" asks the server
 * what it would write. What cannot be imported is a ResponseError saying why (answered, not
 * logged); a failure of the import itself is a ResponseError too, logged with the request and file.
 * The server writes nothing.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ResponseError } from 'vscode-jsonrpc';
import { startOnExamples, stopOnExamples, type TestClient } from './lsp-client';
import { ImportPreviewRequest } from '../../server/src/protocol';

const failure = (p: Promise<unknown>) =>
  p.then(
    (r) => assert.fail(`answered ${JSON.stringify(r).slice(0, 200)}`),
    (e: unknown) => e as ResponseError<unknown>,
  );

describe('pocStudio/importPreview: failures are ResponseErrors with a clear message', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-import-', 'bank-log.project.yaml', { POC_STUDIO_TEST_THROW: 'pocStudio/importPreview' }));
  });
  after(() => stopOnExamples({ dir, client }));

  it('a file that is not an importable type, or not a local file, is refused before anything is read (not logged)', async () => {
    fs.writeFileSync(path.join(dir, 'plan.txt'), 'a,b\n');
    const before = fs.readdirSync(dir).sort();
    // The test hook makes the import fail; these are refused before it, so they are not affected.
    const txt = await failure(client.send(ImportPreviewRequest, { uri: uri('plan.txt'), locale: 'en' }));
    assert.ok(txt instanceof ResponseError);
    assert.match(txt.message, /^cannot import plan\.txt: choose an Excel workbook \(\.xlsx\), a CSV file \(\.csv\) or a Microsoft Project XML file \(\.xml\)$/);
    const remote = await failure(client.send(ImportPreviewRequest, { uri: 'https://example.com/plan.xlsx', locale: 'en' }));
    assert.match(remote.message, /only files on this computer/);
    // In the workspace's language (Chinese here) when the request names none.
    const zh = await failure(client.send(ImportPreviewRequest, { uri: uri('plan.txt') }));
    assert.match(zh.message, /^无法导入 plan\.txt：请选择电子表格/);
    const missing = await failure(client.send(ImportPreviewRequest, { uri: uri('gone.csv'), locale: 'zh-CN' }));
    assert.match(missing.message, /^无法读取 .*gone\.csv：文件不存在或无法读取$/);
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), before, 'nothing written');
    assert.deepStrictEqual(client.logs.filter((l) => / failed/.test(l)), []);
  });

  it('a failing import is a ResponseError naming the cause, logged with the request and the file; the server carries on', async () => {
    fs.writeFileSync(path.join(dir, 'plan.csv'), '任务名称,负责人\n部署,张三\n');
    const file = uri('plan.csv');
    const e = await failure(client.send(ImportPreviewRequest, { uri: file, kind: 'project', locale: 'en' }));
    assert.ok(e instanceof ResponseError);
    assert.match(e.message, /^import of plan\.csv failed: pocStudio\/importPreview made to fail \(POC_STUDIO_TEST_THROW\)$/);
    await client.waitForLog(new RegExp(`POC Studio: pocStudio/importPreview failed on ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.strictEqual(client.exited, false);
  });
});
