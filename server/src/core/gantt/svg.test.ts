/**
 * POC Studio's own SVG Gantt renderer: geometry against dates, milestones, arrows, baselines,
 * days off, bounds (a cycle, a ten-year task, a row window), themes, the injection corpus as text
 * only, the owner's load strip over a portfolio, and a golden SVG of a small plan (UPDATE_GOLDEN=1 rewrites test/fixtures/gantt/small.svg).
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { workspaceOf, yaml } from '../testing';
import { parseDate } from '../dates';
import { ganttChart, type GanttChart } from './gantt';
import { layoutGantt, MAX_WIDTH } from './svg-layout';
import { barTitle, ganttSvg, ganttSvgPage, stripCellTitle, xmlText, type SvgOptions } from './svg';
import { svgInputs } from './svg-inputs';
import type { Workspace } from '../workspace';

const REPO = path.resolve(__dirname, '../../../../..');
const GOLDEN = path.join(REPO, 'test', 'fixtures', 'gantt', 'small.svg');

const PLAN = yaml`
  kind: project
  id: small
  title: 小项目
  start: 2027-01-04
  calendar:
    holidays: [2027-01-06]
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: T1, name: 部署, phase: implementation, owner: zhao, duration: 2d, status: done }
    - { id: T2, name: 接入, phase: implementation, owner: zhao, dependsOn: [T1], duration: 3d, status: doing, progress: 50 }
    - { id: T3, name: 上线, phase: implementation, dependsOn: [T2], duration: 0d }
`;

const BASELINE = yaml`
  kind: baseline
  plan: small
  name: kickoff
  taken: 2027-01-04
  tasks:
    - { id: T1, start: 2027-01-04, end: 2027-01-05 }
    - { id: T2, start: 2027-01-06, end: 2027-01-08 }
`;

function chartOf(files: Record<string, string>, name: string, today = '2027-01-07', locale: 'en' | 'zh-CN' = 'en'): { ws: Workspace; chart: GanttChart } {
  const ws = workspaceOf(files, { today, locale });
  return { ws, chart: ganttChart(ws, ws.get(`file:///ws/${name}`), { scope: 'file', locale }) };
}

function render(files: Record<string, string>, name: string, extra: Partial<SvgOptions> = {}, today?: string) {
  const { ws, chart } = chartOf(files, name, today);
  const opts: SvgOptions = { locale: 'en', ...svgInputs(ws, chart), ...extra };
  return { ws, chart, opts, svg: ganttSvg(chart, opts), layout: layoutGantt(chart, opts) };
}

const TAGS = new Set(['svg', 'title', 'style', 'rect', 'g', 'text', 'line', 'polyline', 'polygon']);
const ATTRS = new Set(['xmlns', 'version', 'width', 'height', 'viewBox', 'role', 'aria-labelledby', 'aria-label', 'class', 'id', 'data-rows', 'data-px-per-day', 'data-legend', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'rx', 'points']);

interface Node {
  tag: string;
  attrs: Record<string, string>;
  text: string;
}

const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as string]!);

/** A strict reader of the SVG we write: only known tags and attributes, text never holds markup. */
function parseSvg(svg: string): Node[] {
  const nodes: Node[] = [];
  const stack: Node[] = [];
  const re = /<(\/?)([a-z]+)((?:\s+[a-zA-Z][a-zA-Z0-9-]*="[^"<>]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while ((m = re.exec(svg))) {
    pos = re.lastIndex;
    if (m[5] !== undefined) {
      if (/[<>]/.test(m[5]) || /&(?!(amp|lt|gt|quot|#39);)/.test(m[5])) throw new Error(`raw markup in text: ${m[5].slice(0, 80)}`);
      if (stack.length) stack[stack.length - 1].text += unescape(m[5]);
      continue;
    }
    const [, close, tag, attrText, selfClose] = m;
    if (!TAGS.has(tag)) throw new Error(`unexpected element <${tag}>`);
    if (close) {
      const open = stack.pop();
      if (open?.tag !== tag) throw new Error(`</${tag}> closes <${open?.tag}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([a-zA-Z][a-zA-Z0-9-]*)="([^"]*)"/g)) {
      if (!ATTRS.has(a[1])) throw new Error(`unexpected attribute ${a[1]} on <${tag}>`);
      attrs[a[1]] = unescape(a[2]);
    }
    const node = { tag, attrs, text: '' };
    nodes.push(node);
    if (!selfClose) stack.push(node);
  }
  assert.strictEqual(pos, svg.length, `unparsed SVG from ${pos}: ${svg.slice(pos, pos + 80)}`);
  assert.strictEqual(stack.length, 0, 'unclosed elements');
  return nodes;
}

const byId = (nodes: Node[], id: string) => nodes.find((n) => n.attrs.id === id);

describe('SVG gantt renderer', () => {
  it('places bars by date (start to the end of the last day), the milestone as a diamond, progress', () => {
    const { layout, svg } = render({ 'small.project.yaml': PLAN }, 'small.project.yaml');
    const ppd = layout.pxPerDay;
    assert.ok(ppd >= 2 && ppd <= 40, String(ppd));
    assert.strictEqual(layout.start, parseDate('2027-01-04'));
    const [t1, t2, t3] = layout.bars;
    // T1: 01-04..01-05; the holiday 01-06 pushes T2 to 01-07..01-11 (weekend 9–10 skipped).
    assert.strictEqual(t1.x, layout.plotX);
    assert.ok(Math.abs(t1.w - 2 * ppd) < 0.02);
    assert.ok(Math.abs(t2.x - (layout.plotX + 3 * ppd)) < 0.02, `${t2.x}`);
    assert.ok(Math.abs(t2.w - 5 * ppd) < 0.02);
    assert.ok(Math.abs(t2.progressW - t2.w / 2) < 0.02);
    assert.ok(t3.diamond && Math.abs(t3.diamond.cx - (layout.plotX + 8 * ppd)) < 0.02, JSON.stringify(t3));
    const nodes = parseSvg(svg);
    const rect = (id: string) => nodes[nodes.indexOf(byId(nodes, id)!) + 2];
    assert.strictEqual(rect('bar-0').tag, 'rect');
    assert.strictEqual(Number(rect('bar-0').attrs.x), t1.x);
    assert.match(rect('bar-0').attrs.class, /fill-done/);
    assert.match(rect('bar-1').attrs.class, /fill-active/);
    assert.strictEqual(rect('bar-2').tag, 'polygon');
    assert.strictEqual(rect('bar-2').attrs.points.split(' ').length, 4);
  });

  it('draws finish-to-start arrows between dependent tasks, with stable ids', () => {
    const { layout, svg } = render({ 'small.project.yaml': PLAN }, 'small.project.yaml');
    assert.deepStrictEqual(layout.arrows.map((a) => `${a.from}-${a.to}`), ['0-1', '1-2']);
    const a = layout.arrows[0];
    assert.deepStrictEqual(a.points[0], [layout.bars[0].x + layout.bars[0].w, layout.rows.find((r) => r.bar === 0)!.y + layout.rowH / 2]);
    assert.strictEqual(a.points[a.points.length - 1][0], layout.bars[1].x);
    const nodes = parseSvg(svg);
    assert.ok(byId(nodes, 'arrow-0-1') && byId(nodes, 'arrow-1-2'));
    assert.ok(nodes.some((n) => n.attrs['data-legend'] === 'arrow'));
  });

  it('draws baseline bars under the bars when the workspace holds a baseline, with the slip in the tooltip', () => {
    const without = render({ 'small.project.yaml': PLAN }, 'small.project.yaml');
    assert.strictEqual(without.layout.baselines.length, 0);
    assert.ok(!without.svg.includes('id="base-'));
    const { layout, svg } = render({ 'small.project.yaml': PLAN, 'small.kickoff.baseline.yaml': BASELINE }, 'small.project.yaml');
    assert.deepStrictEqual(layout.baselines.map((b) => b.index), [0, 1]);
    assert.ok(layout.baselines[1].y > layout.bars[1].y);
    const nodes = parseSvg(svg);
    assert.ok(byId(nodes, 'base-0') && byId(nodes, 'base-1') && !byId(nodes, 'base-2'));
    const title = nodes[nodes.indexOf(byId(nodes, 'bar-1')!) + 1].text;
    assert.match(title, /Baseline: 2027-01-06 – 2027-01-08/);
    assert.match(title, /Slip: 1 working day late/);
    assert.ok(nodes.some((n) => n.attrs['data-legend'] === 'baseline'));
  });

  it('shades weekends and holidays of the plan calendar', () => {
    const { layout, svg } = render({ 'small.project.yaml': PLAN }, 'small.project.yaml');
    const day = (x: number) => layout.start + Math.round((x - layout.plotX) / layout.pxPerDay);
    const shaded = layout.shading.flatMap((s) => Array.from({ length: Math.round(s.w / layout.pxPerDay) }, (_, i) => day(s.x) + i));
    assert.ok(shaded.includes(parseDate('2027-01-06')!), 'the holiday');
    assert.ok(shaded.includes(parseDate('2027-01-09')!) && shaded.includes(parseDate('2027-01-10')!), 'the weekend');
    assert.ok(!shaded.includes(parseDate('2027-01-07')!));
    assert.ok(parseSvg(svg).some((n) => n.attrs['data-legend'] === 'nonworking'));
  });

  it('shades in the portfolio the days no plan shown works on: a holiday of one plan only stays a working day', () => {
    const other = 'id: other\ntitle: 乙项目\ntasks:\n  - { id: Q1, start: 2027-01-04, end: 2027-01-08 }\n';
    const ws = workspaceOf({ 'small.project.yaml': PLAN, 'other.project.yaml': other }, { today: '2027-01-07', locale: 'en' });
    const chart = ganttChart(ws, undefined, { scope: 'portfolio', locale: 'en' });
    const layout = layoutGantt(chart, { ...svgInputs(ws, chart) });
    const day = (x: number) => layout.start + Math.round((x - layout.plotX) / layout.pxPerDay);
    const shaded = layout.shading.flatMap((s) => Array.from({ length: Math.round(s.w / layout.pxPerDay) }, (_, i) => day(s.x) + i));
    assert.ok(!shaded.includes(parseDate('2027-01-06')!), 'the small plan’s holiday: the other plan works');
    assert.ok(shaded.includes(parseDate('2027-01-09')!) && shaded.includes(parseDate('2027-01-10')!), 'the weekend');
  });

  it('marks an overdue bar: outlined, its late stretch up to the today line, "N days late" in its tooltip', () => {
    const { layout, svg } = render({ 'small.project.yaml': PLAN }, 'small.project.yaml', {}, '2027-01-14');
    const t2 = layout.bars[1];
    assert.ok(t2.bar.overdue && t2.late, JSON.stringify(t2.bar));
    assert.strictEqual(t2.late.x1, t2.x + t2.w);
    assert.strictEqual(t2.late.x2, layout.today!.x);
    const nodes = parseSvg(svg);
    const i = nodes.indexOf(byId(nodes, 'bar-1')!);
    assert.match(nodes[i + 1].text, /\n3 days late\n/);
    assert.strictEqual(nodes[i + 2].attrs.class, 'late');
    assert.match(nodes[i + 3].attrs.class, /\boverdue\b/);
    assert.ok(nodes.some((n) => n.attrs['data-legend'] === 'overdue'));
  });

  it('stays bounded for a cycle and for a ten-year task', () => {
    const cycle = yaml`
      kind: project
      id: loop
      start: 2027-01-04
      tasks:
        - { id: A, name: 甲, dependsOn: [B], duration: 2d }
        - { id: B, name: 乙, dependsOn: [A], duration: 2d }
        - { id: C, name: 丙, dependsOn: [B], duration: 1d }
    `;
    const c = render({ 'loop.project.yaml': cycle }, 'loop.project.yaml');
    parseSvg(c.svg);
    assert.ok(c.layout.width <= MAX_WIDTH && c.layout.arrows.length <= 3, JSON.stringify(c.layout.arrows));
    const long = yaml`
      kind: project
      id: long
      start: 2027-01-04
      tasks:
        - { id: L, name: 十年, start: 2027-01-04, end: 2036-12-31 }
        - { id: M, name: 百年, start: 2027-01-04, end: 2126-12-31 }
    `;
    const ages = long.replace('2126-12-31', '9999-12-31');
    for (const [text, min] of [[long.replace(/\n.*百年.*\n/, '\n'), 2], [long, 0], [ages, 0]] as const) {
      const r = render({ 'long.project.yaml': text }, 'long.project.yaml');
      assert.strictEqual(r.layout.bars.length, text.split('\n').filter((l) => l.includes('- { id')).length);
      assert.ok(r.layout.pxPerDay > 0);
      assert.ok(r.layout.width <= MAX_WIDTH + 1, `width ${r.layout.width}`);
      assert.ok(r.layout.pxPerDay >= min, `px/day ${r.layout.pxPerDay}`);
      assert.strictEqual(r.layout.shading.length, 0, 'no shading below 4 px a day');
      assert.ok(r.layout.ticks.length <= MAX_WIDTH / 64 + 2, `${r.layout.ticks.length} ticks`);
      const elements = parseSvg(r.svg).length;
      assert.ok(elements < 300 && r.svg.length < 60_000, `${elements} elements, ${r.svg.length} characters`);
    }
  });

  it('lays out only a window of rows, with the arrows touching it', () => {
    const tasks = Array.from({ length: 200 }, (_, i) => `  - { id: T${i}, name: 任务${i}, duration: 1d${i ? `, dependsOn: [T${i - 1}]` : ''} }`).join('\n');
    const text = `kind: project\nid: big\nstart: 2027-01-04\ntasks:\n${tasks}\n`;
    const { layout, svg } = render({ 'big.project.yaml': text }, 'big.project.yaml', { rows: { from: 50, to: 60 } });
    assert.strictEqual(layout.totalRows, 201);
    assert.strictEqual(layout.rows.length, 10);
    assert.deepStrictEqual(layout.bars.map((b) => b.index), Array.from({ length: 10 }, (_, i) => 49 + i));
    assert.deepStrictEqual(layout.arrows.map((a) => `${a.from}-${a.to}`), Array.from({ length: 11 }, (_, i) => `${48 + i}-${49 + i}`));
    assert.strictEqual(parseSvg(svg).filter((n) => n.attrs.id?.startsWith('bar-')).length, 10);
  });

  it('has light, dark and high-contrast themes as CSS classes, and a script-free HTML page', () => {
    const light = render({ 'small.project.yaml': PLAN }, 'small.project.yaml');
    const dark = render({ 'small.project.yaml': PLAN }, 'small.project.yaml', { theme: 'dark' });
    const hc = render({ 'small.project.yaml': PLAN }, 'small.project.yaml', { theme: 'high-contrast' });
    assert.match(light.svg, /class="poc-gantt theme-light"/);
    assert.match(dark.svg, /\.bg \{ fill: #1e1e1e; \}/);
    assert.match(hc.svg, /\.bg \{ fill: #000000; \}/);
    assert.ok(!/\sfill="|\sstyle="/.test(light.svg), 'colours only from the classes');
    const page = ganttSvgPage(light.chart, light.opts);
    assert.match(page, /content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.ok(!/<script|mermaid/i.test(page));
  });

  it('renders the injection corpus as text only', () => {
    const payloads: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));
    const tasks = payloads.map((p, i) => `  - { id: T${i}, name: ${JSON.stringify(p)}, owner: o${i}, duration: 1d${i ? `, dependsOn: [T${i - 1}]` : ''} }`).join('\n');
    const team = payloads.map((p, i) => `  - { id: o${i}, name: ${JSON.stringify(p)}, role: engineer }`).join('\n');
    const text = `kind: project\nid: inj\ntitle: ${JSON.stringify(payloads[0])}\nstart: 2027-01-04\nteam:\n${team}\ntasks:\n${tasks}\n`;
    const { svg, chart, opts } = render({ 'inj.project.yaml': text }, 'inj.project.yaml');
    assert.ok(!/<script/i.test(svg) && !/<[^>]*\son\w+=/i.test(svg) && !/<[^>]*(href|url\()/i.test(svg));
    const nodes = parseSvg(svg);
    const clean = (s: string) => unescape(xmlText(s));
    assert.strictEqual(nodes[1].text, clean(chart.title));
    const bars = chart.sections.flatMap((s) => s.bars);
    assert.strictEqual(bars.length, payloads.length);
    bars.forEach((bar, i) => {
      const title = nodes[nodes.indexOf(byId(nodes, `bar-${i}`)!) + 1];
      assert.strictEqual(title.tag, 'title');
      assert.strictEqual(title.text, clean(barTitle(bar, opts)));
      assert.ok(title.text.startsWith(clean(bar.name)), `${JSON.stringify(title.text)} holds ${JSON.stringify(payloads[i])}`);
    });
    const style = nodes.find((n) => n.tag === 'style')!;
    assert.ok(!payloads.some((p) => p.trim().length > 3 && style.text.includes(p.trim())), 'no user text in the style');
    const page = ganttSvgPage(chart, opts);
    assert.ok(!/<script/i.test(page) && !/<[^>]*\son\w+=/i.test(page));
  });

  it('draws the owner\'s load strip over the whole portfolio when filtered by owner, and none without the filter', () => {
    // zhao: 100% in impl-a 11–15 Jan, 70% in impl-b 11–13 Jan (170%: over), 50% 18–22 Jan with leave on the 22nd.
    const a = yaml`
      kind: project
      id: impl-a
      title: 甲银行实施
      start: 2027-01-11
      team:
        - { id: zhao, name: 赵六, role: engineer, leave: [2027-01-22] }
        - { id: qian, name: 钱八, role: developer }
      tasks:
        - { id: A1, name: 部署, owner: zhao, start: 2027-01-11, end: 2027-01-15 }
        - { id: A2, name: 接口开发, owner: qian, start: 2027-01-11, end: 2027-01-29 }
    `;
    const b = yaml`
      kind: project
      id: impl-b
      title: 乙证券实施
      start: 2027-01-11
      team:
        - { id: zhao, name: 赵六, role: engineer }
      tasks:
        - { id: B1, name: 培训, owner: zhao, start: 2027-01-11, end: 2027-01-13, allocation: 70 }
        - { id: B2, name: 数据迁移, owner: zhao, start: 2027-01-18, end: 2027-01-22, allocation: 50 }
    `;
    const ws = workspaceOf({ 'a.project.yaml': a, 'b.project.yaml': b }, { today: '2027-01-07', locale: 'zh-CN' });
    const chart = ganttChart(ws, undefined, { scope: 'portfolio', locale: 'zh-CN', owner: 'zhao' });
    const opts: SvgOptions = { locale: 'zh-CN', ...svgInputs(ws, chart) };
    const layout = layoutGantt(chart, opts);
    const strip = layout.strip!;
    assert.ok(strip, 'a strip with the owner filter');
    assert.strictEqual(strip.label, '赵六 负荷');
    assert.deepStrictEqual(
      strip.cells.map((c) => [c.start, c.end, c.percent, c.state, c.leave]),
      [
        ['2027-01-11', '2027-01-13', 170, 'over', false],
        ['2027-01-14', '2027-01-15', 100, 'busy', false],
        ['2027-01-18', '2027-01-21', 50, 'busy', false],
        ['2027-01-22', '2027-01-22', 50, 'over', true],
      ],
    );
    // Geometry: a cell covers its days on the chart's scale, in a row under the task rows; the chart grows by it.
    const xOf = (d: string) => layout.plotX + (parseDate(d)! - layout.start) * layout.pxPerDay;
    assert.ok(Math.abs(strip.cells[0].x - xOf('2027-01-11')) < 0.02 && Math.abs(strip.cells[0].x + strip.cells[0].w - xOf('2027-01-14')) < 0.02);
    assert.ok(strip.y >= layout.top + layout.totalRows * layout.rowH && strip.y + strip.h <= layout.height);
    const plain = layoutGantt(chart, { ...opts, load: undefined });
    assert.strictEqual(layout.height, plain.height + layout.rowH);
    // The SVG: rects per cell with a tooltip, legend entries for both states.
    const nodes = parseSvg(ganttSvg(chart, opts));
    const cells = nodes.filter((n) => n.tag === 'rect' && /^load-(busy|over)$/.test(n.attrs.class ?? ''));
    assert.deepStrictEqual(cells.map((n) => n.attrs.class), ['load-over', 'load-busy', 'load-busy', 'load-over']);
    const titles = nodes.filter((n, i) => n.tag === 'title' && nodes[i + 1]?.attrs.class?.startsWith('load-')).map((n) => n.text);
    assert.deepStrictEqual(titles, ['2027-01-11 至 2027-01-13 负荷 170%，超出工作容量', '2027-01-14 至 2027-01-15 负荷 100%', '2027-01-18 至 2027-01-21 负荷 50%', '2027-01-22 负荷 50%，请假期间有任务']);
    assert.ok(nodes.some((n) => n.tag === 'text' && n.attrs.class === 'strip-text' && n.text === '赵六 负荷'));
    const legend = nodes.filter((n) => n.attrs['data-legend']).map((n) => n.attrs['data-legend']);
    assert.ok(legend.includes('load-busy') && legend.includes('load-over'), legend.join(','));
    assert.strictEqual(stripCellTitle(strip.cells[0], 'en'), '2027-01-11..2027-01-13 170%, over capacity');
    // Without the filter: no strip, no load legend, no load cells.
    const all = ganttChart(ws, undefined, { scope: 'portfolio', locale: 'zh-CN' });
    const unfiltered = { locale: 'zh-CN' as const, ...svgInputs(ws, all) };
    assert.strictEqual(unfiltered.load, undefined);
    assert.strictEqual(layoutGantt(all, unfiltered).strip, undefined);
    assert.ok(!/load-(busy|over)"/.test(ganttSvg(all, unfiltered).replace(/<style>[\s\S]*<\/style>/, '')));
  });

  it('keeps the injection corpus as text in the load strip (the person\'s name)', () => {
    const payloads: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));
    for (const p of payloads) {
      const text = `kind: project\nid: inj\ntitle: inj\nstart: 2027-01-04\nteam:\n  - { id: o1, name: ${JSON.stringify(p)}, role: engineer }\ntasks:\n  - { id: T1, name: x, owner: o1, duration: 3d }\n`;
      const ws = workspaceOf({ 'inj.project.yaml': text }, { today: '2027-01-07', locale: 'en' });
      const chart = ganttChart(ws, ws.get('file:///ws/inj.project.yaml'), { scope: 'file', locale: 'en', owner: 'o1' });
      const svg = ganttSvg(chart, { locale: 'en', ...svgInputs(ws, chart) });
      assert.ok(!/<script/i.test(svg) && !/<[^>]*\son\w+=/i.test(svg) && !/<[^>]*(href|url\()/i.test(svg), p);
      const label = parseSvg(svg).find((n) => n.attrs.class === 'strip-text');
      assert.ok(label, `strip drawn for ${JSON.stringify(p)}`);
      const name = chart.owners[0].name ?? 'o1';
      assert.ok(`${unescape(xmlText(name))} load`.startsWith(label.text.replace(/…$/, '')), `${JSON.stringify(label.text)} is the name as text`);
    }
  });

  it('matches the golden SVG of a small plan (structurally)', () => {
    const { svg } = render({ 'small.project.yaml': PLAN, 'small.kickoff.baseline.yaml': BASELINE }, 'small.project.yaml', { locale: 'zh-CN' });
    if (process.env.UPDATE_GOLDEN) {
      fs.mkdirSync(path.dirname(GOLDEN), { recursive: true });
      fs.writeFileSync(GOLDEN, svg);
    }
    const shape = (s: string) =>
      parseSvg(s).map((n) => `${n.tag}${n.attrs.id ? `#${n.attrs.id}` : ''}${n.attrs.class ? `.${n.attrs.class.replace(/ /g, '.')}` : ''} ${Object.entries(n.attrs).filter(([k]) => /^(x|y|x1|x2|y1|y2|width|height)$/.test(k)).map(([k, v]) => `${k}=${Math.round(Number(v))}`).join(' ')} ${n.tag === 'style' ? '' : n.text.trim()}`);
    assert.deepStrictEqual(shape(svg), shape(fs.readFileSync(GOLDEN, 'utf8')));
  });
});
