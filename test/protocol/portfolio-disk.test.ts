/**
 * The portfolio against a changing disk: a whole checkout's worth of files changed at once (every
 * plan of two customers' folders rewritten, some deleted, some new, in one didChangeWatchedFiles)
 * and a folder that is gone when it is read. No crash, and the final diagnostics equal those of a
 * server started fresh on the same files.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { rng } from '../../server/src/core/testing';
import { TestClient, type LspDiagnostic } from './lsp-client';

const FILES_PER_FOLDER = 300;
// 24 engineers over 600 plans: each is on about 40 plans of both customers, some weeks over-booked.
const SURNAMES = [...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张'];
const PEOPLE = SURNAMES.map((_, i) => `e${i + 1}`);
const NAMES: Record<string, string> = Object.fromEntries(PEOPLE.map((p, i) => [p, `${SURNAMES[i]}工`]));

/** A plan of a few tasks of two people, dates drawn from `random` (seeded). */
function plan(id: string, random: () => number): string {
  const a = PEOPLE[Math.floor(random() * PEOPLE.length)];
  const b = PEOPLE[Math.floor(random() * PEOPLE.length)];
  const day = (n: number) => `2027-0${1 + Math.floor(n / 28)}-${String(1 + (n % 28)).padStart(2, '0')}`;
  const L = [`id: ${id}`, `title: 项目 ${id}`, 'team:', `  - { id: ${a}, name: ${NAMES[a]} }`];
  if (b !== a) L.push(`  - { id: ${b}, name: ${NAMES[b]} }`);
  L.push('tasks:');
  for (let i = 1; i <= 3; i++) {
    const owner = i % 2 ? a : b;
    L.push(`  - { id: T${i}, name: 任务${i}, owner: ${owner}, start: ${day(Math.floor(random() * 80))}, duration: ${1 + Math.floor(random() * 5)}d, allocation: ${[50, 100][Math.floor(random() * 2)]} }`);
  }
  return L.join('\n') + '\n';
}

const strip = (d: LspDiagnostic[] | undefined) => (d ?? []).map((x) => `${x.code}:${x.range.start.line}:${x.message}`).sort();
const settle = () => new Promise((r) => setTimeout(r, 500));

describe('language server: the portfolio against a changing disk', function () {
  this.timeout(180000);
  let root: string;
  let folders: string[];
  let client: TestClient | undefined;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-checkout-'));
    folders = ['bank', 'broker'].map((n) => path.join(root, n));
    const random = rng(17);
    for (const f of folders) {
      fs.mkdirSync(f);
      for (let i = 0; i < FILES_PER_FOLDER; i++) fs.writeFileSync(path.join(f, `p${i}.project.yaml`), plan(`${path.basename(f)}-${i}`, random));
    }
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it(`${2 * FILES_PER_FOLDER} plans of two folders rewritten, deleted and added at once: the end state equals a fresh start`, async () => {
    client = await TestClient.start({ folders, settings: { today: '2027-01-01' } });
    const probe = pathToFileURL(path.join(folders[0], 'p0.project.yaml')).href;
    await client.waitFor(probe, () => true, 60000);
    await client.quiet();
    // A `git checkout`: every file changes, one in ten is deleted, fifty are new.
    const random = rng(99);
    const changes: { uri: string; type: 1 | 2 | 3 }[] = [];
    for (const f of folders) {
      for (let i = 0; i < FILES_PER_FOLDER; i++) {
        const file = path.join(f, `p${i}.project.yaml`);
        const uri = pathToFileURL(file).href;
        if (i % 10 === 3) {
          fs.rmSync(file);
          changes.push({ uri, type: 3 });
        } else {
          fs.writeFileSync(file, plan(`${path.basename(f)}-${i}`, random));
          changes.push({ uri, type: 2 });
        }
      }
      for (let i = 0; i < 25; i++) {
        const file = path.join(f, `new${i}.project.yaml`);
        fs.writeFileSync(file, plan(`${path.basename(f)}-new-${i}`, random));
        changes.push({ uri: pathToFileURL(file).href, type: 1 });
      }
    }
    await client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes });
    const added = pathToFileURL(path.join(folders[1], 'new24.project.yaml')).href;
    await client.waitFor(added, () => true, 60000);
    await client.quiet();
    const seen = new Map<string, string[]>();
    for (const [uri, d] of client.diagnostics) if (d.length) seen.set(uri, strip(d));
    await client.stop();

    client = await TestClient.start({ folders, settings: { today: '2027-01-01' } });
    await client.waitFor(added, () => true, 60000);
    await client.quiet();
    const fresh = new Map<string, string[]>();
    for (const [uri, d] of client.diagnostics) if (d.length) fresh.set(uri, strip(d));
    assert.ok(fresh.size > 20, `the generated plans have findings (${fresh.size} files)`);
    assert.ok([...fresh.values()].some((d) => d.some((x) => x.startsWith('over-allocated:'))), 'some engineer is over-allocated');
    assert.deepStrictEqual([...seen.entries()].sort(), [...fresh.entries()].sort());
  });

  it('a folder that is gone when it is read, and one removed right after it is added: no crash', async () => {
    const gone = path.join(root, 'gone');
    client = await TestClient.start({ folders: [...folders, gone], settings: { today: '2027-01-01' } });
    const probe = pathToFileURL(path.join(folders[0], 'p0.project.yaml')).href;
    await client.waitFor(probe, () => true, 60000);
    const late = path.join(root, 'late');
    fs.mkdirSync(late);
    for (let i = 0; i < 50; i++) fs.writeFileSync(path.join(late, `l${i}.project.yaml`), plan(`late-${i}`, rng(i)));
    await client.foldersChanged([late], []);
    fs.rmSync(late, { recursive: true, force: true });
    await settle();
    await client.foldersChanged([], [late]);
    await client.quiet();
    // The server still answers, and the rest of the portfolio is checked as before.
    const symbols = await client.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: probe } });
    assert.ok(Array.isArray(symbols));
    for (const [uri, d] of client.diagnostics) if (uri.includes('/late/')) assert.deepStrictEqual(d, [], uri);
    assert.strictEqual(client.exited, false);
  });
});
