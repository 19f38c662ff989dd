/**
 * Charts in Word: the picture a `ChartRenderer` draws, scaled to the text width, with its alt text;
 * without a picture, the chart's data as a small table under the chart's title.
 *
 * Decisions:
 * - The picture keeps its aspect ratio and is at most the text width wide and two thirds of the
 *   text height tall; it is never enlarged.
 * - A renderer that throws is treated like one that returns nothing: a report is not lost for a
 *   chart, its data is still there as a table.
 * - Data tables: pie and bars give label + value (the bars' unit in the header), a Gantt chart
 *   gives task, start, end, its sections as group rows.
 */
import { AlignmentType, ImageRun, LineRuleType, Paragraph, type Table } from 'docx';
import { formatDate } from '../../core/dates';
import type { Chart, ChartImage, ChartRenderer, Rich } from '../../core/reports/doc';
import type { Locale } from '../../core/types';
import { STYLE, TEXT_HEIGHT, TEXT_WIDTH, TWIPS_PER_PX } from './styles';
import { dataTable } from './tables';
import { wordText } from './text';

const MAX_WIDTH_PX = Math.floor(TEXT_WIDTH / TWIPS_PER_PX);
const MAX_HEIGHT_PX = Math.floor((TEXT_HEIGHT * 2) / 3 / TWIPS_PER_PX);

/** The picture's size on the page, in CSS pixels: fits the text area, keeps the aspect ratio. */
export function fitPicture(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, MAX_WIDTH_PX / width, MAX_HEIGHT_PX / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export async function chartBlocks(chart: Chart, locale: Locale, renderer?: ChartRenderer): Promise<(Paragraph | Table)[]> {
  const image = await draw(chart, renderer);
  if (image) {
    const alt = wordText(image.alt || chart.title);
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 120, after: 120, line: 240, lineRule: LineRuleType.AUTO },
        children: [
          new ImageRun({
            type: 'png',
            data: image.png,
            transformation: fitPicture(image.width, image.height),
            altText: { name: alt, title: alt, description: alt },
          }),
        ],
      }),
    ];
  }
  return [new Paragraph({ style: STYLE.caption, text: wordText(chart.title) }), chartDataTable(chart, locale)];
}

async function draw(chart: Chart, renderer?: ChartRenderer): Promise<ChartImage | undefined> {
  if (!renderer) return undefined;
  try {
    const image = await renderer(chart);
    if (!image || !(image.width > 0) || !(image.height > 0) || image.png.length === 0) return undefined;
    return image;
  } catch {
    return undefined;
  }
}

const t = (locale: Locale, zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

/** The chart's data as a table (the picture's stand-in). */
export function chartDataTable(chart: Chart, locale: Locale): Table {
  const number = (v: number) => (Number.isFinite(v) ? String(Math.round(v * 100) / 100) : '');
  switch (chart.kind) {
    case 'pie':
      return dataTable(
        [t(locale, '类别', 'Category'), t(locale, '数量', 'Count')],
        chart.slices.map((s) => [s.label, number(s.value)]),
      );
    case 'bars': {
      const unit = wordText(chart.unit);
      const value = unit ? t(locale, `数值（${unit}）`, `Value (${unit})`) : t(locale, '数值', 'Value');
      return dataTable([t(locale, '名称', 'Name'), value], chart.bars.map((b) => [b.label, number(b.value)]));
    }
    case 'gantt': {
      const rows: Rich[][] = [];
      const groups = new Set<number>();
      for (const section of chart.sections) {
        if (section.title) {
          groups.add(rows.length);
          rows.push([section.title]);
        }
        for (const r of section.rows) rows.push([r.label, formatDate(r.start), formatDate(r.milestone ? r.start : r.end)]);
      }
      if (rows.length === 0) rows.push(['', '', '']);
      return dataTable([t(locale, '任务', 'Task'), t(locale, '开始', 'Start'), t(locale, '结束', 'End')], rows, { groupRows: groups });
    }
  }
}
