/**
 * The report charts (`Chart` of reports/doc.ts) drawn as SVG from their data, without a browser:
 * pie (pie.ts), horizontal bars (bars.ts), and the Gantt excerpt through POC Studio's own Gantt
 * renderer (gantt.ts). documents/chart-png.ts turns them into PNG for Word and e-mail; table.ts
 * gives the same data as a table where no picture can be made.
 *
 * Decisions:
 * - Safe by construction, as core/gantt/svg.ts: user text only as escaped character data
 *   (`xmlText`), no script, no links, no external references; colours are attributes (pie, bars)
 *   or the Gantt renderer's own style.
 * - Every chart carries its title as its first line, so a picture stands on its own in a document.
 * - Sizes are whole CSS pixels (`width`, `height` equal the SVG's attributes).
 */
import type { Locale } from '../../types';
import type { SvgTheme } from '../../gantt/svg';
import type { Chart } from '../doc';
import { paletteOf } from './common';
import { pieSvg } from './pie';
import { barsSvg } from './bars';
import { ganttChartSvg } from './gantt';

export { chartTable, type ChartTable } from './table';
export { FONT_FAMILY, seriesColour } from './common';

export interface ChartSvg {
  svg: string;
  width: number;
  height: number;
}

export function chartSvg(chart: Chart, opts: { locale: Locale; theme?: SvgTheme }): ChartSvg {
  const p = paletteOf(opts.theme);
  switch (chart.kind) {
    case 'pie':
      return pieSvg(chart.title, chart.slices, opts.locale, p);
    case 'bars':
      return barsSvg(chart.title, chart.unit, chart.bars, opts.locale, p);
    case 'gantt':
      return ganttChartSvg(chart, opts.locale, opts.theme);
  }
}
