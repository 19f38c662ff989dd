/**
 * Pictures where the native resvg binary is absent, as in the installed extension (the .vsix has
 * dist/ and no node_modules): the build puts resvg's WebAssembly file at dist/resvg.wasm,
 * .vscodeignore ships it, and the bundled CLI copied alone into an empty folder (no node_modules
 * anywhere above it) still draws `gantt --format png` and the Word report's picture through it —
 * and without the .wasm it says so (PNG) or falls back to the chart's table (Word).
 */
import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const REPO = path.resolve(__dirname, '../../..');
const EXAMPLES = path.join(REPO, 'examples');
const PLAN = path.join(EXAMPLES, 'bank-log.project.yaml');

/** Whether `file` goes into the .vsix: the last .vscodeignore pattern that matches decides. */
function shipped(file: string): boolean {
  const lines = fs.readFileSync(path.join(REPO, '.vscodeignore'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  let ignored = false;
  for (const line of lines) {
    const negate = line.startsWith('!');
    const glob = negate ? line.slice(1) : line;
    const re = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*/g, '\u0000').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]').replace(/\u0000/g, '.*')}$`);
    if (re.test(file)) ignored = !negate;
  }
  return !ignored;
}

describe('PNG without the native resvg (the packaged extension)', function () {
  this.timeout(120000);
  let dir: string;
  let bin: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-packaged-'));
    for (const f of ['cli.js', 'documents.js', 'resvg.wasm']) fs.copyFileSync(path.join(REPO, 'dist', f), path.join(dir, f));
    bin = path.join(dir, 'bin.js');
    fs.writeFileSync(bin, "'use strict';\nrequire('./cli.js').main(process.argv.slice(2)).then((c) => (process.exitCode = c));\n");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  function run(args: string[]) {
    const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' };
    delete env.POC_STUDIO_RESVG;
    delete env.NODE_PATH;
    const r = cp.spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', env, timeout: 120000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('the build writes dist/resvg.wasm (the package’s own file) and .vscodeignore ships it', () => {
    const built = fs.readFileSync(path.join(REPO, 'dist', 'resvg.wasm'));
    assert.ok(built.equals(fs.readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))), 'dist/resvg.wasm is index_bg.wasm');
    assert.ok(shipped('dist/resvg.wasm'), 'dist/resvg.wasm is in the .vsix');
    assert.ok(shipped('dist/server.js') && !shipped('dist/server.js.map') && !shipped('node_modules/@resvg/resvg-wasm/index_bg.wasm'));
  });

  it('the bundle alone cannot load the native resvg, and draws the Gantt PNG with the wasm build', () => {
    assert.throws(() => require.resolve('@resvg/resvg-js', { paths: [dir] }), 'no node_modules reachable from the copy');
    const svg = path.join(dir, 'plan.svg');
    assert.strictEqual(run(['gantt', PLAN, '--format', 'svg', '--out', svg, '--locale', 'zh-CN', '--today', '2027-01-27']).code, 0);
    const [, w, h] = /<svg\b[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/.exec(fs.readFileSync(svg, 'utf8'))!;
    const out = path.join(dir, 'plan.png');
    const r = run(['gantt', PLAN, '--format', 'png', '--out', out, '--locale', 'zh-CN', '--today', '2027-01-27']);
    assert.strictEqual(r.code, 0, r.stderr);
    const img = PNG.sync.read(fs.readFileSync(out));
    assert.deepStrictEqual([img.width, img.height], [Number(w) * 2, Number(h) * 2]);
    const colours = new Set<number>();
    for (let i = 0; i < img.data.length; i += 4) colours.add(((img.data[i] >> 4) << 8) | ((img.data[i + 1] >> 4) << 4) | (img.data[i + 2] >> 4));
    assert.ok(colours.size >= 5, `${colours.size} colours`);
  });

  it('the Word report carries its chart as a picture; without resvg.wasm as the chart’s table, and PNG says why', async () => {
    const media = async (file: string) => Object.keys((await JSZip.loadAsync(fs.readFileSync(file))).files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    const args = (out: string) => ['report', 'weekly', PLAN, '--week', '2027-W04', '--format', 'docx', '--out', out, '--locale', 'zh-CN', '--today', '2027-01-27'];
    const withWasm = path.join(dir, 'with.docx');
    assert.strictEqual(run(args(withWasm)).code, 0);
    assert.ok((await media(withWasm)).length >= 1, 'a picture in the document');

    fs.rmSync(path.join(dir, 'resvg.wasm'));
    const without = path.join(dir, 'without.docx');
    assert.strictEqual(run(args(without)).code, 0);
    assert.deepStrictEqual(await media(without), []);
    const png = path.join(dir, 'none.png');
    const r = run(['gantt', PLAN, '--format', 'png', '--out', png]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /resvg\.wasm/);
    assert.ok(!fs.existsSync(png));
  });
});
