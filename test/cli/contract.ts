/** The JSON contract of `poc-studio check --format json` (DOMAIN.md, CLI contract). */
import * as assert from 'assert';
import * as path from 'path';
import { RULE_IDS } from '../../server/src/core/rules';

export interface Row {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  rule: string;
  message: string;
}

/** Asserts the exact shape of the JSON contract and returns the rows. */
export function assertContract(stdout: string): Row[] {
  const rows = JSON.parse(stdout) as Row[];
  assert.ok(Array.isArray(rows), 'one JSON array');
  const severities = new Set(['error', 'warning', 'info', 'hint']);
  for (const r of rows) {
    assert.deepStrictEqual(Object.keys(r).sort(), ['column', 'endColumn', 'endLine', 'file', 'line', 'message', 'rule', 'severity']);
    assert.ok(typeof r.file === 'string' && !path.isAbsolute(r.file) && !r.file.includes('\\'), `relative path: ${r.file}`);
    for (const k of ['line', 'column', 'endLine', 'endColumn'] as const) assert.ok(Number.isInteger(r[k]) && r[k] >= 1, `${k} is 1-based: ${r[k]}`);
    assert.ok(r.endLine > r.line || (r.endLine === r.line && r.endColumn >= r.column), 'end after start');
    assert.ok(severities.has(r.severity), r.severity);
    assert.ok(RULE_IDS.includes(r.rule), `known rule id ${r.rule}`);
    assert.ok(typeof r.message === 'string' && r.message.length > 0);
  }
  return rows;
}
