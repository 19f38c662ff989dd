import * as assert from 'assert';
import { fingerprintText, formatCodeQuality, summaryLine } from './format';
import type { CliDiagnostic } from './check';

const diag = (file: string, severity: CliDiagnostic['severity']): CliDiagnostic =>
  ({ file, line: 1, column: 1, endLine: 1, endColumn: 2, severity, rule: 'schema', message: 'm' }) as CliDiagnostic;

describe('CLI summary line', () => {
  it('counts in English with singular and plural, never "(s)"', () => {
    assert.strictEqual(summaryLine([diag('a', 'error')], 'en'), '1 problem in 1 file: 1 error, 0 warnings, 0 info, 0 hints.');
    const many = [diag('a', 'error'), diag('b', 'warning'), diag('b', 'warning'), diag('c', 'info'), diag('c', 'hint')];
    assert.strictEqual(summaryLine(many, 'en'), '5 problems in 3 files: 1 error, 2 warnings, 1 info, 1 hint.');
    assert.strictEqual(summaryLine([], 'en'), 'No problems found.');
  });

  it('is all Chinese in zh-CN', () => {
    const many = [diag('a', 'error'), diag('b', 'warning'), diag('b', 'warning'), diag('c', 'info')];
    assert.strictEqual(summaryLine(many, 'zh-CN'), '3 个文件中发现 4 个问题：错误 1 个，警告 2 个，信息 1 个，提示 0 个。');
    assert.strictEqual(summaryLine([], 'zh-CN'), '未发现问题。');
  });
});

describe('GitLab Code Quality output', () => {
  const at = (line: number, rule: string, message: string, severity: CliDiagnostic['severity'] = 'warning', file = 'a.poc.yaml'): CliDiagnostic => ({
    file,
    line,
    column: 1,
    endLine: line + 1,
    endColumn: 2,
    severity,
    rule,
    message,
  });
  type Issue = { fingerprint: string; severity: string; check_name: string; description: string; location: { path: string; lines: { begin: number; end: number } } };
  const issues = (diags: CliDiagnostic[]) => JSON.parse(formatCodeQuality(diags)) as Issue[];

  it('blanks out the numbers standing alone (lines, day counts), keeps ids and dates', () => {
    assert.strictEqual(fingerprintText("Task id 'T1' is already used on line 13: rename it."), "Task id 'T1' is already used on line #: rename it.");
    assert.strictEqual(fingerprintText('also defined at b.poc.yaml:12, c.poc.yaml:3.'), 'also defined at b.poc.yaml:#, c.poc.yaml:#.');
    assert.strictEqual(fingerprintText('另见 b.poc.yaml 第 7 行。'), '另见 b.poc.yaml 第 # 行。');
    assert.strictEqual(fingerprintText('Task P4 was due on 2027-01-26 (9 days ago), week 2027-W04'), 'Task P4 was due on 2027-01-26 (# days ago), week 2027-W04');
  });

  it('maps severities, keeps the message and the lines, and counts repeated findings apart', () => {
    const out = issues([at(3, 'duplicate-id', 'x on line 1', 'error'), at(9, 'duplicate-id', 'x on line 1', 'error'), at(4, 'overdue', 'late'), at(5, 'schema', 'i', 'info'), at(6, 'schema', 'h', 'hint')]);
    assert.deepStrictEqual(out.map((i) => i.severity), ['major', 'major', 'minor', 'info', 'info']);
    assert.deepStrictEqual(out[2].location, { path: 'a.poc.yaml', lines: { begin: 4, end: 5 } });
    assert.deepStrictEqual([out[2].check_name, out[2].description], ['overdue', 'late']);
    assert.strictEqual(new Set(out.map((i) => i.fingerprint)).size, 5);
    for (const i of out) assert.match(i.fingerprint, /^[0-9a-f]{64}$/);
  });

  it('keeps every fingerprint when lines move, and tells the same message in two files apart', () => {
    const before = issues([at(3, 'duplicate-id', 'x on line 1'), at(9, 'duplicate-id', 'x on line 1'), at(4, 'overdue', 'late (2 days ago)')]);
    const after = issues([at(13, 'duplicate-id', 'x on line 11'), at(19, 'duplicate-id', 'x on line 11'), at(14, 'overdue', 'late (3 days ago)')]);
    assert.deepStrictEqual(after.map((i) => i.fingerprint), before.map((i) => i.fingerprint));
    const two = issues([at(1, 'overdue', 'late'), at(1, 'overdue', 'late', 'warning', 'b.poc.yaml')]);
    assert.notStrictEqual(two[0].fingerprint, two[1].fingerprint);
  });
});
