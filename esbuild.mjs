// Bundles the extension client, the language server and the CLI with esbuild.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';

// The precompiled schema validators must exist before bundling.
execFileSync(process.execPath, ['scripts/gen-validators.mjs'], { stdio: 'inherit' });

// The webviews and the standalone HTML export load Mermaid from the extension itself (no CDN). It
// goes into media/ so that the webviews' localResourceRoots can be media/ alone (not dist/, which
// holds the extension's and the server's code).
fs.mkdirSync('dist', { recursive: true });
fs.copyFileSync('node_modules/mermaid/dist/mermaid.min.js', 'media/mermaid.min.js');
// PNG where the native resvg binary is absent (the .vsix has no node_modules): the WebAssembly build
// of resvg, its JavaScript bundled, its .wasm beside the bundles (server/src/node/resvg-wasm.ts).
fs.copyFileSync('node_modules/@resvg/resvg-wasm/index_bg.wasm', 'dist/resvg.wasm');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  loader: { '.json': 'json' },
  // jsonc-parser's UMD build hides its modules from bundlers; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

// exceljs (the workbook of `export`, 1.2 MB minified) is a bundle of its own, dist/exceljs.js, which
// the server and the CLI load at their first workbook: it is not parsed when they start.
// pinyin-pro (ids from Chinese names in `import`, 470 KB minified): the same, dist/pinyin.js.
const APART = { exceljs: './exceljs.js', 'pinyin-pro': './pinyin.js' };
const packagesApart = { name: 'packages-apart', setup: (b) => b.onResolve({ filter: /^(exceljs|pinyin-pro)$/ }, (a) => ({ path: APART[a.path], external: true })) };

// The documents (reports as HTML, Word, e-mail: docx, nodemailer, marked; the export's workbook) and
// the import's readers (fast-xml-parser, @fast-csv/parse, iconv-lite): dist/documents.js and dist/import.js,
// which the server and the CLI require at first use (server/src/node/lazy.ts), so that starting
// does not parse them. Only lazy.ts's require of each entry is rewritten; the entries' own bundles
// resolve them normally.
const LAZY = { '../documents/entry': './documents.js', '../import/read': './import.js' };
const lazyApart = {
  name: 'lazy-apart',
  setup: (b) => b.onResolve({ filter: /^\.\.\/(documents\/entry|import\/read)$/ }, (a) => (/[\\/]node[\\/]lazy\.ts$/.test(a.importer) ? { path: LAZY[a.path], external: true } : undefined)),
};

const builds = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // resvg (PNG) is a native package, loaded when first needed: never bundled (its wasm build is).
  { entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js', external: ['@resvg/resvg-js'], plugins: [packagesApart, lazyApart] },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', external: ['@resvg/resvg-js'], plugins: [packagesApart, lazyApart] },
  { entryPoints: ['server/src/documents/entry.ts'], outfile: 'dist/documents.js', external: ['@resvg/resvg-js'], plugins: [packagesApart] },
  { entryPoints: ['server/src/import/read.ts'], outfile: 'dist/import.js', external: ['@resvg/resvg-js'], plugins: [packagesApart] },
  { entryPoints: ['node_modules/exceljs/excel.js'], outfile: 'dist/exceljs.js' },
  { entryPoints: ['node_modules/pinyin-pro/dist/index.js'], outfile: 'dist/pinyin.js' },
];

if (watch) {
  for (const b of builds) {
    const ctx = await esbuild.context({ ...common, ...b });
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
  console.log(`esbuild: built ${builds.map((b) => b.outfile).join(', ')}${production ? ' (production)' : ''}`);
}
