/**
 * The report charts as SVG: structure read back with fast-xml-parser (slices, legend, bars, the
 * Gantt excerpt cut to its window with the today line and baselines), deterministic colours,
 * the CJK font list, and the injection corpus as text only.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { chartSvg, FONT_FAMILY, seriesColour, chartTable } from './index';
import { niceAxis } from './bars';
import { ganttInput, weekdaysBetween } from './gantt';
import { paletteOf } from './common';
import { PALETTE } from '../../gantt/legend';
import { xmlText } from '../../gantt/svg';
import { formatDate } from '../../dates';
import type { Chart } from '../doc';
import { SAMPLE_BARS, SAMPLE_GANTT, SAMPLE_PIE, day } from './testing';

const REPO = path.resolve(__dirname, '../../../../../..');
const PAYLOADS: string[] = JSON.parse(fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'injection', 'payloads.json'), 'utf8'));

interface El {
  tag: string;
  attrs: Record<string, string>;
  children: El[];
  /** Own text (direct character data). */
  text: string;
}

const TAGS = new Set(['svg', 'title', 'style', 'rect', 'circle', 'path', 'g', 'text', 'line', 'polyline', 'polygon']);

function parse(svg: string): El {
  assert.strictEqual(XMLValidator.validate(svg), true, 'well-formed XML');
  const parser = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, parseTagValue: false, trimValues: false, htmlEntities: true });
  type Raw = Record<string, unknown>;
  const conv = (raw: Raw): El | string => {
    if ('#text' in raw) return String(raw['#text']);
    const tag = Object.keys(raw).find((k) => k !== ':@')!;
    const kids = (raw[tag] as Raw[]).map(conv);
    return { tag, attrs: (raw[':@'] as Record<string, string>) ?? {}, children: kids.filter((k): k is El => typeof k !== 'string'), text: kids.filter((k): k is string => typeof k === 'string').join('') };
  };
  const roots = (parser.parse(svg) as Raw[]).map(conv).filter((k): k is El => typeof k !== 'string');
  assert.strictEqual(roots.length, 1);
  return roots[0];
}

function all(el: El, pred: (e: El) => boolean = () => true, out: El[] = []): El[] {
  if (pred(el)) out.push(el);
  for (const c of el.children) all(c, pred, out);
  return out;
}

const byClass = (root: El, cls: string) => all(root, (e) => (e.attrs.class ?? '').split(' ').includes(cls));
const titleOf = (e: El) => e.children.find((c) => c.tag === 'title')?.text;

describe('report charts as SVG', () => {
  it('pie: one slice a positive value, none for 0, legend with value and share, colours of the Gantt palette in order', () => {
    const { svg, width, height } = chartSvg(SAMPLE_PIE, { locale: 'zh-CN' });
    const root = parse(svg);
    assert.deepStrictEqual([root.attrs.width, root.attrs.height], [String(width), String(height)]);
    assert.strictEqual(root.attrs['font-family'], FONT_FAMILY);
    assert.match(FONT_FAMILY, /'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif$/);
    assert.strictEqual(byClass(root, 'chart-title')[0].text, '任务状态分布');
    const slices = byClass(root, 'slice');
    assert.strictEqual(slices.length, 3, 'the 0 slice is left out');
    assert.deepStrictEqual(slices.map((s) => s.attrs.fill), [PALETTE.task, PALETTE.done, PALETTE.critical], 'colour by position in the data');
    assert.deepStrictEqual(slices.map(titleOf), ['已完成 5（55.6%）', '进行中 3（33.3%）', '受阻 1（11.1%）']);
    // From twelve o'clock, clockwise; the first slice (5/9) is the large arc.
    const arcs = slices.map((s) => /^M (\S+) (\S+) L (\S+) (\S+) A 90 90 0 ([01]) 1 (\S+) (\S+) Z$/.exec(s.attrs.d)!);
    assert.ok(arcs.every(Boolean));
    assert.strictEqual(arcs[0][3], arcs[0][1]);
    assert.strictEqual(Number(arcs[0][4]), Number(arcs[0][2]) - 90);
    assert.deepStrictEqual(arcs.map((a) => a[5]), ['1', '0', '0']);
    assert.deepStrictEqual([arcs[2][6], arcs[2][7]], [arcs[0][3], arcs[0][4]], 'the last slice closes the circle');
    const legend = byClass(root, 'legend-item');
    assert.deepStrictEqual(legend.map((l) => byClass(l, 'legend-label')[0].text), ['已完成', '进行中', '受阻']);
    assert.deepStrictEqual(legend.map((l) => l.children[0].attrs.fill), slices.map((s) => s.attrs.fill));
    assert.strictEqual(chartSvg(SAMPLE_PIE, { locale: 'zh-CN' }).svg, svg, 'deterministic');
    const en = parse(chartSvg(SAMPLE_PIE, { locale: 'en' }).svg);
    assert.strictEqual(byClass(en, 'legend-value')[0].text, '5 (55.6%)');
  });

  it('pie: a single slice is a full circle, no slice at all says so; themes change the colours', () => {
    const one = parse(chartSvg({ kind: 'pie', title: 'x', slices: [{ label: 'a', value: 0 }, { label: 'b', value: 2 }] }, { locale: 'en' }).svg);
    const s = byClass(one, 'slice');
    assert.deepStrictEqual([s.length, s[0].tag, s[0].attrs.r], [1, 'circle', '90']);
    assert.strictEqual(titleOf(s[0]), 'b 2 (100%)');
    const none = parse(chartSvg({ kind: 'pie', title: 'x', slices: [{ label: 'a', value: 0 }, { label: 'b', value: NaN }, { label: 'c', value: -3 }] }, { locale: 'zh-CN' }).svg);
    assert.deepStrictEqual([byClass(none, 'slice').length, byClass(none, 'no-data')[0].text], [0, '暂无数据']);
    const dark = parse(chartSvg(SAMPLE_PIE, { locale: 'en', theme: 'dark' }).svg);
    assert.strictEqual(byClass(dark, 'bg')[0].attrs.fill, '#1e1e1e');
    assert.strictEqual(byClass(dark, 'slice')[0].attrs.fill, '#3794ff');
    // Beyond six series: the same hues mixed with the background, still distinct.
    const colours = Array.from({ length: 18 }, (_, i) => seriesColour(i, paletteOf('light')));
    assert.strictEqual(new Set(colours).size, 18);
  });

  it('bars: labels left, lengths proportional to a rounded maximum, value and unit at the bar end, 0 without a bar', () => {
    const root = parse(chartSvg(SAMPLE_BARS, { locale: 'zh-CN' }).svg);
    const rows = byClass(root, 'bar-row');
    assert.strictEqual(rows.length, 3);
    assert.deepStrictEqual(rows.map((r) => byClass(r, 'bar-label')[0].text), ['张三', '李四（实施工程师）', '王五']);
    assert.deepStrictEqual(rows.map((r) => byClass(r, 'bar-value')[0].text), ['32 小时', '18.5 小时', '0 小时']);
    const bars = rows.map((r) => byClass(r, 'bar')[0]);
    assert.strictEqual(bars[2], undefined, 'no bar for 0');
    const [w0, w1] = bars.slice(0, 2).map((b) => Number(b.attrs.width));
    assert.ok(Math.abs(w0 / w1 - 32 / 18.5) < 0.01, `${w0} / ${w1}`);
    assert.strictEqual(w0, (32 / 40) * 360, 'axis up to 40 (step 10)');
    for (const r of rows.slice(0, 2)) {
      const bar = byClass(r, 'bar')[0];
      const label = byClass(r, 'bar-label')[0];
      const value = byClass(r, 'bar-value')[0];
      assert.ok(Number(label.attrs.x) <= Number(bar.attrs.x) && label.attrs['text-anchor'] === 'end');
      assert.strictEqual(Number(value.attrs.x), Math.round((Number(bar.attrs.x) + Number(bar.attrs.width) + 6) * 100) / 100);
      assert.strictEqual(bar.attrs.fill, PALETTE.task);
    }
    assert.deepStrictEqual(byClass(root, 'tick-text').map((t) => t.text), ['0', '10', '20', '30', '40']);
    assert.deepStrictEqual([niceAxis(0), niceAxis(7), niceAxis(100), niceAxis(0.3)], [{ top: 1, step: 0.25 }, { top: 8, step: 2 }, { top: 100, step: 25 }, { top: 0.3, step: 0.1 }]);
    const empty = parse(chartSvg({ kind: 'bars', title: 'x', unit: 'h', bars: [] }, { locale: 'en' }).svg);
    assert.deepStrictEqual([byClass(empty, 'bar-row').length, byClass(empty, 'no-data')[0].text], [0, 'No data']);
  });

  it('gantt: the window is the axis, rows cut to it, an overdue row as a stub with its late stretch, today line, baselines', () => {
    const { gantt, layout } = ganttInput(SAMPLE_GANTT);
    assert.deepStrictEqual(layout.span, { start: day('2027-01-25'), end: day('2027-02-07') });
    const bars = gantt.sections.flatMap((s) => s.bars);
    assert.deepStrictEqual(
      bars.map((b) => [b.label, b.start, b.end, b.status, b.overdue]),
      [
        ['P1 环境部署', '2027-01-25', '2027-01-26', 'done', undefined],
        ['P2 日志接入（赵六）', '2027-01-26', '2027-02-03', 'active', undefined],
        ['P3 告警规则配置', '2027-01-25', '2027-01-25', 'todo', 5],
        ['P4 正式上线', '2027-02-05', '2027-02-05', 'todo', undefined],
      ],
      'P5 (after the window) left out',
    );
    assert.deepStrictEqual([...layout.baselines!.keys()], [bars[1].key], "P1's baseline lies before the window");
    assert.deepStrictEqual(layout.baselines!.get(bars[1].key), { start: '2027-01-25', end: '2027-01-29', slipDays: 3 });

    const { svg, width, height } = chartSvg(SAMPLE_GANTT, { locale: 'zh-CN' });
    const root = parse(svg);
    assert.deepStrictEqual([root.attrs.width, root.attrs.height], [String(width), String(height)]);
    assert.strictEqual(byClass(root, 'chart-title')[0].text, '2027-W04 与 2027-W05 任务');
    const inner = root.children.find((c) => c.tag === 'svg')!;
    assert.ok(inner.attrs.class.includes('poc-gantt'), 'drawn by the Gantt renderer');
    assert.strictEqual(Number(inner.attrs.y) + Number(inner.attrs.height), height);
    const ppd = Number(inner.attrs['data-px-per-day']);
    const texts = all(inner, (e) => e.tag === 'text').map((e) => e.text);
    assert.ok(texts.includes('P3 告警规则配置（逾期 5 天）'), texts.join('|'));
    assert.ok(!texts.some((t) => t.includes('P5')));
    const barRect = (i: number) => all(inner, (e) => e.attrs.id === `bar-${i}`)[0].children.find((c) => c.tag === 'rect' || c.tag === 'polygon')!;
    const x0 = Number(barRect(0).attrs.x);
    assert.strictEqual(Number(barRect(1).attrs.x), Math.round((x0 + ppd) * 100) / 100, 'P2 starts a day after the window start');
    assert.strictEqual(Number(barRect(2).attrs.x), x0, 'the stub at the window start');
    const today = all(inner, (e) => e.attrs.id === 'today')[0];
    assert.strictEqual(Number(today.attrs.x1), Math.round((x0 + 2.5 * ppd) * 100) / 100, 'today line in the middle of 01-27');
    const late = byClass(inner, 'late')[0];
    assert.strictEqual(late.attrs.x2, today.attrs.x1, 'late stretch up to today');
    assert.strictEqual(all(inner, (e) => e.attrs.id === 'base-1').length, 1);
    // The axis covers the window: 14 days.
    const ticks = byClass(inner, 'tick-text').map((t) => t.text);
    assert.strictEqual(ticks[0], '01-25');
    const axisW = Number(inner.attrs.width) - x0 - 24;
    assert.ok(Math.abs(axisW - 14 * ppd) < 1, `${axisW} vs ${14 * ppd}`);
    const legend = all(inner, (e) => e.attrs['data-legend'] !== undefined).map((e) => e.attrs['data-legend']);
    assert.deepStrictEqual(legend, ['task', 'done', 'active', 'critical', 'milestone', 'overdue', 'baseline', 'today']);

    const noToday = parse(chartSvg({ ...SAMPLE_GANTT, today: undefined }, { locale: 'en' }).svg);
    assert.strictEqual(all(noToday, (e) => e.attrs.id === 'today').length, 0);
    assert.strictEqual(byClass(noToday, 'late').length, 0);
    assert.deepStrictEqual([weekdaysBetween(day('2027-01-29'), day('2027-02-03')), weekdaysBetween(day('2027-02-03'), day('2027-01-29')), weekdaysBetween(day('2027-01-01'), day('2027-01-31'))], [3, -3, 20]);
  });

  it('charts as tables (the fallback): every value, localized headers', () => {
    assert.deepStrictEqual(chartTable(SAMPLE_PIE, 'zh-CN'), { header: ['类别', '数值', '占比'], rows: [['已完成', '5', '55.6%'], ['进行中', '3', '33.3%'], ['未开始', '0', '0%'], ['受阻', '1', '11.1%']] });
    assert.deepStrictEqual(chartTable(SAMPLE_BARS, 'en').header, ['Item', 'Value (小时)']);
    const g = chartTable(SAMPLE_GANTT, 'zh-CN');
    assert.deepStrictEqual(g.header, ['分组', '任务', '开始', '结束', '状态', '基线结束']);
    assert.deepStrictEqual(g.rows.map((r) => r[1]), ['P1 环境部署', 'P2 日志接入（赵六）', 'P3 告警规则配置', 'P4 正式上线'], 'the rows the picture draws');
    assert.deepStrictEqual(g.rows[2], ['实施阶段', 'P3 告警规则配置', '2027-01-20', '2027-01-22', '未开始，已逾期', '']);
    assert.deepStrictEqual(g.rows[3].slice(4), ['里程碑，未开始', '']);
    assert.strictEqual(g.rows[1][5], formatDate(day('2027-01-29')));
    const noBase = chartTable({ ...SAMPLE_GANTT, sections: [SAMPLE_GANTT.sections[1]] }, 'en');
    assert.deepStrictEqual(noBase, { header: ['Section', 'Task', 'Start', 'End', 'Status'], rows: [['上线阶段', 'P4 正式上线', '2027-02-05', '2027-02-05', 'milestone, not started']] });
  });

  it('holds the injection corpus as text: no element or attribute from user text', () => {
    const clean = (s: string) => xmlText(s.replace(/\s+/g, ' ').trim()).replace(/&(amp|lt|gt|quot|#39);/g, (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as string]!);
    const charts: Chart[] = [];
    PAYLOADS.forEach((p, i) => {
      charts.push({ kind: 'pie', title: p, slices: [{ label: p, value: i + 1 }, { label: 'x', value: 1 }] });
      charts.push({ kind: 'bars', title: p, unit: p, bars: [{ label: p, value: i }] });
    });
    charts.push({ ...SAMPLE_GANTT, title: PAYLOADS[0], sections: PAYLOADS.map((p, i) => ({ title: p, rows: [{ ...SAMPLE_GANTT.sections[0].rows[1], key: `k${i}`, label: p }] })) });
    for (const chart of charts) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const { svg } = chartSvg(chart, { locale });
        assert.ok(!/<(script|a|foreignObject|image|iframe)[\s>/]/i.test(svg) && !/<[^>]*\s(on\w+|href|xlink:href)=/i.test(svg) && !/<[^>]*url\(/i.test(svg), svg.slice(0, 200));
        const root = parse(svg);
        for (const e of all(root)) {
          assert.ok(TAGS.has(e.tag), `unexpected <${e.tag}>`);
          for (const a of Object.keys(e.attrs)) assert.ok(!/^on/i.test(a) && !/:/.test(a.replace(/^xmlns$/, '')), `attribute ${a}`);
        }
        assert.strictEqual(root.children[0].text, clean(chart.title), 'the title as text');
        if (chart.kind === 'pie') assert.ok(titleOf(byClass(root, 'slice')[0])!.startsWith(clean(chart.slices[0].label)));
        if (chart.kind === 'bars') assert.strictEqual(titleOf(byClass(root, 'bar-row')[0]), `${clean(chart.bars[0].label)}${locale === 'en' ? ': ' : '：'}${chart.bars[0].value} ${clean(chart.unit)}`.trimEnd());
        if (chart.kind === 'gantt') {
          const titles = all(root, (e) => (e.attrs.id ?? '').startsWith('bar-')).map(titleOf);
          PAYLOADS.forEach((p, i) => assert.ok(titles[i]!.startsWith(clean(p)), `${titles[i]} / ${p}`));
        }
      }
    }
  });
});
