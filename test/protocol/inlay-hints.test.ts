/**
 * Inlay hints over JSON-RPC: the server advertises them, answers the computed dates of the tasks in
 * the requested range (China's calendar: 跨国庆节), and follows an edit.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient } from './lsp-client';

const PLAN = [
  'kind: project',
  'id: p',
  'title: 国庆前后',
  'start: 2026-09-29',
  'calendar: { region: CN }',
  'tasks:',
  '  - { id: A, name: 联调, duration: 3d }',
  '  - { id: B, name: 验收, dependsOn: [A], duration: 1d }',
  '',
].join('\n');

describe('language server: inlay hints', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-hints-'));
    fs.writeFileSync(path.join(dir, 'p.project.yaml'), PLAN);
    client = await TestClient.start({ folder: dir, settings: { today: '2026-09-01' }, locale: 'zh-CN' });
  });
  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows each task’s computed dates after its duration, and follows an edit', async () => {
    const uri = pathToFileURL(path.join(dir, 'p.project.yaml')).href;
    await client.open(uri, PLAN);
    await client.waitForCurrent(uri);
    type Hint = { position: { line: number; character: number }; label: string };
    const ask = () => client.request<Hint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } } });
    assert.deepStrictEqual((await ask()).map((h) => [h.position.line, h.label]), [
      [6, '→ 09-29 – 10-08（跨国庆节）'],
      [7, '→ 10-09'],
    ]);
    await client.change(uri, PLAN.replace('duration: 3d', 'duration: 1d'));
    await client.waitForCurrent(uri);
    assert.deepStrictEqual((await ask()).map((h) => h.label), ['→ 09-29', '→ 09-30']);
  });
});
