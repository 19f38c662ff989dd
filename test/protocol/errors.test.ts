/**
 * Errors surface: a feature or view that throws is logged to the client (window/logMessage, the
 * "POC Studio" output channel in VS Code) with the request's method and file, and the request is
 * answered empty — nothing for an editing feature, `{ error }` for a custom request — while the
 * server carries on. The failures are made with the server's test hook POC_STUDIO_TEST_THROW.
 * And every custom request that protocol.ts declares is registered by the server.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, startOnExamples, stopOnExamples } from './lsp-client';
import {
  GanttRequest,
  NewChecklistRequest,
  PidRequest,
  ProgressRequest,
  REQUESTS,
  TeamLoadRequest,
  BaselineRequest,
  GanttEditRequest,
  ReportRequest,
  StakeholdersRequest,
  TickRequest,
  GanttExportRequest,
  GanttPngRequest,
  NewPocFolderRequest,
  NewProjectRequest,
  ProposeIdRequest,
  ExportRequest,
  ImportPreviewRequest,
} from '../../server/src/protocol';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('errors surface: logged with the request and file, answered empty', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const FAILING = ['textDocument/hover', 'textDocument/completion', 'textDocument/codeAction', 'textDocument/documentSymbol', 'pocStudio/gantt'];

  before(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-errors-', 'bank-log.project.yaml', { POC_STUDIO_TEST_THROW: FAILING.join(',') }));
  });
  after(() => stopOnExamples({ dir, client }));

  /** A position on the owner `sun` of task P1 (hover, completion and definition all have an answer there). */
  const onOwner = () => {
    const text = fs.readFileSync(path.join(dir, 'bank-log.project.yaml'), 'utf8');
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes('id: P1,'));
    return { line, character: lines[line].indexOf('owner: sun') + 'owner: s'.length };
  };

  for (const [method, params, empty] of [
    ['textDocument/hover', (u: string) => ({ textDocument: { uri: u }, position: onOwner() }), null],
    ['textDocument/completion', (u: string) => ({ textDocument: { uri: u }, position: onOwner() }), null],
    ['textDocument/documentSymbol', (u: string) => ({ textDocument: { uri: u } }), null],
    [
      'textDocument/codeAction',
      (u: string) => ({ textDocument: { uri: u }, range: { start: onOwner(), end: onOwner() }, context: { diagnostics: [] } }),
      null,
    ],
  ] as const) {
    it(`${method}: answers nothing and logs "${method} failed on <file>"`, async () => {
      const file = uri('bank-log.project.yaml');
      const r = await client.request<unknown>(method, params(file));
      assert.strictEqual(r, empty);
      const line = await client.waitForLog(new RegExp(`POC Studio: ${escape(method)} failed on ${escape(file)}: Error: ${escape(method)} made to fail`));
      assert.ok(line.length > 0);
    });
  }

  it('pocStudio/gantt: answers { error } and logs the request and file; the server carries on', async () => {
    const file = uri('bank-log.project.yaml');
    const r = await client.send(GanttRequest, { uri: file, scope: 'file' });
    assert.deepStrictEqual(r, { error: 'pocStudio/gantt made to fail (POC_STUDIO_TEST_THROW)' });
    await client.waitForLog(new RegExp(`POC Studio: pocStudio/gantt failed on ${escape(file)}: Error: pocStudio/gantt made to fail`));
    // Requests not made to fail still answer: definition of the owner, the stakeholder map.
    const defs = await client.request<{ uri: string }[]>('textDocument/definition', { textDocument: { uri: file }, position: onOwner() });
    assert.ok(defs.length > 0 && defs.every((d) => d.uri === file), JSON.stringify(defs));
    const map = await client.send(StakeholdersRequest, { uri: file });
    assert.ok(!('error' in map) && map.map.points.length > 0);
    assert.strictEqual(client.exited, false);
    // Nothing else failed.
    const failures = client.logs.filter((l) => / failed/.test(l));
    assert.ok(failures.every((l) => FAILING.some((m) => l.startsWith(`POC Studio: ${m} failed on `))), failures.join('\n'));
  });
});

describe('protocol.ts: the server answers every custom request it declares', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  before(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-requests-', 'bank-log.project.yaml'));
  });
  after(() => stopOnExamples({ dir, client }));

  it('answers each request with its declared shape (none is unhandled), and nothing is logged as failed', async () => {
    const plan = uri('bank-log.project.yaml');
    const folderUri = pathToFileURL(dir).href;
    const answered = new Set<string>();
    const ok = <T>(method: string, r: T): T => {
      answered.add(method);
      return r;
    };
    const gantt = ok(GanttRequest.method, await client.send(GanttRequest, { uri: plan, scope: 'file' }));
    assert.ok(!('error' in gantt) && gantt.chart.sections.some((s) => s.bars.some((b) => b.range.start.line > 0 && typeof b.text === 'string')));
    const exp = ok(GanttExportRequest.method, await client.send(GanttExportRequest, { uri: plan, scope: 'file', format: 'mermaid' }));
    assert.ok(!('error' in exp) && exp.text.startsWith('gantt') && exp.name.endsWith('.mmd'), JSON.stringify(exp).slice(0, 200));
    const png = ok(GanttPngRequest.method, await client.send(GanttPngRequest, { uri: plan, scope: 'file' }));
    assert.ok(!('error' in png) && png.name.endsWith('.png') && png.width > 0 && png.data.length > 100, JSON.stringify(png).slice(0, 200));
    const map = ok(StakeholdersRequest.method, await client.send(StakeholdersRequest, { folderUri }));
    assert.ok(!('error' in map) && map.map.points.every((p) => p.range && p.mentions.every((m) => m.range)));
    const progress = ok(ProgressRequest.method, await client.send(ProgressRequest, { folderUri }));
    assert.ok(!('error' in progress) && progress.view.checklists.length > 0);
    const load = ok(TeamLoadRequest.method, await client.send(TeamLoadRequest, { folderUri, weeks: 2 }));
    assert.ok(!('error' in load) && load.load.weeks.length === 2 && load.load.people.length > 0, JSON.stringify(load).slice(0, 200));
    const list = progress.view.checklists[0];
    const tick = ok(TickRequest.method, await client.send(TickRequest, { uri: list.uri, index: 0, id: list.items[0].id, done: !list.items[0].done, stamp: 'not the stamp' }));
    assert.deepStrictEqual(tick, { refused: 'stale' });
    const templates = ok(NewChecklistRequest.method, await client.send(NewChecklistRequest, { folderUri }));
    assert.ok('templates' in templates && templates.templates.length > 0);
    const poc = ok(NewPocFolderRequest.method, await client.send(NewPocFolderRequest, { customer: '某银行', pocId: 'x-poc', start: '2027-02-01', folderUri }));
    assert.ok('files' in poc && poc.files.some((f) => f.name === 'x-poc.poc.yaml'));
    const project = ok(NewProjectRequest.method, await client.send(NewProjectRequest, { customer: '某银行', projectId: 'x-impl', start: '2027-02-01', folderUri }));
    assert.ok('files' in project && project.files.length === 1);
    const id = ok(ProposeIdRequest.method, await client.send(ProposeIdRequest, { customer: 'Acme Bank', kind: 'poc', folderUri }));
    assert.ok('id' in id && id.id.length > 0);
    const report = ok(ReportRequest.method, await client.send(ReportRequest, { uri: plan, kind: 'weekly', week: '2027-W04' }));
    assert.ok(!('error' in report) && report.markdown.startsWith('# ') && report.uri === plan);
    const drag = ok(GanttEditRequest.method, await client.send(GanttEditRequest, { uri: plan, drag: { kind: 'resize', index: 5, days: 1 }, stamp: gantt.stamp ?? '' }));
    assert.ok('edits' in drag && drag.edits.length === 1 && drag.edits[0].newText === '4d', JSON.stringify(drag));
    const baseline = ok(BaselineRequest.method, await client.send(BaselineRequest, { uri: plan, name: 'kickoff' }));
    assert.ok('text' in baseline && baseline.fileName === 'bank-log.kickoff.baseline.yaml' && /^plan: bank-log-impl$/m.test(baseline.text), JSON.stringify(baseline).slice(0, 200));
    const exported = ok(ExportRequest.method, await client.send(ExportRequest, { uri: plan, format: 'csv' }));
    assert.ok('data' in exported && exported.fileName.endsWith('.csv') && Buffer.from(exported.data, 'base64').toString('utf8').startsWith('\ufeff'), JSON.stringify(exported).slice(0, 200));
    // Import preview fails with a ResponseError (not `{ error }`); a file that is not there says so, unlogged.
    const imported = await client.send(ImportPreviewRequest, { uri: uri('no-such-plan.xlsx'), locale: 'en' }).then(
      () => 'answered',
      (e: Error) => e.message,
    );
    ok(ImportPreviewRequest.method, imported);
    assert.match(imported, /^cannot read .*no-such-plan\.xlsx: it does not exist or is not a readable file$/);
    const pid = ok(PidRequest.method, await client.send(PidRequest, undefined));
    assert.strictEqual(pid, client.proc.pid);
    assert.deepStrictEqual([...answered].sort(), REQUESTS.map((r) => r.method).sort());
    assert.deepStrictEqual(client.logs.filter((l) => / failed/.test(l)), []);
  });

  it('answers, where nothing is made to fail, the requests that the errors test finds empty', async () => {
    const file = uri('bank-log.project.yaml');
    const lines = fs.readFileSync(path.join(dir, 'bank-log.project.yaml'), 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('id: P1,'));
    const position = { line, character: lines[line].indexOf('owner: sun') + 'owner: s'.length };
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: file }, position });
    assert.match(hover?.contents.value ?? '', /sun/);
    const completion = await client.request<{ items: { label: string }[] } | null>('textDocument/completion', { textDocument: { uri: file }, position });
    assert.ok(completion?.items.some((i) => i.label === 'sun'));
    const symbols = await client.request<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri: file } });
    assert.ok(symbols && symbols.length > 0);
    const actions = await client.request<unknown[] | null>('textDocument/codeAction', { textDocument: { uri: file }, range: { start: position, end: position }, context: { diagnostics: [] } });
    assert.deepStrictEqual(actions, []);
    assert.ok(!('error' in (await client.send(GanttRequest, { uri: file, scope: 'file' }))));
  });
});
