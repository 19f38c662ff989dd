import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { markerContext, pathAt, valueIn, itemValues, type CursorContext } from './cursor';

/** Splits a text with one `‸` (the cursor) into the text and the offset. */
function at(withCursor: string): { text: string; offset: number } {
  const offset = withCursor.indexOf('‸');
  assert.ok(offset >= 0 && withCursor.indexOf('‸', offset + 1) < 0, 'exactly one cursor');
  return { text: withCursor.slice(0, offset) + withCursor.slice(offset + 1), offset };
}

function ctxAt(withCursor: string): CursorContext | undefined {
  const { text, offset } = at(withCursor);
  return markerContext(text, offset);
}

/** The context without the AST nodes, and the covered word, for deepStrictEqual. */
function brief(withCursor: string) {
  const { text, offset } = at(withCursor);
  const c = markerContext(text, offset);
  if (!c) return undefined;
  return { role: c.role, path: c.path, siblings: c.siblings, flow: c.flow, word: c.word, covered: text.slice(c.span.start, c.span.end) };
}

const poc = yaml`
  # 某银行日志分析平台 POC
  kind: poc
  id: bank-log-poc
  title: 某银行日志分析平台 POC
  start: 2026-12-01
  team:
    - { id: zhang, name: 张三, role: sales }
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - id: T1
      name: 情报收集
      owner: ‸
      duration: 2d
    - { id: T2, name: 确定业务场景, owner: zhang, dependsOn: [T1], duration: 2d }
`;

describe('cursor', () => {
  describe('markerContext', () => {
    it('after `owner: `: the value of owner in a block task', () => {
      assert.deepStrictEqual(brief(poc), { role: 'value', path: ['tasks', 0, 'owner'], siblings: [], flow: false, word: '', covered: '' });
    });

    it('after `owner: zh`: the partial word and its span', () => {
      assert.deepStrictEqual(brief(poc.replace('owner: ‸', 'owner: zh‸')), { role: 'value', path: ['tasks', 0, 'owner'], siblings: [], flow: false, word: 'zh', covered: 'zh' });
    });

    it('inside a word: the whole word is what a completion replaces', () => {
      assert.deepStrictEqual(brief(poc.replace('owner: ‸', 'owner: zh‸ao')), { role: 'value', path: ['tasks', 0, 'owner'], siblings: [], flow: false, word: 'zhao', covered: 'zhao' });
    });

    it('on an empty line indented under a task mapping: the keys of that task, with the written ones as siblings', () => {
      const text = poc.replace('    owner: ‸\n', '    owner: zhao\n    ‸\n');
      assert.deepStrictEqual(brief(text), { role: 'key', path: ['tasks', 0], siblings: ['id', 'name', 'owner', 'duration'], flow: false, word: '', covered: '' });
      const c = ctxAt(text)!;
      assert.strictEqual(c.lineAlone, true);
      assert.strictEqual(valueIn(c, 2, 'id'), 'T1', 'the enclosing task is readable');
    });

    it('a partial key on its own line', () => {
      const text = poc.replace('    owner: ‸\n', '    dep‸\n');
      assert.deepStrictEqual(brief(text), { role: 'key', path: ['tasks', 0], siblings: ['id', 'name', 'duration'], flow: false, word: 'dep', covered: 'dep' });
    });

    it('an existing key: hasColon tells to insert the name only', () => {
      const c = ctxAt(poc.replace('    owner: ‸\n', '    own‸er: zhao\n'))!;
      assert.deepStrictEqual([c.role, c.word, c.hasColon, c.siblings], ['key', 'owner', true, ['id', 'name', 'duration']]);
    });

    it('in `dependsOn: [T1, ‸]`: an item of a flow list, the listed ids as siblings', () => {
      const text = poc.replace('dependsOn: [T1]', 'dependsOn: [T1, ‸]').replace('owner: ‸', 'owner: zhao');
      assert.deepStrictEqual(brief(text), { role: 'item', path: ['tasks', 1, 'dependsOn', 1], siblings: ['T1'], flow: true, word: '', covered: '' });
      assert.strictEqual(valueIn(ctxAt(text)!, 2, 'id'), 'T2');
    });

    it('in `{ id: T1, ‸ }`: a key of a flow mapping', () => {
      const text = yaml`
        kind: poc
        tasks:
          - { id: T1, name: 情报收集, ‸ }
      `;
      assert.deepStrictEqual(brief(text), { role: 'key', path: ['tasks', 0], siblings: ['id', 'name'], flow: true, word: '', covered: '' });
      assert.deepStrictEqual(brief(text.replace('‸ }', '‸}')), { role: 'key', path: ['tasks', 0], siblings: ['id', 'name'], flow: true, word: '', covered: '' });
    });

    it('in `{ id: T2, ‸ name: … }`: a new entry before another one (entryFollows)', () => {
      const c = ctxAt('tasks:\n  - { id: T2, ‸ name: 确定业务场景 }\n')!;
      assert.deepStrictEqual([c.role, c.path, c.siblings, c.flow, c.entryFollows], ['key', ['tasks', 0], ['id', 'name'], true, true]);
    });

    it('in `- ‸` under audience: a list item, the other people as siblings', () => {
      const text = yaml`
        kind: poc
        demo:
          date: 2026-12-16
          audience:
            - cio-liu
            - ‸
          durationMinutes: 30
      `;
      assert.deepStrictEqual(brief(text), { role: 'item', path: ['demo', 'audience', 1], siblings: ['cio-liu'], flow: false, word: '', covered: '' });
    });

    it('`- ‸` starting a new task: an item of the tasks list, the other ids readable', () => {
      const text = poc.replace('    owner: ‸\n', '    owner: zhao\n').replace('  - { id: T2', '  - ‸\n  - { id: T2');
      assert.deepStrictEqual(brief(text), { role: 'item', path: ['tasks', 1], siblings: [], flow: false, word: '', covered: '' });
      // Parsed alone, the item's list holds only the item; parsing the whole text shows the others.
      const { text: clean, offset } = at(text);
      assert.deepStrictEqual(itemValues(markerContext(clean, offset)!, 1, 'id'), []);
      assert.deepStrictEqual(itemValues(markerContext(clean, offset, { window: false })!, 1, 'id'), ['T1', 'T2']);
    });

    it('`- ‸` followed by more keys of the same item: a key of that item', () => {
      const text = 'tasks:\n  - ‸\n    name: 情报收集\n';
      assert.deepStrictEqual(brief(text), { role: 'key', path: ['tasks', 0], siblings: ['name'], flow: false, word: '', covered: '' });
    });

    it('keys of the top level, between two sections', () => {
      const text = poc.replace('owner: ‸', 'owner: zhao').replace('\ntasks:', '\n\n‸\ntasks:');
      const b = brief(text)!;
      assert.deepStrictEqual([b.role, b.path, b.siblings], ['key', [], ['kind', 'id', 'title', 'start', 'team', 'tasks']]);
    });

    it('an empty document: a top-level key', () => {
      assert.deepStrictEqual(brief('‸'), { role: 'key', path: [], siblings: [], flow: false, word: '', covered: '' });
      assert.deepStrictEqual(brief('# 新的 POC\n‸'), { role: 'key', path: [], siblings: [], flow: false, word: '', covered: '' });
    });

    it('a key under weeklyReports[].hours, block and flow', () => {
      const block = yaml`
        kind: project
        weeklyReports:
          - week: 2027-W02
            hours:
              zhao: 40
              ‸
      `;
      assert.deepStrictEqual(brief(block), { role: 'key', path: ['weeklyReports', 0, 'hours'], siblings: ['zhao'], flow: false, word: '', covered: '' });
      const flow = 'weeklyReports:\n  - { week: 2027-W02, hours: { zhao: 40, su‸ } }\n';
      assert.deepStrictEqual(brief(flow), { role: 'key', path: ['weeklyReports', 0, 'hours'], siblings: ['zhao'], flow: true, word: 'su', covered: 'su' });
    });

    it('under a key with no value yet: a key of the mapping that key will hold', () => {
      assert.deepStrictEqual(brief('kind: poc\ndemo:\n  ‸\n'), { role: 'key', path: ['demo'], siblings: [], flow: false, word: '', covered: '' });
    });

    it('right after `owner:` with no space: needsSpace', () => {
      const c = ctxAt('tasks:\n  - id: T1\n    owner:‸\n')!;
      assert.deepStrictEqual([c.role, c.path, c.needsSpace], ['value', ['tasks', 0, 'owner'], true]);
    });

    it('inside quotes: the word without the quotes', () => {
      const { text, offset } = at('tasks:\n  - { id: T1, owner: "zh‸" }\n');
      const c = markerContext(text, offset)!;
      assert.deepStrictEqual([c.role, c.path, c.quoted, text.slice(c.span.start, c.span.end)], ['value', ['tasks', 0, 'owner'], true, 'zh']);
    });

    it('with a syntax error in another part of the file (an unclosed quote earlier, a bad flow list later)', () => {
      const broken = yaml`
        kind: poc
        title: "某银行日志分析平台 POC
        tasks:
          - id: T1
            owner: zh‸
        risks: [ { id: RK1, description: 数据质量
      `;
      assert.deepStrictEqual(brief(broken), { role: 'value', path: ['tasks', 0, 'owner'], siblings: [], flow: false, word: 'zh', covered: 'zh' });
    });

    it('nothing in a comment, nor after a lone dash', () => {
      assert.strictEqual(ctxAt('tasks:\n  - id: T1   # 负责人 ‸\n'), undefined);
      assert.strictEqual(ctxAt('tasks:\n  -‸\n'), undefined);
    });

    it('a new item of a flow list written over several lines', () => {
      const c = ctxAt('tasks:\n  - id: T2\n    dependsOn: [T1,\n      ‸\n    ]\n')!;
      assert.deepStrictEqual([c.role, c.path, c.siblings, c.flow], ['item', ['tasks', 0, 'dependsOn', 1], ['T1'], true]);
    });

    it('in an item of a long list, only that item is parsed: same answer, the right index', () => {
      const tasks = Array.from({ length: 8 }, (_, i) => `  - id: T${i + 1}\n    name: 任务 ${i + 1}\n    owner: zhao\n` + (i ? `    dependsOn: [T${i}]\n` : ''));
      const text = `kind: project\nid: big\ntitle: 大项目\n# 任务\ntasks:\n${tasks.join('')}  # 第二阶段\n${'  - { id: X1, owner: zhao }\n'}risks: []\n`;
      const c = markerContext(text, text.indexOf('dependsOn: [T6]') + 12)!;
      assert.deepStrictEqual([c.role, c.path, c.word], ['item', ['tasks', 6, 'dependsOn', 0], 'T6']);
      assert.deepStrictEqual(itemValues(c, 1, 'id'), ['T7'], 'the list parsed holds only the item');
      const flow = markerContext(text, text.indexOf('X1, owner: zhao') + 11)!;
      assert.deepStrictEqual([flow.role, flow.path, flow.word], ['value', ['tasks', 8, 'owner'], 'zhao']);
      // Every offset of the file: the same context as parsing the whole text.
      const strip = (x: CursorContext | undefined) => x && { ...x, nodes: [] };
      for (let o = 0; o <= text.length; o++) assert.deepStrictEqual(strip(markerContext(text, o)), strip(markerContext(text, o, { window: false })), `offset ${o}`);
    });

    it('the same context with and without the item window over a realistic POC, block and flow', () => {
      const strip = (x: CursorContext | undefined) => x && { ...x, nodes: [] };
      const text = poc.replace('owner: ‸', 'owner: zhao').replace('    duration: 2d\n', '    duration: 2d\n    \n  - \n');
      for (let o = 0; o <= text.length; o++) assert.deepStrictEqual(strip(markerContext(text, o)), strip(markerContext(text, o, { window: false })), `offset ${o}`);
    });

    it('column and line indentation, for multi-line inserts', () => {
      const c = ctxAt('tasks:\n  - ‸\n')!;
      assert.deepStrictEqual([c.column, c.lineIndent, c.lineAlone], [4, 2, true]);
    });
  });

  describe('pathAt', () => {
    const ws = workspaceOf({ 'bank.poc.yaml': poc.replace('owner: ‸', 'owner: zhao') });
    const file = ws.get('file:///ws/bank.poc.yaml')!;
    const show = (needle: string, delta = 0) => {
      const p = pathAt(file, file.text.indexOf(needle) + delta);
      return p && { path: p.path, role: p.role, covered: file.text.slice(p.span.start, p.span.end) };
    };

    it('a key: its path and the key span', () => {
      assert.deepStrictEqual(show('owner: zhao'), { path: ['tasks', 0, 'owner'], role: 'key', covered: 'owner' });
      assert.deepStrictEqual(show('dependsOn: [T1]', 3), { path: ['tasks', 1, 'dependsOn'], role: 'key', covered: 'dependsOn' });
    });

    it('a value, block and flow, the end of the word included', () => {
      assert.deepStrictEqual(show('zhao\n'), { path: ['tasks', 0, 'owner'], role: 'value', covered: 'zhao' });
      assert.deepStrictEqual(show('zhao\n', 4), { path: ['tasks', 0, 'owner'], role: 'value', covered: 'zhao' });
      assert.deepStrictEqual(show('role: engineer', 7), { path: ['team', 1, 'role'], role: 'value', covered: 'engineer' });
    });

    it('a list item', () => {
      assert.deepStrictEqual(show('T1]'), { path: ['tasks', 1, 'dependsOn', 0], role: 'item', covered: 'T1' });
    });

    it('nothing in a comment or between entries', () => {
      assert.strictEqual(show('# 某银行'), undefined);
      assert.strictEqual(show('  - { id: zhang', 2), undefined);
    });
  });
});
