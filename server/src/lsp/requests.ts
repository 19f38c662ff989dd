/**
 * The one way the server answers a custom request of `protocol.ts`, and how every handler fails:
 * a handler (or the core feature it calls) throws; this layer logs the failure to the client's
 * output channel (connection.console.error: "POC Studio" in VS Code) with the request's method and
 * file, and answers `{ error }` (custom requests) or nothing (the editing features, features.ts).
 *
 * `serveView` adds what every panel needs: the workspace of the panel's file or folder (pending
 * edits parsed first) and the generic span → range conversion of the view's data (`withRanges`).
 */
import type { Connection } from 'vscode-languageserver';
import type { RequestType, RequestError, PanelParams, Range, Wire } from '../protocol';
import type { ArtifactFile } from '../core/rules/api';
import type { LineIndex, Span } from '../core/text';
import type { Workspace } from '../core/workspace';
import { lineIndexOf } from '../core/file';

export type Log = (message: string, error?: unknown) => void;

/**
 * Methods made to throw, for tests only: `POC_STUDIO_TEST_THROW=textDocument/hover,pocStudio/gantt`
 * in the server's environment (the protocol test proves that a failure is logged and answered empty).
 */
const FAILING = new Set((process.env.POC_STUDIO_TEST_THROW ?? '').split(',').map((s) => s.trim()).filter(Boolean));

/** Throws when the tests asked `method` to fail (see FAILING). */
export function testThrow(method: string): void {
  if (FAILING.size && FAILING.has(method)) throw new Error(`${method} made to fail (POC_STUDIO_TEST_THROW)`);
}

/** Logs a failed request: its method and the file (or folder) it was about. */
export function logFailure(log: Log, method: string, uri: string | undefined, e: unknown): void {
  log(`POC Studio: ${method} failed${uri ? ` on ${uri}` : ''}`, e);
}

/** The file or folder a request's parameters name (for the log). */
function subjectOf(params: unknown): string | undefined {
  if (!params || typeof params !== 'object') return undefined;
  const p = params as { uri?: unknown; folderUri?: unknown; textDocument?: { uri?: unknown } };
  const u = p.uri ?? p.textDocument?.uri ?? p.folderUri;
  return typeof u === 'string' ? u : undefined;
}

const messageOf = (e: unknown): string => (e as Error)?.message ?? String(e);

/**
 * Registers `handler` for `type`. A throw (or a rejected promise) is logged with the method and the
 * file and answered `{ error: message }`.
 */
export function serve<P, R>(connection: Connection, log: Log, type: RequestType<P, R | RequestError>, handler: (params: P) => R | RequestError | Promise<R | RequestError>): void {
  const fail = (params: P, e: unknown): RequestError => {
    logFailure(log, type.method, subjectOf(params), e);
    return { error: messageOf(e) };
  };
  connection.onRequest(type.method, (params: P) => {
    try {
      testThrow(type.method);
      const r = handler(params);
      return r instanceof Promise ? r.catch((e: unknown) => fail(params, e)) : r;
    } catch (e) {
      return fail(params, e);
    }
  });
}

export interface ViewScope {
  ws: Workspace;
  /** The file of `uri` when the server knows it. */
  file?: ArtifactFile;
}

export interface ViewHost {
  /** Parses every pending edit (a view reads the whole folder). */
  flushAll(): void;
  fileOf(uri: string): { ws: Workspace; file: ArtifactFile } | undefined;
  workspaceFor(uri: string): Workspace;
  folderUris(): string[];
  log: Log;
}

/** The workspace of a panel: of its file, else of its folder, else of the first folder. */
export function viewScope(host: ViewHost, p: PanelParams): ViewScope | undefined {
  host.flushAll();
  const found = p?.uri ? host.fileOf(p.uri) : undefined;
  if (found) return found;
  const first = host.folderUris()[0];
  const anchor = p?.uri ?? (p?.folderUri ? `${p.folderUri.replace(/\/$/, '')}/x` : first ? `${first}/x` : undefined);
  return anchor ? { ws: host.workspaceFor(anchor) } : undefined;
}

/**
 * Registers a view: `compute` returns the core's data (with spans) for the panel's workspace;
 * the client receives it with ranges (`Wire<D>`). No workspace: `{ error: 'no file or folder' }`.
 */
export function serveView<P extends PanelParams, D>(
  connection: Connection,
  host: ViewHost,
  type: RequestType<P, Wire<D> | RequestError>,
  compute: (params: P, scope: ViewScope) => D | RequestError,
  /** Top-level keys of the answer that hold no span (sent as they are: a 5,000-row layout is not walked). */
  plain: readonly string[] = [],
): void {
  serve(connection, host.log, type, (params: P) => {
    const scope = viewScope(host, params ?? ({} as P));
    if (!scope) return { error: 'no file or folder' };
    const data = compute(params ?? ({} as P), scope);
    return isError(data) ? data : withRanges(scope.ws, data, plain);
  });
}

const isError = (v: unknown): v is RequestError => !!v && typeof v === 'object' && typeof (v as RequestError).error === 'string';

const ZERO: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const isSpan = (v: unknown): v is Span => !!v && typeof v === 'object' && typeof (v as Span).start === 'number' && typeof (v as Span).end === 'number';

/**
 * `value` with every `span` replaced by the `range` of those offsets in the file of the nearest
 * `uri` (of the object itself or of an ancestor); a file the workspace does not have: line 0.
 */
/** Offsets → LSP ranges in the files of a workspace (its portfolio's too), one line index per file. */
export function rangesIn(ws: Workspace): (uri: string | undefined, span: Span) => Range {
  const lines = new Map<string, LineIndex | undefined>();
  return (uri, span) => {
    if (uri === undefined) return ZERO;
    let index = lines.get(uri);
    if (!lines.has(uri)) {
      // A view of the portfolio (the team load) names files of other folders too.
      const file = ws.get(uri) ?? ws.portfolio.find(uri)?.file;
      index = file ? lineIndexOf(file) : undefined;
      lines.set(uri, index);
    }
    return index ? { start: index.positionAt(span.start), end: index.positionAt(span.end) } : ZERO;
  };
}

export function withRanges<T>(ws: Workspace, value: T, plain: readonly string[] = []): Wire<T> {
  const rangeIn = rangesIn(ws);
  const walk = (v: unknown, uri: string | undefined): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, uri));
    if (v === null || typeof v !== 'object') return v;
    const o = v as Record<string, unknown>;
    const here = typeof o.uri === 'string' ? o.uri : uri;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) {
      const x = o[k];
      if (k === 'span' && isSpan(x)) out.range = rangeIn(here, x);
      else out[k] = walk(x, here);
    }
    return out;
  };
  if (plain.length && value && typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = plain.includes(k) ? o[k] : walk(o[k], typeof o.uri === 'string' ? o.uri : undefined);
    return out as Wire<T>;
  }
  return walk(value, undefined) as Wire<T>;
}
