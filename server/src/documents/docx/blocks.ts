/**
 * The blocks of a `ReportDoc` as Word paragraphs and tables: headings in Word's heading styles,
 * paragraphs (notes and closing lines smaller, grey, italic), bullet lists with real numbering,
 * tables, charts, the signature block and a thin rule.
 */
import { BorderStyle, HeadingLevel, LineRuleType, Paragraph, Table } from 'docx';
import type { Block, ChartRenderer } from '../../core/reports/doc';
import type { Locale } from '../../core/types';
import { chartBlocks } from './chart';
import { signatureTable } from './signature';
import { BORDER, BULLETS, STYLE } from './styles';
import { dataTable } from './tables';
import { richRuns, wordText } from './text';

export type BodyChild = Paragraph | Table;

export interface BlockContext {
  locale: Locale;
  charts?: ChartRenderer;
  /** Keep this paragraph or heading on the page of what follows it. */
  keepNext?: boolean;
}

/**
 * Which blocks keep with the next one beyond what their style says: the lead-in of a signature
 * block (the paragraphs back to and including its heading), so that the heading and "awaits the
 * customer's signature" do not stay behind when the block moves to the next page.
 */
export function keptWithNext(blocks: readonly Block[]): Set<number> {
  const kept = new Set<number>();
  blocks.forEach((b, i) => {
    if (b.type !== 'signature') return;
    for (let j = i - 1; j >= 0; j--) {
      const prev = blocks[j];
      if (prev.type !== 'paragraph' && prev.type !== 'heading') break;
      kept.add(j);
      if (prev.type === 'heading') break;
    }
  });
  return kept;
}

export async function blockChildren(block: Block, ctx: BlockContext): Promise<BodyChild[]> {
  const { locale, charts } = ctx;
  const keepNext = ctx.keepNext || undefined;
  switch (block.type) {
    case 'heading':
      return [new Paragraph({ heading: block.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, keepNext, text: wordText(block.text) })];
    case 'paragraph':
      return [new Paragraph({ style: block.role ? STYLE.note : undefined, keepNext, children: richRuns(block.text) })];
    case 'list':
      return block.items.map((item) => new Paragraph({ numbering: { reference: BULLETS, level: 0 }, children: richRuns(item) }));
    case 'table':
      if (block.rows.length === 0) return [];
      // A little space after a table (a paragraph after it would otherwise touch it).
      return [dataTable(block.header, block.rows, { total: block.total }), spacer()];
    case 'chart': {
      const children = await chartBlocks(block.chart, locale, charts);
      return children[children.length - 1] instanceof Table ? [...children, spacer()] : children;
    }
    case 'signature':
      return [signatureTable(block.signature, locale), spacer()];
    case 'rule':
      return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BORDER, space: 1 } }, spacing: { after: 120 } })];
  }
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 60, line: 240, lineRule: LineRuleType.AUTO } });
}
