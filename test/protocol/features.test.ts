/**
 * Editing features through the real server process over JSON-RPC: completion, hover, definition,
 * references, rename, symbols, code lenses and quick fixes on files in flow and block style with
 * Chinese text — and no request ever fails on broken text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { TestClient, REPO } from './lsp-client';

const FIXTURE = path.join(REPO, 'test', 'fixtures', 'editing');

interface Pos {
  line: number;
  character: number;
}
interface Range {
  start: Pos;
  end: Pos;
}
interface TextEdit {
  range: Range;
  newText: string;
}

/** The position just after the first occurrence of `marker` (or at its start with `at: 'start'`). */
function posOf(text: string, marker: string, at: 'start' | 'end' = 'end', nth = 0): Pos {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = text.indexOf(marker, i + 1);
  assert.ok(i >= 0, `marker ${marker} not found`);
  const offset = at === 'end' ? i + marker.length : i;
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: Pos) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits]
    .sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('editing features over JSON-RPC', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poc-studio-editing-'));
    for (const f of fs.readdirSync(FIXTURE)) fs.copyFileSync(path.join(FIXTURE, f), path.join(dir, f));
    client = await TestClient.start({ folder: dir, locale: 'zh-CN', settings: { today: '2026-12-02' } });
    await client.waitFor(uri('bank.poc.yaml'), () => true);
  });

  afterEach(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const open = async (f: string, text = read(f)) => {
    await client.open(uri(f), text);
    return text;
  };
  const completion = async (f: string, text: string, pos: Pos) => {
    const r = await client.request<{ items: { label: string; detail?: string; kind: number; textEdit: TextEdit; insertTextFormat?: number }[] }>('textDocument/completion', {
      textDocument: { uri: uri(f) },
      position: pos,
    });
    return r?.items ?? [];
  };

  describe('completion', () => {
    it('offers team members and stakeholders for owner (block style), replacing the partial word', async () => {
      const text = await open('bank.poc.yaml', read('bank.poc.yaml').replace('    owner: zhang\n', '    owner: zh\n'));
      const items = await completion('bank.poc.yaml', text, posOf(text, 'owner: zh'));
      const labels = items.map((i) => i.label);
      assert.ok(labels.includes('zhang') && labels.includes('zhao') && labels.includes('cio-liu'), labels.join(','));
      const zhang = items.find((i) => i.label === 'zhang')!;
      assert.match(zhang.detail ?? '', /张三/);
      const line = text.split('\n')[zhang.textEdit.range.start.line];
      assert.strictEqual(line.slice(zhang.textEdit.range.start.character, zhang.textEdit.range.end.character), 'zh');
    });

    it('offers tasks for dependsOn in flow style, never the task itself nor one that would make a cycle', async () => {
      const text = await open('bank.poc.yaml', read('bank.poc.yaml').replace('dependsOn: [T1], duration: 3d', 'dependsOn: [T1, ], duration: 3d'));
      const labels = (await completion('bank.poc.yaml', text, posOf(text, 'dependsOn: [T1, '))).map((i) => i.label);
      assert.ok(!labels.includes('T2'), 'not the task itself');
      assert.ok(!labels.includes('T3'), 'T3 depends on T2: a cycle');
      assert.ok(!labels.includes('T1'), 'already listed');
    });

    it('offers enum values with their Chinese meaning', async () => {
      const text = await open('bank.poc.yaml', read('bank.poc.yaml').replace('mode: remote', 'mode: '));
      const items = await completion('bank.poc.yaml', text, posOf(text, 'mode: '));
      const onsite = items.find((i) => i.label === 'onsite');
      assert.ok(onsite, items.map((i) => i.label).join(','));
      assert.match(onsite!.detail ?? '', /现场/);
    });

    it('offers the keys that are not written yet inside a flow mapping', async () => {
      const text = await open('bank.stakeholders.yaml', read('bank.stakeholders.yaml').replace('reportsTo: cio-liu }', 'reportsTo: cio-liu,  }'));
      const labels = (await completion('bank.stakeholders.yaml', text, posOf(text, 'reportsTo: cio-liu, '))).map((i) => i.label);
      assert.ok(labels.includes('strategy') && labels.includes('lastContact'), labels.join(','));
      assert.ok(!labels.includes('name') && !labels.includes('reportsTo'), 'written keys are not offered');
    });

    it('still answers for the part that parses when the document has a syntax error elsewhere', async () => {
      const broken = read('bank.poc.yaml').replace('    owner: zhang\n', '    owner: \n') + 'risks:\n  - { id: RK1, description: "unterminated\n';
      await open('bank.poc.yaml', broken);
      const labels = (await completion('bank.poc.yaml', broken, posOf(broken, '    owner: '))).map((i) => i.label);
      assert.ok(labels.includes('zhang'), labels.join(','));
    });
  });

  describe('hover', () => {
    const hover = async (f: string, pos: Pos) =>
      client.request<{ contents: { value: string }; range: Range } | null>('textDocument/hover', { textDocument: { uri: uri(f) }, position: pos });

    it('explains a field in Chinese', async () => {
      const text = await open('bank.poc.yaml');
      const h = await hover('bank.poc.yaml', posOf(text, 'durationMinutes', 'start'));
      assert.ok(h);
      assert.match(h!.contents.value, /分钟/);
    });

    it('shows the referenced person on a reference to another file', async () => {
      const text = await open('bank.poc.yaml');
      const h = await hover('bank.poc.yaml', posOf(text, 'audience: [cio', 'end'));
      assert.ok(h);
      assert.match(h!.contents.value, /刘总/);
      assert.match(h!.contents.value, /CIO/);
    });

    it("shows a task's computed dates, slack and whether it is critical", async () => {
      const text = await open('bank.poc.yaml');
      const h = await hover('bank.poc.yaml', posOf(text, 'id: T2', 'end'));
      assert.ok(h);
      assert.match(h!.contents.value, /2026-12-03/);
      assert.match(h!.contents.value, /2026-12-07/);
      assert.match(h!.contents.value, /关键路径/);
    });
  });

  describe('navigation', () => {
    it('goes to the definition of a stakeholder in another file', async () => {
      const text = await open('bank.poc.yaml');
      const locs = await client.request<{ uri: string; range: Range }[]>('textDocument/definition', {
        textDocument: { uri: uri('bank.poc.yaml') },
        position: posOf(text, 'audience: [cio', 'end'),
      });
      assert.strictEqual(locs.length, 1);
      assert.strictEqual(locs[0].uri, uri('bank.stakeholders.yaml'));
      const line = read('bank.stakeholders.yaml').split('\n')[locs[0].range.start.line];
      assert.strictEqual(line.slice(locs[0].range.start.character, locs[0].range.end.character), 'cio-liu');
    });

    it('finds every reference of a stakeholder across files', async () => {
      const text = await open('bank.stakeholders.yaml');
      const locs = await client.request<{ uri: string; range: Range }[]>('textDocument/references', {
        textDocument: { uri: uri('bank.stakeholders.yaml') },
        position: posOf(text, 'id: cio-l', 'end'),
        context: { includeDeclaration: true },
      });
      const where = locs.map((l) => `${path.basename(l.uri)}:${l.range.start.line + 1}`).sort();
      // the definition, sec-zhou's reportsTo, the POC's audience, R1's source
      assert.deepStrictEqual(where, ['bank.poc.yaml:32', 'bank.requirements.yaml:7', 'bank.stakeholders.yaml:11', 'bank.stakeholders.yaml:3']);
    });

    it('renames a task id everywhere in its file, changing only the id bytes', async () => {
      const text = await open('bank.poc.yaml');
      const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', {
        textDocument: { uri: uri('bank.poc.yaml') },
        position: posOf(text, 'id: T2', 'end'),
        newName: 'T2a',
      });
      const after = applyEdits(text, edit.changes[uri('bank.poc.yaml')]);
      assert.strictEqual(after, text.replace('id: T2,', 'id: T2a,').replace('dependsOn: [T2]', 'dependsOn: [T2a]'));
      assert.deepStrictEqual(Object.keys(edit.changes), [uri('bank.poc.yaml')]);
    });

    it('renames a stakeholder in every file that refers to it', async () => {
      const text = await open('bank.stakeholders.yaml');
      const edit = await client.request<{ changes: Record<string, TextEdit[]> }>('textDocument/rename', {
        textDocument: { uri: uri('bank.stakeholders.yaml') },
        position: posOf(text, 'id: cio-l', 'end'),
        newName: 'cio-wang',
      });
      assert.deepStrictEqual(Object.keys(edit.changes).map((u) => path.basename(u)).sort(), ['bank.poc.yaml', 'bank.requirements.yaml', 'bank.stakeholders.yaml']);
      assert.strictEqual(applyEdits(read('bank.requirements.yaml'), edit.changes[uri('bank.requirements.yaml')]), read('bank.requirements.yaml').replace('source: cio-liu', 'source: cio-wang'));
    });

    it('refuses a rename to an id that already exists, with a message', async () => {
      const text = await open('bank.poc.yaml');
      await assert.rejects(
        client.request('textDocument/rename', { textDocument: { uri: uri('bank.poc.yaml') }, position: posOf(text, 'id: T2', 'end'), newName: 'T1' }),
        (e: Error) => /T1/.test(e.message),
      );
      await assert.rejects(
        client.request('textDocument/rename', { textDocument: { uri: uri('bank.poc.yaml') }, position: posOf(text, 'id: T2', 'end'), newName: '../x' }),
        (e: Error) => e.message.length > 0,
      );
    });

    it('lists document symbols for the Outline and workspace symbols by name', async () => {
      await open('bank.poc.yaml');
      const symbols = await client.request<{ name: string; children?: { name: string; children?: { name: string }[] }[] }[]>('textDocument/documentSymbol', {
        textDocument: { uri: uri('bank.poc.yaml') },
      });
      const names = JSON.stringify(symbols);
      assert.match(names, /某银行日志平台 POC/);
      assert.match(names, /T2 部署验证/);
      const ws = await client.request<{ name: string; location: { uri: string } }[]>('workspace/symbol', { query: '刘总' });
      assert.ok(ws.some((s) => /刘总/.test(s.name) && s.location.uri === uri('bank.stakeholders.yaml')), JSON.stringify(ws));
    });

    it("shows each task's computed dates as a code lens", async () => {
      const text = await open('bank.poc.yaml');
      const lenses = await client.request<{ range: Range; command: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: uri('bank.poc.yaml') } });
      const t2 = lenses.find((l) => l.range.start.line === posOf(text, 'id: T2').line);
      assert.ok(t2, JSON.stringify(lenses.map((l) => [l.range.start.line, l.command.title])));
      assert.match(t2!.command.title, /2026-12-03 → 2026-12-07/);
    });
  });

  describe('quick fixes', () => {
    it('replaces an unknown owner by the nearest id, and offers to silence the line', async () => {
      const text = await open('bank.poc.yaml', read('bank.poc.yaml').replace('    owner: zhang\n', '    owner: zhnag\n'));
      const diags = await client.waitFor(uri('bank.poc.yaml'), (d) => d.some((x) => x.code === 'unknown-ref'));
      const d = diags.find((x) => x.code === 'unknown-ref')!;
      const actions = await client.request<{ title: string; edit: { changes: Record<string, TextEdit[]> }; isPreferred?: boolean }[]>('textDocument/codeAction', {
        textDocument: { uri: uri('bank.poc.yaml') },
        range: d.range,
        context: { diagnostics: [d] },
      });
      const fix = actions.find((a) => a.isPreferred)!;
      assert.ok(fix, actions.map((a) => a.title).join(' | '));
      assert.match(fix.title, /zhang/);
      assert.strictEqual(applyEdits(text, fix.edit.changes[uri('bank.poc.yaml')]), text.replace('owner: zhnag', 'owner: zhang'));
      const silence = actions.find((a) => /poc-studio-disable-next-line/.test(JSON.stringify(a.edit)));
      assert.ok(silence, 'a disable-next-line action is offered');
      assert.strictEqual(
        applyEdits(text, silence!.edit.changes[uri('bank.poc.yaml')]),
        text.replace('    owner: zhnag\n', '    # poc-studio-disable-next-line unknown-ref\n    owner: zhnag\n'),
      );
    });
  });

  describe('robustness', () => {
    it('answers every request at every position of a broken document without an error response', async function () {
      this.timeout(60000);
      const broken = '# 坏文件\nkind: poc\nid: [bank\ntasks:\n  - { id: T1, owner: zh, dependsOn: [T\n  - id: T2\n   name: 缩进错误\nteam: {\n';
      await open('bank.poc.yaml', broken);
      const lines = broken.split('\n');
      for (let line = 0; line < lines.length; line++) {
        for (let character = 0; character <= lines[line].length; character += 3) {
          const td = { textDocument: { uri: uri('bank.poc.yaml') }, position: { line, character } };
          await client.request('textDocument/completion', td);
          await client.request('textDocument/hover', td);
          await client.request('textDocument/definition', td);
          await client.request('textDocument/references', { ...td, context: { includeDeclaration: true } });
          await client.request('textDocument/prepareRename', td).catch(() => undefined);
        }
      }
      await client.request('textDocument/documentSymbol', { textDocument: { uri: uri('bank.poc.yaml') } });
      await client.request('textDocument/codeLens', { textDocument: { uri: uri('bank.poc.yaml') } });
      assert.strictEqual(client.exited, false);
      assert.ok(!client.logs.some((l) => /failed/.test(l)), client.logs.join('\n'));
    });
  });
});
