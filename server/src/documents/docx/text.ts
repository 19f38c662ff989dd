/**
 * Text for Word: every string of a `ReportDoc` becomes the text of `w:t` elements, never markup.
 * The docx library escapes `&`, `<`, `>` and quotes; this module makes the text one line and
 * removes what XML 1.0 cannot hold at all, and turns `Rich` emphasis into run formatting.
 *
 * Decisions:
 * - User text is one line (`oneLine`, as in Markdown): control characters, tabs and line breaks
 *   become single spaces. A control character such as U+0007 would make `document.xml` malformed.
 * - Lone surrogates and U+FFFE / U+FFFF (not XML characters either) become U+FFFD.
 * - The pieces of a `Rich` are cleaned one by one but trimmed only at the ends of the whole run,
 *   so that "负责人：" + { strong: "张三" } keeps its spacing.
 * - Emphasis is formatting of the run: strong → bold, em → italics, code → a monospace Latin font
 *   (Chinese characters in code keep the body's East Asian font).
 */
import { TextRun, type IRunOptions } from 'docx';
import type { Inline, Rich } from '../../core/reports/doc';
import { oneLine } from '../../core/reports/markdown';
import { FONTS } from './styles';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
const NOT_XML = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/** A string as the text of one `w:t`: one line, only XML characters. */
export function wordText(value: string): string {
  return oneLine(value).replace(NOT_XML, '\ufffd');
}

/** One piece of a run, cleaned like `wordText` but not trimmed. */
function piece(value: string): string {
  return value.replace(CONTROL, ' ').replace(/\s+/g, ' ').replace(NOT_XML, '\ufffd');
}

/** Extra formatting for every run (e.g. bold for a total row). */
export type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** The runs of a rich text. An empty text gives one empty run (a cell or paragraph still has a run). */
export function richRuns(text: Rich, style: RunStyle = {}): TextRun[] {
  if (typeof text === 'string') return [new TextRun({ ...style, text: wordText(text) })];
  const pieces = text.map((inline) => ({ inline, text: piece(inlineText(inline)) }));
  if (pieces.length) {
    pieces[0].text = pieces[0].text.trimStart();
    pieces[pieces.length - 1].text = pieces[pieces.length - 1].text.trimEnd();
  }
  const runs = pieces.filter((p) => p.text !== '').map((p) => new TextRun({ ...style, ...emphasis(p.inline), text: p.text }));
  return runs.length ? runs : [new TextRun({ ...style, text: '' })];
}

function inlineText(i: Inline): string {
  return typeof i === 'string' ? i : 'strong' in i ? i.strong : 'em' in i ? i.em : i.code;
}

function emphasis(i: Inline): RunStyle {
  if (typeof i === 'string') return {};
  if ('strong' in i) return { bold: true };
  if ('em' in i) return { italics: true };
  return { font: { ascii: FONTS.mono, hAnsi: FONTS.mono, cs: FONTS.mono, eastAsia: FONTS.body } };
}

/** Display width of a text in "half-width" units (CJK and full-width characters count 2). */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return w;
}
