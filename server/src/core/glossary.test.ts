/**
 * The glossary (glossary.ts) holds: every Chinese text a user reads uses one word per concept, shows
 * no tool internals and no enum values, and English text has no "(s)" plurals.
 * - Statically: every line with Chinese of the message tables (rules), report templates, views,
 *   checklist templates, Gantt, outline, labels and CLI output, and every Chinese settings/UI string (package.nls,
 *   l10n), for forbidden variants, internals and half-width punctuation.
 * - Dynamically: every message the rules produce, in both languages, on the examples and the test
 *   fixtures (each folder one workspace, checked on several days).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { GLOSSARY, HALF_WIDTH_IN_ZH, INTERNALS } from './glossary';
import { LABELS } from './labels';
import { Workspace } from './workspace';
import { parseDate } from './dates';

const REPO = path.resolve(__dirname, '../../../..');
const CJK = /[\u4e00-\u9fff]/;

/** Source files whose Chinese strings users read. */
function sources(): string[] {
  const dir = (d: string) =>
    fs
      .readdirSync(path.join(REPO, d))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => path.join(d, f));
  return [
    ...dir('server/src/core/rules'),
    ...dir('server/src/core/reports'),
    ...dir('server/src/core/views'),
    ...dir('server/src/core/gantt'),
    'server/src/core/templates/checklists-poc.ts',
    'server/src/core/templates/checklists-delivery.ts',
    'server/src/core/features/outline.ts',
    'server/src/core/exports/columns.ts',
    'server/src/core/exports/ics.ts',
    'server/src/core/labels.ts',
    'server/src/cli/format.ts',
  ];
}

/**
 * Known exceptions, each with its reason. Keyed by file (repo-relative), a substring of the line.
 */
const EXCEPTIONS: { file: string; text: string; reason: string }[] = [
  // Mermaid and Markdown syntax inside templates is code, not a sentence.
];

function isComment(line: string): boolean {
  const t = line.trim();
  return t.startsWith('//') || t.startsWith('*') || t.startsWith('/*');
}

interface Problem {
  where: string;
  text: string;
  why: string;
}

function checkZh(text: string, where: string, out: Problem[]): void {
  for (const t of GLOSSARY) for (const f of t.forbidden) if (text.includes(f)) out.push({ where, text, why: `"${f}": write "${t.zh}" (${t.en})${t.note ? `, ${t.note}` : ''}` });
  for (const i of INTERNALS) if (i.pattern.test(text)) out.push({ where, text, why: i.what });
  if (HALF_WIDTH_IN_ZH.test(text)) out.push({ where, text, why: 'half-width , or ; in Chinese: use ，、；' });
}

function report(problems: Problem[]): string {
  return problems.map((p) => `${p.where}: ${p.why}\n    ${p.text.trim().slice(0, 200)}`).join('\n');
}

/** Enum values that read as English words (three letters or more) and are no ordinary token. */
const ENUM_WORDS = [...new Set(Object.values(LABELS).flatMap((g) => Object.keys(g)))].filter((v) => /^[a-z][a-z-]{2,}$/.test(v));

describe('glossary', () => {
  it('Chinese strings of message tables, reports, views and the CLI use the glossary and show no internals', () => {
    const problems: Problem[] = [];
    for (const rel of sources()) {
      const lines = fs.readFileSync(path.join(REPO, rel), 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (!CJK.test(line) || isComment(line)) return;
        if (EXCEPTIONS.some((e) => e.file === rel && line.includes(e.text))) return;
        // Only the Chinese side of the line: from its first Chinese character on.
        const zh = line.slice(line.search(CJK) - 1);
        checkZh(zh, `${rel}:${i + 1}`, problems);
      });
    }
    assert.strictEqual(problems.length, 0, `\n${report(problems)}`);
  });

  it('Chinese settings, command titles and UI strings use the glossary and show no internals', () => {
    const problems: Problem[] = [];
    for (const rel of ['package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json']) {
      const strings = JSON.parse(fs.readFileSync(path.join(REPO, rel), 'utf8')) as Record<string, string>;
      for (const [key, value] of Object.entries(strings)) checkZh(value, `${rel} ${key}`, problems);
    }
    assert.strictEqual(problems.length, 0, `\n${report(problems)}`);
  });

  it('messages the rules produce on the examples and fixtures: glossary words, no enum values in Chinese, no "(s)"', () => {
    const folders = ['examples', 'test/fixtures/protocol', 'test/fixtures/editing', 'test/fixtures/reports'].filter((d) => fs.existsSync(path.join(REPO, d)));
    const problems: Problem[] = [];
    let messages = 0;
    const walk = (d: string): string[] =>
      fs.readdirSync(path.join(REPO, d), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : /\.ya?ml$/.test(e.name) ? [path.join(d, e.name)] : []));
    for (const folder of folders) {
      const files = walk(folder);
      for (const today of ['2026-12-10', '2027-02-15', '2027-10-08']) {
        const ws = new Workspace({ today: parseDate(today) });
        for (const f of files) ws.set('file:///' + f.split(path.sep).join('/'), fs.readFileSync(path.join(REPO, f), 'utf8'));
        for (const f of files) {
          for (const finding of ws.findings('file:///' + f.split(path.sep).join('/'))) {
            messages++;
            const zh = finding.message['zh-CN'];
            const where = `${f} ${finding.rule} (${today})`;
            checkZh(zh, where, problems);
            for (const v of ENUM_WORDS) {
              if (new RegExp(`(^|[^A-Za-z0-9_.-])${v}($|[^A-Za-z0-9_-])`).test(zh) && CJK.test(zh)) problems.push({ where, text: zh, why: `enum value "${v}" in Chinese: use its label` });
            }
            if (/\(s\)/.test(finding.message.en)) problems.push({ where, text: finding.message.en, why: 'English "(s)" plural' });
          }
        }
      }
    }
    assert.ok(messages > 50, `only ${messages} messages checked`);
    assert.strictEqual(problems.length, 0, `\n${report(problems)}`);
  });
});
