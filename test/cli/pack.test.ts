/**
 * The CLI package (`npm run pack:cli`, scripts/pack-cli.mjs): packed into a temporary folder,
 * installed offline with `npm i -g --prefix <tmp> --offline` (no dependencies to fetch), and then
 * used through the commands npm links: `poc-studio check` gives the repository CLI's findings,
 * `poc-studio report … --format docx` writes a Word report with its chart as a picture (the
 * package's resvg.wasm), and `poc-studio-language-server --stdio` answers an LSP session.
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import JSZip from 'jszip';
import { assertContract } from './contract';

const REPO = path.resolve(__dirname, '../../..');
const VERSION = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
const WIN = process.platform === 'win32';

/** An environment that reaches nothing of the repository (no NODE_PATH) and no registry. */
function cleanEnv(tmp: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', npm_config_cache: path.join(tmp, 'npm-cache'), npm_config_offline: 'true' };
  delete env.NODE_PATH;
  delete env.POC_STUDIO_RESVG;
  return env;
}

/** One LSP message framed as the base protocol wants it: Content-Length header, then JSON. */
function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: unknown;
}

/** Reads framed messages from a stream; `next(pred)` resolves with the first that matches. */
class FrameReader {
  private buf = Buffer.alloc(0);
  private queue: Message[] = [];
  private waiting: { pred: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly seen: Message[] = [];

  constructor(stream: NodeJS.ReadableStream, private readonly onRequest: (m: Message) => void) {
    stream.on('data', (chunk: Buffer) => {
      this.buf = Buffer.concat([this.buf, chunk]);
      for (;;) {
        const end = this.buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const length = Number(/Content-Length: *(\d+)/i.exec(this.buf.subarray(0, end).toString('ascii'))?.[1]);
        if (!Number.isInteger(length)) throw new Error(`bad header: ${this.buf.subarray(0, end).toString()}`);
        if (this.buf.length < end + 4 + length) return;
        const message = JSON.parse(this.buf.subarray(end + 4, end + 4 + length).toString('utf8')) as Message;
        this.buf = this.buf.subarray(end + 4 + length);
        this.deliver(message);
      }
    });
  }

  private deliver(m: Message): void {
    this.seen.push(m);
    if (m.method !== undefined && m.id !== undefined) this.onRequest(m);
    const i = this.waiting.findIndex((w) => w.pred(m));
    if (i >= 0) this.waiting.splice(i, 1)[0].resolve(m);
    else this.queue.push(m);
  }

  next(pred: (m: Message) => boolean): Promise<Message> {
    const i = this.queue.findIndex(pred);
    if (i >= 0) return Promise.resolve(this.queue.splice(i, 1)[0]);
    return new Promise((resolve) => this.waiting.push({ pred, resolve }));
  }
}

describe('the CLI package (npm run pack:cli), installed offline', function () {
  this.timeout(300000);
  let tmp: string;
  let tgz: string;
  let prefix: string;
  const bin = (name: string) => (WIN ? path.join(prefix, `${name}.cmd`) : path.join(prefix, 'bin', name));
  const installed = () => (WIN ? path.join(prefix, 'node_modules', 'poc-studio-cli') : path.join(prefix, 'lib', 'node_modules', 'poc-studio-cli'));

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-pack-'));
    const out = path.join(tmp, 'out');
    const packed = cp.spawnSync(process.execPath, [path.join(REPO, 'scripts', 'pack-cli.mjs'), '--out', out], { cwd: REPO, encoding: 'utf8', env: cleanEnv(tmp), timeout: 240000 });
    assert.strictEqual(packed.status, 0, packed.stderr);
    tgz = packed.stdout.trim();
    assert.strictEqual(tgz, path.join(out, `poc-studio-cli-${VERSION}.tgz`));
    assert.ok(fs.existsSync(tgz));
    prefix = path.join(tmp, 'prefix');
    const npm = WIN ? 'npm.cmd' : 'npm';
    const install = cp.spawnSync(npm, ['i', '-g', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', '--no-update-notifier', tgz], {
      cwd: tmp,
      encoding: 'utf8',
      env: cleanEnv(tmp),
      timeout: 240000,
      shell: WIN,
    });
    assert.strictEqual(install.status, 0, `${install.stdout}\n${install.stderr}`);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  function run(cmd: string, args: string[], cwd = REPO) {
    const r = cp.spawnSync(cmd, args, { cwd, encoding: 'utf8', env: cleanEnv(tmp), timeout: 120000, maxBuffer: 64 * 1024 * 1024, shell: WIN });
    assert.ok(!r.error, String(r.error));
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('holds a package.json without dependencies, both commands and the run-time files', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(installed(), 'package.json'), 'utf8'));
    assert.strictEqual(manifest.name, 'poc-studio-cli');
    assert.strictEqual(manifest.version, VERSION);
    assert.deepStrictEqual(Object.keys(manifest.bin).sort(), ['poc-studio', 'poc-studio-language-server']);
    for (const k of ['dependencies', 'optionalDependencies', 'peerDependencies']) assert.strictEqual(manifest[k], undefined, k);
    for (const f of ['dist/cli.js', 'dist/server.js', 'dist/documents.js', 'dist/import.js', 'dist/exceljs.js', 'dist/pinyin.js', 'dist/resvg.wasm', 'media/mermaid.min.js']) assert.ok(fs.existsSync(path.join(installed(), f)), f);
    assert.ok(!fs.existsSync(path.join(installed(), 'node_modules')), 'nothing installed beside it');
    assert.throws(() => require.resolve('@resvg/resvg-js', { paths: [installed()] }), 'no node_modules of the repository reachable');
    assert.strictEqual(run(bin('poc-studio'), ['--version']).stdout.trim(), VERSION);
  });

  it('poc-studio check examples gives the repository CLI’s findings and exit code', () => {
    const mine = run(bin('poc-studio'), ['check', 'examples', '--format', 'json']);
    const repo = run(process.execPath, [path.join(REPO, 'bin', 'poc-studio.js'), 'check', 'examples', '--format', 'json']);
    const rows = assertContract(mine.stdout);
    assert.ok(rows.length >= 10);
    assert.deepStrictEqual(rows, assertContract(repo.stdout));
    assert.strictEqual(mine.code, repo.code);
    assert.strictEqual(mine.code, 1);
    const cq = JSON.parse(run(bin('poc-studio'), ['check', 'examples', '--format', 'codequality']).stdout) as unknown[];
    assert.strictEqual(cq.length, rows.length);
  });

  it('poc-studio report weekly --format docx writes a Word report with its chart as a picture', async () => {
    const out = path.join(tmp, 'weekly.docx');
    const r = run(bin('poc-studio'), ['report', 'weekly', path.join(REPO, 'examples', 'bank-log.project.yaml'), '--week', '2027-W04', '--today', '2027-01-27', '--locale', 'zh-CN', '--format', 'docx', '--out', out], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    const zip = await JSZip.loadAsync(fs.readFileSync(out));
    const xml = await zip.file('word/document.xml')!.async('string');
    assert.match(xml, /周报/);
    assert.ok(Object.keys(zip.files).some((f) => /^word\/media\/.+\.png$/.test(f)), 'the chart drawn with the package’s resvg.wasm');
  });

  it('poc-studio report poc --format html inlines the package’s Mermaid', () => {
    const r = run(bin('poc-studio'), ['report', 'poc', path.join(REPO, 'examples', 'bank-log.poc.yaml'), '--today', '2027-01-27', '--format', 'html'], tmp);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^<!DOCTYPE html>/i);
    assert.ok(r.stdout.length > 1_000_000, 'mermaid.min.js inlined');
  });

  it('poc-studio-language-server --stdio answers initialize, publishes diagnostics, shuts down and exits', async () => {
    const proc = cp.spawn(bin('poc-studio-language-server'), ['--stdio'], { cwd: tmp, env: cleanEnv(tmp), stdio: ['pipe', 'pipe', 'pipe'], shell: WIN });
    let stderr = '';
    proc.stderr!.on('data', (c) => (stderr += c));
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    const send = (m: object) => proc.stdin!.write(frame(m));
    // The server's own requests (configuration, registrations) get empty answers.
    const reader = new FrameReader(proc.stdout!, (m) => {
      const items = (m.params as { items?: unknown[] } | undefined)?.items;
      send({ id: m.id, result: m.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
    });
    try {
      send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {}, locale: 'en' } });
      const init = await reader.next((m) => m.id === 1 && m.method === undefined);
      assert.strictEqual(init.error, undefined, JSON.stringify(init.error));
      const caps = (init.result as { capabilities: Record<string, unknown> }).capabilities;
      assert.ok(caps.textDocumentSync !== undefined, 'text document sync');
      for (const k of ['hoverProvider', 'completionProvider', 'definitionProvider', 'codeActionProvider']) assert.ok(caps[k], `${k} in ${Object.keys(caps).join(', ')}`);
      send({ method: 'initialized', params: {} });

      const folder = path.join(tmp, 'lsp');
      fs.mkdirSync(folder, { recursive: true });
      fs.writeFileSync(path.join(folder, 'x.poc.yaml'), '');
      const uri = pathToFileURL(path.join(folder, 'x.poc.yaml')).href;
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'poc-yaml', version: 1, text: 'kind: project\nid: x\ntitle: t\n' } } });
      const published = await reader.next((m) => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === uri && (m.params as { diagnostics: unknown[] }).diagnostics.length > 0);
      const codes = (published.params as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code);
      assert.ok(codes.includes('kind-mismatch'), codes.join(', '));

      send({ id: 2, method: 'shutdown' });
      const down = await reader.next((m) => m.id === 2 && m.method === undefined);
      assert.strictEqual(down.error, undefined);
      send({ method: 'exit' });
      assert.strictEqual(await exited, 0, stderr);
    } finally {
      if (proc.exitCode === null) proc.kill();
    }
  });
});
