/**
 * Horizontal bars as SVG (e.g. hours by person): labels on the left, one bar a row scaled to a
 * rounded maximum with grid lines, the value and its unit at the end of each bar.
 *
 * Decisions:
 * - Every bar is listed in the data's order, a value of 0 too (no bar, only its value); a value
 *   that is not a finite number counts as 0, a negative one as 0 (hours are never negative).
 * - The axis maximum is the largest value rounded up to 1, 2, 2.5 or 5 × 10ⁿ, in four or five
 *   steps; no bars at all draws "暂无数据" / "No data".
 * - One colour (the palette's task blue): the bars compare one measure, not categories.
 */
import type { Locale } from '../../types';
import type { PieSlice } from '../doc';
import { xmlText } from '../../gantt/svg';
import { PAD, TEXT, TITLE_H, fitText, n, num, oneLine, t, widthAt, svgHead, type Palette } from './common';

const ROW = 28;
const BAR_H = 16;
const PLOT_W = 360;
const AXIS_H = 22;
const LABEL_MIN = 60;
const LABEL_MAX = 220;

export function barsSvg(title: string, unit: string, bars: readonly PieSlice[], locale: Locale, p: Palette): { svg: string; width: number; height: number } {
  const rows = bars.map((b) => ({ label: oneLine(b.label), value: Number.isFinite(b.value) && b.value > 0 ? b.value : 0 }));
  const u = oneLine(unit);
  const valueText = (v: number) => (u ? `${num(v)} ${u}` : num(v));
  const labelW = Math.min(LABEL_MAX, Math.max(LABEL_MIN, ...rows.map((r) => widthAt(r.label, 12) + 12)));
  const max = Math.max(0, ...rows.map((r) => r.value));
  const { top: axisMax, step } = niceAxis(max);
  const valueW = Math.max(40, ...rows.map((r) => widthAt(valueText(r.value), 12) + 12));
  const plotX = PAD + labelW;
  const width = Math.ceil(Math.max(plotX + PLOT_W + valueW + PAD, widthAt(oneLine(title), 15) + 2 * PAD, 320));
  const bodyH = Math.max(rows.length, 1) * ROW;
  const height = Math.ceil(TITLE_H + bodyH + AXIS_H + PAD);
  const xOf = (v: number) => plotX + (axisMax > 0 ? (v / axisMax) * PLOT_W : 0);

  const out = svgHead('bars', title, width, height, p);
  out.push('<g class="axis">');
  for (let k = 0; rows.length && k * step <= axisMax + 1e-9; k++) {
    const v = Number((k * step).toPrecision(12));
    const x = xOf(v);
    out.push(`<line class="grid" x1="${n(x)}" y1="${TITLE_H}" x2="${n(x)}" y2="${TITLE_H + bodyH}" stroke="${p.grid}" stroke-opacity="${v === 0 ? 0.9 : 0.3}" stroke-width="1"/>`);
    out.push(`<text class="tick-text" x="${n(x)}" y="${TITLE_H + bodyH + 16}" text-anchor="middle" font-size="11" fill="${p.text}">${xmlText(num(v))}</text>`);
  }
  out.push('</g>', '<g class="bars">');
  if (!rows.length) out.push(`<text class="no-data" x="${PAD}" y="${TITLE_H + ROW / 2 + 4}" fill="${p.text}">${xmlText(t(TEXT.noData, locale))}</text>`);
  rows.forEach((r, i) => {
    const y = TITLE_H + i * ROW;
    const w = xOf(r.value) - plotX;
    const parts = [`<g class="bar-row" data-index="${i}"><title>${xmlText(`${r.label}${locale === 'en' ? ': ' : '：'}${valueText(r.value)}`)}</title>`];
    parts.push(`<text class="bar-label" x="${plotX - 8}" y="${y + ROW / 2 + 4}" text-anchor="end" fill="${p.text}">${xmlText(fitText(r.label, labelW - 12))}</text>`);
    if (w > 0) parts.push(`<rect class="bar" x="${plotX}" y="${y + (ROW - BAR_H) / 2}" width="${n(Math.max(1, w))}" height="${BAR_H}" rx="2" fill="${p.task}"/>`);
    parts.push(`<text class="bar-value" x="${n(plotX + w + 6)}" y="${y + ROW / 2 + 4}" fill="${p.text}">${xmlText(valueText(r.value))}</text></g>`);
    out.push(parts.join(''));
  });
  out.push('</g>', '</svg>');
  return { svg: out.join('\n') + '\n', width, height };
}

/** The axis maximum (≥ max, 1/2/2.5/5 × 10ⁿ steps) and its step; 1 and 0.25 when max is 0. */
export function niceAxis(max: number): { top: number; step: number } {
  if (!(max > 0)) return { top: 1, step: 0.25 };
  const raw = max / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((k) => k * mag).find((s) => s >= raw - 1e-12) ?? 10 * mag;
  const exact = (v: number) => Number(v.toPrecision(12));
  return { top: exact(Math.ceil(max / step - 1e-9) * step), step: exact(step) };
}
