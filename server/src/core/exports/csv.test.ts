/** CSV: byte-order mark, RFC 4180 quoting, CRLF, the formula guard, the task table. */
import * as assert from 'assert';
import { workspaceOf } from '../testing';
import { csvField, csvText, guardFormula, tasksCsv, BOM } from './csv';
import { exportData, planUris } from './rows';
import { BASELINE, PLAN } from './exports-testing';

describe('exports: CSV', () => {
  it('starts with a byte-order mark and ends every record with CRLF', () => {
    const text = csvText([
      ['a', 1],
      ['b', null],
    ]);
    assert.strictEqual(text, `${BOM}a,1\r\nb,\r\n`);
    assert.strictEqual(Buffer.from(text, 'utf8').subarray(0, 3).toString('hex'), 'efbbbf');
  });

  it('quotes fields with commas, quotes and line breaks (RFC 4180), doubling the quotes', () => {
    assert.strictEqual(csvField('a,b'), '"a,b"');
    assert.strictEqual(csvField('say "hi"'), '"say ""hi"""');
    assert.strictEqual(csvField('line one\nline two\r\nthree'), '"line one\nline two\r\nthree"');
    assert.strictEqual(csvField('plain 中文「引号」'), 'plain 中文「引号」');
    assert.strictEqual(csvField(''), '');
    assert.strictEqual(csvField(null), '');
  });

  it('puts an apostrophe before a text that a spreadsheet would run as a formula', () => {
    for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil.example","x")', "=cmd|' /C calc'!A0"]) {
      assert.strictEqual(guardFormula(s), `'${s}`, JSON.stringify(s));
    }
    for (const s of ['1=1', 'a-b', ' =1', "'quoted", '']) assert.strictEqual(guardFormula(s), s, JSON.stringify(s));
    // Guarded and quoted: the apostrophe goes inside the quotes.
    assert.strictEqual(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    // Numbers and dates are not text: a negative slip stays a number.
    assert.strictEqual(csvField(-2), '-2');
    assert.strictEqual(csvField({ date: 0 }), '1970-01-01');
  });

  it('writes the task table of a plan with its header', () => {
    const ws = workspaceOf({ 'demo.project.yaml': PLAN, 'demo.kickoff.baseline.yaml': BASELINE }, { today: '2027-03-02', locale: 'zh-CN' });
    const lines = tasksCsv(exportData(ws, planUris(ws))).slice(1).split('\r\n');
    assert.strictEqual(lines[0], '计划,编号,任务名称,阶段,负责人,开始日期,结束日期,工期（工作日）,状态,进度（%）,原计划完成,比原计划晚（工作日）');
    assert.strictEqual(lines[1], 'demo,A,部署,项目实施,赵六,2027-03-01,2027-03-03,3,已完成,100,2027-03-03,0');
    assert.strictEqual(lines[5], 'demo,X,环一,,nobody,,,1,已取消,0,,');
    assert.strictEqual(lines.length, 8, 'header, six tasks, and the empty string after the last CRLF');
    assert.strictEqual(lines[7], '');
  });
});
