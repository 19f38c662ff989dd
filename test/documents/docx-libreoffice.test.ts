/**
 * The Word reports opened by a real word processor: each generated .docx (a Chinese acceptance
 * report with the signature block, an English weekly report, a document full of injection
 * payloads) is converted to PDF by LibreOffice (headless, a private profile so that parallel runs
 * do not clash), then read back with poppler: the PDF's text holds the title, headings, table
 * cells, the signature labels and the page footer (whose "共 N 页" must be the PDF's page count),
 * and a PNG of its first page is kept in test-results/docx-<name>-page1.png.
 *
 * Needs `soffice` (Debian libreoffice-writer-nogui) and `pdftotext` / `pdfinfo` / `pdftoppm`
 * (poppler-utils); `npm test` installs them when it runs as root.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { renderDocx } from '../../server/src/documents/docx';
import { CREATED, REPO, acceptanceZh, injectionDoc, loadPayloads, stubCharts, weeklyEn } from '../../server/src/documents/docx/testing';
import type { ChartRenderer, ReportDoc } from '../../server/src/core/reports/doc';

const RESULTS = path.join(REPO, 'test-results');
const TOOLS: Record<string, string> = { soffice: 'libreoffice-writer-nogui', pdftotext: 'poppler-utils', pdfinfo: 'poppler-utils', pdftoppm: 'poppler-utils' };
const PAYLOADS = loadPayloads();

function missingTools(): string[] {
  return Object.keys(TOOLS).filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
}

function run(cmd: string, args: string[], timeout = 30_000, env?: NodeJS.ProcessEnv): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout, env });
  if (r.error) throw r.error;
  assert.strictEqual(r.status, 0, `${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return r.stdout;
}

/**
 * `POC_STUDIO_NO_CJK_FONT=1`: LibreOffice sees the DejaVu fonts only (a fontconfig file of its own),
 * as on a machine without a CJK font; the checks hold either way (the PDF keeps the characters).
 */
function fontEnv(dir: string): NodeJS.ProcessEnv | undefined {
  if (!process.env.POC_STUDIO_NO_CJK_FONT) return undefined;
  const conf = path.join(dir, 'fonts.conf');
  const dejavu = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu'].filter((d) => fs.existsSync(d));
  fs.writeFileSync(conf, `<?xml version="1.0"?>\n<fontconfig>\n${dejavu.map((d) => `  <dir>${d}</dir>`).join('\n')}\n  <cachedir>${path.join(dir, 'font-cache')}</cachedir>\n</fontconfig>\n`);
  return { ...process.env, FONTCONFIG_FILE: conf };
}

/**
 * Text without white space or hyphens: pdftotext breaks lines and spaces CJK text as the layout
 * falls, and drops a hyphen that ends a line (it takes it for a word broken in two).
 */
const squash = (s: string) => s.replace(/[\s-]+/g, '');

interface Case {
  name: string;
  doc: ReportDoc;
  charts?: ChartRenderer;
}

const CASES: Case[] = [
  { name: 'acceptance-zh', doc: acceptanceZh(), charts: stubCharts },
  { name: 'weekly-en', doc: weeklyEn(), charts: stubCharts },
  { name: 'injection', doc: injectionDoc(PAYLOADS) },
];

interface Converted {
  pdf: string;
  text: string;
  pages: number;
  pageText: (n: number) => string;
}

describe('Word reports in LibreOffice', function () {
  this.timeout(180_000);
  const converted = new Map<string, Converted>();
  let tmp = '';

  before(async () => {
    const missing = missingTools();
    if (missing.length) {
      const pkgs = [...new Set(missing.map((t) => TOOLS[t]))];
      throw new Error(
        `missing ${missing.join(', ')}: install Debian package(s) ${pkgs.join(' ')} (apt-get install -y ${pkgs.join(' ')}); ` +
          '`npm test -- documents` installs them when it runs as root',
      );
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-docx-lo-'));
    const files: string[] = [];
    for (const c of CASES) {
      const file = path.join(tmp, `${c.name}.docx`);
      fs.writeFileSync(file, await renderDocx(c.doc, { charts: c.charts, created: CREATED }));
      files.push(file);
    }
    // One LibreOffice start for the three documents, with its own profile.
    const profile = pathToFileURL(path.join(tmp, 'profile')).href;
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', tmp, ...files], 120_000, fontEnv(tmp));
    fs.mkdirSync(RESULTS, { recursive: true });
    for (const c of CASES) {
      const pdf = path.join(tmp, `${c.name}.pdf`);
      assert.ok(fs.existsSync(pdf), `LibreOffice wrote no ${path.basename(pdf)}`);
      const info = run('pdfinfo', [pdf]);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      const pageText = (n: number) => run('pdftotext', ['-f', String(n), '-l', String(n), pdf, '-']);
      converted.set(c.name, { pdf, text: run('pdftotext', [pdf, '-']), pages, pageText });
      run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(RESULTS, `docx-${c.name}-page1`)]);
    }
  });

  after(() => {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  });

  const get = (name: string) => converted.get(name) as Converted;

  it('keeps a PNG of the first page of each document', () => {
    for (const c of CASES) {
      const png = fs.readFileSync(path.join(RESULTS, `docx-${c.name}-page1.png`));
      assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      assert.ok(png.length > 1000, `${c.name}: ${png.length} bytes`);
    }
  });

  it('shows the Chinese acceptance report: title, headings, table cells, pictures’ neighbours, the signature block', () => {
    const { text, pages, pageText } = get('acceptance-zh');
    const t = squash(text);
    for (const s of ['验收报告·某银行日志平台实施', '一、验收概况', '2.1功能', '日志采集覆盖全部生产主机', '有条件通过', '告警值班表待客户提供', '本报告由POCStudio生成。'])
      assert.ok(t.includes(s), `${s} in the PDF`);
    for (const s of ['甲方（客户）', '乙方（实施方）', '单位', '验收结论', '代表签字', '日期', '盖章', '□通过', '某银行股份有限公司']) assert.ok(t.includes(s), `${s} in the PDF`);
    assert.ok(pages >= 2 && pages <= 4, `${pages} pages`);
    // The signature block is on one page, with its heading.
    const signaturePage = Array.from({ length: pages }, (_, i) => i + 1).find((n) => squash(pageText(n)).includes('甲方（客户）')) as number;
    assert.ok(signaturePage, 'a page with the signature block');
    const page = squash(pageText(signaturePage));
    for (const s of ['五、签字确认', '单位', '代表签字', '盖章']) assert.ok(page.includes(s), `${s} on the signature block’s page`);
  });

  it('draws the charts’ pictures at their size (not clipped by the line spacing)', () => {
    // The stub picture is one colour (70, 130, 180) shown 1200 × 675 px scaled to the text width:
    // about a quarter of an A4 page. Page 1 at 20 dpi as a binary PPM, its pixels of that colour counted.
    const ppm = spawnSync('pdftoppm', ['-r', '20', '-f', '1', '-l', '1', '-singlefile', get('acceptance-zh').pdf], { timeout: 30_000 }).stdout as Buffer;
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    assert.ok(header, 'a binary PPM');
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = ppm.subarray(header[0].length);
    let blue = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) if (Math.abs(pixels[i] - 70) + Math.abs(pixels[i + 1] - 130) + Math.abs(pixels[i + 2] - 180) < 40) blue++;
    const share = blue / (width * height);
    assert.ok(share > 0.15 && share < 0.4, `the picture covers ${(share * 100).toFixed(1)} % of page 1`);
  });

  it('numbers the pages of the Chinese report in the footer: 第 X 页 / 共 Y 页 with the company', () => {
    const { pages, pageText } = get('acceptance-zh');
    for (let n = 1; n <= pages; n++) {
      const page = squash(pageText(n));
      assert.ok(page.includes(`第${n}页/共${pages}页`), `page ${n}: ${page.slice(-80)}`);
      assert.ok(page.includes('星云数据科技有限公司'), `page ${n} has the company`);
      assert.ok(page.includes('某银行·日志平台实施'), `page ${n} has the header`);
    }
  });

  it('shows the English weekly report on one page, "Page 1 of 1"', () => {
    const { text, pages } = get('weekly-en');
    const t = squash(text);
    for (const s of ['Weeklyreport·Logplatformrollout·2027W04', '1.Progress', 'Projectmanager', '50.5', 'Hourscomefromthetimesheetoftheweek.', 'Page1of1'])
      assert.ok(t.includes(s), `${s} in the PDF`);
    assert.strictEqual(pages, 1);
  });

  it('shows the injection payloads as text, on pages numbered in the footer', () => {
    const { text, pages, pageText } = get('injection');
    assert.ok(pages >= 2, `${pages} pages`);
    assert.ok(squash(pageText(pages)).includes(`第${pages}页/共${pages}页`));
    const t = squash(text);
    // Printable ASCII payloads (pdftotext reorders bidirectional text and drops control characters).
    const ascii = PAYLOADS.filter((p) => /^[\x20-\x7e]+$/.test(p) && p.length < 200);
    assert.ok(ascii.length > 30);
    const missing = ascii.filter((p) => !t.includes(squash(p)));
    assert.deepStrictEqual(missing, []);
  });
});
