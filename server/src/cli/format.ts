/**
 * Output formats of `poc-studio check`: the JSON contract, a compiler-style text line, SARIF 2.1.0
 * and GitLab's Code Quality report.
 */
import { createHash } from 'crypto';
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

/**
 * Text for a terminal: control characters (ESC sequences that recolour or retitle the terminal,
 * BEL, backspace, CR …) and bidirectional overrides from a plan's text are shown as `\u001b`-style
 * escapes instead of being written raw, and line breaks become spaces.
 */
export function terminalText(s: string): string {
  return (
    s
      .replace(/\r\n|\r|\n/g, ' ')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
  );
}

/** "1 error", "2 errors": an English count with its noun. */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The last line of the text output, in the user's language. */
export function summaryLine(diags: readonly CliDiagnostic[], locale: Locale): string {
  const count = (s: string) => diags.filter((d) => d.severity === s).length;
  const files = new Set(diags.map((d) => d.file)).size;
  if (locale === 'zh-CN') {
    if (diags.length === 0) return '未发现问题。';
    return `${files} 个文件中发现 ${diags.length} 个问题：错误 ${count('error')} 个，警告 ${count('warning')} 个，信息 ${count('info')} 个，提示 ${count('hint')} 个。`;
  }
  if (diags.length === 0) return 'No problems found.';
  return (
    `${plural(diags.length, 'problem', 'problems')} in ${plural(files, 'file', 'files')}: ` +
    `${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ` +
    `${count('info')} info, ${plural(count('hint'), 'hint', 'hints')}.`
  );
}

/** `file:line:col severity rule message`, one per line, then a summary. */
export function formatText(diags: CliDiagnostic[], locale: Locale = 'en'): string {
  const lines = diags.map((d) => `${terminalText(d.file)}:${d.line}:${d.column} ${d.severity} ${d.rule} ${terminalText(d.message)}`);
  lines.push(summaryLine(diags, locale));
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

/** GitLab Code Quality severities (info | minor | major | critical | blocker) of ours. */
export const CODEQUALITY_SEVERITY: Record<string, 'info' | 'minor' | 'major'> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * A message as its fingerprint reads it: every number standing alone — the line numbers it quotes
 * ("also defined at a.poc.yaml:12", "on line 7", "第 7 行"), day counts that grow each day ("9 days
 * ago"), percentages — becomes "#", so that the fingerprint survives lines moving elsewhere in the
 * file and the next day's run. Ids (T1, 2027-W04) and dates (2027-01-26) stay.
 */
export function fingerprintText(message: string): string {
  return message.replace(/(?<![A-Za-z0-9_\-/.])\d+(?:\.\d+)?(?![A-Za-z0-9_\-/]|\.\d)/g, '#');
}

/**
 * GitLab Code Quality (a JSON array of { description, check_name, fingerprint, severity,
 * location: { path, lines: { begin, end } } }). The fingerprint is the SHA-256 of the rule, the
 * path, the message without its numbers (fingerprintText) and, for the same finding more than once
 * in a file, its occurrence: unique in the report, and the same when unrelated lines move (GitLab compares
 * fingerprints of the merge request's report with the target branch's to show new and fixed issues).
 */
export function formatCodeQuality(diags: CliDiagnostic[]): string {
  const seen = new Map<string, number>();
  const issues = diags.map((d) => {
    const key = `${d.rule}\u0000${d.file}\u0000${fingerprintText(d.message)}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      description: d.message,
      check_name: d.rule,
      fingerprint: createHash('sha256').update(`${key}\u0000${n}`).digest('hex'),
      severity: CODEQUALITY_SEVERITY[d.severity],
      location: { path: d.file, lines: { begin: d.line, end: d.endLine } },
    };
  });
  return JSON.stringify(issues, null, 2) + '\n';
}
