/**
 * `poc-studio check --format codequality` as GitLab reads it (the bundled bin): every issue valid
 * against GitLab's Code Quality field requirements (a JSON Schema, validated with ajv), the same
 * findings as `--format json`, fingerprints unique and stable — across runs, and across an
 * unrelated line inserted above the findings — and user text (the injection corpus) kept as plain
 * JSON strings.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import * as YAML from 'yaml';
import { assertContract, type Row } from './contract';
import { PAYLOADS, writeInjectionFolder } from '../webview/injection-corpus';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'protocol');

/**
 * GitLab's Code Quality report: an array of issues with description, check_name, fingerprint,
 * severity (info | minor | major | critical | blocker), location.path and location.lines.begin
 * (https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format).
 */
const SCHEMA = {
  type: 'array',
  items: {
    type: 'object',
    required: ['description', 'check_name', 'fingerprint', 'severity', 'location'],
    properties: {
      description: { type: 'string', minLength: 1 },
      check_name: { type: 'string', minLength: 1 },
      fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' },
      severity: { enum: ['info', 'minor', 'major', 'critical', 'blocker'] },
      categories: { type: 'array', items: { type: 'string' } },
      location: {
        type: 'object',
        required: ['path', 'lines'],
        properties: {
          // Relative to the project root, forward slashes.
          path: { type: 'string', minLength: 1, pattern: '^(?![/\\\\])(?![A-Za-z]:)[^\\\\]+$' },
          lines: {
            type: 'object',
            required: ['begin'],
            properties: { begin: { type: 'integer', minimum: 1 }, end: { type: 'integer', minimum: 1 } },
          },
        },
      },
    },
  },
} as const;

interface Issue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: string;
  location: { path: string; lines: { begin: number; end?: number } };
}

const validate = new Ajv({ allErrors: true, strict: true }).compile(SCHEMA);

function run(args: string[], cwd: string) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.ok(!r.error, String(r.error));
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The report of `check <args> --format codequality`, validated, with its exit code. */
function report(args: string[], cwd: string): { issues: Issue[]; code: number | null; stdout: string } {
  const r = run(['check', ...args, '--format', 'codequality'], cwd);
  const issues = JSON.parse(r.stdout) as Issue[];
  assert.ok(validate(issues), JSON.stringify(validate.errors, null, 2));
  const fingerprints = issues.map((i) => i.fingerprint);
  assert.strictEqual(new Set(fingerprints).size, fingerprints.length, 'fingerprints are unique in the report');
  return { issues, code: r.code, stdout: r.stdout };
}

const SEVERITY: Record<string, string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/** The Code Quality report says what `--format json` says, finding by finding. */
function assertSameAsJson(issues: Issue[], rows: Row[]): void {
  assert.strictEqual(issues.length, rows.length);
  assert.deepStrictEqual(
    issues.map((i) => [i.location.path, i.location.lines.begin, i.location.lines.end, i.check_name, i.severity, i.description]),
    rows.map((r) => [r.file, r.line, r.endLine, r.rule, SEVERITY[r.severity], r.message]),
  );
}

function tmpCopy(from: string, prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

describe('CLI poc-studio check --format codequality (GitLab)', function () {
  this.timeout(120000);

  it('reports the examples as GitLab Code Quality issues, the same findings and exit code as JSON', () => {
    const json = run(['check', 'examples', '--format', 'json'], REPO);
    const rows = assertContract(json.stdout);
    const { issues, code } = report(['examples'], REPO);
    assert.ok(issues.length >= 10, `${issues.length} issues`);
    assertSameAsJson(issues, rows);
    assert.ok(issues.every((i) => i.location.path.startsWith('examples/')), 'paths relative to the current directory');
    assert.deepStrictEqual([...new Set(issues.map((i) => i.check_name))].sort(), [...new Set(rows.map((r) => r.rule))].sort());
    assert.ok(issues.some((i) => i.severity === 'major') && issues.some((i) => i.severity === 'minor'));
    assert.strictEqual(code, json.code);
    assert.strictEqual(code, 1, 'the examples hold an error');
    // Paths are relative to where the CLI runs, also from inside the folder.
    const inside = report(['.'], path.join(REPO, 'examples')).issues;
    assert.deepStrictEqual(inside.map((i) => `examples/${i.location.path}`), issues.map((i) => i.location.path));
  });

  describe('on a fixture folder', () => {
    let dir: string;
    let poc: string;
    beforeEach(() => {
      dir = tmpCopy(FIXTURE, 'poc-studio-codequality-');
      poc = path.join(dir, 'bank.poc.yaml');
      // Two more tasks reusing T1: the same finding (duplicate-id, "already used on line 13") twice.
      const lines = fs.readFileSync(poc, 'utf8').split('\n');
      const at = lines.findIndex((l) => l.startsWith('demo:'));
      lines.splice(at, 0, '  - { id: T1, name: 重复, duration: 1d }', '  - { id: T1, name: 重复, duration: 1d }');
      fs.writeFileSync(poc, lines.join('\n'));
      fs.writeFileSync(path.join(dir, 'other.poc.yaml'), 'kind: poc\nid: other\ntitle: 另一个 POC\nstart: 2026-12-01\ntasks:\n  - { id: T1, name: 准备, duration: 2d, owner: nobody }\n');
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('validates, matches JSON, and gives a repeated finding two fingerprints', () => {
      const args = ['.', '--today', '2026-12-10'];
      const json = run(['check', ...args, '--format', 'json'], dir);
      const { issues, code } = report(args, dir);
      assertSameAsJson(issues, assertContract(json.stdout));
      assert.strictEqual(code, json.code);
      const dup = issues.filter((i) => i.check_name === 'duplicate-id');
      assert.strictEqual(dup.length, 2);
      assert.strictEqual(dup[0].description, dup[1].description, 'the same message twice');
      assert.notStrictEqual(dup[0].fingerprint, dup[1].fingerprint);
    });

    it('gives the same fingerprints on every run and when unrelated lines move', () => {
      const args = ['.', '--today', '2026-12-10'];
      const first = report(args, dir);
      const second = report(args, dir);
      assert.strictEqual(second.stdout, first.stdout, 'two runs print the same report');

      fs.writeFileSync(poc, '\n' + fs.readFileSync(poc, 'utf8'));
      const moved = report(args, dir).issues;
      assert.strictEqual(moved.length, first.issues.length);
      const byPrint = new Map(first.issues.map((i) => [i.fingerprint, i]));
      for (const m of moved) {
        const was = byPrint.get(m.fingerprint);
        assert.ok(was, `fingerprint of ${m.check_name} at ${m.location.path}:${m.location.lines.begin} kept`);
        assert.strictEqual(m.location.path, was.location.path);
        assert.strictEqual(m.location.lines.begin, was.location.lines.begin + (m.location.path === 'bank.poc.yaml' ? 1 : 0));
      }
      // The duplicate-id messages quote the moved line ("line 14" now): still the same fingerprints.
      const dup = moved.filter((i) => i.check_name === 'duplicate-id');
      assert.ok(dup.every((i) => /line 14\b/.test(i.description)), dup.map((i) => i.description).join('\n'));
      // The next day: day counts in messages ("9 days ago") change, the fingerprints do not.
      const nextDay = report(['.', '--today', '2026-12-11'], dir).issues;
      const overdue = (list: Issue[]) => list.filter((i) => i.check_name === 'overdue');
      assert.ok(overdue(nextDay).length > 0);
      assert.notDeepStrictEqual(overdue(nextDay).map((i) => i.description), overdue(moved).map((i) => i.description));
      assert.deepStrictEqual(overdue(nextDay).map((i) => i.fingerprint), overdue(moved).map((i) => i.fingerprint));
    });

    it('a new finding elsewhere leaves the other fingerprints alone', () => {
      const args = ['.', '--today', '2026-12-10'];
      const before = report(args, dir).issues.map((i) => i.fingerprint);
      fs.writeFileSync(path.join(dir, 'other.poc.yaml'), fs.readFileSync(path.join(dir, 'other.poc.yaml'), 'utf8') + '  - { id: T2, name: 演示, duration: 1d, dependsOn: [T9] }\n');
      const after = report(args, dir).issues.map((i) => i.fingerprint);
      assert.ok(after.length > before.length);
      for (const f of before) assert.ok(after.includes(f));
    });
  });

  describe('with the injection corpus', () => {
    let dir: string;
    before(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-codequality-injection-'));
      writeInjectionFolder(dir);
      // Every payload as a task name that the findings quote (overdue, unknown owner).
      const tasks = PAYLOADS.map((name, i) => ({ id: `P${i + 1}`, name, duration: '1d', owner: 'nobody' }));
      const plan = { kind: 'project', id: 'names', title: '任务名称', start: '2027-01-04', tasks };
      fs.writeFileSync(path.join(dir, 'names.project.yaml'), YAML.stringify(plan, { lineWidth: 0 }));
    });
    after(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('keeps every payload in a task name as plain JSON text', () => {
      const args = ['.', '--today', '2027-01-27', '--locale', 'en'];
      const { issues, stdout } = report(args, dir);
      assertSameAsJson(issues, assertContract(run(['check', ...args, '--format', 'json'], dir).stdout));
      const named = issues.filter((i) => i.location.path === 'names.project.yaml' && i.check_name === 'overdue');
      assert.strictEqual(named.length, PAYLOADS.length);
      // (A name is quoted trimmed, as everywhere in the messages.)
      PAYLOADS.forEach((p, i) => assert.ok(named[i].description.includes(`Task P${i + 1} (${p.trim()})`), `payload ${JSON.stringify(p)} kept as it is`));
      // One JSON document and nothing else: no raw control character outside the strings' escapes.
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(stdout, /[\u0000-\u0009\u000b-\u001f]/);
      assert.ok(stdout.trimStart().startsWith('[') && stdout.trimEnd().endsWith(']'));
    });
  });
});
