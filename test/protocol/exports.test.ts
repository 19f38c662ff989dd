/**
 * `pocStudio/export` through the real server process over JSON-RPC: the workbook, CSV and calendar
 * of a plan or of a folder (and one plan's Microsoft Project XML) as base64 bytes with a suggested file name, the folder to write into and
 * the people of the plans (for the calendar's "one person" choice); unsaved edits seen; clear
 * errors for what cannot be exported.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import * as ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { startOnExamples, stopOnExamples, type TestClient } from './lsp-client';
import { ExportRequest, type ExportResult, type RequestError } from '../../server/src/protocol';
import { taskHeader } from '../../server/src/core/exports';
import { readMspdi } from '../../server/src/import/mspdi';

/** The answer with every field optional (the tests also send parameters the protocol does not allow). */
type Result = Partial<Exclude<ExportResult, RequestError>> & { error?: string };

describe('pocStudio/export over JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const send = (params: Record<string, unknown>) => client.request<Result>(ExportRequest.method, params);
  const bytes = (r: Result) => Buffer.from(r.data!, 'base64');

  before(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-exports-', 'bank-log.project.yaml'));
  });
  after(() => stopOnExamples({ dir, client }));

  it('xlsx of a plan: a workbook with the Tasks and Hours sheets, named after the plan, to go next to it', async () => {
    const r = await send({ uri: uri('bank-log.project.yaml'), format: 'xlsx' });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.fileName, 'bank-log-impl-任务.xlsx');
    assert.strictEqual(r.folderUri, pathToFileURL(dir).href);
    assert.strictEqual(r.locale, 'zh-CN');
    assert.strictEqual(r.tasks, 10);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes(r) as unknown as ArrayBuffer);
    assert.deepStrictEqual(wb.worksheets.map((w) => w.name), ['任务', '工时']);
    assert.deepStrictEqual((wb.getWorksheet('任务')!.getRow(1).values as unknown[]).slice(1), taskHeader('zh-CN'));
    assert.ok(wb.getWorksheet('任务')!.getCell('F2').value instanceof Date);
    assert.strictEqual(wb.created.toISOString(), '2027-01-27T00:00:00.000Z');
    const en = await send({ uri: uri('bank-log.project.yaml'), format: 'xlsx', locale: 'en' });
    assert.strictEqual(en.fileName, 'bank-log-impl-tasks.xlsx');
  });

  it('csv of the folder: every plan, with a byte-order mark, named after the folder', async () => {
    const r = await send({ uri: pathToFileURL(dir).href, format: 'csv' });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.fileName, `${path.basename(dir)}-任务.csv`);
    assert.strictEqual(r.folderUri, pathToFileURL(dir).href);
    const text = bytes(r).toString('utf8');
    assert.strictEqual(text[0], '\ufeff');
    assert.strictEqual(text.split('\r\n').length, 1 + 19 + 1);
  });

  it('ics: the people to choose from, and one person\'s calendar', async () => {
    const all = await send({ uri: uri('bank-log.project.yaml'), format: 'ics' });
    assert.deepStrictEqual(
      all.people!.map((p) => [p.id, p.name, p.tasks]),
      [
        ['sun', '孙七', 4],
        ['zhao', '赵六', 4],
        ['wang', '王五', 1],
        ['zhang', '张三', 0],
        ['sunn', 'sunn', 1],
      ],
    );
    assert.strictEqual(all.fileName, 'bank-log-impl-日程.ics');
    const zhao = await send({ uri: uri('bank-log.project.yaml'), format: 'ics', person: 'zhao' });
    assert.strictEqual(zhao.fileName, 'bank-log-impl-zhao-日程.ics');
    assert.strictEqual(zhao.tasks, 4);
    assert.strictEqual(zhao.skipped, 0);
    const cal = new ICAL.Component(ICAL.parse(bytes(zhao).toString('utf8')));
    assert.deepStrictEqual(
      cal.getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')),
      ['P2', 'P3', 'P5', 'P6'].map((t) => `bank-log-impl-${t}@poc-studio`),
    );
  });

  it('sees unsaved edits of an open plan', async () => {
    const text = fs.readFileSync(path.join(dir, 'bank-log.project.yaml'), 'utf8').replace('name: 报表开发', 'name: 报表开发（改）');
    await client.open(uri('bank-log.project.yaml'), text);
    const r = await send({ uri: uri('bank-log.project.yaml'), format: 'csv' });
    assert.match(bytes(r).toString('utf8'), /,P5,报表开发（改）,/);
  });

  it('mspdi of a plan: Microsoft Project XML named <plan id>.xml; a folder of several plans and a person are refused', async () => {
    const r = await send({ uri: uri('bank-log.project.yaml'), format: 'mspdi' });
    assert.strictEqual(r.error, undefined);
    assert.strictEqual(r.fileName, 'bank-log-impl.xml');
    assert.strictEqual(r.folderUri, pathToFileURL(dir).href);
    assert.deepStrictEqual([r.tasks, r.skipped], [10, 0]);
    const plan = readMspdi(bytes(r).toString('utf8'), 'bank-log-impl.xml', {});
    assert.deepStrictEqual(plan.notes.filter((n) => n.severity === 'error'), []);
    assert.strictEqual(plan.tasks.length, 10);
    assert.deepStrictEqual(plan.tasks[1].dependsOn, ['T1']);
    assert.match((await send({ uri: pathToFileURL(dir).href, format: 'mspdi' })).error!, /holds one plan; this folder has 2/);
    assert.match((await send({ uri: uri('bank-log.project.yaml'), format: 'mspdi', person: 'zhao' })).error!, /no person filter/);
  });

  it('answers with an error for what is not a plan, an unknown format or person, a folder without plans', async () => {
    assert.match((await send({ uri: uri('bank.requirements.yaml'), format: 'csv' })).error!, /not a POC or project plan/);
    assert.match((await send({ uri: uri('bank-log.project.yaml'), format: 'pdf' })).error!, /unknown export format pdf/);
    assert.match((await send({ uri: uri('bank-log.project.yaml'), format: 'ics', person: 'nobody' })).error!, /nobody is neither a team member nor an owner/);
    assert.match((await send({ uri: pathToFileURL(path.join(dir, '.vscode')).href, format: 'csv' })).error!, /no plan found/);
  });
});
