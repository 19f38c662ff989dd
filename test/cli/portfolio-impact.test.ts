/**
 * delay-impact on the CLI over two customers (test/fixtures/portfolio, copied: bank/ and broker/
 * share the engineer zhao): a delay recorded in bank pushes zhao into over-allocation in broker, and
 * bank's finding names broker and its sales contact. The sales member and the delay are added to
 * the temporary copy only (test/cli/portfolio.test.ts asserts the fixture's own findings).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { assertContract } from './contract';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'portfolio');

function check(cwd: string, locale: string) {
  const r = cp.spawnSync(process.execPath, [BIN, 'check', 'bank', 'broker', '--format', 'json', '--today', '2027-01-06', '--locale', locale], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
  });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  return assertContract(r.stdout).filter((d) => d.rule === 'delay-impact');
}

describe('CLI: a delay that over-allocates a shared person in another customer’s plan', function () {
  this.timeout(60000);
  let dir = '';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-impact-'));
    fs.cpSync(FIXTURE, dir, { recursive: true });
    const bank = path.join(dir, 'bank', 'bank.project.yaml');
    fs.appendFileSync(bank, 'delays:\n  - { task: P1, date: 2027-01-06, days: 5, reason: 机房未就绪, reportedToSales: 2027-01-06 }\n');
    const broker = path.join(dir, 'broker', 'broker.project.yaml');
    fs.writeFileSync(broker, fs.readFileSync(broker, 'utf8').replace('team:\n', 'team:\n  - { id: sun, name: 孙八, role: sales }\n'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('bank is told at its delay, naming broker’s plan and sales contact', () => {
    const rows = check(dir, 'en');
    assert.deepStrictEqual(rows.map((d) => `${d.file}:${d.line}`), ['bank/bank.project.yaml:15']);
    assert.strictEqual(
      rows[0].message,
      "The delay of P1 (环境部署) makes 赵六 (zhao) over-allocated in 某证券日志平台实施项目 (broker-impl) on 2027-01-11..2027-01-15: tell its sales contact 孙八 (sun) and add broker-impl to the delay's affects.",
    );
    const [zh] = check(dir, 'zh-CN');
    assert.strictEqual(zh.message, 'P1（环境部署）的延期导致赵六在“某证券日志平台实施项目”中 2027-01-11 至 2027-01-15 超负荷：请告知该项目的销售孙八，并在延期记录中关联该项目。');
  });

  it('each folder alone: no impact (the person is only over-allocated together)', () => {
    const r = cp.spawnSync(process.execPath, [BIN, 'check', 'bank', '--format', 'json', '--today', '2027-01-06', '--locale', 'en'], { cwd: dir, encoding: 'utf8' });
    assert.deepStrictEqual(assertContract(r.stdout).filter((d) => d.rule === 'delay-impact'), []);
  });
});
