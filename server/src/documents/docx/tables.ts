/**
 * Report tables as real Word tables: a header row that Word repeats on every page, thin borders,
 * column widths that fill the A4 text width, the total row in bold.
 *
 * Decisions:
 * - Column widths are fixed (`layout: fixed`, a grid and cell widths in twips), so that Word, WPS
 *   and LibreOffice lay the table out alike. Each column gets a minimum, and the rest of the text
 *   width goes by the widest text in the column (CJK characters count twice), capped so that one
 *   long description cannot squeeze the other columns.
 * - Rows do not split across pages (`cantSplit`): a report's rows are short.
 * - Cell text is the Table Text style (等线 10 pt); header cells are bold on a light grey fill.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ITableBordersOptions,
  type ParagraphChild,
} from 'docx';
import { plainText, type Rich } from '../../core/reports/doc';
import { BORDER, HEADER_FILL, STYLE, TEXT_WIDTH } from './styles';
import { displayWidth, richRuns, type RunStyle } from './text';

const line = { style: BorderStyle.SINGLE, size: 4, color: BORDER };
export const TABLE_BORDERS: ITableBordersOptions = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};
export const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };

/** Minimum column width (twips), about four Chinese characters of the table font. */
const MIN_COLUMN = 900;
/** A column's text counts at most this many half-width units when sharing out the width. */
const MAX_WEIGHT = 40;

/**
 * Widths (twips, summing to `total`) of columns holding the given texts (`columns[i]` = the texts of
 * column i, header included).
 */
export function columnWidths(columns: string[][], total = TEXT_WIDTH): number[] {
  const n = columns.length;
  if (n === 0) return [];
  const min = Math.min(MIN_COLUMN, Math.floor(total / n));
  const weights = columns.map((texts) => Math.min(MAX_WEIGHT, texts.reduce((m, t) => Math.max(m, displayWidth(t)), 2)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const spare = total - min * n;
  const widths = weights.map((w) => min + Math.floor((spare * w) / sum));
  widths[n - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export interface CellOptions {
  width: number;
  fill?: string;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  verticalAlign?: (typeof VerticalAlignTable)[keyof typeof VerticalAlignTable];
  columnSpan?: number;
}

/** A cell holding one paragraph made of `children`. */
export function cell(children: ParagraphChild[], opts: CellOptions): TableCell {
  return new TableCell({
    width: { size: opts.width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    verticalAlign: opts.verticalAlign ?? VerticalAlignTable.CENTER,
    columnSpan: opts.columnSpan,
    shading: opts.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } : undefined,
    children: [new Paragraph({ style: STYLE.tableText, alignment: opts.alignment, children })],
  });
}

/** A cell holding one paragraph of rich text. */
export function textCell(text: Rich, opts: CellOptions & { style?: RunStyle }): TableCell {
  return cell(richRuns(text, opts.style), opts);
}

export interface DataTableOptions {
  /** The last row is a total: bold. */
  total?: boolean;
  /** Rows (by index) that are a group title spanning every column (e.g. a Gantt section). */
  groupRows?: ReadonlySet<number>;
}

/** A table with a repeated header row. `rows` must not be empty (see `tableOr` in reports/doc). */
export function dataTable(header: string[], rows: Rich[][], opts: DataTableOptions = {}): Table {
  const n = rows.reduce((m, r) => Math.max(m, r.length), header.length);
  const plain = rows.filter((_, r) => !opts.groupRows?.has(r)).map((r) => r.map(plainText));
  const columns = Array.from({ length: n }, (_, i) => [header[i] ?? '', ...plain.map((r) => r[i] ?? '')]);
  const widths = columnWidths(columns);
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: widths.map((w, i) => textCell(header[i] ?? '', { width: w, style: { bold: true }, fill: HEADER_FILL })),
  });
  const body = rows.map((r, index) => {
    const bold = opts.total === true && index === rows.length - 1;
    if (opts.groupRows?.has(index)) {
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [textCell(r[0] ?? '', { width: TEXT_WIDTH, style: { bold: true }, columnSpan: n })],
      });
    }
    return new TableRow({
      cantSplit: true,
      children: widths.map((w, i) => textCell(r[i] ?? '', { width: w, style: bold ? { bold: true } : {} })),
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: [headerRow, ...body],
  });
}
