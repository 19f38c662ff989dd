/**
 * Small builders of report blocks (doc.ts) for the generators: a table that becomes its "none"
 * line when it has no rows, a list, numbered section headings (一、 / 1.).
 */
import type { Block, Chart, Rich } from './doc';
import type { Locale } from '../types';

export const paragraph = (text: Rich, role?: 'note' | 'footer'): Block => (role ? { type: 'paragraph', text, role } : { type: 'paragraph', text });

/** A table, or the `none` paragraph when there is no row (never an empty table). */
export function tableOr(header: string[], rows: Rich[][], none: Rich, total = false): Block {
  if (rows.length === 0) return paragraph(none);
  return total ? { type: 'table', header, rows, total } : { type: 'table', header, rows };
}

/** A bullet list, or the `none` paragraph (nothing when `none` is empty). */
export function listOr(items: Rich[], none: Rich = ''): Block[] {
  if (items.length > 0) return [{ type: 'list', items }];
  return none === '' ? [] : [paragraph(none)];
}

export const chart = (c: Chart): Block => ({ type: 'chart', chart: c });

/** A sub-heading (level 3). */
export const subheading = (text: string): Block => ({ type: 'heading', level: 3, text });

/** 一、二、… for zh-CN section headings; 1. 2. … for English. */
export function numbered(ctx: { locale: Locale }): (title: string) => Block {
  const zh = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六'];
  let n = 0;
  return (title) => {
    const i = n++;
    return { type: 'heading', level: 2, text: ctx.locale === 'zh-CN' ? `${zh[i]}、${title}` : `${i + 1}. ${title}` };
  };
}

/** 一 … 十 as used for numbered sub-sections （一）. */
export const zhNumber = (i: number): string => ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i] ?? String(i + 1);
