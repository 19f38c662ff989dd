/**
 * Files that used to be read wrong or not at all: `#` and `?` in file names, GBK (GB18030) and
 * UTF-16 files (written by the test with the encoders of server/src/node/encodings-testing.ts).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { assertContract } from './contract';
import { writeOddFolder } from '../odd-folder';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');

function run(args: string[], cwd: string) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: file names and encodings', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = writeOddFolder()));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('checks files with # and ? in their names, and GBK / UTF-16 files as text', () => {
    const r = run(['check', '.', '--format', 'json', '--today', '2026-12-10', '--locale', 'zh-CN'], dir);
    const rows = assertContract(r.stdout);
    const of = (file: string) => rows.filter((x) => x.file === file).map((x) => `${x.rule}@${x.line}`);
    assert.ok(of('政务云#2期.poc.yaml').includes('schema@5'), r.stdout);
    assert.ok(of('a?b.project.yaml').includes('schema@4'), r.stdout);
    for (const f of ['people.stakeholders.yaml', 'r.requirements.yaml', 'c.checklist.yaml']) assert.deepStrictEqual(of(f).filter((x) => x.startsWith('file-')), ['file-encoding@1'], f);
    const gbk = rows.find((x) => x.file === 'people.stakeholders.yaml' && x.rule === 'file-encoding')!;
    assert.match(gbk.message, /^文件编码为 GBK，请另存为 UTF-8。/);
    assert.strictEqual(gbk.severity, 'warning');
    assert.match(rows.find((x) => x.file === 'r.requirements.yaml' && x.rule === 'file-encoding')!.message, /^文件编码为 UTF-16，请另存为 UTF-8。/);
    // The GBK file's stakeholder is read: the POC's audience resolves.
    assert.deepStrictEqual(rows.filter((x) => x.rule === 'unknown-ref' || x.rule === 'ref-unchecked'), []);
    assert.strictEqual(r.code, 1);
  });

  it('takes a file argument with # in its name as a path, not a URI', () => {
    const r = run(['check', '政务云#2期.poc.yaml', 'a?b.project.yaml', '--format', 'json', '--today', '2026-12-10'], dir);
    assert.doesNotMatch(r.stderr, /not an artifact file|no such file/, r.stderr);
    const rows = assertContract(r.stdout);
    assert.deepStrictEqual([...new Set(rows.map((x) => x.file))].sort(), ['a?b.project.yaml', '政务云#2期.poc.yaml']);
    assert.ok(!rows.some((x) => x.rule === 'unknown-ref'), r.stdout);
  });

  it('says the defining file is unreadable instead of unknown-ref', () => {
    fs.writeFileSync(path.join(dir, 'people.stakeholders.yaml'), Buffer.from('kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: caf\xe9 }\n', 'latin1'));
    const rows = assertContract(run(['check', '.', '--format', 'json', '--today', '2026-12-10'], dir).stdout);
    assert.deepStrictEqual(rows.filter((x) => x.file === 'people.stakeholders.yaml').map((x) => x.rule), ['file-unreadable']);
    const poc = rows.filter((x) => x.file === '政务云#2期.poc.yaml' && /ref/.test(x.rule));
    assert.deepStrictEqual(poc.map((x) => [x.rule, x.severity]), [['ref-unchecked', 'info']]);
    assert.match(poc[0].message, /people\.stakeholders\.yaml, which may define it, cannot be read/);
  });
});
