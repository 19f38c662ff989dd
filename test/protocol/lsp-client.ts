/**
 * A minimal LSP client for protocol tests: spawns the real bundled server (dist/server.js) as a
 * child process and talks JSON-RPC over stdio, like any editor would.
 */
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { RequestError, RequestType } from '../../server/src/protocol';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';

export const REPO = path.resolve(__dirname, '../../..');
/** The standalone server as users start it (the package's bin, which loads dist/server.js). */
export const SERVER = path.join(REPO, 'bin', 'poc-studio-language-server.js');

export interface LspDiagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity: number;
  code: string;
  source: string;
  message: string;
  data?: Record<string, unknown>;
}

export interface StartOptions {
  folder?: string;
  /** Several workspace folders (the first is also the root); instead of `folder`. */
  folders?: string[];
  locale?: string;
  /** The `pocStudio` configuration section the client answers with. */
  settings?: Record<string, unknown>;
  /** Extra environment of the server process (e.g. POC_STUDIO_TEST_THROW). */
  env?: Record<string, string>;
  /**
   * Preload test/fuzz/heap-probe (with --expose-gc) and open an IPC channel to it, for `heap()`.
   * The server still talks LSP over stdio.
   */
  heapProbe?: boolean;
  /** The server script to run instead of the package's bin (e.g. a copy of dist/server.js). */
  server?: string;
}

/** The server's memory after a forced full garbage collection (heap-probe). */
export interface HeapSample {
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  rss: number;
  /** Whether gc() was available (it is with --expose-gc). */
  collected: boolean;
}

export class TestClient {
  readonly diagnostics = new Map<string, LspDiagnostic[]>();
  /** The document version of the last publish of each uri (when the server sent one). */
  readonly publishedVersions = new Map<string, number | undefined>();
  readonly logs: string[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  private listeners: (() => void)[] = [];
  /** How many publishDiagnostics have arrived (to wait until the server has gone quiet). */
  publishCount = 0;
  private versions = new Map<string, number>();
  settings: Record<string, unknown>;
  exited = false;

  private constructor(readonly proc: cp.ChildProcess, readonly conn: MessageConnection, opts: StartOptions) {
    this.settings = opts.settings ?? {};
  }

  static async start(opts: StartOptions = {}): Promise<TestClient> {
    const env = opts.env ? { ...process.env, ...opts.env } : process.env;
    const probe = path.join(REPO, 'out', 'test', 'fuzz', 'heap-probe.js');
    const server = opts.server ?? SERVER;
    const proc = opts.heapProbe
      ? cp.spawn(process.execPath, ['--expose-gc', '--require', probe, server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'], env })
      : cp.spawn(process.execPath, [server, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'], env });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
    const client = new TestClient(proc, conn, opts);
    proc.on('exit', () => (client.exited = true));
    proc.stderr!.on('data', (d) => client.logs.push(String(d)));
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: LspDiagnostic[] }) => {
      client.publishedVersions.set(p.uri, p.version);
      client.diagnostics.set(p.uri, p.diagnostics);
      client.publishCount++;
      for (const l of client.listeners.slice()) l();
    });
    conn.onNotification('window/logMessage', (p: { message: string }) => client.logs.push(p.message));
    conn.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
    conn.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      client.registrations.push(...p.registrations);
      return null;
    });
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.listen();
    const dirs = opts.folders ?? (opts.folder ? [opts.folder] : []);
    const folderUri = dirs.length ? pathToFileURL(dirs[0]).href : null;
    await conn.sendRequest('initialize', {
      processId: process.pid,
      locale: opts.locale ?? 'en',
      rootUri: folderUri,
      workspaceFolders: dirs.length ? dirs.map((d) => ({ uri: pathToFileURL(d).href, name: path.basename(d) })) : null,
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
          didChangeConfiguration: { dynamicRegistration: true },
        },
        textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await conn.sendNotification('initialized', {});
    return client;
  }

  /** Resolves when `predicate` holds for the diagnostics of `uri` (checked now and on every publish). */
  waitFor(uri: string, predicate: (d: LspDiagnostic[]) => boolean, timeoutMs = 10000): Promise<LspDiagnostic[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const d = this.diagnostics.get(uri);
        if (d && predicate(d)) {
          this.listeners = this.listeners.filter((l) => l !== check);
          clearTimeout(timer);
          resolve(d);
          return true;
        }
        return false;
      };
      const timer = setTimeout(() => {
        this.listeners = this.listeners.filter((l) => l !== check);
        reject(new Error(`timeout waiting for diagnostics of ${uri}; last: ${JSON.stringify(this.diagnostics.get(uri)?.map((x) => `${x.code}@${x.range.start.line}`))}\nserver log: ${this.logs.join('\n')}`));
      }, timeoutMs);
      if (!check()) this.listeners.push(check);
    });
  }

  /** Resolves with the next publish for `uri`. */
  nextPublish(uri: string, timeoutMs = 10000): Promise<LspDiagnostic[]> {
    const before = this.diagnostics.get(uri);
    return this.waitFor(uri, (d) => d !== before, timeoutMs);
  }

  async open(uri: string, text: string, languageId = 'poc-yaml'): Promise<void> {
    this.versions.set(uri, 1);
    await this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, text: string): Promise<void> {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text }] });
  }

  /** An incremental edit of an open document. */
  async edit(uri: string, range: LspDiagnostic['range'], text: string): Promise<void> {
    const v = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, v);
    await this.conn.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text }] });
  }

  /** The version the client last sent for an open document. */
  version(uri: string): number | undefined {
    return this.versions.get(uri);
  }

  /** Resolves with the diagnostics published for the current version of an open document. */
  waitForCurrent(uri: string, timeoutMs = 10000): Promise<LspDiagnostic[]> {
    const v = this.versions.get(uri);
    return this.waitFor(uri, () => this.publishedVersions.get(uri) === v, timeoutMs);
  }

  /** The server's resident memory in kB (Linux: VmRSS of /proc/<pid>/status), undefined elsewhere. */
  rssKb(): number | undefined {
    try {
      const m = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8'));
      return m ? Number(m[1]) : undefined;
    } catch {
      return undefined;
    }
  }

  /** The server's heap after a forced full gc; needs `heapProbe: true` at start. */
  heap(timeoutMs = 10000): Promise<HeapSample> {
    return new Promise((resolve, reject) => {
      if (!this.proc.send) return reject(new Error('the server was started without heapProbe'));
      const timer = setTimeout(() => {
        this.proc.off('message', on);
        reject(new Error('no heap sample from the server'));
      }, timeoutMs);
      const on = (m: unknown) => {
        const h = (m as { heap?: HeapSample } | null)?.heap;
        if (!h) return;
        clearTimeout(timer);
        this.proc.off('message', on);
        resolve(h);
      };
      this.proc.on('message', on);
      this.proc.send('heap');
    });
  }

  async close(uri: string): Promise<void> {
    await this.conn.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** type: 1 created, 2 changed, 3 deleted. */
  async fileChanged(uri: string, type: 1 | 2 | 3): Promise<void> {
    await this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri, type }] });
  }

  /** Resolves when no diagnostics have been published for `ms` (the server has checked everything queued). */
  async quiet(ms = 1500, maxMs = 120000): Promise<void> {
    const started = Date.now();
    let seen = this.publishCount;
    let since = Date.now();
    while (Date.now() - since < ms && Date.now() - started < maxMs) {
      await new Promise((r) => setTimeout(r, 100));
      if (this.publishCount !== seen) {
        seen = this.publishCount;
        since = Date.now();
      }
    }
  }

  /** workspace/didChangeWorkspaceFolders with folder paths. */
  async foldersChanged(added: string[], removed: string[]): Promise<void> {
    const f = (d: string) => ({ uri: pathToFileURL(d).href, name: path.basename(d) });
    await this.conn.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: added.map(f), removed: removed.map(f) } });
  }

  async configChanged(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.conn.sendNotification('workspace/didChangeConfiguration', { settings: { pocStudio: settings } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /** A custom request of server/src/protocol.ts, typed by its declaration. */
  send<P, R>(type: RequestType<P, R>, params: P): Promise<R> {
    return this.conn.sendRequest(type.method, params) as Promise<R>;
  }

  /** A custom request that must answer: its result, the `{ error }` case thrown. */
  async ok<P, R>(type: RequestType<P, R>, params: P): Promise<Exclude<R, RequestError>> {
    const r = await this.send(type, params);
    if (r && typeof r === 'object' && 'error' in r) throw new Error(`${type.method}: ${(r as RequestError).error}`);
    return r as Exclude<R, RequestError>;
  }

  /** Resolves with the first log message matching `re` (already received or still to come). */
  waitForLog(re: RegExp, timeoutMs = 10000): Promise<string> {
    return new Promise((resolve, reject) => {
      const started = this.logs.length;
      const poll = setInterval(() => {
        const hit = this.logs.find((l) => re.test(l));
        if (hit !== undefined) {
          clearInterval(poll);
          clearTimeout(timer);
          resolve(hit);
        }
      }, 20);
      const timer = setTimeout(() => {
        clearInterval(poll);
        reject(new Error(`no log message matching ${re} (${this.logs.length - started} new)\nserver log: ${this.logs.join('\n')}`));
      }, timeoutMs);
    });
  }

  async stop(): Promise<void> {
    if (!this.exited) {
      try {
        await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
        await this.conn.sendNotification('exit');
      } catch {
        // already gone
      }
    }
    await new Promise<void>((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.proc.kill('SIGKILL');
        resolve();
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    this.conn.dispose();
  }
}

export const codes = (d: LspDiagnostic[]) => d.map((x) => x.code).sort();
export const at = (d: LspDiagnostic[], code: string) => d.filter((x) => x.code === code).map((x) => x.range.start.line + 1);

/**
 * The example folder copied into a fresh temporary directory (prefix `name`), with the real server
 * started on it in Chinese and "today" 2027-01-27, once `waitFor` has its first diagnostics.
 */
export async function startOnExamples(name: string, waitFor: string, env?: Record<string, string>): Promise<{ dir: string; client: TestClient }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), name));
  fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
  const client = await TestClient.start({ folder: dir, locale: 'zh-CN', settings: { today: '2027-01-27' }, env });
  await client.waitFor(pathToFileURL(path.join(dir, waitFor)).href, () => true);
  return { dir, client };
}

/** Stops what startOnExamples started and removes its folder. */
export async function stopOnExamples(started: { dir?: string; client?: TestClient }): Promise<void> {
  await started.client?.stop();
  if (started.dir) fs.rmSync(started.dir, { recursive: true, force: true });
}
