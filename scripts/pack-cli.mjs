// The CLI and the standalone language server as one npm package that installs offline:
//   node scripts/pack-cli.mjs [--out DIR]      (npm run pack:cli -- --out DIR: builds for production first)
// writes DIR/poc-studio-cli-<version>.tgz (default DIR: the current folder) and prints its path.
// Install it with `npm i -g ./poc-studio-cli-<version>.tgz`: commands `poc-studio` and
// `poc-studio-language-server`. The package has no dependencies: everything is in the esbuild
// bundles of dist/ (build them first: node esbuild.mjs [--production]), with the files they read
// at run time beside them —
//   dist/cli.js, dist/server.js   the CLI and the language server (core, schemas' validators,
//                                 data/calendars … bundled in)
//   dist/documents.js             reports as HTML, Word, e-mail and the workbook (docx, nodemailer,
//                                 marked), loaded at the first such document (a bundle apart)
//   dist/import.js                the import's readers (XML, CSV, encodings), loaded at the first import
//   dist/exceljs.js               the workbook library, loaded at the first .xlsx (a bundle apart)
//   dist/pinyin.js                pinyin-pro, ids from Chinese names at the first import (a bundle apart)
//   dist/resvg.wasm               PNG without the native resvg (charts in Word and e-mail, gantt --format png)
//   media/mermaid.min.js          inlined into the standalone HTML report and Gantt pages
// Fonts are the system's (server/src/node/png.ts lists where CJK fonts are looked for).
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const NAME = 'poc-studio-cli';
/** What the package holds, as paths relative to the repository (and to the package). */
const FILES = ['bin/poc-studio.js', 'bin/poc-studio-language-server.js', 'dist/cli.js', 'dist/server.js', 'dist/documents.js', 'dist/import.js', 'dist/exceljs.js', 'dist/pinyin.js', 'dist/resvg.wasm', 'media/mermaid.min.js', 'LICENSE'];

function fail(message) {
  process.stderr.write(`pack-cli: ${message}\n`);
  process.exit(2);
}

function outDir(argv) {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') return argv[i + 1] ?? fail('--out needs a folder');
    if (argv[i].startsWith('--out=')) return argv[i].slice('--out='.length);
    if (argv[i] === '-h' || argv[i] === '--help') {
      process.stdout.write('Usage: node scripts/pack-cli.mjs [--out DIR]\n');
      process.exit(0);
    }
    fail(`unknown argument ${argv[i]}`);
  }
  return '.';
}

const out = path.resolve(outDir(process.argv.slice(2)));
const root = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const missing = FILES.filter((f) => !fs.existsSync(path.join(REPO, f)));
if (missing.length) fail(`missing ${missing.join(', ')}: run \`node esbuild.mjs --production\` first`);

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-cli-stage-'));
try {
  for (const f of FILES) {
    fs.mkdirSync(path.dirname(path.join(stage, f)), { recursive: true });
    fs.copyFileSync(path.join(REPO, f), path.join(stage, f));
  }
  for (const f of FILES.filter((f) => f.startsWith('bin/'))) fs.chmodSync(path.join(stage, f), 0o755);
  const manifest = {
    name: NAME,
    version: root.version,
    description: 'POC Studio on the command line: checks POC and implementation-project plans (YAML) against the playbook, in CI too; reports, Gantt charts, exports; and the language server for any LSP editor.',
    license: root.license,
    repository: root.repository,
    engines: { node: root.engines.node },
    bin: { 'poc-studio': 'bin/poc-studio.js', 'poc-studio-language-server': 'bin/poc-studio-language-server.js' },
    files: ['bin/', 'dist/', 'media/'],
  };
  fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
  fs.writeFileSync(
    path.join(stage, 'README.md'),
    [
      `# ${NAME} ${root.version}`,
      '',
      'POC Studio without VS Code: `poc-studio check <files or folders…> [--format json|text|sarif|codequality]`,',
      '`poc-studio report`, `gantt`, `schedule`, `baseline`, `export` (`poc-studio --help`), and',
      '`poc-studio-language-server --stdio` for any LSP editor. No dependencies; installs offline:',
      '',
      '```sh',
      `npm i -g ./${NAME}-${root.version}.tgz`,
      '```',
      '',
      'Using it in GitHub Actions and GitLab CI: docs/ci.md in the POC Studio repository.',
      '',
    ].join('\n'),
  );
  fs.mkdirSync(out, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = JSON.parse(
    execFileSync(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', out], { cwd: stage, encoding: 'utf8', shell: process.platform === 'win32' }),
  );
  const tgz = path.join(out, packed[0].filename);
  if (!fs.existsSync(tgz)) fail(`npm pack did not write ${tgz}`);
  process.stdout.write(tgz + '\n');
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
