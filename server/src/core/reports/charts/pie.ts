/**
 * A pie chart as SVG: the slices clockwise from twelve o'clock in the data's order, and a legend
 * on the right naming each slice with its value and share.
 *
 * Decisions:
 * - A slice of 0 (or a value that is not a positive number) is neither drawn nor listed; one
 *   slice left is a full circle (an arc cannot draw 360°); none left draws an empty ring with
 *   "暂无数据" / "No data".
 * - Each slice has a <title> (label, value, share) for screen readers and SVG viewers.
 */
import type { Locale } from '../../types';
import type { PieSlice } from '../doc';
import { xmlText } from '../../gantt/svg';
import { PAD, TEXT, TITLE_H, drawable, fitText, n, num, oneLine, percent, seriesColour, svgHead, t, widthAt, type Palette } from './common';

const R = 90;
const LINE = 22;
const LEGEND_GAP = 32;
const LABEL_MAX = 260;

export function pieSvg(title: string, slices: readonly PieSlice[], locale: Locale, p: Palette): { svg: string; width: number; height: number } {
  const shown = slices.map((s, i) => ({ ...s, label: oneLine(s.label), colour: seriesColour(i, p) })).filter((s) => drawable(s.value));
  const total = shown.reduce((k, s) => k + s.value, 0);
  const legend = shown.map((s) => {
    const short = fitText(s.label, LABEL_MAX);
    const figures = locale === 'en' ? `${num(s.value)} (${percent(s.value, total)})` : `${num(s.value)}（${percent(s.value, total)}）`;
    return { ...s, short, figures, w: 22 + widthAt(short, 12) + 10 + widthAt(figures, 12) };
  });
  const legendX = PAD + 2 * R + LEGEND_GAP;
  const legendW = Math.max(0, ...legend.map((l) => l.w));
  const bodyH = Math.max(2 * R, legend.length * LINE);
  const width = Math.ceil(Math.max(legendX + legendW + PAD, widthAt(oneLine(title), 15) + 2 * PAD, 320));
  const height = Math.ceil(TITLE_H + bodyH + PAD);
  const cx = PAD + R;
  const cy = TITLE_H + bodyH / 2;

  const out = svgHead('pie', title, width, height, p);
  out.push('<g class="slices">');
  if (shown.length === 0) {
    out.push(`<circle class="empty" cx="${cx}" cy="${n(cy)}" r="${R}" fill="none" stroke="${p.grid}" stroke-width="2"/>`);
    out.push(`<text class="no-data" x="${cx}" y="${n(cy + 4)}" text-anchor="middle" fill="${p.text}">${xmlText(t(TEXT.noData, locale))}</text>`);
  } else if (shown.length === 1) {
    const s = shown[0];
    out.push(`<circle class="slice" data-index="0" cx="${cx}" cy="${n(cy)}" r="${R}" fill="${s.colour}"><title>${xmlText(tip(legend[0]))}</title></circle>`);
  } else {
    let a0 = -Math.PI / 2;
    shown.forEach((s, i) => {
      const a1 = a0 + (s.value / total) * 2 * Math.PI;
      const large = a1 - a0 > Math.PI ? 1 : 0;
      const [x0, y0] = [cx + R * Math.cos(a0), cy + R * Math.sin(a0)];
      const [x1, y1] = [cx + R * Math.cos(a1), cy + R * Math.sin(a1)];
      const d = `M ${n(cx)} ${n(cy)} L ${n(x0)} ${n(y0)} A ${R} ${R} 0 ${large} 1 ${n(x1)} ${n(y1)} Z`;
      out.push(`<path class="slice" data-index="${i}" d="${d}" fill="${s.colour}" stroke="${p.background}" stroke-width="1.5"><title>${xmlText(tip(legend[i]))}</title></path>`);
      a0 = a1;
    });
  }
  out.push('</g>', '<g class="legend">');
  const top = cy - (legend.length * LINE) / 2;
  legend.forEach((l, i) => {
    const y = top + i * LINE;
    out.push(
      `<g class="legend-item" data-index="${i}"><rect x="${legendX}" y="${n(y + 4)}" width="14" height="14" rx="2" fill="${l.colour}"/>` +
        `<text class="legend-label" x="${legendX + 22}" y="${n(y + 16)}" fill="${p.text}">${xmlText(l.short)}</text>` +
        `<text class="legend-value" x="${n(legendX + 22 + widthAt(l.short, 12) + 10)}" y="${n(y + 16)}" fill="${p.text}">${xmlText(l.figures)}</text></g>`,
    );
  });
  out.push('</g>', '</svg>');
  return { svg: out.join('\n') + '\n', width, height };
}

function tip(l: { label: string; figures: string }): string {
  return `${l.label} ${l.figures}`;
}
