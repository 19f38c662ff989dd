/**
 * The report charts as PNG: the pictures decode (pngjs), have the SVG's size × scale, are not
 * blank (several distinct colours, a share of non-background pixels), and are kept with Chinese
 * labels in test-results/ (chart-pie-zh.png, chart-bars-zh.png, chart-gantt-zh.png) to look at.
 * The checks hold without any CJK font: the shapes alone make a picture non-blank.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pngStats as stats } from '../node/png-stats';
import { chartRenderer } from './chart-png';
import { chartSvg } from '../core/reports/charts';
import { SAMPLE_BARS, SAMPLE_GANTT, SAMPLE_PIE } from '../core/reports/charts/testing';
import type { Chart } from '../core/reports/doc';

const REPO = path.resolve(__dirname, '../../../..');
const OUT = path.join(REPO, 'test-results');


describe('report charts as PNG', () => {
  before(() => fs.mkdirSync(OUT, { recursive: true }));

  const cases: [string, Chart, number][] = [
    ['pie', SAMPLE_PIE, 0.2],
    ['bars', SAMPLE_BARS, 0.05],
    ['gantt', SAMPLE_GANTT, 0.05],
  ];
  for (const [name, chart, minInk] of cases) {
    it(`${name}: decodes, SVG size × scale, not blank (kept as test-results/chart-${name}-zh.png)`, async () => {
      const svg = chartSvg(chart, { locale: 'zh-CN' });
      const img = await chartRenderer({ locale: 'zh-CN', scale: 2 })(chart);
      assert.ok(img, 'a picture');
      fs.writeFileSync(path.join(OUT, `chart-${name}-zh.png`), img.png);
      assert.deepStrictEqual([img.width, img.height, img.alt], [svg.width, svg.height, chart.title]);
      const s = stats(img.png);
      assert.deepStrictEqual([s.width, s.height], [svg.width * 2, svg.height * 2]);
      assert.ok(s.colours >= 5, `${s.colours} colours`);
      assert.ok(s.ink >= minInk, `${(s.ink * 100).toFixed(1)}% drawn`);
      const one = await chartRenderer({ locale: 'zh-CN', scale: 1 })(chart);
      assert.deepStrictEqual([stats(one!.png).width, stats(one!.png).height], [svg.width, svg.height]);
    });
  }

  it('an empty pie is still a picture (its ring), and a chart it cannot draw gives undefined, never an error', async () => {
    const empty = await chartRenderer({ locale: 'en' })({ kind: 'pie', title: 'none', slices: [] });
    assert.ok(empty && stats(empty.png).ink > 0.005);
    const broken = await chartRenderer({ locale: 'en' })({ kind: 'nope' } as unknown as Chart);
    assert.strictEqual(broken, undefined);
  });
});
