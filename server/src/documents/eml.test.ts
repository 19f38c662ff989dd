/**
 * The report as an e-mail draft, parsed back with mailparser: subject, X-Unsent, Date, the HTML
 * and text alternatives, every `cid:` of the HTML an inline image/png part, recipients (an
 * invalid one left out); no header injection through a title, subject or address; the injection
 * corpus only as text in the HTML (a strict reader of the markup we write) and in the text part.
 * The sample draft is kept as test-results/report-weekly-zh.eml (open it in a mail client).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { renderEml, mailbox, headerLine } from './eml';
import { chartRenderer } from './chart-png';
import { cleanText } from './email-text';
import { xmlText } from '../core/gantt/svg';
import type { ChartRenderer, ReportDoc, Block } from '../core/reports/doc';
import { SAMPLE_BARS, SAMPLE_GANTT, SAMPLE_PIE } from '../core/reports/charts/testing';

const REPO = path.resolve(__dirname, '../../../..');
const PAYLOADS: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));
const DATE = new Date('2027-01-29T09:30:00Z');

function weekly(extra: Partial<ReportDoc> = {}, blocks: Block[] = []): ReportDoc {
  return {
    kind: 'weekly',
    edition: 'internal',
    locale: 'zh-CN',
    title: '周报 · 某银行日志平台实施 · 2027-W04',
    customer: '某银行',
    project: '某银行日志平台实施',
    company: '某某科技',
    subject: '【周报】某银行日志平台实施 2027-W04',
    blocks: [
      { type: 'heading', level: 2, text: '一、本周进展' },
      { type: 'paragraph', text: ['本周完成 ', { strong: '3' }, ' 项任务，', { code: 'P2' }, ' 进行中。'] },
      { type: 'list', items: ['环境部署完成', [{ em: '日志接入' }, ' 40%']] },
      { type: 'table', header: ['任务', '负责人', '工时'], rows: [['P1 环境部署', '张三', '32'], ['P2 日志接入', '赵六', '18.5'], ['合计', '', '50.5']], total: true },
      { type: 'heading', level: 3, text: '1. 甘特图' },
      { type: 'chart', chart: SAMPLE_GANTT },
      { type: 'chart', chart: SAMPLE_PIE },
      { type: 'chart', chart: SAMPLE_BARS },
      { type: 'rule' },
      { type: 'paragraph', role: 'footer', text: '本报告由 POC Studio 生成，请核对后发送。' },
      ...blocks,
    ],
    ...extra,
  };
}

async function parse(eml: Uint8Array): Promise<ParsedMail> {
  return simpleParser(Buffer.from(eml), { keepCidLinks: true });
}

const addresses = (a: AddressObject | AddressObject[] | undefined) => (a ? (Array.isArray(a) ? a : [a]).flatMap((x) => x.value.map((v) => `${v.name}|${v.address}`)) : []);
const rawHeaders = (eml: Uint8Array) => Buffer.from(eml).toString('latin1').split('\r\n\r\n')[0];

// ---- A strict reader of the HTML we write: known tags and attributes only, text never markup.
const TAGS = new Set(['html', 'head', 'meta', 'title', 'body', 'div', 'h1', 'h2', 'h3', 'p', 'ul', 'li', 'table', 'tr', 'th', 'td', 'strong', 'em', 'code', 'img', 'hr', 'br']);
const VOID = new Set(['meta', 'img', 'hr', 'br']);
const ATTRS = new Set(['lang', 'http-equiv', 'content', 'name', 'style', 'border', 'cellspacing', 'cellpadding', 'width', 'height', 'align', 'bgcolor', 'src', 'alt']);
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: '\u00a0' })[e as string]!);

interface HtmlEl {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

function readHtml(html: string): HtmlEl[] {
  const els: HtmlEl[] = [];
  const stack: HtmlEl[] = [];
  const re = /<!DOCTYPE html>|<(\/?)([a-z0-9]+)((?:\s+[a-z-]+="[^"<>]*")*)\s*>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(html))) {
    pos = re.lastIndex;
    if (m[0] === '<!DOCTYPE html>') continue;
    if (m[4] !== undefined) {
      if (/&(?!(amp|lt|gt|quot|#39|nbsp);)/.test(m[4])) throw new Error(`raw & in text: ${m[4].slice(0, 60)}`);
      for (const e of stack) e.text += decode(m[4]);
      continue;
    }
    const [, close, tag, attrText] = m;
    if (!TAGS.has(tag)) throw new Error(`unexpected element <${tag}>`);
    if (close) {
      const open = stack.pop();
      assert.strictEqual(open?.tag, tag, `</${tag}> closes <${open?.tag}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([a-z-]+)="([^"]*)"/g)) {
      if (!ATTRS.has(a[1])) throw new Error(`unexpected attribute ${a[1]} on <${tag}>`);
      attrs[a[1]] = decode(a[2]);
    }
    if (tag === 'img') assert.match(attrs.src, /^cid:chart-\d+@poc-studio$/);
    const el = { tag, attrs, text: '' };
    els.push(el);
    if (tag === 'br') for (const e of stack) e.text += '\n';
    else if (!VOID.has(tag)) stack.push(el);
  }
  assert.strictEqual(pos, html.length, `unread HTML from ${pos}: ${html.slice(pos, pos + 80)}`);
  assert.strictEqual(stack.length, 0, 'unclosed elements');
  return els;
}

describe('report as an e-mail draft (.eml)', () => {
  it('is a draft with subject, date, recipients, HTML and text parts, and every cid: image in it', async () => {
    const eml = await renderEml(weekly(), { charts: chartRenderer({ locale: 'zh-CN' }), to: ['张三 <zhangsan@example.com>', 'li.si@example.cn'], cc: ['"王 五" <wang@example.com>'], date: DATE });
    fs.mkdirSync(path.join(REPO, 'test-results'), { recursive: true });
    fs.writeFileSync(path.join(REPO, 'test-results', 'report-weekly-zh.eml'), eml);
    const m = await parse(eml);
    assert.strictEqual(m.subject, '【周报】某银行日志平台实施 2027-W04');
    assert.strictEqual(m.headers.get('x-unsent'), '1');
    assert.strictEqual(m.date?.toISOString(), DATE.toISOString());
    assert.deepStrictEqual(addresses(m.to), ['张三|zhangsan@example.com', '|li.si@example.cn']);
    assert.deepStrictEqual(addresses(m.cc), ['王 五|wang@example.com']);
    assert.strictEqual(m.from, undefined, 'the mail client fills in the sender');
    assert.ok(typeof m.html === 'string' && m.text, 'both alternatives');
    assert.match(rawHeaders(eml), /^Content-Type: multipart\/alternative;/m);
    const html = m.html as string;
    const els = readHtml(html);
    assert.ok(!/<style|<script|\sclass=/i.test(html), 'inline styles only');
    const cids = [...html.matchAll(/src="cid:([^"]+)"/g)].map((x) => x[1]);
    assert.strictEqual(cids.length, 3, 'gantt, pie, bars');
    assert.strictEqual(new Set(cids).size, 3);
    for (const cid of cids) {
      const part = m.attachments.find((a) => a.cid === cid);
      assert.ok(part, `a part for cid:${cid}`);
      assert.deepStrictEqual([part.contentType, part.contentId, part.contentDisposition, part.related], ['image/png', `<${cid}>`, 'inline', true]);
      assert.deepStrictEqual([...part.content.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
    }
    assert.strictEqual(m.attachments.length, 3, 'no other attachment');
    const imgs = els.filter((e) => e.tag === 'img');
    assert.deepStrictEqual(imgs.map((i) => i.attrs.alt), [SAMPLE_GANTT.title, SAMPLE_PIE.title, SAMPLE_BARS.title]);
    assert.ok(imgs.every((i) => Number(i.attrs.width) > 100 && Number(i.attrs.height) > 100));
    // Tables for mail clients: collapsed borders, shaded header cells, padding on every cell.
    const table = els.find((e) => e.tag === 'table')!;
    assert.match(table.attrs.style, /border-collapse:collapse/);
    const th = els.find((e) => e.tag === 'th')!;
    assert.match(th.attrs.style, /border:1px solid #d0d7de;padding:6px 10px;.*background-color:#f3f4f6/);
    assert.strictEqual(th.attrs.bgcolor, '#f3f4f6');
    assert.ok(els.filter((e) => e.tag === 'td').every((td) => /border:1px solid/.test(td.attrs.style) && /padding:/.test(td.attrs.style)));
    assert.match(els.find((e) => e.tag === 'h2')!.attrs.style, /font-size:18px/);
    assert.match(els.find((e) => e.tag === 'h3')!.attrs.style, /font-size:15px/);
    assert.ok(els.filter((e) => /^(p|h[123]|table|ul|div)$/.test(e.tag) && e.text.trim()).every((e) => /Microsoft YaHei/.test(e.attrs.style)), 'CJK font stack');
    const total = els.filter((e) => e.tag === 'tr').find((r) => r.text.startsWith('合计'))!;
    assert.ok(els.slice(els.indexOf(total) + 1, els.indexOf(total) + 4).every((td) => /font-weight:bold/.test(td.attrs.style)), 'the total row in bold');
    // The text part: headings underlined, the table aligned, the charts as data.
    assert.match(m.text!, /一、本周进展\n={12}\n/);
    assert.match(m.text!, /任务 {8}\| 负责人 \| 工时\n-{12}\+-{8}\+-{5}\nP1 环境部署 \| 张三 {3}\| 32\n/);
    assert.match(m.text!, /【图表】任务状态分布\n\n类别 {3}\| 数值 \| 占比\n/);
  });

  it('writes a chart as its data table when it has no picture (no renderer, undefined, or a failing one)', async () => {
    const failing: ChartRenderer = async (c) => {
      if (c.kind === 'pie') throw new Error('boom');
      return c.kind === 'bars' ? undefined : chartRenderer({ locale: 'zh-CN' })(c);
    };
    for (const charts of [undefined, failing]) {
      const m = await parse(await renderEml(weekly(), { charts, date: DATE }));
      const html = m.html as string;
      const els = readHtml(html);
      const cids = [...html.matchAll(/src="cid:([^"]+)"/g)].map((x) => x[1]);
      assert.strictEqual(cids.length, charts ? 1 : 0);
      assert.strictEqual(m.attachments.length, cids.length);
      assert.ok(cids.every((c) => m.attachments.some((a) => a.cid === c)));
      const ths = els.filter((e) => e.tag === 'th').map((e) => e.text);
      assert.ok(ths.includes('占比') && ths.includes('数值（小时）'), ths.join(','));
      assert.ok(els.some((e) => e.tag === 'p' && e.text === SAMPLE_PIE.title), 'the chart title above its table');
      assert.strictEqual(els.some((e) => e.tag === 'th' && e.text === '基线结束'), !charts, 'the Gantt as a table only without a picture');
    }
  });

  it('cannot gain a header through a title, subject or address', async () => {
    const evil = '周报\r\nBcc: evil@x.example\r\nX-Evil: 1\n\nbody';
    for (const doc of [weekly({ subject: undefined, title: evil }), weekly({ subject: `【周报】${evil}\u2028\u0085\u0000` })]) {
      const eml = await renderEml(doc, {
        from: 'pm@example.com\r\nBcc: evil@x.example',
        to: ['ok@example.com', 'a@example.com\r\nBcc: evil@x.example', 'x@y.example>, evil@x.example', 'no-at-sign', '<script>@x.example', 'evil@x.example\n'],
        cc: ['Evil\r\nBcc: e <evil@x.example>', 'ok2@example.com'],
        date: DATE,
      });
      const m = await parse(eml);
      const head = rawHeaders(eml);
      assert.ok(!m.headers.has('bcc') && !m.headers.has('x-evil'), [...m.headers.keys()].join(','));
      assert.ok(!/^(bcc|x-evil):/im.test(head), head);
      assert.ok(!/evil@x\.example/.test(head), 'no address of the payloads in any header');
      const expected = headerLine(doc.subject ?? doc.title);
      assert.strictEqual(m.subject, expected);
      assert.ok(!/[\r\n]/.test(m.subject!), 'one line');
      assert.deepStrictEqual(addresses(m.to), ['|ok@example.com']);
      assert.deepStrictEqual(addresses(m.cc), ['|ok2@example.com']);
      assert.strictEqual(m.from, undefined, 'an invalid sender is left out');
      assert.strictEqual(m.headers.get('x-unsent'), '1');
    }
    assert.deepStrictEqual(mailbox('张三 <zhangsan@example.com>'), { name: '张三', address: 'zhangsan@example.com' });
    assert.deepStrictEqual(mailbox(' "Li, Si" <li.si+pm@mail.example.cn> '), { name: 'Li, Si', address: 'li.si+pm@mail.example.cn' });
    assert.deepStrictEqual(mailbox('用户@例子.中国'), { name: '', address: '用户@例子.中国' });
    for (const bad of ['', 'a@b', 'a..b@x.example', '.a@x.example', 'a b@x.example', 'a@-x.example', 'a@x.example\t', 'a@x.example>']) assert.strictEqual(mailbox(bad), undefined, bad);
  });

  it('holds the injection corpus as text in the HTML, the text part and the subject', async () => {
    const sig: Block = {
      type: 'signature',
      signature: { labels: { organisation: '单位', conclusion: '验收结论', signature: '代表签字', date: '日期', seal: '盖章' }, conclusionOptions: ['□ 通过', '□ 不通过'], parties: [{ role: '甲方（客户）', organisation: PAYLOADS[0] }, { role: '乙方（实施方）', organisation: PAYLOADS[1] }] },
    };
    const blocks: Block[] = [
      { type: 'table', header: ['编号', '内容'], rows: PAYLOADS.map((p, i) => [String(i), p]) },
      { type: 'list', items: PAYLOADS.map((p) => [{ strong: p }, ' ', { code: p }]) },
      ...PAYLOADS.map((p): Block => ({ type: 'heading', level: 3, text: p })),
      { type: 'chart', chart: { kind: 'pie', title: PAYLOADS[2], slices: PAYLOADS.map((p, i) => ({ label: p, value: i + 1 })) } },
      sig,
    ];
    const doc = weekly({ title: PAYLOADS.join(' '), subject: PAYLOADS.join('\n') }, blocks);
    for (const charts of [undefined, chartRenderer({ locale: 'zh-CN' })]) {
      const m = await parse(await renderEml(doc, { charts, date: DATE }));
      assert.strictEqual(m.subject, headerLine(PAYLOADS.join('\n')));
      const html = m.html as string;
      assert.ok(!/<script/i.test(html) && !/<[^>]*\son[a-z]+\s*=/i.test(html) && !/<[^>]*(javascript:|href=|url\()/i.test(html), 'no script, no handler, no link');
      const els = readHtml(html);
      const asHtmlText = (s: string) => decode(xmlText(s)).replace(/\r\n|\r|\n|\u2028|\u2029/g, '\n');
      const rows = els.filter((e) => e.tag === 'tr').map((r) => r.text);
      PAYLOADS.forEach((p, i) => {
        assert.ok(rows.includes(`${i}${asHtmlText(p)}`), `cell ${i}: ${JSON.stringify(p)}`);
        assert.ok(els.some((e) => e.tag === 'h3' && e.text === decode(xmlText(p)).replace(/[\r\n\u2028\u2029]+/g, ' ')), `heading ${i}`);
        assert.ok(m.text!.includes(`${i} | ${cleanText(p, true)}`) || m.text!.includes(`内容：${cleanText(p, true)}`), `text part ${i}`);
      });
      assert.ok(els.some((e) => e.tag === 'h1' && e.text === decode(xmlText(PAYLOADS.join(' '))).replace(/[\r\n\u2028\u2029]+/g, ' ')));
      assert.ok(rows.some((r) => r.startsWith('单位') && r.includes(asHtmlText(PAYLOADS[0]))), 'the signature block');
    }
  });
});
