/**
 * docs/ci.md says what a pipeline runs; this keeps it true. Its YAML blocks (the GitHub Actions
 * workflow and the .gitlab-ci.yml) parse, wire the outputs to the right places (the SARIF file the
 * check writes is the one uploaded, the Code Quality file is the report artifact, the weekly job
 * runs on schedules only), and every `poc-studio …` command line in them is run by the real CLI
 * (whose command lines go through server/src/cli/args.ts) on a copy of examples/: accepted (exit
 * code 0 or 1, never 2 = bad usage) and writing what the pipeline then picks up.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { assertContract } from './contract';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const DOC = fs.readFileSync(path.join(REPO, 'docs', 'ci.md'), 'utf8');
const VERSION = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

/** The ```yaml blocks of the document, parsed (errors and warnings asserted absent). */
function yamlBlocks(): { source: string; doc: Record<string, unknown> }[] {
  return [...DOC.matchAll(/^```ya?ml\n([\s\S]*?)^```$/gm)].map((m) => {
    const parsed = YAML.parseDocument(m[1]);
    assert.deepStrictEqual([...parsed.errors, ...parsed.warnings].map((e) => e.message), [], m[1].split('\n')[0]);
    return { source: m[1], doc: parsed.toJS() as Record<string, unknown> };
  });
}

/** Every string in a parsed YAML value (run: and script: lines, rules …). */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

/** The shell lines of a parsed YAML value: the values of `run`, `script`, `before_script`, `after_script`. */
function shellLines(v: unknown): string[] {
  if (Array.isArray(v)) return v.flatMap(shellLines);
  if (!v || typeof v !== 'object') return [];
  return Object.entries(v).flatMap(([k, x]) => (['run', 'script', 'before_script', 'after_script'].includes(k) ? strings(x) : shellLines(x)));
}

interface Command {
  line: string;
  args: string[];
  /** The file stdout is redirected to (`> file`), if any. */
  stdout?: string;
}

/** A shell line's words up to the first operator (`|`, `||`, `&&`, `;`), with a `> file` apart. */
function shellWords(line: string): { words: string[]; stdout?: string } {
  const words: string[] = [];
  let stdout: string | undefined;
  const re = /\s*(?:(\|\||&&|[|;])|(>)\s*|"((?:[^"\\]|\\.)*)"|'([^']*)'|([^\s|;&>"']+))/gy;
  let redirect = false;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (m[1]) break;
    if (m[2]) {
      redirect = true;
      continue;
    }
    const w = m[3] ?? m[4] ?? m[5];
    if (w === undefined) break;
    if (redirect) {
      stdout = w;
      redirect = false;
    } else words.push(w);
  }
  return { words, stdout };
}

/** The `poc-studio …` command lines of a block or of a script (also after `npx … poc-studio`). */
function commands(block: unknown): Command[] {
  const out: Command[] = [];
  for (const s of Array.isArray(block) || typeof block === 'string' ? strings(block) : shellLines(block)) {
    for (const raw of s.split('\n')) {
      const line = raw.trim();
      const { words, stdout } = shellWords(line);
      const at = words.indexOf('poc-studio');
      if (at < 0 || (at > 0 && words[0] !== 'npx')) continue;
      out.push({ line, args: words.slice(at + 1), stdout });
    }
  }
  return out;
}

describe('docs/ci.md (GitHub Actions and GitLab CI)', function () {
  this.timeout(120000);
  const blocks = yamlBlocks();
  const github = blocks.find((b) => b.doc.jobs && b.doc.on)!;
  const gitlab = blocks.find((b) => b.doc !== github?.doc && Object.values(b.doc).some((j) => j && typeof j === 'object' && 'script' in (j as object)))!;
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-ci-docs-'));
    fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Runs a command line of the document in the copy of examples/, its stdout to its `> file`. */
  function run(c: Command) {
    const r = cp.spawnSync(process.execPath, [BIN, ...c.args], { cwd: dir, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
    assert.ok(!r.error, String(r.error));
    assert.ok(r.status === 0 || r.status === 1, `${c.line}: exit code ${r.status}\n${r.stderr}`);
    assert.doesNotMatch(r.stderr, /error:/, c.line);
    if (c.stdout) fs.writeFileSync(path.join(dir, c.stdout), r.stdout);
    return r;
  }

  it('has a GitHub workflow and a .gitlab-ci.yml that parse', () => {
    assert.ok(github, 'a GitHub Actions workflow (on:, jobs:)');
    assert.ok(gitlab, 'a GitLab CI file (jobs with script:)');
    assert.strictEqual(blocks.length, 2);
  });

  it('installs the tarball that npm run pack:cli writes', () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).scripts as Record<string, string>;
    assert.match(scripts['pack:cli'], /scripts\/pack-cli\.mjs/);
    const installs = blocks.flatMap((b) => shellLines(b.doc)).filter((s) => /\bnpm i(nstall)? -g\b/.test(s));
    assert.ok(installs.length >= 2);
    for (const s of installs) {
      const glob = /\.\/tools\/(\S+\.tgz)/.exec(s)?.[1];
      assert.ok(glob, s);
      const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
      assert.match(`poc-studio-cli-${VERSION}.tgz`, re, `${s} installs the packed file`);
    }
  });

  it('GitHub: the check writes SARIF, the uploaded file is that one, errors fail the job afterwards', () => {
    const steps = (github.doc.jobs as Record<string, { steps: Record<string, unknown>[] }>).check.steps;
    const uses = steps.map((s) => String(s.uses ?? ''));
    for (const a of ['actions/checkout@', 'actions/setup-node@', 'github/codeql-action/upload-sarif@']) assert.ok(uses.some((u) => u.startsWith(a)), a);
    assert.strictEqual((github.doc.permissions as Record<string, string>)['security-events'], 'write');
    const cmds = commands(github.doc);
    const sarif = cmds.find((c) => c.args.includes('sarif'))!;
    assert.ok(sarif && sarif.stdout, 'check --format sarif > file');
    const upload = steps.find((s) => String(s.uses).startsWith('github/codeql-action/upload-sarif@'))!;
    assert.strictEqual((upload.with as Record<string, string>).sarif_file, sarif.stdout);
    assert.match(String(upload.if), /code == '1'/, 'uploaded when errors were found too');
    const check = steps.find((s) => String(s.run ?? '').includes('--format sarif'))!;
    assert.match(String(check.run), /set \+e/, 'the exit code is kept, not fatal at once');
    assert.ok(steps.indexOf(upload) > steps.indexOf(check));
    assert.ok(steps.some((s) => steps.indexOf(s) > steps.indexOf(upload) && /code != '0'/.test(String(s.if)) && /exit 1/.test(String(s.run))), 'a last step fails the job');
    for (const c of cmds) run(c);
    const written = JSON.parse(fs.readFileSync(path.join(dir, sarif.stdout!), 'utf8'));
    assert.strictEqual(written.version, '2.1.0');
    assert.ok(written.runs[0].results.length > 0);
  });

  it('GitLab: the Code Quality report is the codequality artifact; errors fail softly, bad usage hard', () => {
    const jobs = gitlab.doc as Record<string, Record<string, unknown>>;
    const check = Object.values(jobs).find((j) => strings(j.script).some((s) => s.includes('--format codequality')))!;
    const [cq] = commands(check.script);
    assert.ok(cq.stdout);
    assert.strictEqual(((check.artifacts as Record<string, unknown>).reports as Record<string, string>).codequality, cq.stdout);
    assert.strictEqual((check.artifacts as Record<string, string>).when, 'always');
    assert.deepStrictEqual((check.allow_failure as { exit_codes: number[] }).exit_codes, [1]);
    const r = run(cq);
    assert.strictEqual(r.status, 1, 'the examples hold an error: exit code 1, allowed to fail');
    const issues = JSON.parse(fs.readFileSync(path.join(dir, cq.stdout!), 'utf8')) as { check_name: string }[];
    const json = assertContract(cp.spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8' }).stdout);
    assert.deepStrictEqual(issues.map((i) => i.check_name), json.map((x) => x.rule));
  });

  it('GitLab: a scheduled job writes the weekly Word report into its artifact folder', () => {
    const jobs = gitlab.doc as Record<string, Record<string, unknown>>;
    const weekly = Object.values(jobs).find((j) => strings(j.script).some((s) => /poc-studio report weekly/.test(s)))!;
    assert.deepStrictEqual(weekly.rules, [{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    const [report] = commands(weekly.script);
    assert.ok(report.args.includes('docx'));
    const out = report.args[report.args.indexOf('--out') + 1];
    assert.ok((weekly.artifacts as { paths: string[] }).paths.includes(out), `${out} is the artifact`);
    run(report);
    // The week of "today": the examples pin it (.vscode/settings.json), a real repository uses the date.
    const written = fs.readdirSync(path.join(dir, out));
    assert.strictEqual(written.length, 1);
    assert.match(written[0], /^2027-W04-bank-log-impl-.+\.docx$/);
    assert.strictEqual(fs.readFileSync(path.join(dir, out, written[0])).subarray(0, 2).toString('latin1'), 'PK');
  });

  it('every poc-studio command line of both files is accepted by the CLI', () => {
    const all = blocks.flatMap((b) => commands(b.doc));
    const formats = all.map((c) => `${c.args[0]} ${c.args[c.args.indexOf('--format') + 1]}`);
    assert.deepStrictEqual(formats, ['check sarif', 'check text', 'check codequality', 'report docx'], all.map((c) => c.line).join('\n'));
    for (const c of all) {
      assert.ok(['check', 'report'].includes(c.args[0]), c.line);
      run(c);
    }
    // The parser does reject what it does not know (else this test would prove nothing).
    const bad = cp.spawnSync(process.execPath, [BIN, 'check', '.', '--format', 'gitlab'], { cwd: dir, encoding: 'utf8' });
    assert.strictEqual(bad.status, 2);
  });
});
