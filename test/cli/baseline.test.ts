/**
 * `poc-studio baseline` as a user runs it (the bundled bin) on a copy of the examples: the file it
 * writes (name, kind, plan, taken, every scheduled task), and that it never overwrites a file.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'yaml';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');

function run(args: string[], cwd: string) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI poc-studio baseline', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-baseline-'));
    fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes <plan>.<name>.baseline.yaml next to the plan with the computed dates of every task, as schedule prints them', () => {
    const r = run(['baseline', 'bank-log.project.yaml', '--name', 'kickoff', '--today', '2027-01-04'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stderr, /wrote bank-log\.kickoff\.baseline\.yaml/);
    const text = fs.readFileSync(path.join(dir, 'bank-log.kickoff.baseline.yaml'), 'utf8');
    const b = parse(text) as { kind: string; plan: string; name: string; taken: string; tasks: { id: string; start: string; end: string }[] };
    assert.deepStrictEqual([b.kind, b.plan, b.name, b.taken], ['baseline', 'bank-log-impl', 'kickoff', '2027-01-04']);
    const schedule = JSON.parse(run(['schedule', 'bank-log.project.yaml', '--format', 'json', '--today', '2027-01-04'], dir).stdout) as { tasks: { id: string; start: string; end: string }[] };
    assert.deepStrictEqual(b.tasks, schedule.tasks.map((t) => ({ id: t.id, start: t.start, end: t.end })));
  });

  it('names the baseline after the day taken by default, and never writes over an existing file', () => {
    assert.strictEqual(run(['baseline', 'bank-log.poc.yaml', '--today', '2026-12-01'], dir).code, 0);
    const file = path.join(dir, 'bank-log.2026-12-01.baseline.yaml');
    assert.ok(fs.existsSync(file));
    fs.writeFileSync(file, '# 用户的文件\n');
    const again = run(['baseline', 'bank-log.poc.yaml', '--today', '2026-12-01'], dir);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists; nothing was written/);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '# 用户的文件\n');
  });

  it('refuses a file that is not a plan and a name that is not safe for a file name', () => {
    assert.strictEqual(run(['baseline', 'bank.stakeholders.yaml'], dir).code, 2);
    assert.strictEqual(run(['baseline', 'bank-log.poc.yaml', '--name', '../x'], dir).code, 2);
    assert.deepStrictEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.baseline.yaml')), ['bank-log.2027-01-04.baseline.yaml'], "only the example's own baseline");
  });
});
