/**
 * Golden files of the CLI's full output on the bundled example folder: every message with its
 * line and column, the summary line, in text and JSON, in both languages — chosen by --locale and,
 * without it, by $LANG. After an intended change: UPDATE_GOLDEN=1, then read the diff of
 * test/fixtures/cli/.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const GOLDEN = path.join(REPO, 'test', 'fixtures', 'cli');

function check(args: string[], lang = 'C.UTF-8') {
  const r = cp.spawnSync(process.execPath, [path.join(REPO, 'bin', 'poc-studio.js'), 'check', 'examples', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, LANG: lang, LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Golden file name → CLI arguments (the folder's settings pin "today" to 2027-01-27). */
const GOLDENS: Record<string, string[]> = {
  'check.en.txt': ['--locale', 'en'],
  'check.zh-CN.txt': ['--locale', 'zh-CN'],
  'check.en.json': ['--format', 'json', '--locale', 'en'],
  'check.zh-CN.json': ['--format', 'json', '--locale', 'zh-CN'],
};

describe('CLI poc-studio check: golden output on examples/', function () {
  this.timeout(60000);

  for (const [name, args] of Object.entries(GOLDENS)) {
    it(name, () => {
      const r = check(args);
      assert.strictEqual(r.code, 1, `exit code 1 (the example has an error)\n${r.stderr}`);
      assert.strictEqual(r.stderr, '');
      const file = path.join(GOLDEN, name);
      if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, r.stdout);
      assert.strictEqual(r.stdout, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
    });
  }

  it('picks the language from $LANG when no --locale is given', () => {
    assert.strictEqual(check([], 'zh_CN.UTF-8').stdout, fs.readFileSync(path.join(GOLDEN, 'check.zh-CN.txt'), 'utf8'));
    assert.strictEqual(check(['--format', 'json'], 'en_US.UTF-8').stdout, fs.readFileSync(path.join(GOLDEN, 'check.en.json'), 'utf8'));
  });

  it('the golden files differ by language in every message, not in places or rules', () => {
    type Row = { file: string; line: number; column: number; rule: string; message: string };
    const en = JSON.parse(fs.readFileSync(path.join(GOLDEN, 'check.en.json'), 'utf8')) as Row[];
    const zh = JSON.parse(fs.readFileSync(path.join(GOLDEN, 'check.zh-CN.json'), 'utf8')) as Row[];
    const where = (rows: Row[]) => rows.map((x) => `${x.file}:${x.line}:${x.column} ${x.rule}`);
    assert.deepStrictEqual(where(zh), where(en));
    en.forEach((x, i) => assert.notStrictEqual(zh[i].message, x.message, `${x.rule}: the same message in both languages`));
  });
});
