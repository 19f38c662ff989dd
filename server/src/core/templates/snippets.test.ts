/**
 * The VS Code snippets of snippets/poc-yaml.json: every body, with its placeholders replaced by
 * their defaults (choices by their first value, variables by fixed values), parses as YAML and,
 * wrapped into a minimal file of its kind, gives no `yaml-syntax`, `schema` or `kind-mismatch`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { check } from '../testing';

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

function repoRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 8; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'snippets'))) return dir;
    dir = path.dirname(dir);
  }
  throw new Error('repository root not found');
}

const SNIPPETS_FILE = path.join(repoRoot(), 'snippets', 'poc-yaml.json');

const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '12', CURRENT_DATE: '01' };

/**
 * Expands a VS Code snippet body the way accepting every default would: `${1:x}` → x,
 * `${1|a,b|}` → a, `$1`/`${1}` → the default of placeholder 1 elsewhere (else ''), `$0` → '',
 * `$VAR`/`${VAR:x}` → the variable's value (else x), `\$ \} \\` → the character.
 */
export function expandSnippet(body: string): string {
  const defaults = new Map<string, string>();
  let pos = 0;
  const parseUntil = (stop: string | undefined): string => {
    let out = '';
    while (pos < body.length) {
      const ch = body[pos];
      if (stop !== undefined && ch === stop) return out;
      if (ch === '\\' && pos + 1 < body.length && '$}\\,|'.includes(body[pos + 1])) {
        out += body[pos + 1];
        pos += 2;
        continue;
      }
      if (ch === '$') {
        const simple = /^\$(\d+|[A-Za-z_][A-Za-z0-9_]*)/.exec(body.slice(pos));
        if (simple) {
          pos += simple[0].length;
          out += resolve(simple[1], undefined);
          continue;
        }
        const m = /^\$\{(\d+|[A-Za-z_][A-Za-z0-9_]*)([:|}])/.exec(body.slice(pos));
        if (m) {
          pos += m[0].length;
          const name = m[1];
          if (m[2] === '}') {
            out += resolve(name, undefined);
          } else if (m[2] === ':') {
            const inner = parseUntil('}');
            pos++; // the closing }
            if (/^\d+$/.test(name) && !defaults.has(name)) defaults.set(name, inner);
            out += resolve(name, inner);
          } else {
            const end = body.indexOf('|}', pos);
            const first = body.slice(pos, end).split(',')[0];
            pos = end + 2;
            if (!defaults.has(name)) defaults.set(name, first);
            out += first;
          }
          continue;
        }
      }
      out += ch;
      pos++;
    }
    return out;
  };
  const resolve = (name: string, fallback: string | undefined): string => {
    if (/^\d+$/.test(name)) return fallback ?? defaults.get(name) ?? '';
    return VARIABLES[name] ?? fallback ?? '';
  };
  // Two passes so that a mirror ($6) before its placeholder (${6:x}) also gets the default.
  parseUntil(undefined);
  pos = 0;
  return parseUntil(undefined);
}

const indent = (text: string, by: string) =>
  text
    .split('\n')
    .map((l) => (l.trim() ? by + l : l))
    .join('\n');

const POC_HEAD = 'kind: poc\nid: p\ntitle: P\n';
const PROJECT_HEAD = 'kind: project\nid: pr\ntitle: PR\n';

/** How each snippet is wrapped into a minimal file of its kind: [file name, text around the body]. */
const WRAP: Record<string, (body: string) => [string, string]> = {
  'POC skeleton': (b) => ['a.poc.yaml', b],
  'Project skeleton': (b) => ['a.project.yaml', b],
  Task: (b) => ['a.poc.yaml', `${POC_HEAD}tasks:\n${indent(b, '  ')}`],
  Milestone: (b) => ['a.poc.yaml', `${POC_HEAD}tasks:\n${indent(b, '  ')}`],
  'Team member': (b) => ['a.poc.yaml', `${POC_HEAD}team:\n${indent(b, '  ')}`],
  Risk: (b) => ['a.project.yaml', `${PROJECT_HEAD}risks:\n${indent(b, '  ')}`],
  'Success criterion': (b) => ['a.poc.yaml', `${POC_HEAD}successCriteria:\n${indent(b, '  ')}`],
  Stakeholder: (b) => ['a.stakeholders.yaml', `kind: stakeholders\nstakeholders:\n${indent(b, '  ')}`],
  'Requirement with metric': (b) => ['a.requirements.yaml', `kind: requirements\nrequirements:\n${indent(b, '  ')}`],
  'Checklist item': (b) => ['a.checklist.yaml', `kind: checklist\nid: c\ntitle: C\nitems:\n${indent(b, '  ')}`],
  'Checklist group': (b) => ['a.checklist.yaml', `kind: checklist\nid: c\ntitle: C\nitems:\n${indent(b, '  ')}`],
  'Change request': (b) => ['a.project.yaml', `${PROJECT_HEAD}changes:\n${indent(b, '  ')}`],
  Delay: (b) => ['a.project.yaml', `${PROJECT_HEAD}delays:\n${indent(b, '  ')}`],
  'Weekly report': (b) => ['a.project.yaml', `${PROJECT_HEAD}weeklyReports:\n${indent(b, '  ')}`],
  Halt: (b) => ['a.project.yaml', `${PROJECT_HEAD}halts:\n${indent(b, '  ')}`],
};

describe('snippets/poc-yaml.json', () => {
  const raw = fs.readFileSync(SNIPPETS_FILE, 'utf8');
  const snippets = JSON.parse(raw) as Record<string, Snippet>;

  it('is valid JSON with the snippets of the brief, each with an English key, a prefix and a bilingual description', () => {
    assert.deepStrictEqual(Object.keys(snippets), Object.keys(WRAP));
    for (const [key, s] of Object.entries(snippets)) {
      assert.match(key, /^[A-Za-z][A-Za-z ]+$/, key);
      const prefixes = Array.isArray(s.prefix) ? s.prefix : [s.prefix];
      assert.ok(prefixes.length > 0 && prefixes.every((p) => /^[a-z][a-z-]*$/.test(p)), key);
      assert.match(s.description, /[\u4e00-\u9fff].* \/ [A-Z][\x20-\x7e\u00a7\u2192]+$/, key);
      const lines = Array.isArray(s.body) ? s.body : [s.body];
      assert.ok(lines.every((l) => !l.includes('\t')), `${key}: no tabs in YAML`);
    }
  });

  it('expands placeholders, choices, mirrors and variables to their defaults', () => {
    assert.strictEqual(
      expandSnippet('id: ${1:T1}\nowner: ${2|zhang,li|}\nx: $1 ${1} ${3}\nstart: ${4:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}\ncost: \\$5$0'),
      'id: T1\nowner: zhang\nx: T1 T1 \nstart: 2026-12-01\ncost: $5',
    );
    assert.strictEqual(expandSnippet('a: $2\nb: ${2:x}'), 'a: x\nb: x');
  });

  for (const key of Object.keys(WRAP)) {
    it(`${key}: parses as YAML and gives no schema error in a minimal file of its kind`, () => {
      const s = snippets[key];
      assert.ok(s, `snippet ${key} exists`);
      const body = expandSnippet((Array.isArray(s.body) ? s.body : [s.body]).join('\n'));
      assert.doesNotMatch(body, /\$\{|\$\d/, 'every placeholder expanded');
      assert.doesNotThrow(() => parse(body, { prettyErrors: true }));
      assert.notStrictEqual(parse(body), null);
      const [name, text] = WRAP[key](body);
      const hits = check({ [name]: text.endsWith('\n') ? text : text + '\n' }).filter((h) => ['yaml-syntax', 'schema', 'kind-mismatch'].includes(h.rule));
      assert.deepStrictEqual(
        hits.map((h) => `${h.line}:${h.rule}:${h.text}:${h.message}`),
        [],
        text,
      );
    });
  }

  it('the POC skeleton is a complete plan: no error at all, tasks of every POC phase', () => {
    const s = snippets['POC skeleton'];
    const body = expandSnippet((s.body as string[]).join('\n'));
    const requirements = 'kind: requirements\nrequirements:\n  - { id: R1, title: 检索性能, type: non-functional, priority: must, acceptance: 检索 P95 < 3 秒 }\n';
    const stakeholders = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker], influence: high, interest: high }\n';
    const hits = check({ 'a.poc.yaml': body + '\n', 'a.requirements.yaml': requirements, 'a.stakeholders.yaml': stakeholders }, undefined, { today: '2026-11-01' });
    assert.deepStrictEqual(hits.filter((h) => h.severity === 'error').map((h) => `${h.line}:${h.rule}:${h.text}`), []);
    const doc = parse(body) as { tasks: { phase: string }[] };
    assert.deepStrictEqual(
      doc.tasks.map((t) => t.phase),
      ['intelligence', 'scenario', 'environment', 'schedule', 'integration', 'deployment', 'rehearsal', 'demo', 'review'],
    );
  });

  it('the project skeleton has no error at all', () => {
    const body = expandSnippet((snippets['Project skeleton'].body as string[]).join('\n'));
    const hits = check({ 'a.project.yaml': body + '\n' }, undefined, { today: '2026-11-01' });
    assert.deepStrictEqual(hits.filter((h) => h.severity === 'error').map((h) => `${h.line}:${h.rule}:${h.text}`), []);
  });
});
