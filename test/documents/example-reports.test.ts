/**
 * The example's real reports as they leave the product (issue 16): each of the three kinds written
 * by `poc-studio report … --format docx` (both editions, both languages where they differ) is
 * opened by LibreOffice and read back from its PDF; the weekly report's e-mail draft is parsed
 * back with mailparser; the injection folder's reports survive Word and e-mail as text; a plan
 * with errors still gives its documents, the data problems only in the internal edition.
 * First pages are kept as test-results/docx-example-<name>-page1.png.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { writeInjectionFolder } from '../webview/injection-corpus';
import { INTERNAL_WORDS } from '../internal-words';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');
const RESULTS = path.join(REPO, 'test-results');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  assert.strictEqual(r.status, 0, `poc-studio ${args.join(' ')}: ${r.stderr}`);
}
function run(cmd: string, args: string[], timeout = 60_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout });
  if (r.error) throw r.error;
  assert.strictEqual(r.status, 0, `${cmd} ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}
const squash = (s: string) => s.replace(/[\s-]+/g, '');

interface Case {
  name: string;
  args: string[];
  /** Text the PDF must hold (white space and hyphens ignored). */
  has: string[];
  /** Text it must not hold. */
  not?: string[];
}

const CASES: Case[] = [
  {
    name: 'acceptance-zh-customer',
    args: ['acceptance', EXAMPLES, '--locale', 'zh-CN', '--edition', 'customer'],
    has: ['项目验收报告·某银行日志分析平台一期实施', '合同编号：HT20261228', '验收类型：终验', '《系统部署手册》', '客户方（甲方）', '实施方（乙方）', '代表签字', '盖章', '第1页/共'],
    not: ['数据问题', 'POCStudio', 'sunn'],
  },
  { name: 'acceptance-en-internal', args: ['acceptance', EXAMPLES, '--locale', 'en'], has: ['Acceptancereport', 'Signatures', 'Dataproblems', "'sunn'", 'Page1of'] },
  { name: 'poc-zh-customer', args: ['poc', EXAMPLES, '--locale', 'zh-CN', '--edition', 'customer'], has: ['POC报告', '项目背景与痛点', '测试环境', '成功标准与结果', '压测报告：P95=1.8秒', '确认'], not: ['选型理由'] },
  { name: 'weekly-zh-internal', args: ['weekly', EXAMPLES, '--week', '2027-W04', '--locale', 'zh-CN'], has: ['周报·某银行日志分析平台一期实施·2027W04', '整体状态', '需客户配合事项', '已告知销售', '数据问题'] },
];

describe('the example’s reports as Word documents and e-mail drafts', function () {
  this.timeout(240_000);
  let tmp = '';
  const pdfText = new Map<string, { text: string; pages: number }>();

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-example-docs-'));
    const files = CASES.map((c) => {
      const out = path.join(tmp, `${c.name}.docx`);
      cli(['report', ...c.args, '--format', 'docx', '--today', '2027-01-27', '--out', out], tmp);
      return out;
    });
    const profile = pathToFileURL(path.join(tmp, 'profile')).href;
    run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--nologo', '--convert-to', 'pdf', '--outdir', tmp, ...files], 180_000);
    fs.mkdirSync(RESULTS, { recursive: true });
    for (const c of CASES) {
      const pdf = path.join(tmp, `${c.name}.pdf`);
      assert.ok(fs.existsSync(pdf), `LibreOffice wrote no ${c.name}.pdf`);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [pdf]))?.[1]);
      pdfText.set(c.name, { text: squash(run('pdftotext', [pdf, '-'])), pages });
      run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(RESULTS, `docx-example-${c.name}-page1`)]);
    }
  });
  after(() => tmp && fs.rmSync(tmp, { recursive: true, force: true }));

  for (const c of CASES) {
    it(`${c.name}: LibreOffice opens it and shows its text`, () => {
      const { text, pages } = pdfText.get(c.name)!;
      for (const s of c.has) assert.ok(text.includes(squash(s)), `${s} in ${c.name}.pdf`);
      for (const s of c.not ?? []) assert.ok(!text.includes(squash(s)), `${s} not in ${c.name}.pdf`);
      assert.ok(pages >= 1 && pages <= 8, `${pages} pages`);
      assert.ok(text.includes(squash(`共${pages}页`)) || text.includes(`of${pages}`), `the footer counts ${pages} pages`);
    });
  }

  it('puts the charts in the Word document as pictures', async () => {
    const out = path.join(tmp, 'weekly-pictures.docx');
    cli(['report', 'weekly', EXAMPLES, '--week', '2027-W04', '--format', 'docx', '--out', out], tmp);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    assert.ok(media.length >= 1, `pictures: ${media.join(', ')}`);
    assert.match(await zip.file('word/document.xml')!.async('string'), /<w:drawing>/);
  });

  it('keeps the injection corpus as text in the reports’ Word documents and e-mail drafts', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'inj-'));
    writeInjectionFolder(dir);
    const plans = fs.readdirSync(dir).filter((f) => /\.(project|poc)\.yaml$/.test(f));
    assert.ok(plans.length > 0);
    for (const plan of plans) {
      const kinds = plan.endsWith('.poc.yaml') ? ['poc'] : ['weekly', 'acceptance'];
      for (const kind of kinds) {
        const docx = path.join(dir, `${plan}-${kind}.docx`);
        cli(['report', kind, path.join(dir, plan), '--format', 'docx', '--out', docx, '--today', '2027-01-27', '--week', '2027-W04'], dir);
        const zip = await JSZip.loadAsync(fs.readFileSync(docx));
        const xml = await zip.file('word/document.xml')!.async('string');
        assert.doesNotMatch(xml, /<script|<w:fldSimple[^>]*(HYPERLINK|INCLUDE|DDE)|<w:hyperlink/i, `${plan} ${kind}: no active content`);
        const rels = await zip.file('word/_rels/document.xml.rels')!.async('string');
        assert.doesNotMatch(rels, /TargetMode="External"/, `${plan} ${kind}: no external link`);
      }
      if (kinds.includes('weekly')) {
        const eml = path.join(dir, `${plan}.eml`);
        cli(['report', 'weekly', path.join(dir, plan), '--format', 'eml', '--out', eml, '--today', '2027-01-27', '--week', '2027-W04'], dir);
        const raw = fs.readFileSync(eml, 'utf8');
        const headerEnd = raw.indexOf('\r\n\r\n');
        const headers = raw.slice(0, headerEnd);
        assert.doesNotMatch(headers, /^(bcc|from|reply-to):/im, `${plan}: no injected header`);
        const mail = await simpleParser(raw);
        assert.ok(!String(mail.subject).includes('\n'));
        // Text is escaped, so every `<` left starts a tag the product wrote: none may be active.
        for (const [, tag, attrs] of String(mail.html).matchAll(/<\/?([a-zA-Z][^\s>/]*)([^>]*)>/g)) {
          assert.doesNotMatch(tag, /^(script|iframe|object|embed|link|form|base|svg)$/i, `${plan}: <${tag}> in the mail`);
          assert.doesNotMatch(attrs, /\son\w+\s*=|javascript:|refresh/i, `${plan}: an active attribute on <${tag}>`);
          for (const [, , url] of attrs.matchAll(/(href|src)\s*=\s*["']([^"']*)["']/gi)) assert.match(url, /^(cid:|#|data:image\/png;base64,)/, `${plan}: <${tag}> loads ${url.slice(0, 60)}`);
        }
      }
    }
  });

  it('still writes the documents of a plan with errors, the data problems in the internal edition only', async () => {
    const text = async (edition: string) => {
      const out = path.join(tmp, `errors-${edition}.docx`);
      cli(['report', 'acceptance', EXAMPLES, '--format', 'docx', '--edition', edition, '--locale', 'zh-CN', '--out', out], tmp);
      return (await JSZip.loadAsync(fs.readFileSync(out))).file('word/document.xml')!.async('string');
    };
    assert.match(await text('internal'), /数据问题/);
    const customer = await text('customer');
    for (const w of INTERNAL_WORDS) assert.ok(!customer.includes(w), `customer Word document holds ${w}`);
  });
});
