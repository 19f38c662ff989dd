/**
 * The panels' custom requests on the real server over JSON-RPC: the Gantt data of a plan follows
 * unsaved edits at once, the portfolio spans the folder, exports come back as text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, startOnExamples, stopOnExamples } from './lsp-client';
import { GanttExportRequest, GanttPngRequest, GanttRequest, type GanttResponse } from '../../server/src/protocol';

type Gantt = GanttResponse;

describe('view requests over JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  beforeEach(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-views-', 'bank-log.project.yaml'));
  });
  afterEach(() => stopOnExamples({ dir, client }));

  const bars = (g: Gantt) => g.chart.sections.flatMap((s) => s.bars);

  it('pocStudio/gantt follows an unsaved edit to a duration: dates of the task and its successors move', async () => {
    const f = 'bank-log.project.yaml';
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    await client.open(uri(f), text);
    const before = await client.ok(GanttRequest, { uri: uri(f), scope: 'file' });
    const p5 = bars(before).find((b) => b.taskId === 'P5')!;
    const p7 = bars(before).find((b) => b.taskId === 'P7')!;
    assert.strictEqual(text.split('\n')[p5.range.start.line].includes('id: P5'), true, 'the range points at the task');
    const edited = text.replace('name: 报表开发, phase: implementation, owner: zhao, dependsOn: [P3], duration: 2w', 'name: 报表开发, phase: implementation, owner: zhao, dependsOn: [P3], duration: 3w');
    assert.notStrictEqual(edited, text);
    await client.change(uri(f), edited);
    const after = await client.ok(GanttRequest, { uri: uri(f), scope: 'file' });
    const p5b = bars(after).find((b) => b.taskId === 'P5')!;
    const p7b = bars(after).find((b) => b.taskId === 'P7')!;
    assert.strictEqual(p5b.start, p5.start);
    assert.ok(p5b.end! > p5.end!, `${p5.end} → ${p5b.end}`);
    assert.ok(p7b.start! > p7.start!, 'the successor moved too');
    assert.notStrictEqual(JSON.stringify(after.layout.bars), JSON.stringify(before.layout.bars), 'the layout follows');
  });

  it('pocStudio/gantt gives the portfolio of the folder and filters; pocStudio/ganttExport returns Mermaid, Markdown and HTML', async () => {
    const pf = await client.ok(GanttRequest, { uri: uri('bank-log.poc.yaml'), scope: 'portfolio' });
    assert.strictEqual(pf.chart.sections.length, 2);
    assert.ok(pf.chart.owners.some((o) => o.id === 'zhao'));
    const zhao = await client.ok(GanttRequest, { uri: uri('bank-log.poc.yaml'), scope: 'portfolio', owner: 'zhao' });
    assert.ok(bars(zhao).length > 0 && bars(zhao).length < bars(pf).length);
    const crit = await client.ok(GanttRequest, { uri: uri('bank-log.project.yaml'), scope: 'file', criticalOnly: true });
    assert.ok(bars(crit).every((b) => b.critical));
    for (const [format, re] of [
      ['mermaid', /^gantt\n/],
      ['markdown', /^```mermaid\n/],
      ['html', /^<!DOCTYPE html>/],
    ] as const) {
      const r = await client.ok(GanttExportRequest, { uri: uri('bank-log.project.yaml'), scope: 'file', format });
      assert.match(r.text, re, format);
      assert.match(r.name, /^bank-log\.gantt\./);
    }
  });

  it('draws the chart as a PNG (every row, twice the SVG size), named after the plan', async () => {
    const r = await client.ok(GanttPngRequest, { uri: uri('bank-log.project.yaml'), scope: 'file' });
    const png = Buffer.from(r.data, 'base64');
    assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.strictEqual(png.readUInt32BE(16), r.width);
    assert.strictEqual(png.readUInt32BE(20), r.height);
    const svg = await client.ok(GanttExportRequest, { uri: uri('bank-log.project.yaml'), scope: 'file', format: 'svg' });
    const [, w] = /<svg\b[^>]*\bwidth="(\d+)/.exec(svg.text)!;
    assert.strictEqual(r.width, 2 * Number(w));
    assert.strictEqual(r.name, 'bank-log.gantt.png');
    const pf = await client.ok(GanttPngRequest, { uri: uri('bank-log.project.yaml'), scope: 'portfolio' });
    assert.strictEqual(pf.name, 'portfolio.gantt.png');
  });

  it('answers for a file that is not a plan with a message, never an error', async () => {
    const r = await client.ok(GanttRequest, { uri: uri('bank.stakeholders.yaml'), scope: 'file' });
    assert.match(r.chart.empty ?? '', /不是 POC/);
  });
});
