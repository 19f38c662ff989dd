/**
 * Results of the editing features, independent of LSP: spans are UTF-16 offsets into the file's
 * text (ArtifactFile.text), texts are already in the user's language. The language server
 * converts them to LSP types; tests read them directly.
 */
import type { Span } from '../text';
import type { Locale } from '../types';
import type { Workspace } from '../workspace';
import type { ArtifactFile } from '../rules/api';

/** What every feature gets: the workspace, the file, and the user's language. */
export interface FeatureContext {
  ws: Workspace;
  file: ArtifactFile;
  locale: Locale;
}

export type CompletionKind = 'key' | 'value' | 'enum' | 'id' | 'date' | 'snippet' | 'boolean';

export interface CompletionEntry {
  label: string;
  kind: CompletionKind;
  /** One line shown next to the label (e.g. the enum's meaning, the person's name and role). */
  detail?: string;
  /** Markdown shown in the details pane. */
  documentation?: string;
  /** Text to insert; a snippet (with $1, ${2:placeholder}, $0) when `snippet` is true. */
  insertText: string;
  snippet?: boolean;
  /** The text the entry replaces (the partial word at the cursor). */
  replace: Span;
  /** Sort key; entries without one sort by label. */
  sortText?: string;
  /** Text the client filters on, when it differs from the label. */
  filterText?: string;
}

export interface HoverResult {
  /** Markdown. */
  contents: string;
  span: Span;
}

export interface FileSpan {
  uri: string;
  span: Span;
}

export interface TextEdit {
  uri: string;
  span: Span;
  newText: string;
}

export interface CodeActionEntry {
  title: string;
  kind: 'quickfix' | 'refactor' | 'source';
  /** The rule id of the diagnostic it fixes. */
  rule?: string;
  edits: TextEdit[];
  /** The single obvious fix (VS Code applies it with the auto-fix shortcut). */
  isPreferred?: boolean;
  /** A new file to create (e.g. a stakeholders file for a missing person); never overwrites. */
  createFiles?: { uri: string; text: string }[];
}

/** The diagnostic a code action is asked for, as the client sends it back. */
export interface DiagnosticRef {
  rule: string;
  span: Span;
  message: string;
  data?: Record<string, unknown>;
}

export interface SymbolEntry {
  name: string;
  detail?: string;
  kind: 'file' | 'plan' | 'section' | 'person' | 'task' | 'milestone' | 'requirement' | 'scenario' | 'criterion' | 'risk' | 'change' | 'item' | 'release' | 'checklist';
  /** The whole entity. */
  span: Span;
  /** The id or name to select. */
  selection: Span;
  children?: SymbolEntry[];
}

export interface WorkspaceSymbolEntry {
  name: string;
  detail?: string;
  kind: SymbolEntry['kind'];
  uri: string;
  span: Span;
}

export interface CodeLensEntry {
  span: Span;
  title: string;
  /** A command the client may run when the lens is clicked (optional). */
  command?: { id: string; arguments?: unknown[] };
}

export interface RenameResult {
  edits: TextEdit[];
}

/** A refusal with a message for the user (e.g. the new id already exists). */
export interface Refusal {
  error: string;
}
