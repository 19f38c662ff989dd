/**
 * The quick fix "Convert to UTF-8" of file-encoding diagnostics. It needs the bytes on disk, which
 * the core never reads, so it lives here.
 *
 * Decisions:
 * - The fix is an edit, not a write: it replaces the editor's text (decoded with the wrong
 *   encoding: replacement characters) with the file's text decoded from its real encoding (GBK
 *   or UTF-16, as node/files.ts detects it); saving then writes UTF-8, the editor's encoding. The
 *   server writes nothing, the edit can be undone, and any LSP editor can apply it. It is offered
 *   only when the file on disk decodes cleanly in a legacy encoding and differs from the editor's
 *   text (the text of an editor that already decoded it right is left alone).
 * - VS Code's own "Reopen with Encoding" (workbench.action.editor.changeEncoding) is named in the
 *   message but not offered as an action: other editors do not have that command.
 */
import { fileURLToPath } from 'url';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { CodeActionKind } from 'vscode-languageserver';
import type { LineIndex } from '../core/text';
import { readText } from '../node/files';

const NAMES: Record<string, string> = { gb18030: 'GBK', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16' };

export function encodingActions(uri: string, text: string, lines: LineIndex, diagnostics: Diagnostic[], locale: 'zh-CN' | 'en'): CodeAction[] {
  const mine = diagnostics.filter((d) => d.source === 'POC Studio' && d.code === 'file-encoding');
  if (mine.length === 0 || !uri.startsWith('file:')) return [];
  let path: string;
  try {
    path = fileURLToPath(uri);
  } catch {
    return [];
  }
  const read = readText(path);
  const name = read?.problem.encoding && NAMES[read.problem.encoding];
  if (!read || !name || read.problem.invalidUtf8At !== undefined || read.text === text) return [];
  return [
    {
      title: locale === 'zh-CN' ? `转换为 UTF-8（按磁盘文件的 ${name} 编码重新读取，保存后即为 UTF-8）` : `Convert to UTF-8 (read the file again as ${name}; saving writes UTF-8)`,
      kind: CodeActionKind.QuickFix,
      diagnostics: mine,
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: lines.range({ start: 0, end: text.length }), newText: read.text }] } },
    },
  ];
}
