import * as assert from 'assert';
import * as cp from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES } from './core/rules';
import { VERSION } from './core/version';

const REPO = path.resolve(__dirname, '../../..');
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(REPO, f), 'utf8'));

describe('extension manifest', () => {
  it('has a Chinese translation for every string the extension shows (l10n/bundle.l10n.zh-cn.json)', () => {
    const bundle = read('l10n/bundle.l10n.zh-cn.json') as Record<string, string>;
    const strings = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const f = path.join(dir, e.name);
        if (e.isDirectory()) walk(f);
        else if (f.endsWith('.ts')) {
          const src = fs.readFileSync(f, 'utf8');
          for (const m of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) strings.add(m[1].replace(/\\(.)/g, '$1'));
          // Page strings: `key: 'English',` inside a *_STRINGS table.
          const table = /_STRINGS = \{([\s\S]*?)\} as const/.exec(src);
          if (table) for (const m of table[1].matchAll(/^\s*\w+: '((?:[^'\\]|\\.)*)',?$/gm)) strings.add(m[1].replace(/\\(.)/g, '$1'));
        }
      }
    };
    walk(path.join(REPO, 'client', 'src'));
    assert.ok(strings.size > 20, `found ${strings.size} strings`);
    const missing = [...strings].filter((s) => !(s in bundle));
    assert.deepStrictEqual(missing, []);
  });

  it('lists every rule as a setting with its default severity, in English and Chinese (run scripts/sync-manifest.mjs)', async () => {
    // A real dynamic import (TypeScript would turn `import()` into `require`, which cannot load ESM).
    const importEsm = new Function('u', 'return import(u)') as (u: string) => Promise<{ manifest: () => any }>;
    const { manifest } = await importEsm(pathToFileURL(path.join(REPO, 'scripts', 'sync-manifest.mjs')).href);
    const expected = manifest();
    const pkg = read('package.json');
    assert.deepStrictEqual(pkg.contributes.configuration.properties, expected.properties);
    assert.deepStrictEqual(pkg.contributes.commands, expected.commands);
    assert.deepStrictEqual(pkg.contributes.walkthroughs, expected.walkthroughs);
    assert.deepStrictEqual(read('package.nls.json'), expected.en);
    assert.deepStrictEqual(read('package.nls.zh-cn.json'), expected.zh);
    const rules = pkg.contributes.configuration.properties['pocStudio.rules'].properties;
    assert.deepStrictEqual(Object.keys(rules), RULES.map((r) => r.id));
    for (const r of RULES) assert.strictEqual(rules[r.id].default, r.defaultSeverity);
  });

  it('has the same version as the code, and bins that exist', () => {
    const pkg = read('package.json');
    assert.strictEqual(pkg.version, VERSION);
    for (const bin of Object.values(pkg.bin) as string[]) assert.ok(fs.existsSync(path.join(REPO, bin)), bin);
  });

  it('declares the artifact language so that the Red Hat YAML extension does not validate these files too', () => {
    const pkg = read('package.json');
    const lang = pkg.contributes.languages.find((l: { id: string }) => l.id === 'poc-yaml');
    for (const kind of ['poc', 'project', 'stakeholders', 'requirements', 'checklist']) {
      assert.ok(lang.filenamePatterns.includes(`*.${kind}.yaml`) && lang.filenamePatterns.includes(`*.${kind}.yml`), kind);
    }
    assert.ok(!pkg.contributes.yamlValidation, 'no yamlValidation contribution: it would make Red Hat YAML report schema errors twice');
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, true);
  });

  it('opens completion while typing values in poc-yaml, and does not flag full-width punctuation as ambiguous', () => {
    const pkg = read('package.json');
    assert.deepStrictEqual(pkg.contributes.configurationDefaults['[poc-yaml]'], {
      'editor.quickSuggestions': { other: true, comments: false, strings: true },
      'editor.unicodeHighlight.ambiguousCharacters': false,
    });
    // Static snippets would pop up everywhere (also in values, now that suggestions open in
    // strings); the language server offers each entry snippet only where the entry fits.
    assert.ok(!pkg.contributes.snippets, 'no static snippets');
  });

  it('packages the bundles and runtime files into the .vsix, and no sources or node_modules', function () {
    this.timeout(60000);
    const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = cp.spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
    assert.strictEqual(r.status, 0, r.stderr);
    const files = r.stdout.trim().split('\n').map((f) => f.trim()).sort();
    for (const f of ['dist/extension.js', 'dist/server.js', 'dist/documents.js', 'dist/import.js', 'dist/exceljs.js', 'dist/pinyin.js', 'dist/resvg.wasm', 'package.json', 'package.nls.json', 'package.nls.zh-cn.json', 'syntaxes/poc-yaml.tmLanguage.json', 'schemas/poc.schema.json', 'media/walkthrough/openFolder.svg', 'README.md', 'LICENSE']) {
      assert.ok(files.includes(f), `${f} is packaged`);
    }
    assert.ok(!files.some((f) => /^(node_modules|out|test|server|client|\.cache|examples)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts')), files.join(', '));
  });
});
