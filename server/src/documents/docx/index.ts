/**
 * A report (`ReportDoc`) as a Word document (.docx), written with the `docx` library: A4, Word's
 * own Title / Heading 2 / Heading 3 styles, Chinese fonts by name, real tables with a repeated
 * header row, bullet lists, charts as pictures (or their data as tables), the signature and seal
 * block, a page header (customer · project) and footer (company, page X of Y).
 *
 * Decisions:
 * - Every text is plain text in `w:t` (see text.ts): nothing in a plan becomes a field, a
 *   hyperlink or markup.
 * - The document's creator is "POC Studio"; created / modified are `opts.created` (default: now),
 *   so that a test can pass a fixed time.
 * - The output is the .docx bytes; writing the file (and refusing to overwrite one) is the
 *   caller's job.
 */
import { Document, Packer, Paragraph, HeadingLevel } from 'docx';
import type { ChartRenderer, ReportDoc } from '../../core/reports/doc';
import { blockChildren, keptWithNext, type BodyChild } from './blocks';
import { CORE_PROPERTIES_PATH, CREATOR, corePropertiesXml } from './core-properties';
import { pageFooter, pageHeader } from './page';
import { PAGE, documentStyles, numbering } from './styles';
import { wordText } from './text';

export interface DocxOptions {
  /** Draws a chart as a PNG; without it (or when it gives nothing) a chart is written as a table. */
  charts?: ChartRenderer;
  /** The document's created / modified time (default: now). */
  created?: Date;
}

export async function renderDocx(doc: ReportDoc, opts: DocxOptions = {}): Promise<Uint8Array> {
  const children: BodyChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, text: wordText(doc.title) })];
  const kept = keptWithNext(doc.blocks);
  for (const [i, block] of doc.blocks.entries()) children.push(...(await blockChildren(block, { locale: doc.locale, charts: opts.charts, keepNext: kept.has(i) })));

  const document = new Document({
    creator: CREATOR,
    title: wordText(doc.title),
    styles: documentStyles(),
    numbering: numbering(),
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.marginTop,
              bottom: PAGE.marginBottom,
              left: PAGE.marginLeft,
              right: PAGE.marginRight,
              header: PAGE.header,
              footer: PAGE.footer,
            },
          },
        },
        headers: { default: pageHeader(doc) },
        footers: { default: pageFooter(doc) },
        children,
      },
    ],
  });
  const created = opts.created ?? new Date();
  const bytes = await Packer.toBuffer(document, false, [{ path: CORE_PROPERTIES_PATH, data: corePropertiesXml(doc.title, created) }]);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
