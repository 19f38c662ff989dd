/**
 * Page, fonts and styles of the Word reports: A4, Chinese body and heading fonts named (never
 * embedded), Title / Heading 2 / Heading 3 as Word's own heading styles (so that the navigation
 * pane and a table of contents see them), a bullet list definition.
 *
 * Decisions:
 * - East Asian text: 宋体 for the body, 黑体 for the title and headings, 等线 for tables, header and
 *   footer; Latin text: Calibri (Arial for headings). Only names are written: Word and WPS have
 *   these fonts, LibreOffice substitutes its own; nothing is embedded.
 * - The East Asian language is zh-CN in both locales (an English report still holds the customer's
 *   Chinese names); the Latin language follows the report (en-US; a Chinese Word's default too).
 * - Sizes follow Chinese document habits: body 五号 (10.5 pt), title 小二 (18 pt), heading 2 三号
 *   (16 pt), heading 3 四号 (14 pt), tables 10 pt, notes and page header / footer 小五 (9 pt).
 * - Headings keep with the next paragraph and carry their outline level.
 * - Margins 2.54 cm top and bottom, 2.2 cm left and right: wide enough for a seven-column table.
 */
import { AlignmentType, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

export const FONTS = {
  latin: 'Calibri',
  latinHeading: 'Arial',
  body: '宋体',
  heading: '黑体',
  table: '等线',
  mono: 'Consolas',
} as const;

/** Twips (1/20 pt). A4 is 210 × 297 mm. */
export const PAGE = {
  width: 11906,
  height: 16838,
  marginTop: 1440,
  marginBottom: 1440,
  marginLeft: 1247,
  marginRight: 1247,
  header: 720,
  footer: 720,
} as const;

/** The width of the text between the margins, in twips. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
/** The height of the text between the margins, in twips. */
export const TEXT_HEIGHT = PAGE.height - PAGE.marginTop - PAGE.marginBottom;
/** Twips per CSS pixel (96 px to the inch, 1440 twips to the inch). */
export const TWIPS_PER_PX = 15;

/** Sizes in half-points. */
export const SIZE = { body: 21, title: 36, heading2: 32, heading3: 28, table: 20, small: 18 } as const;

export const GREY = '666666';
export const BORDER = 'A6A6A6';
export const HEADER_FILL = 'EDEDED';

/** Ids of the paragraph styles this module defines besides Word's built-in ones. */
export const STYLE = { tableText: 'TableText', note: 'Note', header: 'Header', footer: 'Footer', caption: 'Caption' } as const;

export const BULLETS = 'poc-bullets';

const bodyFont = { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia: FONTS.body };
const headingFont = { ascii: FONTS.latinHeading, hAnsi: FONTS.latinHeading, cs: FONTS.latinHeading, eastAsia: FONTS.heading };
const tableFont = { ascii: FONTS.latin, hAnsi: FONTS.latin, cs: FONTS.latin, eastAsia: FONTS.table };

export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: bodyFont, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
        paragraph: { spacing: { after: 120, line: 312, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: headingFont, size: SIZE.title, bold: true, color: '000000' },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 360 }, keepNext: true },
      },
      heading2: {
        run: { font: headingFont, size: SIZE.heading2, bold: true, color: '000000' },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      heading3: {
        run: { font: headingFont, size: SIZE.heading3, bold: true, color: '000000' },
        paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, keepLines: true, outlineLevel: 2 },
      },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
      caption: {
        run: { font: headingFont, size: SIZE.table, bold: true, italics: false, color: '000000' },
        paragraph: { spacing: { before: 120, after: 80 }, keepNext: true },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        quickFormat: true,
        run: { font: tableFont, size: SIZE.table },
        paragraph: { spacing: { before: 0, after: 0, line: 276, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        quickFormat: true,
        run: { size: SIZE.small, italics: true, color: GREY },
      },
      {
        id: STYLE.header,
        name: 'header',
        basedOn: 'Normal',
        run: { font: tableFont, size: SIZE.small, color: GREY },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.footer,
        name: 'footer',
        basedOn: 'Normal',
        run: { font: tableFont, size: SIZE.small, color: GREY },
        paragraph: { spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}

/** One bullet list definition, used by every list of the document (real Word numbering). */
export function numbering(): INumberingOptions {
  return {
    config: [
      {
        reference: BULLETS,
        levels: [
          {
            level: 0,
            format: LevelFormat.BULLET,
            text: '•',
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 420, hanging: 420 } }, run: { font: { ascii: FONTS.latin, hAnsi: FONTS.latin } } },
          },
        ],
      },
    ],
  };
}
