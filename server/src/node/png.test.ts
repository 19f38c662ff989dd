import * as assert from 'assert';
import { CJK_FONT_CANDIDATES, findCjkFont, svgToPng } from './png';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  assert.deepStrictEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.strictEqual(png.subarray(12, 16).toString('latin1'), 'IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('SVG → PNG (resvg)', () => {
  it('renders at the SVG size × scale, Chinese text included, whatever fonts the machine has', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#fff"/><text x="4" y="26" font-size="16">环境部署 P1</text></svg>';
    const r = await svgToPng(svg, { scale: 2 });
    assert.deepStrictEqual(pngSize(r.png), { width: 240, height: 80 });
    assert.deepStrictEqual([r.width, r.height], [240, 80]);
    const none = await svgToPng(svg, { scale: 1, font: null });
    assert.deepStrictEqual(pngSize(none.png), { width: 120, height: 40 });
  });

  it('caps a huge chart at 16,384 px a side', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20000" height="100"><rect width="20000" height="100" fill="#09f"/></svg>';
    const r = await svgToPng(svg, { scale: 2 });
    assert.ok(r.width <= 16_384 && r.height <= 16_384, `${r.width}×${r.height}`);
  });

  it('finds the CJK font from the environment, else the usual places, else none', () => {
    assert.strictEqual(findCjkFont({ POC_STUDIO_CJK_FONT: '/x/my.ttf' }, (p) => p === '/x/my.ttf'), '/x/my.ttf');
    assert.strictEqual(findCjkFont({}, (p) => p === CJK_FONT_CANDIDATES[3]), CJK_FONT_CANDIDATES[3]);
    assert.strictEqual(findCjkFont({ POC_STUDIO_CJK_FONT: '/missing.ttf' }, () => false), undefined);
  });
});
