/**
 * The documents (reports as HTML, Word, e-mail; the workbook) and the import are bundles of their
 * own, dist/documents.js and dist/import.js, which the server loads at first use (server/src/node/
 * lazy.ts, esbuild.mjs): a copy of dist/server.js alone starts, checks and answers the Markdown
 * report; the HTML report and the import fail until their bundle is beside it, then work in the
 * same process.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { ResponseError } from 'vscode-jsonrpc';
import { REPO, TestClient } from './lsp-client';
import { ExportRequest, ImportPreviewRequest, ReportRequest, type ExportResult, type ReportResult, type RequestError } from '../../server/src/protocol';

const EXAMPLES = path.join(REPO, 'examples');
const golden = (name: string) => fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'reports', name), 'utf8');
const uri = (f: string) => pathToFileURL(path.join(EXAMPLES, f)).href;
type Report = Partial<Exclude<ReportResult, RequestError>> & { error?: string };
type Export = Partial<Exclude<ExportResult, RequestError>> & { error?: string };

describe('documents and import: bundles of their own, loaded at first use', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;
  const bundle = (...names: string[]) => {
    for (const n of names) fs.copyFileSync(path.join(REPO, 'dist', n), path.join(dir, n));
  };
  const report = (params: Record<string, unknown>) => client.request<Report>(ReportRequest.method, params);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-lazy-'));
    bundle('server.js');
    client = await TestClient.start({ folder: EXAMPLES, locale: 'zh-CN', settings: { today: '2027-01-27' }, server: path.join(dir, 'server.js') });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('the server alone starts and checks the folder; the Markdown report needs no other bundle', async () => {
    const diags = await client.waitFor(uri('bank-log.project.yaml'), () => true);
    assert.ok(Array.isArray(diags));
    const md = await report({ uri: uri('bank-log.project.yaml'), kind: 'weekly', week: '2027-W02' });
    assert.strictEqual(md.error, undefined);
    assert.strictEqual(md.markdown, golden('weekly-2027-W02.zh-CN.md'));
  });

  it('HTML, Word and the workbook load dist/documents.js at the first one', async () => {
    const params = { uri: uri('bank-log.project.yaml'), kind: 'weekly', week: '2027-W02', format: 'html' };
    const missing = await report(params);
    assert.match(String(missing.error), /documents\.js/);
    bundle('documents.js', 'exceljs.js');
    // The HTML page inlines Mermaid (node/mermaid-js.ts looks beside the bundle too).
    fs.copyFileSync(path.join(REPO, 'media', 'mermaid.min.js'), path.join(dir, 'mermaid.min.js'));
    const html = await report(params);
    assert.strictEqual(html.error, undefined);
    assert.match(String(html.markdown), /^<!DOCTYPE html>/i);
    assert.strictEqual(html.source, golden('weekly-2027-W02.zh-CN.md'));
    const docx = await report({ ...params, format: 'docx' });
    assert.strictEqual(docx.error, undefined);
    assert.strictEqual(Buffer.from(String(docx.base64), 'base64').subarray(0, 2).toString('latin1'), 'PK');
    assert.match(String(docx.fileName), /\.docx$/);
    const xlsx = await client.request<Export>(ExportRequest.method, { uri: uri('bank-log.project.yaml'), format: 'xlsx' });
    assert.strictEqual(xlsx.error, undefined);
    assert.strictEqual(Buffer.from(String(xlsx.data), 'base64').subarray(0, 2).toString('latin1'), 'PK');
    assert.strictEqual(client.exited, false);
  });

  it('the import loads dist/import.js at the first import', async () => {
    const csv = path.join(dir, 'plan.csv');
    fs.writeFileSync(csv, '任务名称,负责人,开始时间,工期\n部署环境,张三,2027-02-01,3\n');
    const params = { uri: pathToFileURL(csv).href, kind: 'project' as const, locale: 'en' };
    const missing = await client.send(ImportPreviewRequest, params).then(
      () => assert.fail('answered without dist/import.js'),
      (e: unknown) => e as ResponseError<unknown>,
    );
    assert.ok(missing instanceof ResponseError);
    assert.match(missing.message, /^import of plan\.csv failed: .*import\.js/);
    bundle('import.js', 'pinyin.js');
    const r = await client.send(ImportPreviewRequest, params);
    assert.match(r.yaml, /部署环境/);
    assert.strictEqual(r.mapping.name, '任务名称');
    assert.match(r.suggestedName, /\.project\.yaml$/);
    assert.strictEqual(client.exited, false);
  });
});
