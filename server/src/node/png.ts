/**
 * SVG → PNG for the Gantt chart (CLI `gantt --format png`, and the reports' pictures): rendered by
 * resvg (`@resvg/resvg-js`, a maintained Rust renderer shipped as prebuilt npm binaries), with a
 * CJK-capable font so that Chinese labels render on a machine that has never seen the product.
 *
 * Decisions:
 * - The font: `POC_STUDIO_CJK_FONT` (a .ttf/.otf/.ttc path) if set, else the first of the usual CJK
 *   fonts of Windows, macOS and Linux that exists (Microsoft YaHei, PingFang, Noto Sans CJK,
 *   WenQuanYi …), plus the system fonts; without any CJK font the PNG is still written (the
 *   Chinese glyphs fall back) and `font` says none was found.
 * - resvg is loaded when first needed (`require`), so the language server and the CLI start
 *   without it; where it is not installed, `svgToPng` throws a clear error (SVG still works).
 * - Output size: the SVG's own width and height × `scale` (default 2, for sharp text in
 *   documents), capped so neither side exceeds 16,384 px.
 */
import * as fs from 'fs';

export const CJK_FONT_CANDIDATES: readonly string[] = [
  'C:\\Windows\\Fonts\\msyh.ttc',
  'C:\\Windows\\Fonts\\msyh.ttf',
  'C:\\Windows\\Fonts\\simhei.ttf',
  '/System/Library/Fonts/PingFang.ttc',
  '/System/Library/Fonts/STHeiti Light.ttc',
  '/Library/Fonts/Arial Unicode.ttf',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
  '/usr/share/fonts/wqy-microhei/wqy-microhei.ttc',
  '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc',
  '/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf',
];

/** The CJK font file to render with, or undefined when the machine has none of the known ones. */
export function findCjkFont(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = fs.existsSync): string | undefined {
  const own = env.POC_STUDIO_CJK_FONT;
  if (own && exists(own)) return own;
  return CJK_FONT_CANDIDATES.find((p) => exists(p));
}

export interface PngResult {
  png: Buffer;
  width: number;
  height: number;
  /** The CJK font used, if one was found. */
  font?: string;
}

const MAX_SIDE = 16_384;

interface ResvgModule {
  Resvg: new (svg: string, opts: unknown) => { width: number; height: number; render(): { width: number; height: number; asPng(): Buffer } };
}

let resvg: ResvgModule | undefined;
function loadResvg(): ResvgModule {
  if (resvg) return resvg;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    resvg = require('@resvg/resvg-js') as ResvgModule;
  } catch (e) {
    throw new Error(`PNG needs the @resvg/resvg-js package (npm install @resvg/resvg-js); SVG works without it. (${(e as Error).message})`);
  }
  return resvg;
}

export function svgToPng(svg: string, opts: { scale?: number; background?: string; font?: string | null } = {}): PngResult {
  const { Resvg } = loadResvg();
  const font = opts.font === null ? undefined : opts.font ?? findCjkFont();
  const size = /<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const w = size ? Number(size[1]) : 800;
  const h = size ? Number(size[2]) : 600;
  const scale = Math.max(0.1, Math.min(opts.scale ?? 2, MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1)));
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: opts.background,
    font: { fontFiles: font ? [font] : [], loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
    // No external resources: an SVG of the product never references any.
    imageRendering: 0,
  });
  const out = r.render();
  return { png: out.asPng(), width: out.width, height: out.height, font };
}
