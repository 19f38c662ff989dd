/**
 * The language server: thin LSP wiring over the core. Open documents are validated as they
 * change; every artifact file of each workspace folder is read at start and whenever it changes
 * on disk; when a change alters what other files can see (ids, roles, bookings…), every file of
 * that folder is re-validated. Nothing here ever writes a file.
 */
import {
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'url';
import { Folders } from './folders';
import { createValidation } from './validation';
import { resolveSettings, type Settings } from '../core/settings';
import { kindOfPath, ARTIFACT_GLOB } from '../core/artifact';
import type { ReadProblem } from '../core/file';
import { VERSION } from '../core/version';
import type { Workspace } from '../core/workspace';
import { findArtifactFiles, readText } from '../node/files';
import { registerFeatures } from './features';
import { registerCommands } from './commands';
import { registerViews } from './views';
import { registerReports } from './reports';
import { registerExports } from './exports';
import { registerImport } from './import';
import { pickLocale } from '../core/types';
import { serve } from './requests';
import { PidRequest } from '../protocol';


export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let locale: string | undefined;
  let canPullConfig = false;
  let canWatch = false;
  let canFolders = false;
  let initSettings: unknown;
  const folderSettings = new Map<string, Settings>();
  let defaultSettings: Settings = resolveSettings(undefined);
  const settingsFor = (folderUri?: string) => (folderUri && folderSettings.get(folderUri)) || defaultSettings;
  const folders = new Folders(() => ({ settings: defaultSettings, locale }));

  const log = (msg: string, e?: unknown) => connection.console.error(`${msg}${e ? `: ${(e as Error)?.stack ?? e}` : ''}`);
  const guard = <A extends unknown[], R>(name: string, fn: (...a: A) => R, fallback: R) => (...a: A): R => {
    try {
      return fn(...a);
    } catch (e) {
      log(`POC Studio: ${name} failed`, e);
      return fallback;
    }
  };

  // --- validation scheduling (validation.ts) ----------------------------------------------------
  // openProblem is defined below (disk); the queue calls it only later, on an edit.
  const { dirtyDocs, scanning, queue, scheduleFlush, requestServed, settleOpen, changed, update, remove } = createValidation({ connection, documents, folders, log, guard, openProblem: (uri, text) => openProblem(uri, text) });

  // --- disk ------------------------------------------------------------------------------------
  /**
   * The legacy encoding (GBK, UTF-16) of an open document's file on disk, read once per opening and
   * again when the file changes on disk: an editor that decoded such a file right still gets
   * file-encoding's "save it as UTF-8", as the CLI says of the same file. Text with replacement
   * characters was decoded wrongly: that warning (and its quick fix) needs no disk encoding.
   */
  const diskEncodings = new Map<string, ReadProblem | null>();
  const openProblem = (uri: string, text: string): ReadProblem | undefined => {
    if (!uri.startsWith('file:') || text.includes('\ufffd')) return undefined;
    let known = diskEncodings.get(uri);
    if (known === undefined) {
      const read = readText(fileURLToPath(uri));
      const enc = read?.problem.encoding;
      known = read && read.problem.invalidUtf8At === undefined && enc && enc !== 'utf-8' ? { encoding: enc } : null;
      diskEncodings.set(uri, known);
    }
    return known ?? undefined;
  };

  const readFromDisk = (ws: Workspace, uri: string): boolean => {
    if (!uri.startsWith('file:')) return false;
    const read = readText(fileURLToPath(uri));
    if (!read) return false;
    update(ws, uri, read.text, read.problem);
    return true;
  };

  /** Holds back validation of a folder's files (open documents too) until its first scan is done. */
  const holdForScan = (folderUri: string) => {
    const ws = folders.folder(folderUri);
    if (ws) scanning.add(ws);
  };

  const scanFolder = async (folderUri: string) => {
    const ws = folders.folder(folderUri);
    if (!ws) return;
    if (!folderUri.startsWith('file:')) {
      scanning.delete(ws);
      queue(ws, ws.uris());
      return;
    }
    scanning.add(ws);
    try {
      const skipped: string[] = [];
      const files = findArtifactFiles(fileURLToPath(folderUri), { skipped });
      for (const f of skipped) connection.console.warn(`POC Studio: ${f} is a symlink loop or a dangling link; skipped`);
      for (let i = 0; i < files.length; i++) {
        const uri = pathToFileURL(files[i]).href;
        // A file inside a nested open folder belongs to that folder alone (Folders.forDocument).
        if (folders.forDocument(uri) !== ws) continue;
        if (!documents.get(uri)) readFromDisk(ws, uri);
        // Stay responsive while reading a large folder.
        if (i % 25 === 24) await new Promise((r) => setImmediate(r));
      }
    } finally {
      scanning.delete(ws);
    }
    queue(ws, ws.uris());
  };

  /**
   * After the folders changed: every file moves to the workspace it now belongs to (the innermost
   * open folder holding it), so that no file is checked in two workspaces (nested folders).
   */
  const rehome = () => {
    for (const ws of folders.all()) {
      for (const uri of ws.uris()) {
        const home = folders.forDocument(uri);
        if (home === ws) continue;
        remove(ws, uri);
        const doc = documents.get(uri);
        if (doc) update(home, uri, doc.getText());
        else readFromDisk(home, uri);
      }
    }
    for (const doc of documents.all()) {
      const home = folders.forDocument(doc.uri);
      if (kindOfPath(doc.uri) && !home.has(doc.uri)) update(home, doc.uri, doc.getText());
    }
  };

  // --- settings --------------------------------------------------------------------------------
  const loadSettings = async () => {
    if (canPullConfig) {
      try {
        const [global, ...perFolder] = await connection.workspace.getConfiguration([
          { section: 'pocStudio' },
          ...folders.folderUris().map((scopeUri) => ({ scopeUri, section: 'pocStudio' })),
        ]);
        defaultSettings = resolveSettings(global);
        folders.folderUris().forEach((f, i) => folderSettings.set(f, resolveSettings(perFolder[i])));
      } catch (e) {
        log('POC Studio: cannot read settings', e);
      }
    } else {
      defaultSettings = resolveSettings((initSettings as { pocStudio?: unknown })?.pocStudio ?? initSettings);
    }
    for (const f of folders.folderUris()) folders.folder(f)!.configure({ settings: settingsFor(f), locale });
    for (const ws of folders.all()) {
      if (!folders.folderUris().some((f) => folders.folder(f) === ws)) ws.configure({ settings: defaultSettings, locale });
      queue(ws, ws.uris());
    }
  };

  // --- LSP handlers ----------------------------------------------------------------------------
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = params.locale;
    const caps = params.capabilities;
    canPullConfig = !!caps.workspace?.configuration;
    canWatch = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canFolders = !!caps.workspace?.workspaceFolders;
    initSettings = (params.initializationOptions as { settings?: unknown } | undefined)?.settings;
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders.setFolders(uris);
    // A document opened before the folder is read must not be checked without its neighbours (a
    // stakeholder defined in another file would look unknown for a moment).
    for (const u of uris) holdForScan(u);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: false },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        completionProvider: { triggerCharacters: [':', ' ', '[', ',', '{', '-'], resolveProvider: false },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeLensProvider: { resolveProvider: false },
        inlayHintProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
      },
      serverInfo: { name: 'poc-studio-language-server', version: VERSION },
    };
  });

  /** Settles when the settings are loaded and the folders read once (reports wait for it). */
  let markScanned: () => void = () => undefined;
  const scanned = new Promise<void>((resolve) => (markScanned = resolve));
  connection.onInitialized(async () => {
    const startedAt = Date.now();
    try {
      if (canWatch) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: ARTIFACT_GLOB }] });
      }
      if (canPullConfig) await connection.client.register(DidChangeConfigurationNotification.type, { section: 'pocStudio' });
      if (canFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard(
            'workspace folders',
            (e) => {
              const gone = e.removed.map((r) => folders.folder(r.uri)).filter((w): w is Workspace => !!w);
              folders.setFolders([
                ...folders.folderUris().filter((u) => !e.removed.some((r) => r.uri === u)),
                ...e.added.map((a) => a.uri),
              ]);
              for (const r of e.removed) folderSettings.delete(r.uri);
              for (const a of e.added) holdForScan(a.uri);
              // A removed folder's files leave the portfolio: open ones go to their new home (rehome),
              // the others lose their diagnostics; every file booking their people is checked again.
              for (const ws of gone) {
                for (const uri of ws.uris()) {
                  const r = ws.remove(uri);
                  changed(ws, uri, { exportsChanged: false, people: r.people });
                  if (documents.get(uri)) update(folders.forDocument(uri), uri, documents.get(uri)!.getText());
                  else if (!folders.all().some((w) => w.has(uri))) {
                    const home = folders.folderFor(uri);
                    if (home && readFromDisk(home, uri)) continue;
                    connection.sendDiagnostics({ uri, diagnostics: [] });
                  }
                }
              }
              rehome();
              // The files of a removed folder nested in another one go back to the outer folder.
              const inside = (inner: string, outer: string) => inner.startsWith(outer.endsWith('/') ? outer : `${outer}/`);
              const rescan = folders.folderUris().filter((f) => e.removed.some((r) => inside(r.uri, f)));
              void loadSettings().then(() => Promise.all([...e.added.map((a) => a.uri), ...rescan].map((u) => scanFolder(u))));
            },
            undefined,
          ),
        );
      }
      await loadSettings();
      for (const f of folders.folderUris()) await scanFolder(f);
    } catch (e) {
      log('POC Studio: initialisation failed', e);
    } finally {
      // Whatever happened, nothing stays held back.
      for (const f of folders.folderUris()) {
        const ws = folders.folder(f);
        if (ws && scanning.delete(ws)) queue(ws, ws.uris());
      }
      markScanned();
      connection.console.info(startLine(folders.folderUris(), (f) => folders.folder(f)?.uris().length ?? 0, Date.now() - startedAt));
    }
  });

  connection.onDidChangeConfiguration(
    guard(
      'configuration',
      (change) => {
        if (!canPullConfig) initSettings = (change.settings as { pocStudio?: unknown })?.pocStudio ?? change.settings;
        void loadSettings();
      },
      undefined,
    ),
  );

  documents.onDidChangeContent(
    guard(
      'change',
      (e) => {
        if (!kindOfPath(e.document.uri)) return;
        dirtyDocs.add(e.document.uri);
        scheduleFlush();
      },
      undefined,
    ),
  );

  documents.onDidClose(
    guard(
      'close',
      (e) => {
        const uri = e.document.uri;
        dirtyDocs.delete(uri);
        diskEncodings.delete(uri);
        const ws = folders.holding(uri);
        if (!ws) return;
        // The file on disk is the truth again (unsaved edits were discarded or saved).
        if (!readFromDisk(ws, uri)) {
          remove(ws, uri);
          connection.sendDiagnostics({ uri, diagnostics: [] });
        }
      },
      undefined,
    ),
  );

  connection.onDidChangeWatchedFiles(
    guard(
      'watched files',
      (params) => {
        for (const change of params.changes) {
          const uri = change.uri;
          if (!kindOfPath(uri)) continue;
          diskEncodings.delete(uri);
          if (documents.get(uri)) {
            // The editor's text wins; only the disk's encoding may have changed (saved as UTF-8).
            dirtyDocs.add(uri);
            scheduleFlush();
            continue;
          }
          const ws = folders.forDocument(uri);
          if (change.type === FileChangeType.Deleted) {
            remove(ws, uri);
            connection.sendDiagnostics({ uri, diagnostics: [] });
          } else if (!readFromDisk(ws, uri)) {
            remove(ws, uri);
          }
        }
      },
      undefined,
    ),
  );

  // --- editing features and commands ----------------------------------------------------------
  /** The up-to-date file of a document: pending edits are parsed first, so requests see what was typed. */
  const fileOf = (uri: string) => {
    requestServed();
    if (dirtyDocs.has(uri)) {
      dirtyDocs.delete(uri);
      const doc = documents.get(uri);
      if (doc) update(folders.forDocument(uri), uri, doc.getText(), openProblem(uri, doc.getText()));
    }
    const ws = folders.holding(uri);
    const file = ws?.get(uri);
    return ws && file ? { ws, file } : undefined;
  };
  const host = { fileOf, workspaces: () => folders.all(), log };
  registerFeatures(connection, host, (ws) => ws.messageLocale);
  registerCommands(connection, host, () => folders.folderUris(), (uri) => folders.forDocument(uri));
  /** Before a view: every pending edit parsed, and the open documents' diagnostics published. */
  const flushAll = () => {
    for (const uri of [...dirtyDocs]) fileOf(uri);
    settleOpen();
  };
  registerViews(connection, { ...host, flushAll, workspaceFor: (uri) => folders.forDocument(uri), folderUris: () => folders.folderUris(), versionOf: (uri) => documents.get(uri)?.version });
  registerReports(connection, host, (uri) => folders.forDocument(uri), scanned);
  registerExports(connection, { ...host, flushAll, workspaceFor: (uri) => folders.forDocument(uri), folderUris: () => folders.folderUris() }, scanned);
  registerImport(connection, log, () => folders.all()[0]?.messageLocale ?? pickLocale(locale));
  // The server's process id: the crash-recovery test kills this process and waits for a new one.
  serve(connection, log, PidRequest, () => process.pid);

  documents.listen(connection);
  connection.listen();
}

/** The output channel's start line: "POC Studio 0.1.0: 1 folder (/ws), 6 files, 120 ms". */
export function startLine(folderUris: string[], filesOf: (folderUri: string) => number, ms: number): string {
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  const paths = folderUris.map((u) => (u.startsWith('file:') ? fileURLToPath(u) : u));
  const files = folderUris.reduce((n, f) => n + filesOf(f), 0);
  return `POC Studio ${VERSION}: ${plural(folderUris.length, 'folder')}${paths.length ? ` (${paths.join(', ')})` : ''}, ${plural(files, 'file')} found, ${ms} ms`;
}
