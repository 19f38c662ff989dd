/**
 * `poc-studio report` as a user runs it (the bundled bin): golden reports of the example folder in
 * both languages with a fixed --today and week (test/fixtures/reports/; regenerate with
 * UPDATE_GOLDEN=1 after an intended change, and read the diff), --out never overwriting without
 * --force, and bad usage.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');
export const GOLDEN = path.join(REPO, 'test', 'fixtures', 'reports');

function run(args: string[], cwd = REPO) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Golden file name → CLI arguments (paths relative to the repo). */
export const GOLDENS: Record<string, string[]> = {
  'weekly-2027-W02.zh-CN.md': ['weekly', 'examples/bank-log.project.yaml', '--week', '2027-W02', '--locale', 'zh-CN'],
  'weekly-2027-W04.zh-CN.md': ['weekly', 'examples/bank-log.project.yaml', '--week', '2027-W04', '--locale', 'zh-CN'],
  'weekly-2027-W04.en.md': ['weekly', 'examples/bank-log.project.yaml', '--week', '2027-W04', '--locale', 'en'],
  'poc.zh-CN.md': ['poc', 'examples', '--locale', 'zh-CN'],
  'poc.en.md': ['poc', 'examples/bank-log.poc.yaml', '--locale', 'en'],
  'acceptance.zh-CN.md': ['acceptance', 'examples', '--locale', 'zh-CN'],
  'acceptance.en.md': ['acceptance', 'examples/bank-log.project.yaml', '--locale', 'en'],
  // The customer edition (what the customer reads), both languages.
  'weekly-2027-W04.customer.zh-CN.md': ['weekly', 'examples/bank-log.project.yaml', '--week', '2027-W04', '--locale', 'zh-CN', '--edition', 'customer'],
  'weekly-2027-W04.customer.en.md': ['weekly', 'examples/bank-log.project.yaml', '--week', '2027-W04', '--locale', 'en', '--edition', 'customer'],
  'poc.customer.zh-CN.md': ['poc', 'examples', '--locale', 'zh-CN', '--edition', 'customer'],
  'poc.customer.en.md': ['poc', 'examples', '--locale', 'en', '--edition', 'customer'],
  'acceptance.customer.zh-CN.md': ['acceptance', 'examples', '--locale', 'zh-CN', '--edition', 'customer'],
  'acceptance.customer.en.md': ['acceptance', 'examples', '--locale', 'en', '--edition', 'customer'],
};

describe('CLI poc-studio report', function () {
  this.timeout(60000);

  describe('golden reports of the example folder (--today 2027-01-27)', () => {
    for (const [name, args] of Object.entries(GOLDENS)) {
      it(name, () => {
        const r = run(['report', ...args, '--today', '2027-01-27']);
        assert.strictEqual(r.code, 0, r.stderr);
        assert.strictEqual(r.stderr, '');
        const file = path.join(GOLDEN, name);
        if (process.env.UPDATE_GOLDEN) fs.writeFileSync(file, r.stdout);
        assert.strictEqual(r.stdout, fs.readFileSync(file, 'utf8'), `${name} differs from the golden file (UPDATE_GOLDEN=1 to accept)`);
      });
    }

    it('uses the folder settings ("today" 2027-01-27 → week 2027-W04) when no --today or --week is given', () => {
      const r = run(['report', 'weekly', 'examples', '--locale', 'en']);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, fs.readFileSync(path.join(GOLDEN, 'weekly-2027-W04.en.md'), 'utf8'));
    });

    it('reports the example error (a mistyped owner) in a short section, in both languages', () => {
      assert.match(fs.readFileSync(path.join(GOLDEN, 'weekly-2027-W04.zh-CN.md'), 'utf8'), /## 十二、数据问题[\s\S]*bank-log\.project\.yaml:35 `unknown-ref`/);
      assert.match(fs.readFileSync(path.join(GOLDEN, 'acceptance.en.md'), 'utf8'), /Data problems[\s\S]*'sunn'/);
    });
  });

  describe('--out', () => {
    let dir: string;
    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-report-'));
      fs.cpSync(EXAMPLES, dir, { recursive: true });
    });
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('writes the file, refuses to overwrite it, and overwrites with --force', () => {
      const r = run(['report', 'acceptance', '.', '--out', 'out/acc.md', '--locale', 'zh-CN', '--today', '2027-01-27'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /wrote out\/acc\.md/);
      const file = path.join(dir, 'out', 'acc.md');
      assert.strictEqual(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(GOLDEN, 'acceptance.zh-CN.md'), 'utf8'));
      fs.writeFileSync(file, '用户的修改\n');
      const again = run(['report', 'acceptance', '.', '--out', 'out/acc.md'], dir);
      assert.strictEqual(again.code, 2);
      assert.match(again.stderr, /already exists; not overwritten \(use --force/);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), '用户的修改\n');
      const forced = run(['report', 'acceptance', '.', '--out', 'out/acc.md', '--force', '--locale', 'zh-CN', '--today', '2027-01-27'], dir);
      assert.strictEqual(forced.code, 0, forced.stderr);
      assert.strictEqual(fs.readFileSync(file, 'utf8'), fs.readFileSync(path.join(GOLDEN, 'acceptance.zh-CN.md'), 'utf8'));
    });

    it('writes into a folder under the name that says what and when', () => {
      const r = run(['report', 'weekly', 'bank-log.project.yaml', '--week', '2027-W04', '--locale', 'zh-CN', '--out', 'reports/'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.ok(fs.existsSync(path.join(dir, 'reports', '2027-W04-bank-log-impl-周报.md')), fs.readdirSync(path.join(dir, 'reports')).join(','));
      const poc = run(['report', 'poc', '.', '--locale', 'en', '--out', 'reports/'], dir);
      assert.strictEqual(poc.code, 0, poc.stderr);
      assert.ok(fs.existsSync(path.join(dir, 'reports', '2027-01-27-bank-log-poc-poc-report.md')));
    });

    it('writes a standalone offline HTML page with --format html (Mermaid inlined, strict CSP, tables rendered)', () => {
      const r = run(['report', 'weekly', 'bank-log.project.yaml', '--week', '2027-W04', '--locale', 'zh-CN', '--format', 'html', '--out', 'reports/'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      const page = fs.readFileSync(path.join(dir, 'reports', '2027-W04-bank-log-impl-周报.html'), 'utf8');
      assert.match(page, /^<!DOCTYPE html>/);
      assert.match(page, /Content-Security-Policy" content="default-src 'none'; script-src 'nonce-/);
      assert.ok(!/<script[^>]+src=/.test(page), 'no external script');
      assert.match(page, /<table>/);
      assert.match(page, /<code class="language-mermaid">/);
      assert.ok(page.length > 1_000_000, 'Mermaid is inlined');
      assert.strictEqual(run(['report', 'weekly', 'bank-log.project.yaml', '--format', 'pdf'], dir).code, 2);
    });

    it('still reports a plan with broken YAML, listing the errors', () => {
      fs.writeFileSync(path.join(dir, 'bank-log.project.yaml'), fs.readFileSync(path.join(dir, 'bank-log.project.yaml'), 'utf8').replace('tasks:\n', 'tasks:\n  - { id: PX, name: [broken\n'));
      const r = run(['report', 'weekly', 'bank-log.project.yaml', '--locale', 'en'], dir);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /## \d+\. Data problems[\s\S]*bank-log\.project\.yaml:\d+ `yaml-syntax`/);
    });

    it('asks for one plan when a folder has several', () => {
      fs.copyFileSync(path.join(dir, 'bank-log.project.yaml'), path.join(dir, 'other.project.yaml'));
      const r = run(['report', 'weekly', '.'], dir);
      assert.strictEqual(r.code, 2);
      assert.match(r.stderr, /several \*\.project\.yaml.*bank-log\.project\.yaml, other\.project\.yaml/);
    });
  });

  describe('bad usage', () => {
    const cases: [string[], RegExp][] = [
      [['report'], /kind must be weekly, poc or acceptance/],
      [['report', 'monthly', 'examples'], /kind must be weekly, poc or acceptance \(got monthly\)/],
      [['report', 'weekly'], /needs a plan file or a folder/],
      [['report', 'weekly', 'examples', '--week', '2027-4'], /--week must be an ISO week/],
      [['report', 'weekly', 'examples', '--today', '2027-02-30'], /--today must be a date/],
      [['report', 'weekly', 'examples', '--locale', 'fr'], /--locale must be zh-CN or en/],
      [['report', 'weekly', 'examples/bank.requirements.yaml'], /not a plan/],
      [['report', 'weekly', 'nowhere'], /no such file or folder/],
      [['report', 'weekly', 'examples', '--bogus'], /unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      it(args.join(' '), () => {
        const r = run(args);
        assert.strictEqual(r.code, 2, r.stderr);
        assert.match(r.stderr, message);
        assert.strictEqual(r.stdout, '');
      });
    }

    it('has its help', () => {
      const r = run(['report', '--help']);
      assert.strictEqual(r.code, 0);
      assert.match(r.stdout, /poc-studio report <weekly\|poc\|acceptance> <file\|folder>/);
      assert.match(run(['--help']).stdout, /poc-studio report/);
    });
  });
});
