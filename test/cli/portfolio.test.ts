/**
 * The CLI over several customers (DOMAIN.md "Portfolio", "CLI contract additions"): all arguments
 * of one command line are one portfolio. test/fixtures/portfolio holds two customers' folders that
 * share the engineer zhao (赵六): bank/ (某银行) and broker/ (某证券, with the only decision maker).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertContract, type Row } from './contract';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'portfolio');

function run(args: string[], cwd = FIXTURE) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const check = (args: string[], cwd = FIXTURE) => {
  const r = run(['check', ...args, '--format', 'json', '--today', '2027-01-01', '--locale', 'en'], cwd);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  return assertContract(r.stdout);
};
const of = (rows: Row[], rule: string) => rows.filter((d) => d.rule === rule).map((d) => `${d.file}:${d.line}`);

function copy(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-portfolio-'));
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('CLI: several arguments are one portfolio', function () {
  this.timeout(60000);

  it('two customer folders as two arguments: the shared engineer is over-allocated in both plans', () => {
    const rows = check(['bank', 'broker']);
    assert.deepStrictEqual(of(rows, 'over-allocated'), ['bank/bank.project.yaml:12', 'broker/broker.project.yaml:11']);
    const [bank, broker] = rows.filter((d) => d.rule === 'over-allocated');
    assert.match(bank.message, /赵六 \(zhao\) is booked 200% .* on 2027-01-11\.\.2027-01-15: P2 \(数据接入\) overlaps Q1 \(需求调研\) in 某证券日志平台实施项目, Q2 \(方案设计\) in 某证券日志平台实施项目\./);
    assert.match(broker.message, /Q2 \(方案设计\) overlaps P2 \(数据接入\) in 某银行日志平台实施项目, Q1 \(需求调研\)\./);
    // Each folder alone sees no conflict: the load is only too high together.
    assert.deepStrictEqual(of(check(['bank']), 'over-allocated'), []);
    assert.deepStrictEqual(of(check(['broker']), 'over-allocated'), []);
    // A plan file named with the other folder does the same.
    assert.deepStrictEqual(of(check(['bank/bank.project.yaml', 'broker']), 'over-allocated'), ['bank/bank.project.yaml:12', 'broker/broker.project.yaml:11']);
  });

  it('the parent folder as one argument: the same portfolio, customer-scoped rules per customer folder', () => {
    const whole = check(['.']);
    assert.deepStrictEqual(whole, check(['bank', 'broker']));
    // 某证券's decision maker does not make up for 某银行's missing one.
    assert.deepStrictEqual(of(whole, 'no-decision-maker'), ['bank/bank.stakeholders.yaml:2']);
    // A folder inside another argument adds nothing (its bookings are not counted twice).
    assert.deepStrictEqual(check(['.', 'bank']), whole);
  });

  it('a stakeholder of another customer is unknown; the same of the customer’s own subfolder resolves', () => {
    const dir = copy();
    try {
      const plan = path.join(dir, 'bank', 'bank.project.yaml');
      fs.appendFileSync(plan, '  - { id: P4, name: 客户验收, owner: wang-gm, dependsOn: [P2], duration: 1d }\n');
      const rows = check(['.'], dir);
      assert.deepStrictEqual(of(rows, 'unknown-ref'), ['bank/bank.project.yaml:14']);
      fs.mkdirSync(path.join(dir, 'bank', 'people'));
      fs.writeFileSync(path.join(dir, 'bank', 'people', 'more.stakeholders.yaml'), 'kind: stakeholders\nstakeholders:\n  - { id: wang-gm, name: 王主任, org: customer, roles: [approver] }\n');
      assert.deepStrictEqual(of(check(['.'], dir), 'unknown-ref'), []);
      // No duplicate across customers: broker's wang-gm is another customer's.
      assert.deepStrictEqual(of(check(['.'], dir), 'duplicate-id'), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the same team id with another name in the other customer’s plan: an info at each entry', () => {
    const dir = copy();
    try {
      const plan = path.join(dir, 'broker', 'broker.project.yaml');
      fs.writeFileSync(plan, fs.readFileSync(plan, 'utf8').replace('{ id: zhao, name: 赵六, role: engineer }', '{ id: zhao, name: 赵柳, role: engineer, capacity: 0.5 }'));
      const rows = check(['bank', 'broker'], dir);
      assert.deepStrictEqual(of(rows, 'team-member-mismatch'), ['bank/bank.project.yaml:8', 'bank/bank.project.yaml:8', 'broker/broker.project.yaml:8', 'broker/broker.project.yaml:8']);
      assert.ok(rows.filter((d) => d.rule === 'team-member-mismatch').every((d) => d.severity === 'info'));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('load over two arguments: one row per person and week, with both customers’ tasks', () => {
    const r = run(['load', 'bank', 'broker', '--from', '2027-01-04', '--weeks', '2', '--today', '2027-01-01']);
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as { person: string; week: string; loadPercent: number; tasks: string[] }[];
    const zhao = rows.filter((x) => x.person === 'zhao').map((x) => [x.week, x.loadPercent, x.tasks]);
    // W02: P2 5 × 100 % + Q1 3 × 50 % + Q2 2 × 100 % over 5 days = 170 %.
    assert.deepStrictEqual(zhao, [
      ['2027-W01', 100, ['bank-impl/P1']],
      ['2027-W02', 170, ['bank-impl/P2', 'broker-impl/Q1', 'broker-impl/Q2']],
    ]);
    assert.strictEqual(run(['load', 'bank', '--from', '2027-01-04', '--weeks', '2', '--today', '2027-01-01']).stdout.includes('broker-impl'), false);
  });
});
