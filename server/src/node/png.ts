/**
 * SVG → PNG for the Gantt chart (CLI `gantt --format png`, and the reports' pictures): rendered by
 * resvg — the native build (`@resvg/resvg-js`, prebuilt npm binaries) where it loads, else the same
 * engine compiled to WebAssembly (`@resvg/resvg-wasm`, node/resvg-wasm.ts; the packaged extension
 * has no node_modules, only dist/ with dist/resvg.wasm) — with a CJK-capable font so that Chinese
 * labels render on a machine that has never seen the product.
 *
 * Decisions:
 * - The font: `POC_STUDIO_CJK_FONT` (a .ttf/.otf/.ttc path) if set, else the first of the usual CJK
 *   fonts of Windows, macOS and Linux that exists (Microsoft YaHei, PingFang, Noto Sans CJK,
 *   WenQuanYi …), plus the system fonts (native) or one Latin font (wasm, which cannot read the
 *   system's fonts); without any CJK font the PNG is still written (the Chinese glyphs fall back)
 *   and `font` says none was found.
 * - The renderer: native first, the wasm build when the native one cannot load (not installed, no
 *   binary for the platform). `POC_STUDIO_RESVG=native|wasm` (or `opts.engine`) forces one, for
 *   tests; a forced renderer that cannot load is an error, never a silent switch.
 * - Both are loaded when first needed (`require`), so the language server and the CLI start
 *   without them; where neither loads, `svgToPng` rejects with a clear error (SVG still works).
 * - `svgToPng` is async: the wasm build initialises asynchronously (once per process).
 * - Output size: the SVG's own width and height × `scale` (default 2, for sharp text in
 *   documents), capped so neither side exceeds 16,384 px.
 */
import * as fs from 'fs';
import { findLatinFont, renderWithWasm } from './resvg-wasm';

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

export type PngEngine = 'native' | 'wasm';

export interface PngResult {
  png: Buffer;
  width: number;
  height: number;
  /** The CJK font used, if one was found. */
  font?: string;
  /** Which resvg build drew the picture. */
  engine: PngEngine;
}

const MAX_SIDE = 16_384;

interface ResvgModule {
  Resvg: new (svg: string, opts: unknown) => { width: number; height: number; render(): { width: number; height: number; asPng(): Buffer } };
}

let resvg: ResvgModule | undefined;
let resvgError: Error | undefined;
function loadResvg(): ResvgModule {
  if (resvg) return resvg;
  if (resvgError) throw resvgError;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    resvg = require('@resvg/resvg-js') as ResvgModule;
  } catch (e) {
    resvgError = new Error(`PNG needs the @resvg/resvg-js package (npm install @resvg/resvg-js); SVG works without it. (${(e as Error).message})`);
    throw resvgError;
  }
  return resvg;
}

/** The renderer forced by `POC_STUDIO_RESVG`, or undefined (native, else wasm). */
export function forcedEngine(env: NodeJS.ProcessEnv = process.env): PngEngine | undefined {
  const v = env.POC_STUDIO_RESVG?.trim().toLowerCase();
  return v === 'native' || v === 'wasm' ? v : undefined;
}

export async function svgToPng(
  svg: string,
  opts: { scale?: number; background?: string; font?: string | null; engine?: PngEngine } = {},
): Promise<PngResult> {
  const font = opts.font === null ? undefined : opts.font ?? findCjkFont();
  const size = /<svg\b[^>]*\bwidth="(\d+(?:\.\d+)?)"[^>]*\bheight="(\d+(?:\.\d+)?)"/.exec(svg);
  const w = size ? Number(size[1]) : 800;
  const h = size ? Number(size[2]) : 600;
  const scale = Math.max(0.1, Math.min(opts.scale ?? 2, MAX_SIDE / Math.max(w, 1), MAX_SIDE / Math.max(h, 1)));
  const engine = opts.engine ?? forcedEngine();
  let native: ResvgModule | undefined;
  if (engine !== 'wasm') {
    try {
      native = loadResvg();
    } catch (e) {
      if (engine === 'native') throw e;
    }
  }
  if (!native) {
    const latin = findLatinFont();
    const out = await renderWithWasm(svg, { scale, background: opts.background, fonts: [font, latin].filter((f): f is string => !!f) });
    return { ...out, font, engine: 'wasm' };
  }
  const r = new native.Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: opts.background,
    font: { fontFiles: font ? [font] : [], loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
    // No external resources: an SVG of the product never references any.
    imageRendering: 0,
  });
  const out = r.render();
  return { png: out.asPng(), width: out.width, height: out.height, font, engine: 'native' };
}
