/**
 * LSP wiring of the editing features: converts LSP positions to offsets, calls the core feature
 * functions, converts their results back. Every handler answers (possibly with nothing) and never
 * throws to the client: a core feature that throws is logged with the method and the file
 * (requests.ts `logFailure`) and answered with nothing. Only an explicit refusal (an invalid or
 * existing id on rename) is an error response, which editors show to the user.
 */
import {
  CodeActionKind,
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  ResponseError,
  ErrorCodes,
  SymbolKind,
  type CodeAction,
  type CompletionItem,
  type Connection,
  type DocumentSymbol,
  type Location,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
  type CodeLens,
  type InlayHint,
  type SymbolInformation,
} from 'vscode-languageserver';
import type { LineIndex, Span } from '../core/text';
import { lineIndexOf } from '../core/file';
import type { Workspace } from '../core/workspace';
import type { ArtifactFile } from '../core/rules/api';
import type { CompletionEntry, FeatureContext, SymbolEntry, TextEdit, CodeActionEntry, DiagnosticRef } from '../core/features/types';
import { completeList } from '../core/features/completion';
import { hover } from '../core/features/hover';
import { definition, references, prepareRename, rename } from '../core/features/navigation';
import { documentSymbols, workspaceSymbols } from '../core/features/outline';
import { codeLenses } from '../core/features/code-lens';
import { scheduleHints } from '../core/features/inlay-hints';
import { codeActions } from '../core/features/code-actions';
import { encodingActions } from './encoding';
import { logFailure, testThrow } from './requests';

export interface FeatureHost {
  /** The workspace and up-to-date file of an open or known document (parsing pending edits first). */
  fileOf(uri: string): { ws: Workspace; file: ArtifactFile } | undefined;
  /** All workspaces (for workspace symbols). */
  workspaces(): Workspace[];
  log(message: string, error?: unknown): void;
}

const linesOf = lineIndexOf;

const COMPLETION_KIND: Record<CompletionEntry['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  id: CompletionItemKind.Reference,
  date: CompletionItemKind.Constant,
  snippet: CompletionItemKind.Snippet,
  boolean: CompletionItemKind.Value,
};

const SYMBOL_KIND: Record<SymbolEntry['kind'], SymbolKind> = {
  file: SymbolKind.File,
  plan: SymbolKind.Module,
  section: SymbolKind.Namespace,
  person: SymbolKind.Object,
  task: SymbolKind.Event,
  milestone: SymbolKind.Constant,
  requirement: SymbolKind.Interface,
  scenario: SymbolKind.Class,
  criterion: SymbolKind.Boolean,
  risk: SymbolKind.Key,
  change: SymbolKind.Struct,
  item: SymbolKind.Field,
  release: SymbolKind.Package,
  checklist: SymbolKind.Array,
};

export function registerFeatures(connection: Connection, host: FeatureHost, localeOf: (ws: Workspace) => 'zh-CN' | 'en'): void {
  /**
   * Runs a handler for a document. The core features throw on a bug; here the failure is logged
   * (method and file) and answered with `fallback` (nothing), so the editor carries on.
   */
  const withFile = <R>(method: string, uri: string, fallback: R, fn: (ctx: FeatureContext, lines: LineIndex) => R): R => {
    try {
      const found = host.fileOf(uri);
      if (!found) return fallback;
      const ctx: FeatureContext = { ws: found.ws, file: found.file, locale: localeOf(found.ws) };
      testThrow(method);
      return fn(ctx, linesOf(found.file));
    } catch (e) {
      if (e instanceof ResponseError) throw e;
      logFailure(host.log, method, uri, e);
      return fallback;
    }
  };

  /** LSP edits grouped by document, with create-file operations when needed. */
  const workspaceEdit = (edits: TextEdit[], creates: { uri: string; text: string }[] = []): WorkspaceEdit => {
    const byUri = new Map<string, LspTextEdit[]>();
    for (const e of edits) {
      const found = host.fileOf(e.uri);
      if (!found) continue;
      const list = byUri.get(e.uri) ?? [];
      list.push({ range: linesOf(found.file).range(e.span), newText: e.newText });
      byUri.set(e.uri, list);
    }
    if (creates.length === 0) return { changes: Object.fromEntries(byUri) };
    return {
      documentChanges: [
        ...creates.flatMap((c) => [
          { kind: 'create' as const, uri: c.uri, options: { overwrite: false, ignoreIfExists: true } },
          { textDocument: { uri: c.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: c.text }] },
        ]),
        ...[...byUri.entries()].map(([uri, list]) => ({ textDocument: { uri, version: null }, edits: list })),
      ],
    };
  };

  connection.onCompletion((params) =>
    withFile('textDocument/completion', params.textDocument.uri, null, (ctx, lines) => {
      const offset = lines.offsetAt(params.position);
      const list = completeList(ctx, offset);
      const items: CompletionItem[] = list.items.map((e) => ({
        label: e.label,
        kind: COMPLETION_KIND[e.kind],
        detail: e.detail,
        documentation: e.documentation ? { kind: MarkupKind.Markdown, value: e.documentation } : undefined,
        insertTextFormat: e.snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
        textEdit: { range: lines.range(e.replace), newText: e.insertText },
        sortText: e.sortText,
        filterText: e.filterText,
      }));
      return { isIncomplete: list.isIncomplete, items };
    }),
  );

  connection.onHover((params) =>
    withFile('textDocument/hover', params.textDocument.uri, null, (ctx, lines) => {
      const h = hover(ctx, lines.offsetAt(params.position));
      return h ? { contents: { kind: MarkupKind.Markdown, value: h.contents }, range: lines.range(h.span) } : null;
    }),
  );

  const toLocations = (spans: { uri: string; span: Span }[]): Location[] =>
    spans.flatMap((s) => {
      const found = host.fileOf(s.uri);
      return found ? [{ uri: s.uri, range: linesOf(found.file).range(s.span) }] : [];
    });

  connection.onDefinition((params) =>
    withFile('textDocument/definition', params.textDocument.uri, null, (ctx, lines) => toLocations(definition(ctx, lines.offsetAt(params.position)))),
  );

  connection.onReferences((params) =>
    withFile('textDocument/references', params.textDocument.uri, null, (ctx, lines) =>
      toLocations(references(ctx, lines.offsetAt(params.position), params.context.includeDeclaration)),
    ),
  );

  connection.onPrepareRename((params) =>
    withFile('textDocument/prepareRename', params.textDocument.uri, null, (ctx, lines) => {
      const r = prepareRename(ctx, lines.offsetAt(params.position));
      if (!r) return null;
      if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return { range: lines.range(r.span), placeholder: r.placeholder };
    }),
  );

  connection.onRenameRequest((params) =>
    withFile('textDocument/rename', params.textDocument.uri, null, (ctx, lines) => {
      const r = rename(ctx, lines.offsetAt(params.position), params.newName);
      if ('error' in r) throw new ResponseError(ErrorCodes.InvalidRequest, r.error);
      return workspaceEdit(r.edits);
    }),
  );

  const toDocumentSymbol = (s: SymbolEntry, lines: LineIndex): DocumentSymbol => ({
    name: s.name || '?',
    detail: s.detail,
    kind: SYMBOL_KIND[s.kind],
    range: lines.range(s.span),
    selectionRange: lines.range(s.selection.start >= s.span.start && s.selection.end <= s.span.end ? s.selection : s.span),
    children: s.children?.map((c) => toDocumentSymbol(c, lines)),
  });

  connection.onDocumentSymbol((params) =>
    withFile('textDocument/documentSymbol', params.textDocument.uri, null, (ctx, lines) => documentSymbols(ctx).map((s) => toDocumentSymbol(s, lines))),
  );

  connection.onWorkspaceSymbol((params) => {
    try {
      testThrow('workspace/symbol');
      const out: SymbolInformation[] = [];
      for (const ws of host.workspaces()) {
        for (const s of workspaceSymbols(ws, params.query, localeOf(ws))) {
          const found = host.fileOf(s.uri);
          if (found) out.push({ name: s.name, kind: SYMBOL_KIND[s.kind], containerName: s.detail, location: { uri: s.uri, range: linesOf(found.file).range(s.span) } });
        }
      }
      return out.slice(0, 500);
    } catch (e) {
      logFailure(host.log, 'workspace/symbol', undefined, e);
      return [];
    }
  });

  connection.onCodeLens((params) =>
    withFile('textDocument/codeLens', params.textDocument.uri, null, (ctx, lines) =>
      codeLenses(ctx).map(
        (l): CodeLens => ({
          range: lines.range(l.span),
          command: { title: l.title, command: l.command?.id ?? '', arguments: l.command?.arguments },
        }),
      ),
    ),
  );

  connection.languages.inlayHint.on((params) =>
    withFile('textDocument/inlayHint', params.textDocument.uri, null, (ctx, lines) =>
      scheduleHints(ctx, { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) }).map(
        (h): InlayHint => ({ position: lines.range({ start: h.at, end: h.at }).start, label: h.label, paddingLeft: true }),
      ),
    ),
  );

  connection.onCodeAction((params) =>
    withFile('textDocument/codeAction', params.textDocument.uri, null, (ctx, lines) => {
      const diagnostics: DiagnosticRef[] = params.context.diagnostics
        .filter((d) => d.source === 'POC Studio' && typeof d.code === 'string')
        .map((d) => ({ rule: d.code as string, span: { start: lines.offsetAt(d.range.start), end: lines.offsetAt(d.range.end) }, message: d.message, data: d.data as Record<string, unknown> | undefined }));
      const range = { start: lines.offsetAt(params.range.start), end: lines.offsetAt(params.range.end) };
      const lspDiags = params.context.diagnostics;
      const wanted = !params.context.only || params.context.only.some((k) => CodeActionKind.QuickFix.startsWith(k));
      const encoding = wanted ? encodingActions(params.textDocument.uri, ctx.file.text, lines, lspDiags, ctx.locale) : [];
      return codeActions(ctx, diagnostics, range)
        .filter((a) => !params.context.only || params.context.only.some((k) => (a.kind === 'quickfix' ? CodeActionKind.QuickFix : a.kind).startsWith(k)))
        .map((a: CodeActionEntry): CodeAction => ({
          title: a.title,
          kind: a.kind === 'quickfix' ? CodeActionKind.QuickFix : a.kind === 'refactor' ? CodeActionKind.Refactor : CodeActionKind.Source,
          diagnostics: a.rule ? lspDiags.filter((d) => d.code === a.rule) : undefined,
          isPreferred: a.isPreferred,
          edit: workspaceEdit(a.edits, a.createFiles),
        }))
        .concat(encoding);
    }),
  );
}
