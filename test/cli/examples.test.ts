/** The CLI on the bundled example folder: the JSON contract, and exactly the findings the README promises. */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as path from 'path';
import { assertContract } from './contract';
import { EXAMPLE_FINDINGS } from '../examples-expected';

const REPO = path.resolve(__dirname, '../../..');

function check(args: string[]) {
  return cp.spawnSync(process.execPath, [path.join(REPO, 'bin', 'poc-studio.js'), 'check', 'examples', '--format', 'json', ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8' },
  });
}

describe('CLI on examples/', function () {
  this.timeout(60000);

  it('finds exactly the documented problems, one error among them', () => {
    const r = check([]);
    const rows = assertContract(r.stdout);
    assert.deepStrictEqual(
      rows.map((x) => `${x.file}:${x.line} ${x.rule}`),
      EXAMPLE_FINDINGS.map((e) => `examples/${e.file}:${e.line} ${e.rule}`),
    );
    assert.deepStrictEqual(rows.filter((x) => x.severity === 'error').map((x) => x.rule), ['unknown-ref']);
    assert.strictEqual(r.status, 1, 'exit code 1: an error was found');
  });

  it('reads the pinned today from examples/.vscode/settings.json, and --today overrides it', () => {
    const later = assertContract(check(['--today', '2027-02-26']).stdout);
    // A month later more tasks are overdue and more weekly reports are missing.
    assert.ok(later.filter((x) => x.rule === 'overdue').length > 1);
    assert.ok(later.filter((x) => x.rule === 'weekly-report-missing').length > 1);
  });

  it('gives every message in Chinese with --locale zh-CN', () => {
    const rows = assertContract(check(['--locale', 'zh-CN']).stdout);
    assert.strictEqual(rows.length, EXAMPLE_FINDINGS.length);
    for (const r of rows) assert.match(r.message, /[\u4e00-\u9fff]/, `${r.rule}: ${r.message}`);
    assert.match(rows.find((x) => x.rule === 'unknown-ref')!.message, /sun/);
  });
});
