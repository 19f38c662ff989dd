import * as assert from 'assert';
import { summaryLine } from './format';
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
