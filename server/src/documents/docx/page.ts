/**
 * Page header and footer: the customer and the project at the top, the company and
 * "第 X 页 / 共 Y 页" (en: "Page X of Y") at the bottom, with Word's PAGE and NUMPAGES fields so
 * that the numbers are right however the document is edited.
 *
 * Decisions:
 * - The header is "customer · project", the parts that are known; the document's title when
 *   neither is. It sits on a thin rule.
 * - The footer puts the company on the left and the page numbers on the right (a right tab at the
 *   text width); without a company the page numbers are centred.
 */
import { AlignmentType, BorderStyle, Footer, Header, PageNumber, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { ReportDoc } from '../../core/reports/doc';
import { BORDER, STYLE, TEXT_WIDTH } from './styles';
import { wordText } from './text';

export function pageHeader(doc: ReportDoc): Header {
  const parts = [doc.customer, doc.project].map(wordText).filter((p) => p !== '');
  const text = parts.length ? parts.join(' · ') : wordText(doc.title);
  return new Header({
    children: [
      new Paragraph({
        style: STYLE.header,
        alignment: AlignmentType.RIGHT,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: BORDER, space: 4 } },
        children: [new TextRun({ text })],
      }),
    ],
  });
}

export function pageFooter(doc: ReportDoc): Footer {
  const company = wordText(doc.company);
  const numbers =
    doc.locale === 'zh-CN'
      ? new TextRun({ children: ['第 ', PageNumber.CURRENT, ' 页 / 共 ', PageNumber.TOTAL_PAGES, ' 页'] })
      : new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] });
  const paragraph = company
    ? new Paragraph({
        style: STYLE.footer,
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [new TextRun({ text: company }), new TextRun({ children: [new Tab()] }), numbers],
      })
    : new Paragraph({ style: STYLE.footer, alignment: AlignmentType.CENTER, children: [numbers] });
  return new Footer({ children: [paragraph] });
}
