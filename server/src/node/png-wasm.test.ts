/**
 * SVG → PNG through resvg's WebAssembly build (the packaged extension's renderer): the report
 * charts come out at the same size as from the native build and are not blank (pngjs pixel
 * statistics, which hold without any CJK font: the shapes alone make a picture non-blank), the
 * fonts reach the wasm heap as bytes, `initWasm` runs once however many pictures are drawn at once,
 * and `POC_STUDIO_RESVG` forces either build.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { pngStats as stats } from './png-stats';
import { forcedEngine, svgToPng, type PngEngine } from './png';
import { findLatinFont, LATIN_FONT_CANDIDATES, renderWithWasm, resvgWasmFile } from './resvg-wasm';
import { chartSvg } from '../core/reports/charts';
import { SAMPLE_BARS, SAMPLE_GANTT, SAMPLE_PIE } from '../core/reports/charts/testing';
import type { Chart } from '../core/reports/doc';


/** A font that is in node_modules (KaTeX, through mermaid), so that no test depends on installed fonts. */
const KATEX_SANS = require.resolve('katex/dist/fonts/KaTeX_SansSerif-Regular.ttf');

describe('SVG → PNG with resvg-wasm (the packaged extension)', function () {
  this.timeout(60000);

  const cases: [string, Chart, number][] = [
    ['pie', SAMPLE_PIE, 0.2],
    ['bars', SAMPLE_BARS, 0.05],
    ['gantt', SAMPLE_GANTT, 0.05],
  ];
  for (const [name, chart, minInk] of cases) {
    it(`${name} chart: the wasm build draws a PNG of the native size, not blank`, async () => {
      const { svg, width, height } = chartSvg(chart, { locale: 'zh-CN' });
      const wasm = await svgToPng(svg, { scale: 2, background: '#ffffff', engine: 'wasm' });
      const native = await svgToPng(svg, { scale: 2, background: '#ffffff', engine: 'native' });
      assert.deepStrictEqual([wasm.engine, native.engine], ['wasm', 'native']);
      const w = stats(wasm.png);
      const n = stats(native.png);
      assert.deepStrictEqual([w.width, w.height], [width * 2, height * 2]);
      assert.deepStrictEqual([w.width, w.height, wasm.width, wasm.height], [n.width, n.height, native.width, native.height]);
      assert.ok(w.colours >= 5, `${w.colours} colours`);
      assert.ok(w.ink >= minInk, `${(w.ink * 100).toFixed(1)}% drawn`);
    });
  }

  it('hands the fonts over as bytes: text is drawn with a font, left out without one', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><text x="4" y="28" font-size="24" font-family="sans-serif">Kickoff P1</text></svg>';
    const without = await renderWithWasm(svg, { scale: 1, background: '#ffffff', fonts: [] });
    const withFont = await renderWithWasm(svg, { scale: 1, background: '#ffffff', fonts: [KATEX_SANS] });
    assert.strictEqual(stats(without.png).ink, 0, 'no font, no glyphs');
    assert.ok(stats(withFont.png).ink > 0.02, `${(stats(withFont.png).ink * 100).toFixed(1)}% drawn`);
    // A font file that vanished is skipped, not an error.
    const missing = await renderWithWasm(svg, { scale: 1, background: '#ffffff', fonts: ['/no/such/font.ttf', KATEX_SANS] });
    assert.ok(stats(missing.png).ink > 0.02);
  });

  it('initialises the wasm module once, however many pictures are drawn at the same time', async () => {
    const { svg } = chartSvg(SAMPLE_BARS, { locale: 'en' });
    const all = await Promise.all([1, 2, 3, 4].map((s) => svgToPng(svg, { scale: s / 2, engine: 'wasm' })));
    assert.deepStrictEqual(all.map((r) => r.engine), ['wasm', 'wasm', 'wasm', 'wasm']);
    assert.deepStrictEqual(new Set(all.map((r) => r.width)).size, 4);
  });

  it('POC_STUDIO_RESVG=wasm|native forces the build; anything else leaves the choice (native, else wasm)', async () => {
    assert.strictEqual(forcedEngine({ POC_STUDIO_RESVG: 'wasm' }), 'wasm');
    assert.strictEqual(forcedEngine({ POC_STUDIO_RESVG: ' Native ' }), 'native');
    assert.strictEqual(forcedEngine({ POC_STUDIO_RESVG: 'gpu' }), undefined);
    assert.strictEqual(forcedEngine({}), undefined);
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="30" height="20"><rect width="30" height="20" fill="#09f"/></svg>';
    const saved = process.env.POC_STUDIO_RESVG;
    const engines: PngEngine[] = [];
    try {
      for (const v of ['wasm', 'native']) {
        process.env.POC_STUDIO_RESVG = v;
        engines.push((await svgToPng(svg)).engine);
      }
      delete process.env.POC_STUDIO_RESVG;
      engines.push((await svgToPng(svg)).engine);
    } finally {
      if (saved === undefined) delete process.env.POC_STUDIO_RESVG;
      else process.env.POC_STUDIO_RESVG = saved;
    }
    // In the repo the native build is installed (node_modules), so the default is native.
    assert.deepStrictEqual(engines, ['wasm', 'native', 'native']);
  });

  it('finds the .wasm beside the bundle, else in node_modules; the Latin font in the usual places', () => {
    assert.strictEqual(resvgWasmFile('/ext/dist', (p) => p === path.join('/ext/dist', 'resvg.wasm')), path.join('/ext/dist', 'resvg.wasm'));
    const fromModules = resvgWasmFile('/ext/dist', () => false);
    assert.ok(fromModules.endsWith('index_bg.wasm') && fs.existsSync(fromModules), fromModules);
    assert.deepStrictEqual([...fs.readFileSync(fromModules).subarray(0, 4)], [0x00, 0x61, 0x73, 0x6d], 'wasm magic');
    assert.strictEqual(findLatinFont((p) => p === LATIN_FONT_CANDIDATES[5]), LATIN_FONT_CANDIDATES[5]);
    assert.strictEqual(findLatinFont(() => false), undefined);
  });
});
