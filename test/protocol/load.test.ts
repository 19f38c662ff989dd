/**
 * pocStudio/teamLoad on the real server over JSON-RPC: the example folder's load (today
 * 2027-01-27: the window starts on Monday 2027-01-25, zhao over with P5 and P6, the tasks' ranges
 * at their entries), paging by `from`, and two workspace folders merged by person id.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, startOnExamples, stopOnExamples, REPO } from './lsp-client';
import { TeamLoadRequest } from '../../server/src/protocol';

describe('pocStudio/teamLoad over JSON-RPC', function () {
  this.timeout(30000);

  describe('on the examples', () => {
    let dir: string;
    let client: TestClient;
    before(async () => {
      ({ dir, client } = await startOnExamples('poc-studio-load-', 'bank-log.project.yaml'));
    });
    after(() => stopOnExamples({ dir, client }));

    it('gives 8 weeks from today’s week, zhao over in 2027-W04 (P5 all week as forecast on the 27th, P6 three days: 160%) with their entries', async () => {
      const r = await client.ok(TeamLoadRequest, { uri: pathToFileURL(path.join(dir, 'bank-log.project.yaml')).href });
      assert.strictEqual(r.locale, 'zh-CN');
      assert.strictEqual(r.load.from, '2027-01-25');
      assert.deepStrictEqual(r.load.weeks.map((w) => w.label), ['2027-W04', '2027-W05', '2027-W06', '2027-W07', '2027-W08', '2027-W09', '2027-W10', '2027-W11']);
      assert.deepStrictEqual(r.load.people.map((p) => p.id), ['li', 'sun', 'wang', 'zhang', 'zhao']);
      const zhao = r.load.people.findIndex((p) => p.id === 'zhao');
      const cell = r.load.cells[zhao * 8];
      assert.deepStrictEqual([cell.person, cell.loadPercent, cell.state], ['zhao', 160, 'over']);
      assert.deepStrictEqual(cell.tasks.map((t) => `${t.plan}/${t.id}`), ['bank-log-impl/P5', 'bank-log-impl/P6']);
      const text = fs.readFileSync(path.join(dir, 'bank-log.project.yaml'), 'utf8').split('\n');
      for (const t of cell.tasks) assert.match(text[t.range.start.line], new RegExp(`id: ${t.id},`));
      assert.deepStrictEqual(r.load.people[zhao].customers, ['某银行']);
    });

    it('pages by `from` and `weeks`', async () => {
      const r = await client.ok(TeamLoadRequest, { from: '2027-01-13', weeks: 2 });
      assert.deepStrictEqual([r.load.from, r.load.previous, r.load.next, r.load.weeks.length], ['2027-01-11', '2026-12-28', '2027-01-25', 2]);
      assert.strictEqual(r.load.cells.length, r.load.people.length * 2);
    });
  });

  it('merges the people of several workspace folders by id', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-load-folders-'));
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    fs.mkdirSync(a);
    fs.mkdirSync(b);
    fs.copyFileSync(path.join(REPO, 'test/fixtures/load/a.project.yaml'), path.join(a, 'a.project.yaml'));
    fs.copyFileSync(path.join(REPO, 'test/fixtures/load/b.project.yaml'), path.join(b, 'b.project.yaml'));
    const client = await TestClient.start({ folders: [a, b], locale: 'zh-CN', settings: { today: '2027-02-20' } });
    try {
      await client.waitFor(pathToFileURL(path.join(b, 'b.project.yaml')).href, () => true);
      const r = await client.ok(TeamLoadRequest, { uri: pathToFileURL(path.join(a, 'a.project.yaml')).href, from: '2027-03-01', weeks: 2 });
      assert.deepStrictEqual(r.load.people.map((p) => p.id), ['qian', 'sun', 'zhao']);
      assert.deepStrictEqual(r.load.cells.map((c) => `${c.person}:${c.loadPercent}:${c.state}`), ['qian:100:busy', 'qian:40:over', 'sun:0:free', 'sun:0:free', 'zhao:60:busy', 'zhao:138:over']);
      // A task of the other folder carries its place in its own file (not line 0 of nothing).
      const texts = new Map([a, b].map((d) => [pathToFileURL(path.join(d, `${path.basename(d)}.project.yaml`)).href, fs.readFileSync(path.join(d, `${path.basename(d)}.project.yaml`), 'utf8').split('\n')]));
      const tasks = r.load.cells.flatMap((c) => c.tasks);
      assert.ok(tasks.some((t) => t.uri.endsWith('/b/b.project.yaml')), 'a task of folder b');
      for (const t of tasks) assert.match(texts.get(t.uri)![t.range.start.line], new RegExp(`id: ${t.id}\\b`), t.uri);
    } finally {
      await client.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
