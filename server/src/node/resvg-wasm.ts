/**
 * resvg compiled to WebAssembly (`@resvg/resvg-wasm`): the PNG renderer of node/png.ts where the
 * native `@resvg/resvg-js` cannot load — above all the packaged extension, whose .vsix carries no
 * node_modules (its JavaScript is bundled into dist/server.js, its `.wasm` copied to
 * dist/resvg.wasm by esbuild.mjs and shipped through .vscodeignore).
 *
 * Decisions:
 * - The `.wasm` file: `resvg.wasm` beside the running bundle (dist/), else the package's own
 *   `index_bg.wasm` from node_modules (the unbundled build in out/, tests).
 * - `initWasm` runs once per process (the package refuses a second call); the promise is kept, and
 *   dropped again after a failure so that a later picture can retry.
 * - WebAssembly cannot read files: the fonts are handed over as bytes (`fontBuffers`) — the CJK font
 *   that png.ts found, then one Latin font if the machine has one of the usual ones (Arial, Segoe UI,
 *   Helvetica, DejaVu Sans, Liberation Sans). The bytes are read once and kept for the process.
 *   With neither, shapes are still drawn and text is left out.
 * - Every object of the wasm heap (renderer, rendered image) is freed right after use: the wasm
 *   memory is not collected by the JavaScript garbage collector.
 */
import * as fs from 'fs';
import * as path from 'path';

/** Latin fonts for the wasm renderer, by platform; the first that exists is used. */
export const LATIN_FONT_CANDIDATES: readonly string[] = [
  'C:\\Windows\\Fonts\\arial.ttf',
  'C:\\Windows\\Fonts\\segoeui.ttf',
  '/System/Library/Fonts/Helvetica.ttc',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/Library/Fonts/Arial.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/usr/share/fonts/TTF/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
  '/usr/share/fonts/liberation-sans/LiberationSans-Regular.ttf',
];

/** The Latin font file for the wasm renderer, or undefined when none of the known ones exists. */
export function findLatinFont(exists: (p: string) => boolean = fs.existsSync): string | undefined {
  return LATIN_FONT_CANDIDATES.find((p) => exists(p));
}

interface WasmImage {
  readonly width: number;
  readonly height: number;
  asPng(): Uint8Array;
  free(): void;
}
interface WasmModule {
  initWasm(input: Uint8Array): Promise<void>;
  Resvg: new (svg: string, opts: unknown) => { render(): WasmImage; free(): void };
}

/** Where the `.wasm` file is: beside the bundle (dist/resvg.wasm), else in node_modules. */
export function resvgWasmFile(dir: string = __dirname, exists: (p: string) => boolean = fs.existsSync): string {
  const bundled = path.join(dir, 'resvg.wasm');
  if (exists(bundled)) return bundled;
  try {
    return require.resolve('@resvg/resvg-wasm/index_bg.wasm');
  } catch {
    throw new Error(`PNG: neither the native renderer (@resvg/resvg-js) nor ${bundled} is available; SVG works without them.`);
  }
}

let ready: Promise<WasmModule> | undefined;
function loadWasm(): Promise<WasmModule> {
  ready ??= (async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require('@resvg/resvg-wasm') as WasmModule;
    await mod.initWasm(fs.readFileSync(resvgWasmFile()));
    return mod;
  })();
  ready.catch(() => (ready = undefined));
  return ready;
}

const fontBytes = new Map<string, Uint8Array>();
function fontBuffer(file: string): Uint8Array | undefined {
  let b = fontBytes.get(file);
  if (!b) {
    try {
      b = fs.readFileSync(file);
    } catch {
      return undefined;
    }
    fontBytes.set(file, b);
  }
  return b;
}

/** Renders with the wasm build; `fonts` are font file paths (read once, kept as bytes). */
export async function renderWithWasm(
  svg: string,
  opts: { scale: number; background?: string; fonts: readonly string[] },
): Promise<{ png: Buffer; width: number; height: number }> {
  const { Resvg } = await loadWasm();
  const fontBuffers = opts.fonts.map(fontBuffer).filter((b): b is Uint8Array => b !== undefined);
  const r = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: opts.scale },
    background: opts.background,
    font: { fontBuffers, defaultFontFamily: 'sans-serif' },
    imageRendering: 0,
  });
  try {
    const img = r.render();
    try {
      const png = img.asPng();
      return { png: Buffer.from(png.buffer, png.byteOffset, png.byteLength), width: img.width, height: img.height };
    } finally {
      img.free();
    }
  } finally {
    r.free();
  }
}
