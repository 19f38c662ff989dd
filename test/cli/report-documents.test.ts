/**
 * `poc-studio report … --format docx|eml` as a user runs it (issue 16): the example's acceptance
 * report as a Word document with the signature block, the weekly report as an e-mail draft with
 * its recipients, the customer edition, never over a file, and bad usage. (The documents
 * themselves are checked in depth by server/src/documents/*.test.ts and, through LibreOffice, by
 * test/documents/.)
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { simpleParser } from 'mailparser';
import { INTERNAL_WORDS } from '../internal-words';

const REPO = path.resolve(__dirname, '../../..');
const BIN = path.join(REPO, 'bin', 'poc-studio.js');
const EXAMPLES = path.join(REPO, 'examples');

function run(args: string[], cwd: string) {
  const r = cp.spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, timeout: 120000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI poc-studio report --format docx|eml', function () {
  this.timeout(120000);
  let dir: string;
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-docs-'))));
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes the acceptance report as a Word document with the signature block, and never over a file', async () => {
    const out = path.join(dir, 'acc.docx');
    const r = run(['report', 'acceptance', EXAMPLES, '--format', 'docx', '--out', out, '--locale', 'zh-CN', '--today', '2027-01-27'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const text of ['项目验收报告', '签字确认', '客户方（甲方）', '实施方（乙方）', '盖章', '合同编号：HT-2026-1228', '《系统部署手册》']) assert.ok(xml.includes(text), text);
    assert.match(await zip.file('word/styles.xml')!.async('string'), /w:eastAsia="[^"]+"/);
    const again = run(['report', 'acceptance', EXAMPLES, '--format', 'docx', '--out', out], dir);
    assert.strictEqual(again.code, 2);
    assert.match(again.stderr, /already exists/);
  });

  it('writes a Word document under its usual name when no --out is given', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'cwd-'));
    const r = run(['report', 'poc', EXAMPLES, '--format', 'docx', '--locale', 'en', '--today', '2027-01-27'], sub);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.deepStrictEqual(fs.readdirSync(sub), ['2027-01-27-bank-log-poc-poc-report.docx']);
  });

  it('writes the weekly report as an e-mail draft to the project’s recipients', async () => {
    const out = path.join(dir, 'weekly.eml');
    const r = run(['report', 'weekly', path.join(EXAMPLES, 'bank-log.project.yaml'), '--week', '2027-W04', '--format', 'eml', '--edition', 'customer', '--out', out, '--locale', 'zh-CN', '--today', '2027-01-27'], dir);
    assert.strictEqual(r.code, 0, r.stderr);
    const raw = fs.readFileSync(out);
    const mail = await simpleParser(raw);
    assert.strictEqual(mail.subject, '【周报】某银行日志分析平台一期实施 2027-W04');
    assert.strictEqual(mail.headers.get('x-unsent'), '1');
    const to = Array.isArray(mail.to) ? mail.to : [mail.to];
    assert.deepStrictEqual(to.flatMap((a) => a?.value.map((v) => v.address)), ['cio-liu@bank.example.cn']);
    const cc = Array.isArray(mail.cc) ? mail.cc : [mail.cc];
    assert.deepStrictEqual(cc.flatMap((a) => a?.value.map((v) => v.address)), ['sun@vendor.example.com']);
    assert.ok(mail.html && mail.text, 'HTML and text parts');
    const html = String(mail.html);
    assert.match(html, /整体状态/);
    for (const w of INTERNAL_WORDS) assert.ok(!html.includes(w) && !mail.text!.includes(w), `customer edition mail contains ${w}`);
    const cids = [...html.matchAll(/src="cid:([^"]+)"/g)].map((m) => m[1]);
    for (const cid of cids) assert.ok(mail.attachments.some((a) => a.cid === cid && a.contentType === 'image/png'), `image part for cid ${cid}`);
  });

  it('refuses an unknown format or edition', () => {
    assert.strictEqual(run(['report', 'weekly', EXAMPLES, '--format', 'pdf'], dir).code, 2);
    const e = run(['report', 'weekly', EXAMPLES, '--edition', 'secret'], dir);
    assert.strictEqual(e.code, 2);
    assert.match(e.stderr, /--edition must be customer or internal/);
  });
});
