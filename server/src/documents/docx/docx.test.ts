/**
 * The Word writer on hand-built reports: the package's parts read back (jszip) and parsed
 * (fast-xml-parser) — title and headings in Word's styles, East Asian fonts, tables, lists, notes,
 * pictures, the header and footer with their fields, the signature block, the core properties.
 */
import * as assert from 'assert';
import { renderDocx } from '.';
import { TEXT_WIDTH } from './styles';
import { SIGNATURE_HEIGHTS } from './signature';
import {
  CREATED,
  acceptanceZh,
  attrs,
  cellsOf,
  child,
  findAll,
  kids,
  openDocx,
  paragraphStyle,
  parseXml,
  pngStub,
  rowsOf,
  stubCharts,
  tables,
  tagOf,
  textOf,
  wTexts,
  weeklyEn,
  type DocxParts,
  type XmlNode,
} from './testing';

interface Read {
  parts: DocxParts;
  body: XmlNode[];
  styles: XmlNode[];
}

async function read(bytes: Uint8Array): Promise<Read> {
  const parts = await openDocx(bytes);
  return { parts, body: parseXml(await parts.text('word/document.xml')), styles: parseXml(await parts.text('word/styles.xml')) };
}

const paragraphsWithStyle = (nodes: XmlNode[], style: string) => findAll(nodes, 'w:p').filter((p) => paragraphStyle(p) === style).map(textOf);
const style = (styles: XmlNode[], id: string) => findAll(styles, 'w:style').find((s) => attrs(s)['w:styleId'] === id);
const fontsOf = (n: XmlNode | undefined) => attrs(findAll(n ? [n] : [], 'w:rFonts')[0] ?? {});
const runsOf = (n: XmlNode) => findAll([n], 'w:r').filter((r) => findAll([r], 'w:t').length > 0);
const isBold = (r: XmlNode) => findAll([r], 'w:b').length > 0;
const cellText = (c: XmlNode) => wTexts([c]).join('');

async function partNamed(parts: DocxParts, pattern: RegExp): Promise<XmlNode[]> {
  const name = parts.names.find((n) => pattern.test(n));
  assert.ok(name, `no part matching ${pattern} in ${parts.names.join(', ')}`);
  return parseXml(await parts.text(name));
}

describe('renderDocx', function () {
  this.timeout(20000);

  describe('a Chinese acceptance report with pictures', () => {
    let r: Read;
    before(async () => {
      r = await read(await renderDocx(acceptanceZh(), { charts: stubCharts, created: CREATED }));
    });

    it('writes the title, Heading 2 and Heading 3 in Word’s own styles, with outline levels', () => {
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Title'), ['验收报告 · 某银行日志平台实施']);
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Heading2'), ['一、验收概况', '二、验收项（按类别）', '三、进度', '四、遗留问题', '五、签字确认']);
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Heading3'), ['2.1 功能']);
      for (const [id, name, level] of [['Heading2', 'Heading 2', '1'], ['Heading3', 'Heading 3', '2']]) {
        const s = style(r.styles, id);
        assert.ok(s, id);
        assert.strictEqual(attrs(findAll([s], 'w:name')[0])['w:val'], name);
        assert.strictEqual(attrs(findAll([s], 'w:outlineLvl')[0])['w:val'], level);
        assert.ok(findAll([s], 'w:keepNext').length, `${id} keeps with next`);
      }
    });

    it('names East Asian fonts (宋体 body, 黑体 headings, 等线 tables) and the zh-CN East Asian language', () => {
      const defaults = findAll(r.styles, 'w:docDefaults')[0];
      assert.deepStrictEqual(
        { ascii: fontsOf(defaults)['w:ascii'], hAnsi: fontsOf(defaults)['w:hAnsi'], eastAsia: fontsOf(defaults)['w:eastAsia'] },
        { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: '宋体' },
      );
      assert.strictEqual(attrs(findAll([defaults], 'w:lang')[0])['w:eastAsia'], 'zh-CN');
      assert.strictEqual(fontsOf(style(r.styles, 'Title'))['w:eastAsia'], '黑体');
      assert.strictEqual(fontsOf(style(r.styles, 'Heading2'))['w:eastAsia'], '黑体');
      assert.strictEqual(fontsOf(style(r.styles, 'TableText'))['w:eastAsia'], '等线');
      assert.ok(!r.parts.names.some((n) => /fonts\//.test(n)), 'no font is embedded');
    });

    it('lays out an A4 page', () => {
      const size = attrs(findAll(r.body, 'w:pgSz')[0]);
      assert.deepStrictEqual([size['w:w'], size['w:h']], ['11906', '16838']);
    });

    it('writes emphasis as run formatting: strong bold, em italics, code in a monospace font', () => {
      const runs = findAll(r.body, 'w:p').flatMap(runsOf);
      const run = (text: string) => runs.find((x) => wTexts([x]).join('') === text) as XmlNode;
      assert.ok(isBold(run('某银行')));
      assert.ok(!isBold(run('客户：')));
      assert.ok(findAll([run('详见附件')], 'w:i').length);
      assert.strictEqual(fontsOf(run('config/app.yaml'))['w:ascii'], 'Consolas');
    });

    it('writes a real table: header row repeated on every page, fixed widths filling the text width, the total row bold', () => {
      const table = tables(r.body).find((t) => cellText(cellsOf(rowsOf(t)[0])[0]) === '编号') as XmlNode;
      assert.ok(table);
      const rows = rowsOf(table);
      assert.strictEqual(rows.length, 5);
      assert.ok(findAll([rows[0]], 'w:tblHeader').length, 'the header row repeats');
      assert.ok(!findAll(rows.slice(1), 'w:tblHeader').length);
      assert.ok(rows.every((row) => findAll([row], 'w:cantSplit').length));
      assert.strictEqual(attrs(findAll([table], 'w:tblLayout')[0])['w:type'], 'fixed');
      const grid = findAll([table], 'w:gridCol').map((g) => Number(attrs(g)['w:w']));
      assert.strictEqual(grid.length, 4);
      assert.strictEqual(grid.reduce((a, b) => a + b, 0), TEXT_WIDTH);
      assert.ok(grid[1] > grid[0], 'the column of long texts is wider than the column of ids');
      assert.ok(findAll([table], 'w:tblBorders').length);
      assert.deepStrictEqual(cellsOf(rows[2]).map(cellText), ['A2', '检索响应时间小于 3 秒', '通过', '压测报告（附件二）']);
      assert.ok(runsOf(rows[4]).every(isBold), 'the total row is bold');
      assert.ok(!runsOf(rows[1]).some(isBold), 'a body row is not');
    });

    it('writes list items with real bullet numbering', async () => {
      const items = findAll(r.body, 'w:p').filter((p) => findAll([p], 'w:numPr').length);
      assert.deepStrictEqual(items.map(textOf), ['告警值班表待客户提供', '变更 C1 待审批']);
      const numId = attrs(findAll(items, 'w:numId')[0])['w:val'];
      const numbering = parseXml(await r.parts.text('word/numbering.xml'));
      const num = findAll(numbering, 'w:num').find((n) => attrs(n)['w:numId'] === numId) as XmlNode;
      const abstractId = attrs(findAll([num], 'w:abstractNumId')[0])['w:val'];
      const abstract = findAll(numbering, 'w:abstractNum').find((a) => attrs(a)['w:abstractNumId'] === abstractId) as XmlNode;
      assert.strictEqual(attrs(findAll([abstract], 'w:numFmt')[0])['w:val'], 'bullet');
    });

    it('writes closing lines in the Note style: small, grey, italic', () => {
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Note'), ['本报告由 POC Studio 生成。']);
      const note = style(r.styles, 'Note') as XmlNode;
      assert.ok(findAll([note], 'w:i').length);
      assert.strictEqual(attrs(findAll([note], 'w:color')[0])['w:val'], '666666');
      assert.strictEqual(attrs(findAll([note], 'w:sz')[0])['w:val'], '18');
    });

    it('puts the charts in as PNG pictures, scaled to the text width with their aspect ratio, with alt text', async () => {
      const media = r.parts.names.filter((n) => n.startsWith('word/media/'));
      assert.ok(media.length >= 1);
      for (const m of media) assert.deepStrictEqual(Buffer.from(await r.parts.bytes(m)), Buffer.from(pngStub(64, 36)));
      const drawings = findAll(r.body, 'wp:inline');
      assert.strictEqual(drawings.length, 2);
      assert.deepStrictEqual(drawings.map((d) => attrs(findAll([d], 'wp:docPr')[0])['descr']), ['验收项状态', '进度计划']);
      for (const d of drawings) {
        const extent = attrs(findAll([d], 'wp:extent')[0]);
        const [cx, cy] = [Number(extent.cx), Number(extent.cy)];
        assert.ok(cx <= (TEXT_WIDTH / 1440) * 914400, `${cx} EMU fits the text width`);
        assert.ok(cx > 0.9 * (TEXT_WIDTH / 1440) * 914400, 'a wide picture takes the text width');
        assert.ok(Math.abs(cx / cy - 1200 / 675) < 0.01, 'aspect kept');
      }
      // An exact line height would clip an inline picture to one line.
      const pictureParagraphs = findAll(r.body, 'w:p').filter((p) => findAll([p], 'wp:inline').length);
      for (const p of pictureParagraphs) assert.strictEqual(attrs(findAll([p], 'w:spacing')[0])['w:lineRule'], 'auto');
      const defaults = findAll(findAll(r.styles, 'w:docDefaults'), 'w:spacing')[0];
      assert.strictEqual(attrs(defaults)['w:lineRule'], 'auto');
      assert.ok(!findAll(r.body, 'w:tbl').some((t) => cellText(cellsOf(rowsOf(t)[0])[0]) === '类别'), 'no data table beside a picture');
    });

    it('writes the header (customer · project) and the footer (company, 第 X 页 / 共 Y 页 with PAGE and NUMPAGES fields)', async () => {
      const header = await partNamed(r.parts, /^word\/header\d*\.xml$/);
      assert.deepStrictEqual(wTexts(header), ['某银行 · 日志平台实施']);
      const footer = await partNamed(r.parts, /^word\/footer\d*\.xml$/);
      assert.deepStrictEqual(wTexts(footer), ['星云数据科技有限公司', '第 ', ' 页 / 共 ', ' 页']);
      assert.deepStrictEqual(findAll(footer, 'w:instrText').map(textOf).map((s) => s.trim()), ['PAGE', 'NUMPAGES']);
      assert.strictEqual(findAll(footer, 'w:fldChar').length, 6);
    });

    it('writes the signature block: label | 甲方 | 乙方, room to sign and stamp, on one page', () => {
      const table = tables(r.body).find((t) => wTexts([t]).includes('甲方（客户）')) as XmlNode;
      assert.ok(table, 'a signature table');
      const rows = rowsOf(table);
      assert.deepStrictEqual(rows.map((row) => cellText(cellsOf(row)[0])), ['', '单位', '验收结论', '代表签字', '日期', '盖章']);
      assert.deepStrictEqual(cellsOf(rows[0]).map(cellText), ['', '甲方（客户）', '乙方（实施方）']);
      assert.deepStrictEqual(cellsOf(rows[1]).map(cellText), ['单位', '某银行股份有限公司', '']);
      assert.deepStrictEqual(wTexts([cellsOf(rows[2])[1]]).filter((t) => t.trim()), ['□ 通过', '□ 有条件通过', '□ 不通过']);
      assert.strictEqual(cellText(cellsOf(rows[2])[2]), '');
      assert.match(cellText(cellsOf(rows[4])[1]), /年\s*月\s*日/);
      const height = (row: XmlNode) => attrs(findAll([row], 'w:trHeight')[0] ?? {});
      for (const i of [3, 5]) {
        assert.ok(Number(height(rows[i])['w:val']) >= 851, `row ${i} is at least 1.5 cm`);
        assert.strictEqual(height(rows[i])['w:hRule'], 'atLeast');
        assert.ok(cellsOf(rows[i]).slice(1).every((c) => cellText(c) === ''), 'empty, to sign and stamp');
      }
      assert.strictEqual(Number(height(rows[5])['w:val']), SIGNATURE_HEIGHTS.seal);
      assert.ok(rows.every((row) => findAll([row], 'w:cantSplit').length), 'no row splits');
      rows.forEach((row, i) => {
        const keep = findAll(cellsOf(row).map((c) => child(c, 'w:p') as XmlNode), 'w:keepNext').some((k) => attrs(k)['w:val'] !== 'false');
        assert.strictEqual(keep, i < rows.length - 1, `row ${i} keeps with the next`);
      });
      const body = kids(findAll(r.body, 'w:body')[0]);
      const at = body.indexOf(table);
      assert.ok(at >= 2);
      for (const lead of body.slice(at - 2, at)) assert.ok(findAll([lead], 'w:keepNext').length, `${textOf(lead)} keeps with the block`);
    });

    it('gives the core properties: creator POC Studio, created and modified at the time given', async () => {
      const core = parseXml(await r.parts.text('docProps/core.xml'));
      const value = (tag: string) => findAll(core, tag).map(textOf)[0];
      assert.strictEqual(value('dc:creator'), 'POC Studio');
      assert.strictEqual(value('dc:title'), '验收报告 · 某银行日志平台实施');
      assert.strictEqual(value('dcterms:created'), '2027-01-25T08:30:00Z');
      assert.strictEqual(value('dcterms:modified'), '2027-01-25T08:30:00Z');
    });
  });

  describe('an English weekly report', () => {
    let r: Read;
    before(async () => {
      r = await read(await renderDocx(weeklyEn(), { charts: stubCharts, created: CREATED }));
    });

    it('writes "Page X of Y" and no company when none is set', async () => {
      const footer = await partNamed(r.parts, /^word\/footer\d*\.xml$/);
      assert.deepStrictEqual(wTexts(footer), ['Page ', ' of ']);
      assert.deepStrictEqual(findAll(footer, 'w:instrText').map(textOf).map((s) => s.trim()), ['PAGE', 'NUMPAGES']);
      assert.deepStrictEqual(wTexts(await partNamed(r.parts, /^word\/header\d*\.xml$/)), ['Example Bank · Log platform rollout']);
    });

    it('writes its headings, picture, note and total row', () => {
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Heading2'), ['1. Progress', '2. Hours']);
      assert.strictEqual(findAll(r.body, 'wp:inline').length, 1);
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Note'), ['Hours come from the timesheet of the week.', 'Generated by POC Studio.']);
      const rows = rowsOf(tables(r.body)[0]);
      assert.ok(runsOf(rows[rows.length - 1]).every(isBold));
    });
  });

  describe('charts without a picture', () => {
    const noPicture = async (charts?: Parameters<typeof renderDocx>[1]) => read(await renderDocx(acceptanceZh(), { created: CREATED, ...charts }));

    it('writes each chart’s data as a table under its title when there is no renderer', async () => {
      const r = await noPicture();
      assert.ok(!r.parts.names.some((n) => n.startsWith('word/media/')));
      assert.strictEqual(findAll(r.body, 'w:drawing').length, 0);
      assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Caption'), ['验收项状态', '进度计划']);
      const byHeader = (first: string) => tables(r.body).find((t) => cellText(cellsOf(rowsOf(t)[0])[0]) === first) as XmlNode;
      assert.deepStrictEqual(rowsOf(byHeader('类别')).map((row) => cellsOf(row).map(cellText)), [
        ['类别', '数量'],
        ['已通过', '12'],
        ['未通过', '1'],
        ['待验收', '3'],
      ]);
      const gantt = rowsOf(byHeader('任务')).map((row) => cellsOf(row).map(cellText));
      assert.deepStrictEqual(gantt, [['任务', '开始', '结束'], ['部署'], ['环境准备', '2027-01-04', '2027-01-08'], ['平台安装', '2027-01-11', '2027-01-15'], ['验收'], ['验收评审', '2027-02-26', '2027-02-26']]);
      const section = cellsOf(rowsOf(byHeader('任务'))[1])[0];
      assert.strictEqual(attrs(findAll([section], 'w:gridSpan')[0])['w:val'], '3');
    });

    it('writes the data table when the renderer gives nothing or fails', async () => {
      for (const charts of [async () => undefined, async () => Promise.reject(new Error('no canvas'))]) {
        const r = await noPicture({ charts });
        assert.strictEqual(findAll(r.body, 'w:drawing').length, 0);
        assert.deepStrictEqual(paragraphsWithStyle(r.body, 'Caption'), ['验收项状态', '进度计划']);
      }
    });

    it('gives a bars chart’s unit in the value column (en)', async () => {
      const r = await read(await renderDocx(weeklyEn(), { created: CREATED }));
      const rows = rowsOf(tables(r.body)[0]).map((row) => cellsOf(row).map(cellText));
      assert.deepStrictEqual(rows, [['Name', 'Value (h)'], ['Zhang San', '32'], ['Li Si', '18.5']]);
    });
  });

  it('stamps the current time when no time is given', async () => {
    const before = Math.floor(Date.now() / 1000) * 1000;
    const parts = await openDocx(await renderDocx(weeklyEn()));
    const after = Date.now();
    const created = Date.parse(findAll(parseXml(await parts.text('docProps/core.xml')), 'dcterms:created').map(textOf)[0]);
    assert.ok(created >= before && created <= after, `${new Date(created).toISOString()} is now`);
  });

  it('writes only well-formed parts', async () => {
    const parts = await openDocx(await renderDocx(acceptanceZh(), { charts: stubCharts, created: CREATED }));
    for (const name of parts.names.filter((n) => /\.(xml|rels)$/.test(n))) assert.ok(parseXml(await parts.text(name)).length, name);
    assert.ok(tagOf(parseXml(await parts.text('word/document.xml'))[1]) === 'w:document');
  });
});
