/** Output formats of `poc-studio check`: the JSON contract, a compiler-style text line, and SARIF 2.1.0. */
import type { CliDiagnostic } from './check';
import { RULES } from '../core/rules';
import { VERSION } from '../core/version';
import type { Locale } from '../core/types';

/** DOMAIN.md contract: one JSON array of { file, line, column, endLine, endColumn, severity, rule, message }. */
export function formatJson(diags: CliDiagnostic[]): string {
  return (
    JSON.stringify(
      diags.map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        severity: d.severity,
        rule: d.rule,
        message: d.message,
      })),
      null,
      2,
    ) + '\n'
  );
}

/** `file:line:col severity rule message`, one per line, then a summary. */
export function formatText(diags: CliDiagnostic[]): string {
  const lines = diags.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule} ${d.message.replace(/\r?\n/g, ' ')}`);
  const count = (s: string) => diags.filter((d) => d.severity === s).length;
  const files = new Set(diags.map((d) => d.file)).size;
  lines.push(
    diags.length === 0
      ? 'No problems found.'
      : `${diags.length} problem(s) in ${files} file(s): ${count('error')} error(s), ${count('warning')} warning(s), ${count('info')} info, ${count('hint')} hint(s).`,
  );
  return lines.join('\n') + '\n';
}

const SARIF_LEVEL: Record<string, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning tools; columns are UTF-16 code units, as in the JSON output. */
export function formatSarif(diags: CliDiagnostic[], locale: Locale): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'POC Studio',
            version: VERSION,
            informationUri: 'https://github.com/poc-studio/poc-studio',
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.description[locale] },
              fullDescription: { text: `${r.description.en} / ${r.description['zh-CN']}` },
              defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diags.map((d) => ({
          ruleId: d.rule,
          ...(ruleIndex.has(d.rule) ? { ruleIndex: ruleIndex.get(d.rule) } : {}),
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(d.file) },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
