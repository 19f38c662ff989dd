/**
 * The hostile YAML corpus (test/hostile-corpus.ts) through the CLI as a user runs it: `check` of the
 * folder prints each file's diagnostic at its line in the JSON contract, says which entry it
 * skipped (the symlink loop), exits 1 (there are errors) within a generous hang guard; `gantt` and
 * `report` of the folder still answer.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertContract } from './contract';
import { writeHostileCorpus, type HostileCase } from '../hostile-corpus';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');

const run = (args: string[], cwd: string) => {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 90000, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!r.error, `poc-studio ${args.join(' ')} did not finish: ${r.error?.message}`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, signal: r.signal };
};

describe('hostile YAML corpus in the CLI', function () {
  this.timeout(120000);
  let dir: string;
  let cases: HostileCase[];
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-cli-hostile-'));
    cases = writeHostileCorpus(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check: each file yields its diagnostic at its line; the symlink loop is skipped with a message', () => {
    const r = run(['check', '.', '--format', 'json', '--today', '2027-01-27'], dir);
    assert.strictEqual(r.signal, null);
    assert.strictEqual(r.code, 1, r.stderr);
    const rows = assertContract(r.stdout);
    for (const c of cases) {
      const mine = rows.filter((x) => x.file === c.file);
      if (c.expect) {
        const hit = mine.find((x) => x.rule === c.expect!.rule && x.line === c.expect!.line);
        assert.ok(hit, `${c.file} (${c.what}): expected ${c.expect.rule} on line ${c.expect.line}, got ${JSON.stringify(mine.map((x) => `${x.rule}@${x.line}`))}`);
        if (c.expect.message) assert.match(hit.message, c.expect.message);
      }
      for (const rule of c.not ?? []) assert.ok(!mine.some((x) => x.rule === rule), `${c.file}: no ${rule} expected: ${JSON.stringify(mine)}`);
    }
    assert.ok(!rows.some((x) => x.file === 'loop.poc.yaml' || x.file.startsWith('again/')));
    assert.match(r.stderr, /loop\.poc\.yaml: a symlink loop or a dangling link; skipped/);
  });

  it('check of single hostile files, text output, Chinese messages', () => {
    const r = run(['check', 'deep-block.poc.yaml', 'alias-bomb.poc.yaml', 'nul.poc.yaml', '--locale', 'zh-CN', '--today', '2027-01-27'], dir);
    assert.strictEqual(r.code, 1, r.stderr);
    assert.match(r.stdout, /deep-block\.poc\.yaml:3:\d+ error yaml-syntax YAML 语法错误：嵌套超过 100 层/);
    assert.match(r.stdout, /alias-bomb\.poc\.yaml:16:\d+ error yaml-syntax/);
    assert.match(r.stdout, /nul\.poc\.yaml:1:1 error file-unreadable/);
  });

  it('gantt and report of the hostile folder answer without crashing', () => {
    const g = run(['gantt', '.', '--today', '2027-01-27'], dir);
    assert.strictEqual(g.signal, null);
    assert.ok(g.code === 0 || g.code === 1, g.stderr);
    assert.doesNotMatch(g.stderr, /internal error|TypeError|RangeError/);
    const rep = run(['report', 'poc', 'bom.poc.yaml', '--today', '2027-01-27'], dir);
    assert.strictEqual(rep.code, 0, rep.stderr);
    assert.match(rep.stdout, /^# POC summary report · 敌意输入/);
  });
});
