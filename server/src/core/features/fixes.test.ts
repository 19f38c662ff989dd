/**
 * Golden tests of the quick fixes: test/fixtures/fixes/<rule-id>/<case>.before.yaml is checked
 * with the real rules, the quick fix titled as <case>.json says is applied to the diagnostic of
 * that rule, and the result must equal <case>.after.yaml byte for byte (comments, quoting, blank
 * lines and line endings included). The diagnostic must then be gone, and the fix must not have
 * broken the YAML or added schema errors.
 *
 * <case>.json (all optional):
 *   file        name the before file gets in the workspace (default: <case>.<its kind:>.yaml)
 *   rule        the diagnostic's rule (default: the folder)
 *   title       the action's title in `locale` (default: the only quick fix that is not a disable comment)
 *   titleZh     the same action's zh-CN title (checked to carry the same edits), when locale is en
 *   locale      "en" (default) or "zh-CN"
 *   today       YYYY-MM-DD (default 2026-12-10)
 *   match       the text the diagnostic covers, when the rule reports several
 *   extraFiles  { "<workspace name>": "<fixture file in the folder>" or the file's text } other files of the workspace
 *   afterFiles  { "<workspace name>": "<fixture file>" } expected text of other files the fix edits
 *   createdFiles { "<file name>": "<fixture file>" } expected new files (createFiles)
 *   stillReported  true when the fix deliberately leaves placeholders the rule still reports
 *
 * After an intended change of a fix: UPDATE_GOLDEN=1 writes what the fixes now produce into the
 * .after.yaml files (and the afterFiles / createdFiles fixtures); then read the diff.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspaceOf } from '../testing';
import { baseName } from '../artifact';
import { codeActions } from './code-actions';
import { applyEdits } from './edits';
import type { CodeActionEntry } from './types';
import type { Locale } from '../types';

const FIXTURES = path.resolve(__dirname, '../../../../../test/fixtures/fixes');

interface CaseSpec {
  file?: string;
  rule?: string;
  title?: string;
  titleZh?: string;
  locale?: Locale;
  today?: string;
  match?: string;
  extraFiles?: Record<string, string>;
  afterFiles?: Record<string, string>;
  createdFiles?: Record<string, string>;
  stillReported?: boolean;
}

const read = (dir: string, name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
/** A golden file's text; with UPDATE_GOLDEN=1 it is first rewritten with `actual`. */
const golden = (dir: string, name: string, actual: string) => {
  if (process.env.UPDATE_GOLDEN) fs.writeFileSync(path.join(dir, name), actual);
  return read(dir, name);
};
const uriOf = (name: string) => `file:///ws/${name}`;

function isDisable(a: CodeActionEntry): boolean {
  return a.edits.length === 1 && a.edits[0].newText.includes('poc-studio-disable-next-line');
}

function runCase(dir: string, ruleDir: string, name: string): void {
  const before = read(dir, `${name}.before.yaml`);
  const spec: CaseSpec = fs.existsSync(path.join(dir, `${name}.json`)) ? JSON.parse(read(dir, `${name}.json`)) : {};
  const kind = /^kind:\s*(\w+)/m.exec(before)?.[1];
  const fileName = spec.file ?? `${name}.${kind}.yaml`;
  const rule = spec.rule ?? ruleDir;
  const locale = spec.locale ?? 'en';
  const files: Record<string, string> = { [fileName]: before };
  for (const [wsName, v] of Object.entries(spec.extraFiles ?? {})) {
    files[wsName] = !/[\r\n]/.test(v) && fs.existsSync(path.join(dir, v)) ? read(dir, v) : v;
  }
  const opts = { today: spec.today, locale };
  const ws = workspaceOf(files, opts);
  const uri = uriOf(fileName);
  const file = ws.get(uri);
  assert.ok(file, `${fileName} is not an artifact file name`);

  const all = ws.check(uri);
  const ofRule = all.filter((d) => d.rule === rule && (spec.match === undefined || before.slice(d.span.start, d.span.end) === spec.match));
  assert.ok(ofRule.length > 0, `no ${rule} diagnostic${spec.match ? ` on '${spec.match}'` : ''}; got: ${all.map((d) => d.rule).join(', ')}`);
  const diag = ofRule[0];
  const ref = { rule: diag.rule, span: diag.span, message: diag.message, data: diag.data };

  const actions = codeActions({ ws, file, locale }, [ref], diag.span);
  const titles = actions.map((a) => a.title);
  const chosen = spec.title !== undefined ? actions.filter((a) => a.title === spec.title) : actions.filter((a) => !isDisable(a));
  assert.equal(chosen.length, 1, `expected one action ${spec.title ? `'${spec.title}'` : 'besides the disable comment'}; offered: ${JSON.stringify(titles)}`);
  const action = chosen[0];
  assert.equal(action.kind, 'quickfix');
  assert.equal(action.rule, rule);

  if (spec.titleZh) {
    const zhFile = workspaceOf(files, { ...opts, locale: 'zh-CN' });
    const zh = codeActions({ ws: zhFile, file: zhFile.get(uri)!, locale: 'zh-CN' }, [ref], diag.span).find((a) => a.title === spec.titleZh);
    assert.ok(zh, `no zh-CN action '${spec.titleZh}'`);
    // Same places; the same text unless the fix writes a placeholder (待填写 / TBD).
    assert.deepEqual(zh.edits.map((e) => [e.uri, e.span]), action.edits.map((e) => [e.uri, e.span]));
    if (!/TBD|reason to fill in/.test(JSON.stringify(action.edits))) assert.deepEqual(zh.edits, action.edits);
  }

  // Apply the edits file by file and compare with the golden files.
  const byUri = new Map<string, typeof action.edits>();
  for (const e of action.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
  const afterFiles: Record<string, string> = { ...files };
  for (const [u, edits] of byUri) {
    const wsName = Object.keys(files).find((n) => uriOf(n) === u);
    assert.ok(wsName, `edit of a file outside the workspace: ${u}`);
    afterFiles[wsName] = applyEdits(files[wsName], edits);
  }
  const expected = golden(dir, `${name}.after.yaml`, afterFiles[fileName]);
  assert.equal(afterFiles[fileName], expected, `${ruleDir}/${name}: the fixed text differs from ${name}.after.yaml (UPDATE_GOLDEN=1 to accept)`);
  for (const n of Object.keys(files)) {
    if (n === fileName) continue;
    const other = spec.afterFiles?.[n];
    if (other) assert.equal(afterFiles[n], golden(dir, other, afterFiles[n]), `${n} differs from ${other} (UPDATE_GOLDEN=1 to accept)`);
    else assert.equal(afterFiles[n], files[n], `${n} was edited but the case has no afterFiles entry for it`);
  }
  const created = action.createFiles ?? [];
  assert.deepEqual(created.map((c) => baseName(c.uri)).sort(), Object.keys(spec.createdFiles ?? {}).sort(), 'created files');
  for (const c of created) {
    const n = baseName(c.uri);
    assert.equal(c.text, golden(dir, spec.createdFiles![n], c.text), `${n} differs from ${spec.createdFiles![n]} (UPDATE_GOLDEN=1 to accept)`);
    assert.ok(!(n in files), 'a created file must not overwrite one of the workspace');
    assert.equal(c.uri.slice(0, c.uri.lastIndexOf('/') + 1), uri.slice(0, uri.lastIndexOf('/') + 1), 'created beside the file');
    afterFiles[n] = c.text;
  }

  // The diagnostic is gone, and the fix broke nothing.
  const ws2 = workspaceOf(afterFiles, opts);
  const after = ws2.check(uri);
  const count = (list: typeof all, r: string, msg?: string) => list.filter((d) => d.rule === r && (msg === undefined || d.message === msg)).length;
  if (spec.stillReported) assert.equal(count(after, rule), count(all, rule), 'the placeholders are still reported');
  else assert.ok(count(after, rule, diag.message) < count(all, rule, diag.message), `the ${rule} diagnostic is still there: ${diag.message}`);
  for (const n of Object.keys(afterFiles)) {
    const d2 = ws2.check(uriOf(n));
    assert.deepEqual(d2.filter((d) => d.rule === 'yaml-syntax').map((d) => d.message), [], `${n} is no longer valid YAML`);
    const d1 = n in files ? ws.check(uriOf(n)) : [];
    assert.ok(count(d2, 'schema') <= count(d1, 'schema'), `${n}: the fix added schema errors: ${d2.filter((d) => d.rule === 'schema').map((d) => d.message).join(' | ')}`);
  }
}

describe('quick fixes (golden files in test/fixtures/fixes)', () => {
  const rules = fs.existsSync(FIXTURES) ? fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory()).sort() : [];

  it('has golden cases', () => {
    assert.ok(rules.length >= 10, `fixture folders found: ${rules.join(', ')}`);
  });

  for (const ruleDir of rules) {
    describe(ruleDir, () => {
      const dir = path.join(FIXTURES, ruleDir);
      const cases = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.before.yaml'))
        .map((f) => f.slice(0, -'.before.yaml'.length))
        .sort();
      for (const name of cases) it(name, () => runCase(dir, ruleDir, name));
    });
  }
});
