/**
 * `poc-studio gantt` as a user runs it (the bundled bin) on the example folder: Mermaid source of
 * one plan, the portfolio of a folder, filters, Markdown, SVG, a standalone HTML page, and refusals.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');

function run(args: string[], cwd = EXAMPLES) {
  const r = cp.spawnSync(process.execPath, [BIN, 'gantt', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
    timeout: 60000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI poc-studio gantt', function () {
  this.timeout(60000);

  it('prints the Mermaid gantt of a plan: phases, critical and done tags, the milestone and the today line', () => {
    const r = run(['bank-log.project.yaml', '--locale', 'zh-CN', '--today', '2027-01-27']);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.strictEqual(lines[0], 'gantt');
    assert.ok(lines.includes('  title 某银行日志分析平台一期实施'), r.stdout);
    assert.ok(lines.includes('  section 项目实施'), r.stdout);
    // P5 started on 2027-01-19 (actualStart) and is forecast from its progress: it and what follows drive the end.
    assert.ok(lines.includes('  项目启动会（孙七） :crit, done, b0, 2027-01-04, 2027-01-05'), r.stdout);
    assert.ok(lines.includes('  报表开发（赵六） :crit, active, b4, 2027-01-19, 2027-02-05'), r.stdout);
    assert.strictEqual(lines.filter((l) => / :.*\bb\d+, \d{4}/.test(l)).length, 10);
    assert.strictEqual(lines.filter((l) => l.includes(':milestone')).length, 1);
    assert.ok(lines.includes('  今天 2027-01-27 :vert, today, 2027-01-27, 0d'), r.stdout);
  });

  it('prints the portfolio of a folder (one section per plan) and filters by owner and critical path', () => {
    const all = run(['.', '--locale', 'en', '--today', '2027-01-27']);
    assert.strictEqual(all.code, 0, all.stderr);
    const sections = all.stdout.split('\n').filter((l) => l.startsWith('  section '));
    assert.deepStrictEqual(sections.length, 2, all.stdout);
    const zhao = run(['.', '--owner', 'zhao', '--locale', 'en']);
    const bars = zhao.stdout.split('\n').filter((l) => / :.*\bb\d+, \d{4}/.test(l));
    assert.ok(bars.length > 0 && bars.every((l) => l.includes('赵六')), zhao.stdout);
    const crit = run(['bank-log.project.yaml', '--critical']);
    const critBars = crit.stdout.split('\n').filter((l) => / :.*\bb\d+, \d{4}/.test(l));
    assert.ok(critBars.length > 0 && critBars.every((l) => l.includes(':crit') || l.includes('crit,')), crit.stdout);
    assert.ok(critBars.length < 10);
  });

  it('writes Markdown and a standalone HTML page, and never overwrites without --force', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-cli-'));
    try {
      const md = path.join(dir, 'plan.md');
      assert.strictEqual(run(['bank-log.poc.yaml', '--format', 'markdown', '--out', md]).code, 0);
      assert.match(fs.readFileSync(md, 'utf8'), /^```mermaid\ngantt\n/);
      const html = path.join(dir, 'plan.html');
      const r = run(['bank-log.project.yaml', '--format', 'html', '--out', html]);
      assert.strictEqual(r.code, 0, r.stderr);
      const page = fs.readFileSync(html, 'utf8');
      assert.match(page, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">/);
      assert.ok(page.length < 100_000, `the SVG page is small (${page.length} characters)`);
      assert.ok(!/mermaid/i.test(page), 'no Mermaid inside');
      assert.ok(!/<script/i.test(page), 'no script at all');
      assert.strictEqual(page.match(/<svg /g)?.length, 1);
      fs.writeFileSync(html, 'mine');
      const again = run(['bank-log.project.yaml', '--format', 'html', '--out', html]);
      assert.strictEqual(again.code, 2);
      assert.match(again.stderr, /already exists/);
      assert.strictEqual(fs.readFileSync(html, 'utf8'), 'mine');
      assert.strictEqual(run(['bank-log.project.yaml', '--format', 'html', '--out', html, '--force']).code, 0);
      assert.notStrictEqual(fs.readFileSync(html, 'utf8'), 'mine');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--format svg: one SVG with a bar for each of the 10 tasks, dependency arrows and the baseline of P5', () => {
    const r = run(['bank-log.project.yaml', '--format', 'svg', '--locale', 'zh-CN', '--today', '2027-01-27']);
    assert.strictEqual(r.code, 0, r.stderr);
    const svg = r.stdout;
    assert.strictEqual(svg.match(/<svg /g)?.length, 1);
    assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const bars = [...svg.matchAll(/<g id="bar-(\d+)"/g)].map((m) => Number(m[1]));
    assert.deepStrictEqual(bars, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    assert.ok((svg.match(/<polyline id="arrow-\d+-\d+"/g) ?? []).length >= 9, 'finish-to-start arrows');
    assert.ok(svg.includes('id="arrow-0-1"'), 'P1 → P2');
    // P5 (报表开发) is bar 4: its baseline 2027-01-15 – 2027-01-26 and its slip are in the tooltip.
    assert.ok(svg.includes('id="base-4"'), 'the baseline bar of P5');
    const p5 = /<g id="bar-4"[^>]*><title>([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    assert.match(p5, /报表开发/);
    assert.match(p5, /基线：2027-01-15 – 2027-01-26/);
    assert.match(p5, /比原计划晚 \d+ 个工作日/);
    assert.doesNotMatch(p5, /偏差/);
    assert.match(svg, /逾期 1 天/);
    assert.ok(svg.includes('data-legend="baseline"') && svg.includes('data-legend="today"'));
    assert.ok(!/<script|\son\w+=/i.test(svg));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-svg-'));
    try {
      // Without --format, the --out extension chooses it.
      const out = path.join(dir, 'plan.gantt.svg');
      assert.strictEqual(run(['bank-log.project.yaml', '--out', out, '--theme', 'dark']).code, 0);
      assert.match(fs.readFileSync(out, 'utf8'), /^<svg [^>]*class="poc-gantt theme-dark"/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    assert.strictEqual(run(['bank-log.project.yaml', '--format', 'svg', '--theme', 'pink']).code, 2);
  });

  it('--format png (or an --out ending in .png): the SVG drawn as a PNG at twice its size, never printed to the terminal', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-gantt-png-'));
    try {
      const out = path.join(dir, 'plan.gantt.png');
      const r = run(['bank-log.project.yaml', '--out', out, '--locale', 'zh-CN', '--today', '2027-01-27']);
      assert.strictEqual(r.code, 0, r.stderr);
      const png = fs.readFileSync(out);
      assert.strictEqual(png.subarray(1, 4).toString('latin1'), 'PNG');
      const svg = run(['bank-log.project.yaml', '--format', 'svg', '--locale', 'zh-CN', '--today', '2027-01-27']).stdout;
      const [, w, h] = /<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg)!;
      assert.deepStrictEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [Number(w) * 2, Number(h) * 2]);
      assert.strictEqual(run(['bank-log.project.yaml', '--format', 'png']).code, 2, 'no --out');
      assert.strictEqual(run(['bank-log.project.yaml', '--out', out]).code, 2, 'never over a file');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses what is not a plan, and bad options, with exit code 2', () => {
    assert.strictEqual(run(['bank.stakeholders.yaml']).code, 2);
    assert.strictEqual(run(['nope.poc.yaml']).code, 2);
    assert.strictEqual(run(['bank-log.poc.yaml', '--format', 'pdf']).code, 2);
    assert.strictEqual(run([]).code, 2);
  });
});
