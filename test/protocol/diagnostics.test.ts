/**
 * The real language server process over JSON-RPC: workspace scan at start, diagnostics as
 * documents change, dependents re-validated across files, disk changes, settings, locale, and
 * bad input that must never take the server down.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, REPO, at, codes } from './lsp-client';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'protocol');

function copyFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-protocol-'));
  for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
  return dir;
}

describe('language server over JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  let poc: string;
  let people: string;

  beforeEach(async () => {
    dir = copyFixture();
    poc = pathToFileURL(path.join(dir, 'bank.poc.yaml')).href;
    people = pathToFileURL(path.join(dir, 'people.stakeholders.yaml')).href;
    client = await TestClient.start({ folder: dir, settings: { today: '2026-12-10' } });
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('checks every artifact file of the folder at start, and leaves other YAML alone', async () => {
    const d = await client.waitFor(poc, (x) => x.length > 0);
    assert.ok(d.every((x) => x.source === 'POC Studio' && typeof x.code === 'string'));
    await client.waitFor(people, () => true);
    assert.ok(!client.diagnostics.has(pathToFileURL(path.join(dir, 'notes.yaml')).href), 'notes.yaml must not be checked');
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'registers a file watcher');
  });

  it('publishes diagnostics for an opened document as it changes', async () => {
    const text = fs.readFileSync(path.join(dir, 'bank.poc.yaml'), 'utf8');
    await client.open(poc, text);
    await client.waitFor(poc, (d) => !d.some((x) => x.code === 'unknown-ref'));
    // Introduce a dependency on a task that does not exist: an error on exactly that line.
    const broken = text.replace('dependsOn: [T1]', 'dependsOn: [T9]');
    await client.change(poc, broken);
    const d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'unknown-ref'));
    const line = broken.split('\n').findIndex((l) => l.includes('dependsOn: [T9]'));
    const ref = d.find((x) => x.code === 'unknown-ref')!;
    assert.strictEqual(ref.range.start.line, line);
    assert.strictEqual(ref.severity, 1);
    assert.strictEqual(broken.split('\n')[line].slice(ref.range.start.character, ref.range.end.character), 'T9');
    // Fix it again: the diagnostic goes away.
    await client.change(poc, text);
    await client.waitFor(poc, (x) => !x.some((y) => y.code === 'unknown-ref'));
  });

  it('re-validates dependent files when a stakeholder id is renamed in an open document', async () => {
    await client.waitFor(poc, (d) => !d.some((x) => x.code === 'unknown-ref'));
    const text = fs.readFileSync(path.join(dir, 'people.stakeholders.yaml'), 'utf8');
    await client.open(people, text);
    await client.change(people, text.replace('id: cio-liu', 'id: cio-wang'));
    const d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'unknown-ref'));
    assert.deepStrictEqual(at(d, 'unknown-ref'), [29], 'the audience reference (line 29) fails at once');
    await client.change(people, text);
    await client.waitFor(poc, (x) => !x.some((y) => y.code === 'unknown-ref'));
  });

  it('follows changes on disk (files not open in the editor)', async () => {
    await client.waitFor(poc, (d) => !d.some((x) => x.code === 'unknown-ref'));
    const file = path.join(dir, 'people.stakeholders.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('id: cio-liu', 'id: cio-zhou'));
    await client.fileChanged(people, 2);
    await client.waitFor(poc, (x) => x.some((y) => y.code === 'unknown-ref'));
    fs.unlinkSync(file);
    await client.fileChanged(people, 3);
    const gone = await client.waitFor(people, (x) => x.length === 0);
    assert.deepStrictEqual(gone, []);
    // A new file on disk is picked up.
    const added = path.join(dir, 'new.stakeholders.yaml');
    fs.writeFileSync(added, 'stakeholders:\n  - { id: cio-liu, name: 刘总, roles: [decision-maker] }\n');
    await client.fileChanged(pathToFileURL(added).href, 1);
    await client.waitFor(poc, (x) => !x.some((y) => y.code === 'unknown-ref'));
  });

  it('speaks Chinese when the client locale is zh-CN', async () => {
    await client.stop();
    client = await TestClient.start({ folder: dir, locale: 'zh-CN', settings: { today: '2026-12-10' } });
    await client.open(poc, 'kind: project\nid: bank-log-poc\ntitle: 某银行\n');
    const d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'kind-mismatch'));
    assert.match(d.find((x) => x.code === 'kind-mismatch')!.message, /不一致/);
  });

  it('applies rule severity settings and turns rules off', async () => {
    await client.open(poc, 'kind: project\nid: bank-log-poc\ntitle: t\n');
    let d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'kind-mismatch'));
    assert.strictEqual(d.find((x) => x.code === 'kind-mismatch')!.severity, 1);
    await client.configChanged({ today: '2026-12-10', rules: { 'kind-mismatch': 'hint' } });
    d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'kind-mismatch' && y.severity === 4));
    await client.configChanged({ today: '2026-12-10', rules: { 'kind-mismatch': 'off' } });
    d = await client.waitFor(poc, (x) => !x.some((y) => y.code === 'kind-mismatch'));
    assert.ok(!codes(d).includes('kind-mismatch'));
  });

  it('honours # poc-studio-disable-next-line', async () => {
    await client.open(poc, '# poc-studio-disable-next-line kind-mismatch\nkind: project\nid: bank-log-poc\ntitle: t\n');
    const d = await client.waitFor(poc, (x) => x.length > 0);
    assert.ok(!codes(d).includes('kind-mismatch'));
  });

  it('survives hostile input: syntax errors, binary text, alias bombs, deep nesting, huge lines', async function () {
    this.timeout(60000);
    await client.open(poc, 'kind: poc\nid: bank-log-poc\ntitle: "unterminated\n');
    let d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'yaml-syntax'));
    assert.strictEqual(d.filter((x) => x.code === 'yaml-syntax').length, 1);
    // The rest of the workspace is still checked.
    await client.waitFor(people, () => true);

    await client.change(poc, 'id: a\u0000\u0001binary\n');
    d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'file-unreadable'));

    let bomb = 'id: a\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 15; i++) bomb += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    await client.change(poc, bomb);
    d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'yaml-syntax' && /alias/i.test(y.message)));

    await client.change(poc, 'id: a\nx: ' + '['.repeat(20000) + ']'.repeat(20000) + '\n');
    await client.waitFor(poc, (x) => x.some((y) => y.code === 'yaml-syntax'));

    await client.change(poc, 'id: a\ntitle: t\nnotes: "' + 'x'.repeat(20 * 1024 * 1024) + '"\n');
    d = await client.waitFor(poc, (x) => x.some((y) => y.code === 'file-unreadable'), 30000);
    assert.deepStrictEqual(codes(d), ['file-unreadable']);

    await client.change(poc, 'id: a\ntitle: ' + '长'.repeat(200000) + '\n');
    await client.waitFor(poc, (x) => !x.some((y) => y.code === 'yaml-syntax'));

    // Still alive and answering.
    assert.strictEqual(client.exited, false);
    await client.change(poc, 'kind: project\nid: a\n');
    await client.waitFor(poc, (x) => x.some((y) => y.code === 'kind-mismatch'));
  });
});

describe('language server start-up', function () {
  this.timeout(30000);

  it('does not check a document opened before the folder is read without its neighbours', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-startup-'));
    fs.cpSync(path.join(REPO, 'examples'), dir, { recursive: true });
    const poc = pathToFileURL(path.join(dir, 'bank-log.poc.yaml')).href;
    const client = await TestClient.start({ folder: dir, settings: { today: '2027-01-27' } });
    try {
      // Opened at once, as an editor restoring its tabs does: cio-liu and sec-zhou are defined in
      // bank.stakeholders.yaml, which the server has not read yet.
      await client.open(poc, fs.readFileSync(path.join(dir, 'bank-log.poc.yaml'), 'utf8'));
      const first = await client.waitForCurrent(poc, 20000);
      assert.deepStrictEqual(
        first.filter((d) => d.code === 'unknown-ref' || d.code === 'no-decision-maker').map((d) => d.message),
        [],
        'the first diagnostics already see the other files of the folder',
      );
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
