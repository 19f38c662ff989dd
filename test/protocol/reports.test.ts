/**
 * `pocStudio/report` through the real server process over JSON-RPC: the same Markdown as the CLI
 * (the golden files), for a plan file or a folder, in the workspace's language, with clear errors.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, REPO } from './lsp-client';
import { BaselineRequest, ReportRequest, type ReportResult, type RequestError } from '../../server/src/protocol';

const EXAMPLES = path.join(REPO, 'examples');
const GOLDEN = path.join(REPO, 'test', 'fixtures', 'reports');
const golden = (name: string) => fs.readFileSync(path.join(GOLDEN, name), 'utf8');
const uri = (f: string) => pathToFileURL(path.join(EXAMPLES, f)).href;

/** The answer with every field optional (the tests also send parameters the protocol does not allow). */
type Result = Partial<Exclude<ReportResult, RequestError>> & { error?: string; candidates?: string[] };

describe('pocStudio/report over JSON-RPC', function () {
  this.timeout(30000);
  let client: TestClient;

  beforeEach(async () => {
    client = await TestClient.start({ folder: EXAMPLES, locale: 'zh-CN', settings: { today: '2027-01-27' } });
    await client.waitFor(uri('bank-log.project.yaml'), () => true);
  });

  afterEach(async () => {
    await client.stop();
  });

  const report = (params: Record<string, unknown>) => client.request<Result>(ReportRequest.method, params);

  it('returns the weekly report of a plan for a week, as the CLI prints it', async () => {
    const r = await report({ uri: uri('bank-log.project.yaml'), kind: 'weekly', week: '2027-W02' });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.markdown, golden('weekly-2027-W02.zh-CN.md'));
    assert.strictEqual(r.fileName, '2027-W02-bank-log-impl-周报.md');
    assert.strictEqual(r.week, '2027-W02');
    assert.strictEqual(r.locale, 'zh-CN');
  });

  it('defaults to the week of "today" and to the workspace language; a locale can be asked for', async () => {
    const r = await report({ uri: uri('bank-log.project.yaml'), kind: 'weekly' });
    assert.strictEqual(r.week, '2027-W04');
    assert.strictEqual(r.markdown, golden('weekly-2027-W04.zh-CN.md'));
    const en = await report({ uri: uri('bank-log.project.yaml'), kind: 'weekly', locale: 'en' });
    assert.strictEqual(en.markdown, golden('weekly-2027-W04.en.md'));
    assert.strictEqual(en.fileName, '2027-W04-bank-log-impl-weekly-report.md');
  });

  it('finds the plan of a folder for the POC and the acceptance report', async () => {
    const folder = pathToFileURL(EXAMPLES).href;
    const poc = await report({ uri: folder, kind: 'poc' });
    assert.strictEqual(poc.markdown, golden('poc.zh-CN.md'));
    assert.strictEqual(poc.uri, uri('bank-log.poc.yaml'));
    assert.strictEqual(poc.fileName, '2027-01-27-bank-log-poc-POC报告.md');
    const acc = await report({ uri: `${folder}/`, kind: 'acceptance', locale: 'en' });
    assert.strictEqual(acc.markdown, golden('acceptance.en.md'));
  });

  it('sees unsaved edits of an open plan', async () => {
    const text = fs.readFileSync(path.join(EXAMPLES, 'bank-log.poc.yaml'), 'utf8').replace('decision: won', 'decision: lost');
    await client.open(uri('bank-log.poc.yaml'), text);
    const r = await report({ uri: uri('bank-log.poc.yaml'), kind: 'poc' });
    assert.match(r.markdown!, /评审结论：\*\*未通过\*\*/);
    assert.match(r.markdown!, /客户评审未通过：建议内部复盘失败原因/);
  });

  it('answers with an error, never a failure, for a bad week, a file that is not a plan, or an unknown kind', async () => {
    assert.match((await report({ uri: uri('bank-log.project.yaml'), kind: 'weekly', week: '2027-W99' })).error!, /ISO week/);
    assert.match((await report({ uri: uri('bank.requirements.yaml'), kind: 'poc' })).error!, /not a POC or project plan/);
    assert.match((await report({ uri: uri('bank-log.project.yaml'), kind: 'monthly' })).error!, /unknown report kind/);
    assert.match((await report({ uri: pathToFileURL(path.join(EXAMPLES, '.vscode')).href, kind: 'poc' })).error!, /no plan found/);
  });
});

describe('pocStudio/baseline over JSON-RPC', function () {
  this.timeout(30000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ folder: EXAMPLES, locale: 'zh-CN', settings: { today: '2027-01-27' } });
    await client.waitFor(uri('bank-log.project.yaml'), () => true);
  });

  after(async () => {
    await client.stop();
  });

  it("returns the plan's baseline as the CLI writes it (today, the workspace language); refuses what is not a plan or a bad name", async () => {
    const r = await client.send(BaselineRequest, { uri: uri('bank-log.project.yaml'), name: 'replan' });
    assert.ok('text' in r, JSON.stringify(r));
    assert.strictEqual(r.fileName, 'bank-log.replan.baseline.yaml');
    assert.match(r.text, /^# 某银行日志分析平台一期实施的基线（由 POC Studio 生成，请勿手工修改）\nkind: baseline\nplan: bank-log-impl\nname: replan\ntaken: 2027-01-27\ntasks:\n {2}- \{ id: P1, start: 2027-01-04, end: 2027-01-04 \}\n/);
    const dated = await client.send(BaselineRequest, { uri: uri('bank-log.project.yaml') });
    assert.ok('fileName' in dated && dated.fileName === 'bank-log.2027-01-27.baseline.yaml');
    const notPlan = await client.send(BaselineRequest, { uri: uri('bank.stakeholders.yaml') });
    assert.ok('error' in notPlan);
    const odd = await client.send(BaselineRequest, { uri: uri('bank-log.project.yaml'), name: '../../etc' });
    assert.ok('error' in odd || ('fileName' in odd && !/[/\\]/.test(odd.fileName)), JSON.stringify(odd));
    assert.deepStrictEqual(fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.baseline.yaml')), ['bank-log.2027-01-04.baseline.yaml'], 'the server never writes a file');
  });
});
