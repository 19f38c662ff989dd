/**
 * Test helpers for the Word writer (used by its unit tests and by test/documents/, never by the
 * product): hand-built `ReportDoc`s — a Chinese acceptance-like report with every block type and
 * the signature block, an English weekly-like report, a document whose every text is a payload of
 * the injection corpus — a stub chart renderer that returns a small valid PNG, and a reader that
 * unzips a .docx and parses its parts.
 */
import JSZip from 'jszip';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import * as fs from 'fs';
import * as path from 'path';
import { deflateSync } from 'zlib';
import { parseDate } from '../../core/dates';
import type { Block, Chart, ChartRenderer, GanttChartRow, ReportDoc } from '../../core/reports/doc';

/** A fixed time for the documents' core properties. */
export const CREATED = new Date(Date.UTC(2027, 0, 25, 8, 30, 0));

const day = (s: string) => parseDate(s) as number;

function crc32(bytes: Uint8Array): number {
  let c = ~0;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A valid RGB PNG of the given size, one colour. */
export function pngStub(width: number, height: number, rgb: [number, number, number] = [70, 130, 180]): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) raw.set(rgb, y * (width * 3 + 1) + 1 + x * 3);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', new Uint8Array(0))]));
}

/** Draws every chart as a 64 × 36 PNG shown at 1200 × 675 CSS px (so that it must be scaled down). */
export const stubCharts: ChartRenderer = async (chart) => ({ png: pngStub(64, 36), width: 1200, height: 675, alt: chart.title });

export const PIE: Chart = {
  kind: 'pie',
  title: '验收项状态',
  slices: [
    { label: '已通过', value: 12 },
    { label: '未通过', value: 1 },
    { label: '待验收', value: 3 },
  ],
};
export const BARS: Chart = {
  kind: 'bars',
  title: 'Hours by person',
  unit: 'h',
  bars: [
    { label: 'Zhang San', value: 32 },
    { label: 'Li Si', value: 18.5 },
  ],
};

function ganttRow(key: string, label: string, start: string, end: string, milestone = false): GanttChartRow {
  return { key, label, start: day(start), end: day(end), milestone, done: false, active: false, critical: false, overdue: false };
}

export const GANTT: Chart = {
  kind: 'gantt',
  title: '进度计划',
  from: day('2027-01-04'),
  to: day('2027-02-26'),
  sections: [
    { title: '部署', rows: [ganttRow('T1', '环境准备', '2027-01-04', '2027-01-08'), ganttRow('T2', '平台安装', '2027-01-11', '2027-01-15')] },
    { title: '验收', rows: [ganttRow('M1', '验收评审', '2027-02-26', '2027-02-26', true)] },
  ],
};

/** A Chinese acceptance report with every block type: pie and Gantt charts, tables, a list, the signature block. */
export function acceptanceZh(): ReportDoc {
  const blocks: Block[] = [
    { type: 'paragraph', text: ['客户：', { strong: '某银行' }, '；项目经理：张三；验收日期：2027-02-26。'] },
    { type: 'heading', level: 2, text: '一、验收概况' },
    { type: 'paragraph', text: ['验收项共 16 项，已通过 ', { strong: '12' }, ' 项，配置文件见 ', { code: 'config/app.yaml' }, '，', { em: '详见附件' }, '。'] },
    { type: 'chart', chart: PIE },
    { type: 'heading', level: 2, text: '二、验收项（按类别）' },
    { type: 'heading', level: 3, text: '2.1 功能' },
    {
      type: 'table',
      header: ['编号', '验收项', '结论', '证据'],
      rows: [
        ['A1', '日志采集覆盖全部生产主机', '通过', '采集清单（附件一）'],
        ['A2', '检索响应时间小于 3 秒', '通过', [{ strong: '压测报告' }, '（附件二）']],
        ['A3', '告警推送到企业微信', '有条件通过', '待补充值班表'],
        ['合计', '3 项', '2 项通过', ''],
      ],
      total: true,
    },
    { type: 'heading', level: 2, text: '三、进度' },
    { type: 'chart', chart: GANTT },
    { type: 'heading', level: 2, text: '四、遗留问题' },
    { type: 'list', items: ['告警值班表待客户提供', ['变更 C1 ', { strong: '待审批' }]] },
    { type: 'heading', level: 2, text: '五、签字确认' },
    { type: 'paragraph', text: '验收报告待客户签字盖章确认。' },
    {
      type: 'signature',
      signature: {
        labels: { organisation: '单位', conclusion: '验收结论', signature: '代表签字', date: '日期', seal: '盖章' },
        conclusionOptions: ['□ 通过', '□ 有条件通过', '□ 不通过'],
        parties: [
          { role: '甲方（客户）', organisation: '某银行股份有限公司' },
          { role: '乙方（实施方）', organisation: '' },
        ],
      },
    },
    { type: 'rule' },
    { type: 'paragraph', text: '本报告由 POC Studio 生成。', role: 'footer' },
  ];
  return {
    kind: 'acceptance',
    edition: 'customer',
    locale: 'zh-CN',
    title: '验收报告 · 某银行日志平台实施',
    customer: '某银行',
    project: '日志平台实施',
    company: '星云数据科技有限公司',
    blocks,
  };
}

/** An English weekly report: bars chart, a note, a table with a total, no company. */
export function weeklyEn(): ReportDoc {
  return {
    kind: 'weekly',
    edition: 'internal',
    locale: 'en',
    title: 'Weekly report · Log platform rollout · 2027-W04',
    customer: 'Example Bank',
    project: 'Log platform rollout',
    company: '',
    subject: '[Weekly] Log platform rollout 2027-W04',
    blocks: [
      { type: 'heading', level: 2, text: '1. Progress' },
      { type: 'paragraph', text: ['Overall progress ', { strong: '45%' }, ', on schedule.'] },
      { type: 'list', items: ['Platform installed on 12 hosts', 'Index templates reviewed'] },
      { type: 'heading', level: 2, text: '2. Hours' },
      { type: 'chart', chart: BARS },
      {
        type: 'table',
        header: ['Person', 'Role', 'Hours'],
        rows: [
          ['Zhang San', 'Project manager', '32'],
          ['Li Si', 'Engineer', '18.5'],
          ['Total', '', '50.5'],
        ],
        total: true,
      },
      { type: 'paragraph', text: 'Hours come from the timesheet of the week.', role: 'note' },
      { type: 'rule' },
      { type: 'paragraph', text: 'Generated by POC Studio.', role: 'footer' },
    ],
  };
}

/**
 * Every text field of every block type holds a payload (round robin over `payloads`), the charts
 * without a renderer so that their labels land in data tables.
 */
export function injectionDoc(payloads: readonly string[]): ReportDoc {
  let next = 0;
  const p = () => payloads[next++ % payloads.length];
  const doc: ReportDoc = { kind: 'acceptance', edition: 'customer', locale: 'zh-CN', title: p(), customer: p(), project: p(), company: p(), blocks: [] };
  const blocks = doc.blocks;
  while (next < payloads.length * 2) {
    blocks.push({ type: 'heading', level: 2, text: p() });
    blocks.push({ type: 'heading', level: 3, text: p() });
    blocks.push({ type: 'paragraph', text: p() });
    blocks.push({ type: 'paragraph', text: [p(), ' ', { strong: p() }, ' ', { em: p() }, ' ', { code: p() }], role: 'note' });
    blocks.push({ type: 'list', items: [p(), [{ strong: p() }]] });
    blocks.push({ type: 'table', header: [p(), p()], rows: [[p(), [{ code: p() }]], [p(), p()]], total: true });
    blocks.push({ type: 'chart', chart: { kind: 'pie', title: p(), slices: [{ label: p(), value: 1 }] } });
    blocks.push({ type: 'chart', chart: { kind: 'bars', title: p(), unit: p(), bars: [{ label: p(), value: 2 }] } });
    blocks.push({
      type: 'chart',
      chart: { kind: 'gantt', title: p(), from: day('2027-01-01'), to: day('2027-01-31'), sections: [{ title: p(), rows: [ganttRow('T1', p(), '2027-01-04', '2027-01-08')] }] },
    });
    blocks.push({
      type: 'signature',
      signature: {
        labels: { organisation: p(), conclusion: p(), signature: p(), date: p(), seal: p() },
        conclusionOptions: [p(), p()],
        parties: [
          { role: p(), organisation: p() },
          { role: p(), organisation: p() },
        ],
      },
    });
    blocks.push({ type: 'rule' });
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------
// Reading a .docx back

export interface DocxParts {
  names: string[];
  text(path: string): Promise<string>;
  bytes(path: string): Promise<Uint8Array>;
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const file = (path: string) => {
    const f = zip.file(path);
    if (!f) throw new Error(`no ${path} in the package (it has ${names.join(', ')})`);
    return f;
  };
  return { names, text: (path) => file(path).async('string'), bytes: (path) => file(path).async('uint8array') };
}

/** An element of fast-xml-parser's ordered output: { tag: children[], ':@'?: attributes } or { '#text': string }. */
export type XmlNode = Record<string, unknown>;

/** Parses XML (throws when it is not well-formed) into fast-xml-parser's ordered form. */
export function parseXml(xml: string): XmlNode[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new Error(`malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false });
  return parser.parse(xml) as XmlNode[];
}

export const tagOf = (n: XmlNode): string | undefined => Object.keys(n).find((k) => k !== ':@');
export const attrs = (n: XmlNode): Record<string, string> => (n[':@'] as Record<string, string>) ?? {};
export const kids = (n: XmlNode): XmlNode[] => {
  const tag = tagOf(n);
  return tag && Array.isArray(n[tag]) ? (n[tag] as XmlNode[]) : [];
};

/** Every element named `tag`, depth first. */
export function findAll(nodes: XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const n of nodes) {
    if (tagOf(n) === tag) out.push(n);
    findAll(kids(n), tag, out);
  }
  return out;
}

/** The text content of an element. */
export function textOf(n: XmlNode): string {
  if (typeof n['#text'] === 'string') return n['#text'] as string;
  return kids(n).map(textOf).join('');
}

/** The texts of every `w:t` of a part. */
export function wTexts(nodes: XmlNode[]): string[] {
  return findAll(nodes, 'w:t').map(textOf);
}

/** The first child element named `tag`, if any. */
export function child(n: XmlNode, tag: string): XmlNode | undefined {
  return kids(n).find((k) => tagOf(k) === tag);
}

/** The `w:val` of a paragraph's style, if any. */
export function paragraphStyle(p: XmlNode): string | undefined {
  const pPr = child(p, 'w:pPr');
  const style = pPr && child(pPr, 'w:pStyle');
  return style ? attrs(style)['w:val'] : undefined;
}

/** The tables of a part, the rows of a table, the cells of a row (direct children only). */
export const tables = (nodes: XmlNode[]) => findAll(nodes, 'w:tbl');
export const rowsOf = (tbl: XmlNode) => kids(tbl).filter((k) => tagOf(k) === 'w:tr');
export const cellsOf = (tr: XmlNode) => kids(tr).filter((k) => tagOf(k) === 'w:tc');

// ---------------------------------------------------------------------------------------------
// The injection corpus

export const REPO = path.resolve(__dirname, '../../../../..');

export function loadPayloads(): string[] {
  return JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8')) as string[];
}
