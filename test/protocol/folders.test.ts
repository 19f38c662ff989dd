/**
 * Workspace folders over JSON-RPC: a file belongs to exactly one place. With a folder and its
 * subfolder both open, a file of the subfolder is checked in the subfolder's workspace only (never
 * also in the outer one, where the last publish would win, and its bookings counted once); adding
 * or removing the inner folder moves its files. Cross-file findings carry relatedInformation pointing into the other file.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from './lsp-client';

// zhao on A1 (Wed 6 – Fri 8 Jan 2027) in the outer plan and on B1 (Mon 4 – Fri 8) in the inner one:
// one conflict, reported at A1 (it starts later) and, for the other plan, at B1.
const A = 'id: plan-a\ntitle: 甲项目\nteam: [ { id: zhao, name: 赵六 } ]\ntasks:\n  - { id: A1, name: 部署, owner: zhao, start: 2027-01-06, end: 2027-01-08 }\n';
const B = 'id: plan-b\ntitle: 乙项目\nteam: [ { id: zhao, name: 赵六 } ]\ntasks:\n  - { id: B1, name: 培训, owner: zhao, start: 2027-01-04, end: 2027-01-08 }\n';

const settle = () => new Promise((r) => setTimeout(r, 400));
const over = (d: { code?: unknown }[] | undefined) => (d ?? []).filter((x) => x.code === 'over-allocated');

describe('language server: nested workspace folders', function () {
  this.timeout(30000);
  let dir: string;
  let sub: string;
  let a: string;
  let b: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-folders-'));
    sub = path.join(dir, 'sub');
    fs.mkdirSync(sub);
    fs.writeFileSync(path.join(dir, 'a.project.yaml'), A);
    fs.writeFileSync(path.join(sub, 'b.project.yaml'), B);
    a = pathToFileURL(path.join(dir, 'a.project.yaml')).href;
    b = pathToFileURL(path.join(sub, 'b.project.yaml')).href;
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('one folder: the finding is at each plan’s task, with the other task as relatedInformation', async () => {
    client = await TestClient.start({ folder: dir, settings: { today: '2027-01-01' } });
    const d = await client.waitFor(a, (x) => over(x).length === 1);
    const [info] = over(d) as { relatedInformation?: { location: { uri: string; range: { start: { line: number } } }; message: string }[] }[];
    assert.deepStrictEqual(
      info.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]),
      [[b, 4, 'B1 (培训) in 乙项目, 100%, overloaded on 2027-01-06..2027-01-08']],
    );
    // The other plan is told too, at its own task, pointing at A1.
    const db = await client.waitFor(b, (x) => over(x).length === 1);
    const [other] = over(db) as { relatedInformation?: { location: { uri: string } }[] }[];
    assert.deepStrictEqual(other.relatedInformation?.map((r) => r.location.uri), [a]);
  });

  it('a folder and its subfolder both open: each file is checked in its innermost folder only', async () => {
    client = await TestClient.start({ folders: [dir, sub], settings: { today: '2027-01-01' } });
    await client.waitFor(a, () => true);
    await client.waitFor(b, () => true);
    // The plans are in two workspaces of one portfolio: the shared person is over-allocated once, at A1.
    await client.waitFor(a, (x) => over(x).length === 1);
    await client.waitFor(b, (x) => over(x).length === 1);
    await settle();
    assert.strictEqual(over(client.diagnostics.get(a)).length, 1);
    assert.strictEqual(over(client.diagnostics.get(b)).length, 1);

    // Removing the inner folder gives its file back to the outer one: the same single finding …
    await client.foldersChanged([], [sub]);
    await settle();
    await client.waitFor(a, (x) => over(x).length === 1);
    // … and adding it again takes it away from the outer folder, still one portfolio.
    await client.foldersChanged([sub], []);
    await settle();
    await client.waitFor(a, (x) => over(x).length === 1);
    await client.waitFor(b, (x) => over(x).length === 1);
  });
});
