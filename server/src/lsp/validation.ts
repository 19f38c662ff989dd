/**
 * Validation scheduling of the language server: what to re-check after a change (in every folder
 * of the portfolio), coalescing bursts of edits, publishing in slices of about 50 ms with open
 * documents first, and the LSP form of the diagnostics. server.ts owns the events; this owns the
 * queue.
 */
import { DiagnosticSeverity, type Connection, type Diagnostic as LspDiagnostic, type DiagnosticRelatedInformation, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { lineIndexOf, type ReadProblem } from '../core/file';
import type { Workspace } from '../core/workspace';
import type { Diagnostic } from '../core/types';
import { memoryPolicy } from './memory';
import type { Folders } from './folders';

const SEVERITY: Record<string, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export interface ValidationDeps {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  folders: Folders;
  log: (msg: string, e?: unknown) => void;
  guard: <A extends unknown[], R>(name: string, fn: (...a: A) => R, fallback: R) => (...a: A) => R;
  /** The disk's legacy encoding of an open document (server.ts), for file-encoding. */
  openProblem: (uri: string, text: string) => ReadProblem | undefined;
}

export function createValidation(deps: ValidationDeps) {
  const { connection, documents, folders, log, guard, openProblem } = deps;
  // --- validation scheduling: coalesce bursts of edits, then publish -------------------------
  const dirtyDocs = new Set<string>();
  const toValidate = new Map<Workspace, Set<string>>();
  let flushTimer: NodeJS.Immediate | undefined;

  /** Workspaces whose folder is being read at start: they are validated once, when all files are in. */
  const scanning = new Set<Workspace>();

  const queue = (ws: Workspace, uris: Iterable<string>) => {
    let set = toValidate.get(ws);
    if (!set) toValidate.set(ws, (set = new Set()));
    for (const u of uris) set.add(u);
    scheduleFlush();
  };
  /**
   * Requests first: the flush waits two turns of the event loop, and two more each time a request
   * read a file meanwhile (`requestServed`, at most 8 times in a row), so that a hover or a code
   * action sent right after an edit is answered — and its answer written — before every rule
   * re-checks the file. vscode-jsonrpc handles one queued message per setImmediate and writes each
   * answer in a setImmediate of its own: the hops let both run before the flush.
   */
  const scheduleFlush = () => {
    memory.busy();
    if (!flushTimer) hop(0);
  };
  const memory = memoryPolicy();
  let served = 0;
  const hop = (times: number) => {
    const seen = served;
    flushTimer = setImmediate(() => {
      flushTimer = setImmediate(() => (served !== seen && times < 8 ? hop(times + 1) : flush()));
    });
  };
  /** A request read a file (server.ts `fileOf`): a pending flush waits for its answer. */
  const requestServed = () => {
    served++;
  };


  /**
   * Queues what a change of `uri` in `ws` may change: the folder's files when what it shows of its
   * ids changed; in every folder of the portfolio, the files that book or list the people whose
   * bookings or team entries changed, and the files whose diagnostics point into it.
   */
  const changed = (ws: Workspace, uri: string, r: { exportsChanged: boolean; people: string[] }) => {
    if (r.exportsChanged) queue(ws, ws.uris());
    // Resolved to files when validating (flush): a burst of changes (a folder being read, a
    // checkout) builds the portfolio's index once, not once per file.
    for (const p of r.people) changedPeople.add(p);
    if (r.people.length) scheduleFlush();
    for (const [w, uris] of folders.portfolio.citingFiles(uri)) queue(w, uris);
  };
  /**
   * People whose bookings or team entries changed since the last flush: the files booking them are
   * looked up once per flush (and not before the folders are read: nothing is published then).
   * Looking them up per change rebuilt the portfolio's people for every plan read (quadratic at start).
   */
  const changedPeople = new Set<string>();

  /** Puts a text into its workspace and queues what must be re-validated. */
  const update = (ws: Workspace, uri: string, text: string, problem?: ReadProblem) => {
    const r = ws.set(uri, text, problem);
    changed(ws, uri, r);
    if (r.citing.length) queue(ws, r.citing);
    if (r.file) queue(ws, [uri]);
  };

  /** Takes a file out of its workspace and queues what must be re-validated. */
  const remove = (ws: Workspace, uri: string) => {
    const r = ws.remove(uri);
    if (!r.existed) return;
    changed(ws, uri, { exportsChanged: true, people: r.people });
    if (r.citing.length) queue(ws, r.citing);
  };

  /**
   * Checks under way, by uri: a file is checked one rule at a time (Workspace.checkSteps), in
   * slices of about SLICE_MS, so that a request arriving while a plan of 20,000 tasks is checked
   * waits for one rule, not for all of them. A check whose file changed meanwhile stops (its new
   * version is queued by then).
   */
  const jobs = new Map<string, { ws: Workspace; steps: Generator<void, Diagnostic[] | undefined> }>();
  /** The slice for open documents (what requests wait for at most, besides one rule); others: 50 ms. */
  const SLICE_MS = 10;

  /** Runs a check until it is done (true) or the slice that began at `started` is over (false). */
  const runJob = (uri: string, started: number, slice = documents.get(uri) ? SLICE_MS : 50): boolean => {
    const job = jobs.get(uri)!;
    for (;;) {
      const r = job.steps.next();
      if (r.done) {
        jobs.delete(uri);
        if (r.value) publish(job.ws, uri, r.value);
        return true;
      }
      if (Date.now() - started > slice) return false;
    }
  };

  /** Starts the check of a queued file and runs it (see runJob); a file gone is published empty. */
  const startJob = (ws: Workspace, uri: string, started: number, slice?: number): boolean => {
    if (!ws.get(uri)) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return true;
    }
    jobs.set(uri, { ws, steps: ws.checkSteps(uri) });
    return runJob(uri, started, slice);
  };

  /**
   * Publishes what is queued: open documents first, then the rest in slices of about 50 ms, so
   * that a large workspace never blocks typing, hovers or completions for long. The rest waits for
   * the next turn once an open document was published, so the edited file's diagnostics go out
   * before the files of other folders that book the same people are re-checked.
   */
  const flush = guard(
    'validation',
    () => {
      flushTimer = undefined;
      for (const uri of dirtyDocs) {
        const doc = documents.get(uri);
        if (doc) update(folders.forDocument(uri), uri, doc.getText(), openProblem(uri, doc.getText()));
      }
      dirtyDocs.clear();
      const started = Date.now();
      // While a folder is being read, nothing is published: its bookings count in every folder.
      if (scanning.size) return;
      if (changedPeople.size) {
        const people = [...changedPeople];
        changedPeople.clear();
        for (const [w, uris] of folders.portfolio.filesWithPeople(people)) {
          let set = toValidate.get(w);
          if (!set) toValidate.set(w, (set = new Set()));
          for (const u of uris) set.add(u);
        }
      }
      // Checks under way go on first, unless their file is queued again (then it starts over).
      for (const uri of [...jobs.keys()]) {
        const ws = jobs.get(uri)!.ws;
        if (toValidate.get(ws)?.has(uri)) jobs.delete(uri);
        else if (!runJob(uri, started)) {
          scheduleFlush();
          return;
        }
      }
      // Open documents first, each part in queue order (one pass: this runs for every slice of a large start).
      const openWork: [Workspace, string][] = [];
      const work: [Workspace, string][] = [];
      for (const [ws, uris] of toValidate) for (const uri of uris) (documents.get(uri) ? openWork : work).push([ws, uri]);
      if (openWork.length) work.unshift(...openWork);
      let openPublished = false;
      for (const [ws, uri] of work) {
        const open = !!documents.get(uri);
        if (!open && (openPublished || Date.now() - started > 50)) {
          scheduleFlush();
          return;
        }
        toValidate.get(ws)?.delete(uri);
        if (!startJob(ws, uri, started)) {
          for (const [w, uris] of [...toValidate]) if (uris.size === 0) toValidate.delete(w);
          scheduleFlush();
          return;
        }
        if (open) openPublished = true;
      }
      for (const [ws, uris] of [...toValidate]) if (uris.size === 0) toValidate.delete(ws);
      if (!jobs.size && !toValidate.size) memory.idle();
    },
    undefined,
  );

  /**
   * Finishes the checks of open documents now (queued or under way): a view (the schedule panel
   * asking 60 ms after a keystroke) is answered after the diagnostics of what was typed, as it was
   * before checks went in slices; only the editing features' requests go between slices.
   */
  const settleOpen = () => {
    if (scanning.size) return;
    for (const uri of [...jobs.keys()]) if (documents.get(uri)) runJob(uri, Date.now(), Infinity);
    for (const [ws, uris] of toValidate) {
      for (const uri of [...uris]) {
        if (!documents.get(uri)) continue;
        uris.delete(uri);
        startJob(ws, uri, Date.now(), Infinity);
      }
    }
  };

  /** Sends a file's diagnostics (`found`: Workspace.check of its current version). */
  const publish = (ws: Workspace, uri: string, found: Diagnostic[]) => {
    const file = ws.get(uri);
    if (!file) {
      connection.sendDiagnostics({ uri, diagnostics: [] });
      return;
    }
    const lines = lineIndexOf(file);
    const diagnostics: LspDiagnostic[] = found.map((d) => ({
      range: lines.range(d.span),
      severity: SEVERITY[d.severity],
      code: d.rule,
      source: 'POC Studio',
      message: d.message,
      ...(d.data ? { data: d.data } : {}),
      ...(d.related ? { relatedInformation: relatedOf(ws, d.related) } : {}),
    }));
    for (const f of ws.failures.splice(0)) log(`POC Studio: rule ${f.rule} failed on ${f.uri}`, f.error);
    const doc = documents.get(uri);
    connection.sendDiagnostics({ uri, version: doc?.version, diagnostics });
  };

  /** Related places as LSP locations, each through its own file's line index. */
  const relatedOf = (ws: Workspace, related: NonNullable<ReturnType<Workspace['check']>[number]['related']>) => {
    const out: DiagnosticRelatedInformation[] = [];
    for (const r of related) {
      const other = ws.get(r.uri) ?? folders.portfolio.find(r.uri)?.file;
      if (other) out.push({ location: { uri: r.uri, range: lineIndexOf(other).range(r.span) }, message: r.message });
    }
    return out;
  };

  return { dirtyDocs, scanning, queue, scheduleFlush, requestServed, settleOpen, changed, update, remove, flush };
}

export type Validation = ReturnType<typeof createValidation>;
