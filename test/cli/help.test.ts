/**
 * `poc-studio --help` in the user's language (`--locale`, else LC_ALL / LC_MESSAGES / LANG, like the
 * messages of check) and `poc-studio --version`, run as a user runs them (the bundled bin).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const VERSION = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...env }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const IMPORT_LINE = 'poc-studio import <file.xlsx|file.csv|file.xml> --out <plan file> [--kind poc|project] [--map field=列名,…] [--force-partial]';
/** The subcommands a help's usage lines name, in order. */
const commands = (help: string) => [...help.matchAll(/^ {2}poc-studio (\w+)/gm)].map((m) => m[1]);
const CJK = /[\u4e00-\u9fff]/;

describe('CLI poc-studio --help and --version', function () {
  this.timeout(60000);

  it('--version and -v print the package version and exit 0', () => {
    for (const flag of ['--version', '-v']) {
      const r = run([flag]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, `${VERSION}\n`);
    }
  });

  it('prints the English help by default, listing import with its options', () => {
    const r = run(['--help']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.ok(r.stdout.startsWith(`POC Studio ${VERSION} — checks POC and implementation-project files against the playbook.\n\nUsage:\n`), r.stdout.slice(0, 200));
    assert.ok(r.stdout.includes(`\n  ${IMPORT_LINE}\n`));
    assert.deepStrictEqual(commands(r.stdout), ['check', 'gantt', 'report', 'schedule', 'baseline', 'export', 'load', 'import']);
    // Chinese only in the example column name of --map.
    assert.ok(!CJK.test(r.stdout.replace('列名', '')));
  });

  it('prints the Chinese help with --locale zh-CN, or when the environment is Chinese; --locale and LC_ALL win over LANG', () => {
    const en = run(['--help']).stdout;
    for (const [args, env] of [
      [['--help', '--locale', 'zh-CN'], {}],
      [['--locale=zh-CN', '-h'], {}],
      [['--help'], { LANG: 'zh_CN.UTF-8' }],
      [['--help'], { LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }],
    ] as const) {
      const r = run([...args], env);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(r.stdout.startsWith(`POC Studio ${VERSION} —— 按实施手册检查`), `${args.join(' ')} ${JSON.stringify(env)}: ${r.stdout.slice(0, 80)}`);
      assert.match(r.stdout, /^用法：$/m);
      // The same commands, import among them.
      assert.deepStrictEqual(commands(r.stdout), commands(en));
      assert.ok(r.stdout.includes('poc-studio import <file.xlsx|file.csv|file.xml> --out <计划文件> [--kind poc|project]'));
    }
    assert.strictEqual(run(['--help', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' }).stdout, en);
    assert.strictEqual(run(['--help'], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }).stdout, en);
  });

  it('shows the help in the user’s language after a usage error', () => {
    const r = run(['frobnicate'], { LANG: 'zh_CN.UTF-8' });
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /^error: unknown command frobnicate\n\nPOC Studio .* —— 按实施手册检查/);
  });
});
