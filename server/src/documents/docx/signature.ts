/**
 * The signature and seal block of the acceptance report: a table label | 甲方 | 乙方 with a row for
 * each of the block's labels (organisation, conclusion, signature, date, seal), with room to sign
 * and to stamp, kept on one page.
 *
 * Decisions:
 * - The conclusion options (□ 通过 □ 有条件通过 □ 不通过) are in the customer's (first party's)
 *   column only: the customer accepts, the implementer does not tick its own work.
 * - Room by hand: the signature row is at least 2 cm, the date row 1.2 cm, the seal row 4.5 cm
 *   (a Chinese company seal is 4.0–4.2 cm across).
 * - In a Chinese report the date cells hold "年　月　日" to be filled in, as on a paper form; an
 *   English date is written freely, the cell stays empty.
 * - The block stays on one page: no row splits, every row keeps with the next.
 */
import { AlignmentType, HeightRule, Table, TableLayoutType, TableRow, TextRun, WidthType, type TableCell } from 'docx';
import type { SignatureBlock } from '../../core/reports/doc';
import type { Locale } from '../../core/types';
import { HEADER_FILL, TEXT_WIDTH } from './styles';
import { TABLE_BORDERS, cell, textCell } from './tables';
import { wordText } from './text';

/** Row heights in twips (567 twips = 1 cm). */
export const SIGNATURE_HEIGHTS = { signature: 1134, date: 680, seal: 2551 } as const;
const LABEL_WIDTH = 1800;

export function signatureTable(block: SignatureBlock, locale: Locale): Table {
  const party = Math.floor((TEXT_WIDTH - LABEL_WIDTH) / 2);
  const widths = [LABEL_WIDTH, party, TEXT_WIDTH - LABEL_WIDTH - party];
  const [first, second] = block.parties;
  const label = (text: string): TableCell => textCell(text, { width: widths[0], style: { bold: true }, fill: HEADER_FILL });
  const empty = (i: 1 | 2): TableCell => textCell('', { width: widths[i] });
  const dateFill = (i: 1 | 2): TableCell =>
    locale === 'zh-CN'
      ? cell([new TextRun({ text: '　　　　年　　月　　日' })], { width: widths[i], alignment: AlignmentType.RIGHT })
      : empty(i);
  const options = block.conclusionOptions.flatMap((o, i) => [
    ...(i > 0 ? [new TextRun({ text: '　　' })] : []),
    new TextRun({ text: wordText(o) }),
  ]);

  const rows: { cells: TableCell[]; height?: number }[] = [
    {
      cells: [
        textCell('', { width: widths[0], fill: HEADER_FILL }),
        textCell(first.role, { width: widths[1], style: { bold: true }, fill: HEADER_FILL, alignment: AlignmentType.CENTER }),
        textCell(second.role, { width: widths[2], style: { bold: true }, fill: HEADER_FILL, alignment: AlignmentType.CENTER }),
      ],
    },
    { cells: [label(block.labels.organisation), textCell(first.organisation, { width: widths[1] }), textCell(second.organisation, { width: widths[2] })] },
    { cells: [label(block.labels.conclusion), cell(options.length ? options : [new TextRun('')], { width: widths[1] }), empty(2)] },
    { cells: [label(block.labels.signature), empty(1), empty(2)], height: SIGNATURE_HEIGHTS.signature },
    { cells: [label(block.labels.date), dateFill(1), dateFill(2)], height: SIGNATURE_HEIGHTS.date },
    { cells: [label(block.labels.seal), empty(1), empty(2)], height: SIGNATURE_HEIGHTS.seal },
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    rows: rows.map(
      (r, i) =>
        new TableRow({
          cantSplit: true,
          keepNext: i < rows.length - 1 || undefined,
          height: r.height ? { value: r.height, rule: HeightRule.ATLEAST } : undefined,
          children: r.cells,
        }),
    ),
  });
}
