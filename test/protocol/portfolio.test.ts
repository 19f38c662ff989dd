/**
 * The portfolio over JSON-RPC (DOMAIN.md "Portfolio"): two customers' folders open side by side (a
 * multi-root workspace) are one body of people. A booking in folder B makes folder A's engineer
 * over-allocated, editing B clears it in A; adding and removing folder B at run time adds and
 * removes its bookings; a file deleted from disk in B counts no more; customer-scoped rules still
 * look at each customer's own folder. Whatever the route, the final diagnostics equal a fresh start.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, type LspDiagnostic } from './lsp-client';

// zhao on A1 (Wed 6 – Fri 8 Jan 2027) for customer A and on B1 (Mon 4 – Fri 8) for customer B: the
// conflict is reported in both folders, at A1 naming B1 of 乙证券项目 and at B1 naming A1.
const A = 'id: plan-a\ntitle: 甲银行项目\nteam: [ { id: zhao, name: 赵六 } ]\ntasks:\n  - { id: A1, name: 部署, owner: zhao, start: 2027-01-06, end: 2027-01-08 }\n';
const B = 'id: plan-b\ntitle: 乙证券项目\nteam: [ { id: zhao, name: 赵六 } ]\ntasks:\n  - { id: B1, name: 培训, owner: zhao, start: 2027-01-04, end: 2027-01-08 }\n';
const B_LATER = B.replace('start: 2027-01-04, end: 2027-01-08', 'start: 2027-01-11, end: 2027-01-15');
const STAKEHOLDERS_B = 'stakeholders:\n  - { id: wang, name: 王总, roles: [decision-maker] }\n';
const STAKEHOLDERS_A = 'stakeholders:\n  - { id: li, name: 李处, roles: [champion] }\n';

const settle = () => new Promise((r) => setTimeout(r, 400));
const rule = (d: LspDiagnostic[] | undefined, id: string) => (d ?? []).filter((x) => x.code === id);
const strip = (d: LspDiagnostic[] | undefined) => (d ?? []).map((x) => [x.code, x.range.start.line, x.message]).sort();

describe('language server: a multi-root workspace is one portfolio', function () {
  this.timeout(40000);
  let root: string;
  let dirA: string;
  let dirB: string;
  let a: string;
  let b: string;
  let client: TestClient | undefined;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-portfolio-'));
    dirA = path.join(root, 'bank');
    dirB = path.join(root, 'broker');
    fs.mkdirSync(dirA);
    fs.mkdirSync(dirB);
    fs.writeFileSync(path.join(dirA, 'a.project.yaml'), A);
    fs.writeFileSync(path.join(dirA, 'a.stakeholders.yaml'), STAKEHOLDERS_A);
    fs.writeFileSync(path.join(dirB, 'b.project.yaml'), B);
    fs.writeFileSync(path.join(dirB, 'b.stakeholders.yaml'), STAKEHOLDERS_B);
    a = pathToFileURL(path.join(dirA, 'a.project.yaml')).href;
    b = pathToFileURL(path.join(dirB, 'b.project.yaml')).href;
  });

  afterEach(async () => {
    await client?.stop();
    client = undefined;
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('a booking in folder B over-allocates A’s engineer; editing B clears it in A', async () => {
    client = await TestClient.start({ folders: [dirA, dirB], settings: { today: '2027-01-01' } });
    const d = await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 1);
    const [over] = rule(d, 'over-allocated') as (LspDiagnostic & { relatedInformation?: { location: { uri: string } }[] })[];
    assert.match(over.message, /A1 \(部署\) overlaps B1 \(培训\) in 乙证券项目/);
    assert.deepStrictEqual(over.relatedInformation?.map((r) => r.location.uri), [b]);
    // Customer scope: B's decision maker does not count for A's stakeholders (each folder alone).
    const sa = pathToFileURL(path.join(dirA, 'a.stakeholders.yaml')).href;
    await client.waitFor(sa, (x) => rule(x, 'no-decision-maker').length === 1);

    await client.open(b, B);
    await client.change(b, B_LATER);
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 0);
    await client.change(b, B);
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 1);
  });

  it('adding folder B at run time adds its bookings; removing it takes them away and clears its files', async () => {
    client = await TestClient.start({ folders: [dirA], settings: { today: '2027-01-01' } });
    await client.waitFor(a, () => true);
    await settle();
    assert.deepStrictEqual(rule(client.diagnostics.get(a), 'over-allocated'), []);
    await client.foldersChanged([dirB], []);
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 1);
    await client.waitFor(b, () => true);
    await client.foldersChanged([], [dirB]);
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 0);
    await client.waitFor(b, (x) => x.length === 0);
  });

  it('a plan deleted from disk in B counts no more in A; the end state equals a fresh start', async () => {
    client = await TestClient.start({ folders: [dirA, dirB], settings: { today: '2027-01-01' } });
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 1);
    fs.rmSync(path.join(dirB, 'b.project.yaml'));
    await client.fileChanged(b, 3);
    await client.waitFor(a, (x) => rule(x, 'over-allocated').length === 0);
    await settle();
    const after = strip(client.diagnostics.get(a));
    await client.stop();
    client = await TestClient.start({ folders: [dirA, dirB], settings: { today: '2027-01-01' } });
    await client.waitFor(a, () => true);
    await settle();
    assert.deepStrictEqual(after, strip(client.diagnostics.get(a)));
  });
});
