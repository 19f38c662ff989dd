/**
 * The report charts as PNG pictures (Word and e-mail): chartSvg (core/reports/charts/) drawn by
 * resvg through node/png.ts (native, else its WebAssembly build), which finds a CJK font
 * (POC_STUDIO_CJK_FONT, else the usual places).
 *
 * Decisions:
 * - The picture is drawn at `scale` (default 2) for sharp text; `ChartImage.width/height` stay the
 *   SVG's CSS size, so that documents show it at its intended size.
 * - Never throws: where neither resvg build can load (no native binary and no resvg.wasm) or a chart
 *   cannot be drawn, the renderer answers undefined and the document writes the chart's data as a
 *   table instead.
 * - Without any CJK font the picture is still drawn (bars, slices, lines); Chinese glyphs are
 *   missing from it (README, Reports).
 */
import type { Locale } from '../core/types';
import type { ChartImage, ChartRenderer } from '../core/reports/doc';
import { chartSvg } from '../core/reports/charts';
import { svgToPng } from '../node/png';

export function chartRenderer(opts: { locale: Locale; scale?: number }): ChartRenderer {
  return async (chart): Promise<ChartImage | undefined> => {
    try {
      const { svg, width, height } = chartSvg(chart, { locale: opts.locale });
      const out = await svgToPng(svg, { scale: opts.scale ?? 2, background: '#ffffff' });
      return { png: new Uint8Array(out.png.buffer, out.png.byteOffset, out.png.byteLength), width, height, alt: chart.title };
    } catch {
      return undefined;
    }
  };
}
