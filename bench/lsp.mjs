/**
 * A small LSP client for the benchmark: spawns a language server (`node <script> --stdio`), talks
 * JSON-RPC over stdio, timestamps every publishDiagnostics on arrival, answers the server's
 * requests (configuration, registrations, progress), and fails with a clear message when the
 * server exits or does not answer in time.
 */
import * as cp from 'node:child_process';
import * as fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';

const live = new Set();
/** Kills every server still running (called on exit, on signals and after a failure). */
export function killAll() {
  for (const s of live) s.kill();
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    killAll();
    process.exit(130);
  });
}

export class TimeoutError extends Error {}

export class LspServer {
  /**
   * @param {object} o
   * @param {string} o.name        for messages ("POC Studio", "yaml-language-server")
   * @param {string} o.script      the server's entry script, run with this node and `--stdio`
   * @param {string[]} [o.nodeArgs] extra node options (e.g. --cpu-prof)
   * @param {(items: {section?: string, scopeUri?: string}[]) => unknown[]} o.configuration
   */
  constructor(o) {
    this.name = o.name;
    this.o = o;
    this.publishes = []; // { seq, t, uri, version, diagnostics }
    this.lastByUri = new Map();
    this.firstByUri = new Map();
    this.waiters = new Set();
    this.seq = 0;
    this.stderr = [];
    this.configRequests = 0;
    this.exited = false;
    this.exitInfo = '';
  }

  /**
   * Spawns and initializes the server; `t0` (performance.now() before spawn) is kept for cold-start
   * timing. `workspaceFolders` ([{ uri, name }]) opens several folders (default: the one of rootUri).
   */
  async start({ rootDir, rootUri, workspaceFolders, capabilities, initializationOptions, timeoutMs = 30000, locale = 'en' }) {
    const folders = workspaceFolders ?? (rootUri ? [{ uri: rootUri, name: 'bench' }] : null);
    this.t0 = performance.now();
    const proc = cp.spawn(process.execPath, [...(this.o.nodeArgs ?? []), this.o.script, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      cwd: this.o.cwd,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    this.proc = proc;
    live.add(this);
    proc.stderr.on('data', (d) => {
      this.stderr.push(String(d));
      if (this.stderr.length > 50) this.stderr.shift();
    });
    proc.on('exit', (code, signal) => {
      this.exited = true;
      live.delete(this);
      this.exitInfo = `exited with ${signal ?? `code ${code}`}`;
      for (const w of [...this.waiters]) w.fail(new Error(`${this.name} ${this.exitInfo} while ${w.label}${this.tail()}`));
    });
    proc.on('error', (e) => {
      this.exited = true;
      for (const w of [...this.waiters]) w.fail(new Error(`${this.name} could not be started: ${e.message}`));
    });
    const conn = createMessageConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
    this.conn = conn;
    conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const rec = { seq: ++this.seq, t: performance.now(), uri: p.uri, version: p.version, count: p.diagnostics.length, diagnostics: p.diagnostics };
      // Keep only the latest record per URI with its diagnostics; older ones lose them (memory).
      const prev = this.lastByUri.get(p.uri);
      if (prev) prev.diagnostics = undefined;
      this.lastByUri.set(p.uri, rec);
      if (!this.firstByUri.has(p.uri)) this.firstByUri.set(p.uri, rec);
      for (const w of [...this.waiters]) w.check(rec);
    });
    conn.onNotification('window/logMessage', (p) => {
      this.stderr.push(`[log] ${p.message}\n`);
      if (this.stderr.length > 50) this.stderr.shift();
    });
    conn.onNotification('window/showMessage', () => {});
    conn.onNotification('telemetry/event', () => {});
    conn.onNotification(() => {});
    conn.onRequest('workspace/configuration', (p) => {
      this.configRequests++;
      const answer = this.o.configuration(p.items);
      for (const w of [...this.waiters]) w.check(null);
      return answer;
    });
    conn.onRequest('client/registerCapability', () => null);
    conn.onRequest('client/unregisterCapability', () => null);
    conn.onRequest('window/workDoneProgress/create', () => null);
    conn.onRequest('window/showMessageRequest', () => null);
    conn.onRequest('workspace/workspaceFolders', () => folders);
    conn.onRequest('workspace/diagnostic/refresh', () => null);
    conn.onRequest('workspace/semanticTokens/refresh', () => null);
    conn.onRequest('workspace/codeLens/refresh', () => null);
    conn.onError(() => {});
    conn.onClose(() => {});
    conn.listen();
    this.initResult = await this.request(
      'initialize',
      {
        processId: process.pid,
        locale,
        rootPath: rootDir ?? null,
        rootUri: rootUri ?? null,
        workspaceFolders: folders,
        capabilities,
        initializationOptions,
      },
      timeoutMs,
    );
    await conn.sendNotification('initialized', {});
    return this;
  }

  tail() {
    const s = this.stderr.join('').trim();
    return s ? `\n--- last output of ${this.name} ---\n${s.slice(-3000)}` : '';
  }

  /** A request with a timeout; rejects with a clear error when the server does not answer. */
  request(method, params, timeoutMs = 30000) {
    if (this.exited) return Promise.reject(new Error(`${this.name} ${this.exitInfo || 'is not running'}; cannot send ${method}${this.tail()}`));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new TimeoutError(`${this.name} did not answer ${method} within ${timeoutMs} ms${this.tail()}`)), timeoutMs);
      const onExit = () => reject(new Error(`${this.name} ${this.exitInfo} while waiting for ${method}${this.tail()}`));
      this.proc.once('exit', onExit);
      this.conn.sendRequest(method, params).then(
        (r) => {
          clearTimeout(timer);
          this.proc.off('exit', onExit);
          resolve(r);
        },
        (e) => {
          clearTimeout(timer);
          this.proc.off('exit', onExit);
          reject(new Error(`${this.name} failed ${method}: ${e?.message ?? e}`));
        },
      );
    });
  }

  /** Times a request: resolves with { ms, result }. */
  async timedRequest(method, params, timeoutMs) {
    const t = performance.now();
    const result = await this.request(method, params, timeoutMs);
    return { ms: performance.now() - t, result };
  }

  notify(method, params) {
    if (this.exited) throw new Error(`${this.name} ${this.exitInfo || 'is not running'}; cannot send ${method}${this.tail()}`);
    return this.conn.sendNotification(method, params);
  }

  /** Resolves with the first publish record arriving from now on for which `pred(rec)` holds. */
  waitPublish(pred, { timeoutMs = 30000, label = 'waiting for diagnostics' } = {}) {
    return new Promise((resolve, reject) => {
      const w = {
        label,
        check: (rec) => {
          if (rec && pred(rec)) {
            done();
            resolve(rec);
          }
        },
        fail: (e) => {
          done();
          reject(e);
        },
      };
      const timer = setTimeout(() => w.fail(new TimeoutError(`${this.name}: timeout after ${timeoutMs} ms ${label}${this.tail()}`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(w);
      };
      if (this.exited) return w.fail(new Error(`${this.name} ${this.exitInfo} before ${label}${this.tail()}`));
      this.waiters.add(w);
    });
  }

  /** Resolves when `cond()` holds, checked on every publish and configuration request. */
  waitUntil(cond, { timeoutMs = 30000, label = 'waiting' } = {}) {
    if (cond()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const w = {
        label,
        check: () => {
          if (cond()) {
            done();
            resolve();
          }
        },
        fail: (e) => {
          done();
          reject(e);
        },
      };
      const timer = setTimeout(() => w.fail(new TimeoutError(`${this.name}: timeout after ${timeoutMs} ms ${label}${this.tail()}`)), timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(w);
      };
      this.waiters.add(w);
    });
  }

  /** Peak resident set size (VmHWM) of the server process in MB, or null where /proc is not available. */
  peakMemoryMB() {
    try {
      const status = fs.readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
      const m = /VmHWM:\s+(\d+)\s+kB/.exec(status);
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }

  /**
   * CPU time (user + system) the server process has used so far, in ms, or null where /proc is not
   * available: unlike wall time, it does not grow when other processes compete for the cores.
   */
  cpuMs() {
    try {
      const stat = fs.readFileSync(`/proc/${this.proc.pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(f[11]) + Number(f[12])) * 10; // clock ticks of 10 ms (CLK_TCK 100)
    } catch {
      return null;
    }
  }

  /** shutdown + exit, then SIGKILL if the process is still there after 3 s. */
  async stop() {
    if (!this.exited) {
      try {
        await this.request('shutdown', null, 3000);
        this.notify('exit');
      } catch {
        // not answering: killed below
      }
    }
    await new Promise((resolve) => {
      if (this.exited) return resolve();
      const t = setTimeout(() => {
        this.kill();
        resolve();
      }, 3000);
      this.proc.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    live.delete(this);
    try {
      this.conn.dispose();
    } catch {
      // already disposed
    }
  }

  kill() {
    if (!this.exited && this.proc) {
      try {
        this.proc.kill('SIGKILL');
      } catch {
        // gone
      }
    }
    live.delete(this);
  }
}
