/** The Word writer's helpers: one-line XML-safe text, rich runs, column widths, picture sizes. */
import * as assert from 'assert';
import { Document, Packer, Paragraph } from 'docx';
import { fitPicture } from './chart';
import { TEXT_HEIGHT, TEXT_WIDTH, TWIPS_PER_PX } from './styles';
import { columnWidths } from './tables';
import { displayWidth, richRuns, wordText } from './text';
import { findAll, openDocx, parseXml, textOf } from './testing';

async function runTexts(runs: ReturnType<typeof richRuns>): Promise<string[]> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ children: runs })] }] });
  const parts = await openDocx(new Uint8Array(await Packer.toBuffer(doc)));
  return findAll(parseXml(await parts.text('word/document.xml')), 'w:t').map(textOf);
}

describe('docx text', () => {
  it('makes text one line and XML-safe: controls and breaks become spaces, lone surrogates U+FFFD', () => {
    assert.strictEqual(wordText('a\tb\u0007c\u001b[31md\r\ne\u2028f'), 'a b c [31md e f');
    assert.strictEqual(wordText('  x  '), 'x');
    assert.strictEqual(wordText('x\ud800y\udc00z\uffff'), 'x\ufffdy\ufffdz\ufffd');
    assert.strictEqual(wordText('😀 𠀀 中文'), '😀 𠀀 中文');
  });

  it('keeps the spaces between the pieces of a rich text and trims only its ends', async () => {
    assert.deepStrictEqual(await runTexts(richRuns([' Owner: ', { strong: 'Zhang San' }, ' (', { code: 'pm' }, ') '])), ['Owner: ', 'Zhang San', ' (', 'pm', ')']);
    assert.deepStrictEqual(await runTexts(richRuns([])), ['']);
    assert.deepStrictEqual(await runTexts(richRuns('a\nb')), ['a b']);
  });

  it('counts CJK characters as two columns', () => {
    assert.strictEqual(displayWidth('ab'), 2);
    assert.strictEqual(displayWidth('中文'), 4);
    assert.strictEqual(displayWidth('（）'), 4);
    assert.strictEqual(displayWidth('𠀀'), 2);
  });
});

describe('docx column widths', () => {
  it('fill the text width, give each column a minimum and wider text a wider column', () => {
    const w = columnWidths([['编号', 'A1'], ['验收项', '日志采集覆盖全部生产主机，含灾备机房'], ['结论', '通过']]);
    assert.strictEqual(w.reduce((a, b) => a + b, 0), TEXT_WIDTH);
    assert.ok(w.every((x) => x >= 900));
    assert.ok(w[1] > w[0] && w[1] > w[2]);
  });

  it('cap a very long text so that it cannot squeeze the other columns', () => {
    const w = columnWidths([['id'], ['x'.repeat(5000)], ['name of the person']]);
    assert.ok(w[2] >= 0.2 * TEXT_WIDTH, `${w[2]} twips`);
    assert.strictEqual(w.reduce((a, b) => a + b, 0), TEXT_WIDTH);
  });

  it('share out the width when there are many columns', () => {
    const w = columnWidths(Array.from({ length: 14 }, (_, i) => [`column ${i}`]));
    assert.strictEqual(w.reduce((a, b) => a + b, 0), TEXT_WIDTH);
    assert.ok(w.every((x) => x > 0));
  });
});

describe('docx picture size', () => {
  const maxW = TEXT_WIDTH / TWIPS_PER_PX;
  it('never enlarges a small picture', () => {
    assert.deepStrictEqual(fitPicture(320, 200), { width: 320, height: 200 });
  });
  it('scales a wide picture to the text width, keeping its aspect ratio', () => {
    const f = fitPicture(1600, 900);
    assert.ok(f.width <= maxW && f.width >= maxW - 1);
    assert.ok(Math.abs(f.width / f.height - 16 / 9) < 0.01);
  });
  it('keeps a tall picture within two thirds of the page', () => {
    const f = fitPicture(400, 4000);
    assert.ok(f.height * TWIPS_PER_PX <= (TEXT_HEIGHT * 2) / 3);
    assert.ok(Math.abs(f.width / f.height - 0.1) < 0.01);
  });
});
