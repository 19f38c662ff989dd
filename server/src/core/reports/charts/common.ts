/**
 * What the report charts share: the font list (CJK fonts first, so that a PNG renderer finds a
 * Chinese font by name), the series colours (the Gantt palette of the chosen theme), the product
 * texts, number and percent formatting, and text fitting by estimated width.
 *
 * Decisions:
 * - Series colours are the Gantt palette in a fixed order (task blue, done green, in-progress
 *   orange, critical red, overdue purple, grid grey), then the same six mixed with the background
 *   (lighter in a light theme): a chart with the same data always gets the same colours.
 * - Numbers show at most two decimals, without trailing zeros; percents one decimal.
 */
import type { Locale } from '../../types';
import { THEMES, xmlText, type SvgTheme } from '../../gantt/svg';
import { textWidth } from '../../gantt/svg-layout';

/** The font-family of every chart text (an attribute value: single quotes inside). */
export const FONT_FAMILY = "'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', sans-serif";

export type Palette = (typeof THEMES)[SvgTheme];

export function paletteOf(theme: SvgTheme | undefined): Palette {
  return THEMES[theme ?? 'light'];
}

const SERIES: (keyof Palette)[] = ['task', 'done', 'active', 'critical', 'overdue', 'grid'];

/** The colour of the i-th series (slice, bar) of a chart. */
export function seriesColour(i: number, p: Palette): string {
  const base = p[SERIES[i % SERIES.length]];
  const round = Math.floor(i / SERIES.length) % 3;
  return round === 0 ? base : mix(base, p.background, round === 1 ? 0.45 : 0.7);
}

/** `a` moved towards `b` by `t` (0–1), both #rrggbb. */
export function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  return '#' + pa.map((v, k) => Math.round(v + (pb[k] - v) * t).toString(16).padStart(2, '0')).join('');
}

function parseHex(c: string): number[] {
  const h = c.replace('#', '');
  return [0, 2, 4].map((k) => parseInt(h.slice(k, k + 2), 16));
}

export const TEXT = {
  noData: { en: 'No data', 'zh-CN': '暂无数据' },
};

export const t = (l: { en: string; 'zh-CN': string }, locale: Locale): string => l[locale];

/** A value as shown: at most two decimals, no trailing zeros. */
export function num(v: number): string {
  return String(Math.round(v * 100) / 100);
}

/** A share as shown: one decimal at most. */
export function percent(v: number, total: number): string {
  return `${total > 0 ? Math.round((v / total) * 1000) / 10 : 0}%`;
}

/** Estimated width at `size` px (textWidth measures at 12 px). */
export function widthAt(s: string, size: number): number {
  return (textWidth(s) * size) / 12;
}

/** The text cut (with …) to fit `max` px at `size` px. */
export function fitText(s: string, max: number, size = 12): string {
  if (widthAt(s, size) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (widthAt(out + ch + '…', size) > max) break;
    out += ch;
  }
  return out + '…';
}

/** Rounded to two decimals, for coordinates. */
export const n = (v: number): string => String(Math.round(v * 100) / 100);

/** The values a chart can draw: finite and above zero. */
export const drawable = (v: number): boolean => Number.isFinite(v) && v > 0;

/** User text on one line (a label with line breaks or tabs is drawn as one). */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The opening of a chart's SVG document: size, title, background and the title line. */
export function svgHead(kind: string, title: string, width: number, height: number, p: Palette): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" class="poc-chart" data-kind="${kind}" font-family="${FONT_FAMILY}" font-size="12">`,
    `<title id="chart-title">${xmlText(oneLine(title))}</title>`,
    `<rect class="bg" x="0" y="0" width="${width}" height="${height}" fill="${p.background}"/>`,
    `<text class="chart-title" x="${PAD}" y="${PAD + 14}" font-size="${TITLE_SIZE}" font-weight="bold" fill="${p.text}">${xmlText(fitText(oneLine(title), width - 2 * PAD, TITLE_SIZE))}</text>`,
  ];
}

export const PAD = 16;
export const TITLE_SIZE = 15;
/** Height of the title band (padding, title line, gap). */
export const TITLE_H = PAD + 14 + 14;
