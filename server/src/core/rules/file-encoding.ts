/**
 * file-encoding — a file whose text is readable but whose encoding needs attention.
 *
 * Decisions:
 * - A readable file is not `file-unreadable`: a GBK/GB18030 file (Chinese Windows, older
 *   editors) or a UTF-16 file with a byte order mark is decoded (node/files.ts), checked like
 *   any other, and gets this one warning at line 1, asking to save it as UTF-8 (other tools and
 *   colleagues' editors may read it wrongly). UTF-8 with or without a BOM is fine.
 * - Text with replacement characters U+FFFD has already been decoded with the wrong encoding:
 *   - an editor's text (no encoding known: the editor decoded the file): the file seems open with
 *     the wrong encoding; saving it would destroy the original characters for good. The message
 *     says not to save and to reopen it with its encoding (VS Code: "Reopen with Encoding" →
 *     GB18030); the language server also offers "Convert to UTF-8" (lsp/encoding.ts) when the
 *     file on disk decodes as GB18030 or UTF-16.
 *   - text read from disk as valid UTF-8: the damage was saved earlier; restore from a backup.
 *   The message names the line of the first replacement character; the diagnostic stays at line 1.
 * - An open document's text has no encoding of its own (the editor decoded the bytes): the
 *   language server passes the encoding of its file on disk (read at opening and when the file
 *   changes on disk), so a GBK or UTF-16 file that the editor decoded right gets the same
 *   "save it as UTF-8" as in the CLI, until it is saved as UTF-8. Text with replacement
 *   characters gets the wrong-encoding warning instead.
 * - It runs on files with YAML syntax errors too (the encoding is no less wrong), and cannot be
 *   silenced from a quick fix (code-actions.ts NOT_SILENCEABLE): a comment does not change bytes.
 * - data: { encoding?, replacementLine? } for the quick fix.
 */
import { defineRule, say } from './api';
import { lineIndexOf } from '../file';

type Enc = { name: string };
type At = { line: number };

const messages = {
  legacy: {
    en: (a: Enc) =>
      `The file is encoded as ${a.name}; save it as UTF-8. It was read and checked as ${a.name}, but other tools and editors may read it wrongly (in VS Code: Save with Encoding → UTF-8, or the quick fix "Convert to UTF-8").`,
    'zh-CN': (a: Enc) =>
      `文件编码为 ${a.name}，请另存为 UTF-8。内容已按 ${a.name} 读取并检查，但其他工具和编辑器可能读错该文件（在编辑器中可用“通过编码保存”选择 UTF-8，或使用快速修复“转换为 UTF-8”）。`,
  },
  wrongInEditor: {
    en: (a: At) =>
      `The file seems to be open with the wrong encoding (replacement characters � from line ${a.line}): do not save it, or the original text is lost for good. Reopen it with its encoding (in VS Code: Reopen with Encoding → GB18030 for Chinese text), or use the quick fix "Convert to UTF-8".`,
    'zh-CN': (a: At) =>
      `文件似乎以错误的编码打开（第 ${a.line} 行起出现替换字符 �）：请不要保存，否则原有文字将永久丢失。请按文件的实际编码重新打开（在编辑器中用“通过编码重新打开”，中文文件一般选 GB18030），或使用快速修复“转换为 UTF-8”。`,
  },
  damaged: {
    en: (a: At) =>
      `The file contains replacement characters � (from line ${a.line}): it was once opened with the wrong encoding and saved, and those characters are lost. Restore them from a backup or version control.`,
    'zh-CN': (a: At) =>
      `文件中含有替换字符 �（第 ${a.line} 行起）：该文件曾以错误的编码打开并保存，这些文字已丢失。请从备份或版本库恢复。`,
  },
};

const NAMES: Record<string, string> = { gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

export const rule = defineRule({
  id: 'file-encoding',
  defaultSeverity: 'warning',
  description: {
    en: 'A file encoded as GBK or UTF-16 (save it as UTF-8), or text decoded with the wrong encoding (replacement characters).',
    'zh-CN': '文件编码为 GBK 或 UTF-16（请另存为 UTF-8），或文字以错误的编码解码（出现替换字符）。',
  },
  runsOnBrokenFiles: true,
  check(ctx) {
    const read = ctx.file.read;
    if (!read) return;
    const text = ctx.file.text;
    const firstLineEnd = text.search(/\r|\n/);
    const span = { start: 0, end: Math.min(firstLineEnd < 0 ? text.length : firstLineEnd, 200) };
    const name = read.encoding && NAMES[read.encoding];
    if (name) {
      ctx.report(span, say(messages.legacy, { name }), { encoding: read.encoding });
      return;
    }
    if (read.replacementAt === undefined) return;
    const line = lineIndexOf(ctx.file).positionAt(read.replacementAt).line + 1;
    ctx.report(span, say(read.encoding === 'utf-8' ? messages.damaged : messages.wrongInEditor, { line }), { replacementLine: line });
  },
});
