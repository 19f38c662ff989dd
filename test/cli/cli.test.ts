/**
 * The `poc-studio` CLI as a user runs it (the bundled bin), checked against DOMAIN.md's contract:
 * one JSON array of { file, line, column, endLine, endColumn, severity, rule, message }, paths
 * relative to the current directory, 1-based positions, exit code 1 on errors, else 0.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RULE_IDS } from '../../server/src/core/rules';
import { assertContract } from './contract';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'protocol');

function run(args: string[], cwd = REPO, env: NodeJS.ProcessEnv = {}) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env },
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tmpCopy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-cli-'));
  for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  return dir;
}

describe('CLI poc-studio check', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = tmpCopy()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the JSON contract with paths relative to the current directory', () => {
    fs.writeFileSync(path.join(dir, 'bank.poc.yaml'), fs.readFileSync(path.join(dir, 'bank.poc.yaml'), 'utf8').replace('dependsOn: [T1]', 'dependsOn: [T9]'));
    const r = run(['check', '.', '--format', 'json', '--today', '2026-12-10'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    const rows = assertContract(r.stdout);
    const ref = rows.find((x) => x.rule === 'unknown-ref')!;
    assert.deepStrictEqual([ref.file, ref.line, ref.column, ref.endColumn, ref.severity], ['bank.poc.yaml', 24, 17, 19, 'error']);
    // Relative to the cwd, from elsewhere too.
    const r2 = run(['check', dir, '--format', 'json', '--today', '2026-12-10'], path.dirname(dir));
    assert.ok(assertContract(r2.stdout).every((x) => x.file.startsWith(`${path.basename(dir)}/`)));
  });

  it('exits 0 when there is no error, even with warnings', () => {
    const r = run(['check', dir, '--format', 'json', '--today', '2026-12-10']);
    const rows = assertContract(r.stdout);
    assert.ok(!rows.some((x) => x.severity === 'error'), r.stdout);
    assert.strictEqual(r.code, 0);
  });

  it('compares date rules with --today', () => {
    const before = assertContract(run(['check', dir, '--format', 'json', '--today', '2026-12-01']).stdout);
    const after = assertContract(run(['check', dir, '--format', 'json', '--today', '2027-01-30']).stdout);
    assert.ok(!before.some((x) => x.rule === 'overdue'));
    const overdue = after.filter((x) => x.rule === 'overdue');
    assert.deepStrictEqual(overdue.map((x) => x.line), [20], 'T2 (not done, ended 2026-12-08) is overdue; T1 is done');
  });

  it('speaks Chinese with --locale zh-CN, English with --locale en', () => {
    fs.writeFileSync(path.join(dir, 'bank.poc.yaml'), 'kind: project\nid: x\ntitle: t\n');
    const zh = assertContract(run(['check', dir, '--format', 'json', '--locale', 'zh-CN']).stdout);
    assert.match(zh.find((x) => x.rule === 'kind-mismatch')!.message, /不一致/);
    const en = assertContract(run(['check', dir, '--format', 'json', '--locale', 'en'], REPO, { LANG: 'zh_CN.UTF-8' }).stdout);
    assert.match(en.find((x) => x.rule === 'kind-mismatch')!.message, /disagrees/);
  });

  it('prints file:line:col severity rule message with --format text', () => {
    fs.writeFileSync(path.join(dir, 'bank.poc.yaml'), 'kind: project\nid: x\ntitle: t\n');
    const r = run(['check', '.', '--format', 'text', '--today', '2026-12-10'], dir);
    assert.strictEqual(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.includes(lines.find((l) => /^bank\.poc\.yaml:1:7 error kind-mismatch kind: project disagrees/.test(l))!), r.stdout);
    for (const l of lines.slice(0, -1)) assert.match(l, /^[^:]+:\d+:\d+ (error|warning|info|hint) [a-z-]+ \S/);
    assert.match(lines[lines.length - 1], /^\d+ problems? in 1 file: 1 error, \d+ warnings?, \d+ info, \d+ hints?\.$/);
    assert.doesNotMatch(r.stdout, /\(s\)/);
    const zh = run(['check', '.', '--format', 'text', '--today', '2026-12-10', '--locale', 'zh-CN'], dir).stdout.trim().split('\n');
    assert.match(zh[zh.length - 1], /^1 个文件中发现 \d+ 个问题：错误 1 个，警告 \d+ 个，信息 \d+ 个，提示 \d+ 个。$/);
  });

  it('writes SARIF 2.1.0 with the same results as JSON', () => {
    fs.writeFileSync(path.join(dir, 'bank.poc.yaml'), 'kind: project\nid: x\ntitle: t\n');
    const json = assertContract(run(['check', '.', '--format', 'json', '--today', '2026-12-10'], dir).stdout);
    const r = run(['check', '.', '--format', 'sarif', '--today', '2026-12-10'], dir);
    const sarif = JSON.parse(r.stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const results = sarif.runs[0].results;
    assert.strictEqual(results.length, json.length);
    const km = results.find((x: { ruleId: string }) => x.ruleId === 'kind-mismatch');
    assert.deepStrictEqual(km.locations[0].physicalLocation.region, { startLine: 1, startColumn: 7, endLine: 1, endColumn: 14 });
    assert.strictEqual(km.level, 'error');
    assert.deepStrictEqual(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id), [...RULE_IDS]);
  });

  it('checks a single file in the context of its folder', () => {
    const r = run(['check', 'bank.poc.yaml', '--format', 'json', '--today', '2026-12-10'], dir);
    const rows = assertContract(r.stdout);
    assert.ok(rows.every((x) => x.file === 'bank.poc.yaml'));
    assert.ok(!rows.some((x) => x.rule === 'unknown-ref'), 'cio-liu resolves from people.stakeholders.yaml');
  });

  it('reads rule settings from the folder .vscode/settings.json', () => {
    fs.writeFileSync(path.join(dir, 'bank.poc.yaml'), 'kind: project\nid: x\ntitle: t\n');
    fs.mkdirSync(path.join(dir, '.vscode'));
    fs.writeFileSync(path.join(dir, '.vscode', 'settings.json'), '{\n  // comments are allowed\n  "pocStudio.rules": { "kind-mismatch": "info" },\n}\n');
    const r = run(['check', '.', '--format', 'json', '--today', '2026-12-10'], dir);
    const rows = assertContract(r.stdout);
    assert.strictEqual(rows.find((x) => x.rule === 'kind-mismatch')!.severity, 'info');
    assert.strictEqual(r.code, 0);
  });

  it('rejects bad usage with exit code 2', () => {
    assert.strictEqual(run([]).code, 2);
    assert.strictEqual(run(['lint', '.']).code, 2);
    assert.strictEqual(run(['check']).code, 2);
    assert.strictEqual(run(['check', '.', '--format', 'xml']).code, 2);
    assert.strictEqual(run(['check', '.', '--today', '12/01/2026']).code, 2);
    const missing = run(['check', path.join(dir, 'nope')]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no such file or folder/);
    assert.strictEqual(run(['--version']).stdout.trim(), JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version);
  });

  it('gives hostile files a clear diagnostic in bounded time and checks the rest', function () {
    this.timeout(120000);
    let bomb = 'id: a\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 20; i++) bomb += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    fs.writeFileSync(path.join(dir, 'bomb.poc.yaml'), bomb);
    fs.writeFileSync(path.join(dir, 'deep.poc.yaml'), 'id: a\nx: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n');
    fs.writeFileSync(path.join(dir, 'huge.poc.yaml'), 'id: a\ntitle: t\nnotes: "' + 'x'.repeat(20 * 1024 * 1024) + '"\n');
    fs.writeFileSync(path.join(dir, 'binary.checklist.yaml'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]));
    fs.writeFileSync(path.join(dir, 'latin1.requirements.yaml'), Buffer.from('requirements:\n  - id: R1\n    title: caf\xe9\n', 'latin1'));
    fs.writeFileSync(path.join(dir, 'crlf.checklist.yaml'), '\ufeffid: c\r\ntitle: 收尾\r\nitems:\r\n  - { id: C1, text: 备份数据库, done: tru }\r\n');
    fs.mkdirSync(path.join(dir, 'loop'));
    fs.symlinkSync(dir, path.join(dir, 'loop', 'again'));
    // Bounded time: run() kills the CLI after 60 s (no wall-clock assertion; a hang shows as no exit code).
    const r = run(['check', '.', '--format', 'json', '--today', '2026-12-10'], dir);
    assert.notStrictEqual(r.code, null, 'the CLI finished on its own');
    const rows = assertContract(r.stdout);
    const first = (file: string) => rows.filter((x) => x.file === file).map((x) => `${x.rule}@${x.line}`);
    assert.deepStrictEqual(first('bomb.poc.yaml').filter((x) => x.startsWith('yaml-syntax')).length, 1);
    assert.ok(first('deep.poc.yaml').some((x) => x.startsWith('yaml-syntax')));
    assert.deepStrictEqual(first('huge.poc.yaml'), ['file-unreadable@1']);
    assert.deepStrictEqual(first('binary.checklist.yaml'), ['file-unreadable@1']);
    assert.deepStrictEqual(first('latin1.requirements.yaml'), ['file-unreadable@3']);
    // BOM and CRLF are fine: the only problem is the bad boolean, on line 4.
    assert.deepStrictEqual(first('crlf.checklist.yaml').filter((x) => x.startsWith('schema')), ['schema@4']);
    assert.ok(rows.some((x) => x.file === 'bank.poc.yaml'), 'the rest of the folder is still checked');
    assert.strictEqual(r.code, 1);
  });
});
