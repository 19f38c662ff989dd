/**
 * The injection corpus (test/fixtures/injection/payloads.json in every text field, see
 * test/webview/injection-corpus.ts) through the CLI: text output to a terminal carries no raw
 * control characters or bidirectional overrides from the plans (no ESC sequence can recolour,
 * retitle or rewrite the terminal), JSON and SARIF stay valid JSON with the payloads intact, and
 * the Markdown report keeps every user text on its line.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertContract } from './contract';
import { writeInjectionFolder } from '../webview/injection-corpus';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

const run = (args: string[], cwd: string) => {
  const r = cp.spawnSync(process.execPath, [BIN, ...args, '--today', '2027-01-27', '--locale', 'en'], { cwd, encoding: 'utf8', timeout: 60000, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(!r.error, String(r.error));
  return r;
};

describe('injection corpus through the CLI', function () {
  this.timeout(60000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-cli-injection-'));
    writeInjectionFolder(dir);
    // A task whose name rewrites a terminal, and that the rules mention (overdue, unknown owner).
    fs.writeFileSync(
      path.join(dir, 'esc.project.yaml'),
      'kind: project\nid: esc\ntitle: "\\e]0;owned\\a"\nstart: 2027-01-04\ntasks:\n  - { id: P1, name: "a\\e[31mRED\\e[2J\\u202eevil\\u009b1m\\rover", duration: 1d, owner: nobody }\n',
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('check --format text writes no raw control character or bidi override', () => {
    const r = run(['check', '.', '--format', 'text'], dir);
    assert.strictEqual(r.status, 1, r.stderr);
    const bad = (r.stdout + r.stderr).split('\n').filter((l) => RAW_CONTROL.test(l));
    assert.deepStrictEqual(bad, []);
    // The text is still there, escaped.
    assert.match(r.stdout, /esc\.project\.yaml:6:\d+ warning overdue Task P1 \(a\\u001b\[31mRED\\u001b\[2J\\u202eevil\\u009b1m over\)/);
  });

  it('check --format json and sarif stay valid JSON and keep the payloads as data', () => {
    const rows = assertContract(run(['check', '.', '--format', 'json'], dir).stdout);
    assert.ok(rows.some((x) => x.message.includes('\u001b[31mRED')));
    const sarif = JSON.parse(run(['check', '.', '--format', 'sarif'], dir).stdout) as { runs: { results: unknown[] }[] };
    assert.ok(sarif.runs[0].results.length === rows.length);
  });

  it('gantt (Mermaid on stdout, unscheduled tasks on stderr) and the Markdown report carry no raw control characters', () => {
    for (const args of [['gantt', '.'], ['gantt', 'esc.project.yaml', '--format', 'markdown', '--out', path.join(dir, 'g.md'), '--force'], ['report', 'weekly', 'bank-log.project.yaml', '--week', '2027-W04'], ['report', 'poc', 'bank-log.poc.yaml']]) {
      const r = run(args, dir);
      assert.ok(r.status === 0 || r.status === 1, `${args.join(' ')}: ${r.stderr}`);
      const bad = (r.stdout + r.stderr).split('\n').filter((l) => /[\u0000-\u0009\u000b-\u001f\u007f]/.test(l));
      assert.deepStrictEqual(bad, [], args.join(' '));
    }
  });
});
