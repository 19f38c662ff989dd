/** Pixel statistics of a PNG, for tests that a picture is drawn (not blank) without comparing pixels (tests only: pngjs is a dev dependency). */
import { PNG } from 'pngjs';

export interface PngStats {
  width: number;
  height: number;
  /** Distinct colours (channels quantized to 16 levels). */
  colours: number;
  /** Share of pixels that differ from the top-left (background) pixel. */
  ink: number;
}

export function pngStats(png: Uint8Array): PngStats {
  const img = PNG.sync.read(Buffer.from(png));
  const d = img.data;
  const bg = [d[0], d[1], d[2]];
  const colours = new Set<number>();
  let ink = 0;
  for (let i = 0; i < d.length; i += 4) {
    colours.add(((d[i] >> 4) << 8) | ((d[i + 1] >> 4) << 4) | (d[i + 2] >> 4));
    if (Math.abs(d[i] - bg[0]) + Math.abs(d[i + 1] - bg[1]) + Math.abs(d[i + 2] - bg[2]) > 24) ink++;
  }
  return { width: img.width, height: img.height, colours: colours.size, ink: ink / (img.width * img.height) };
}
