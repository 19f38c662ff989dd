import * as assert from 'node:assert/strict';
import * as YAML from 'yaml';
import { parseYaml } from '../parse';
import { yaml } from '../testing';
import type { Span } from '../text';
import {
  appendItem,
  applyEdits,
  blockLines,
  collectionOf,
  eolOf,
  flowText,
  insertLineAbove,
  insertPair,
  insertPairs,
  insertSectionItem,
  isPlainSafe,
  lineEndAt,
  lineStartAt,
  mapOf,
  nodeAt,
  quoted,
  replaceScalar,
  scalarText,
  setPairValue,
  type EditTarget,
} from './edits';
import type { TextEdit } from './types';

const target = (text: string): EditTarget => ({ uri: 'file:///ws/a.poc.yaml', text, parsed: parseYaml(text) });

/** The span of the n-th occurrence (0-based) of `needle`. */
function spanOf(text: string, needle: string, n = 0): Span {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `'${needle}' #${n} not in text`);
  }
  return { start: at, end: at + needle.length };
}

const apply = (text: string, e: TextEdit | undefined) => {
  assert.ok(e, 'an edit was expected');
  return applyEdits(text, [e]);
};

/** The mapping/list value of `path` (keys and indexes) in the converted root. */
function raw(t: EditTarget, ...path: (string | number)[]): unknown {
  let v: unknown = t.parsed.root;
  for (const k of path) v = (v as Record<string | number, unknown>)[k];
  return v;
}

const mapAt = (t: EditTarget, ...path: (string | number)[]) => {
  const m = mapOf(t, raw(t, ...path));
  assert.ok(m, `no mapping at ${path.join('.')}`);
  return m;
};

const seqAt = (t: EditTarget, ...path: (string | number)[]) => {
  const s = collectionOf(t, raw(t, ...path));
  assert.ok(s && YAML.isSeq(s), `no list at ${path.join('.')}`);
  return s;
};

describe('edits: text helpers', () => {
  it('finds the line break style of the file', () => {
    assert.equal(eolOf('a: 1\r\nb: 2\r\n'), '\r\n');
    assert.equal(eolOf('a: 1\nb: 2\r\n'), '\n');
    assert.equal(eolOf('a: 1'), '\n');
    assert.equal(eolOf('a: 1\rb: 2'), '\r');
  });

  it('finds line starts and ends, never splitting a CRLF', () => {
    const text = 'ab\r\ncd\r\n';
    assert.equal(lineStartAt(text, 5), 4);
    assert.equal(lineEndAt(text, 4), 6);
    assert.equal(lineEndAt(text, 3), 2); // on the \n of the first line's \r\n
    assert.equal(lineEndAt(text, 2), 2);
    assert.equal(lineStartAt(text, 0), 0);
  });
});

describe('edits: rendering values', () => {
  it('writes plain scalars only when they read back as the same string', () => {
    assert.equal(scalarText('情报收集', false), '情报收集');
    assert.equal(scalarText('2026-12-10', false), '2026-12-10');
    assert.equal(scalarText('true', false), '"true"');
    assert.equal(scalarText('100', false), '"100"');
    assert.equal(scalarText('a: b', false), '"a: b"');
    assert.equal(scalarText('a, b', false), 'a, b');
    assert.equal(scalarText('a, b', true), '"a, b"');
    assert.equal(scalarText('> 3', false), '"> 3"');
    assert.equal(scalarText('# 注释', false), '"# 注释"');
    assert.equal(scalarText('', false), '""');
    assert.equal(scalarText(quoted('<'), false), '"<"');
    assert.equal(scalarText(100, false), '100');
    assert.equal(scalarText(false, true), 'false');
    assert.equal(isPlainSafe(' 前后空格 ', false), false);
    assert.equal(isPlainSafe('多\n行', false), false);
  });

  it('renders collections in flow and block style', () => {
    assert.equal(flowText({ id: 'T4', days: 1, reason: '待填写原因', affects: [] }), '{ id: T4, days: 1, reason: 待填写原因, affects: [] }');
    assert.equal(flowText({ name: 'a, b', op: quoted('<') }), '{ name: "a, b", op: "<" }');
    assert.equal(flowText([]), '[]');
    assert.equal(flowText({}), '{}');
    assert.deepEqual(blockLines({ id: 'SC1', metric: { name: 'x', value: 3 } }), ['id: SC1', 'metric: { name: x, value: 3 }']);
    assert.deepEqual(blockLines([{ id: 'SC1', result: 'pending' }, 'x']), ['- id: SC1', '  result: pending', '- x']);
  });
});

describe('edits: finding nodes', () => {
  it('finds a scalar by its exact span, and knows whether it is in a flow collection', () => {
    const text = yaml`
      tasks:
        - { id: T1, owner: li }
        - id: T2
          owner: zhang
    `;
    const t = target(text);
    const a = nodeAt(t, spanOf(text, 'li'), YAML.isScalar);
    assert.equal(a?.node.value, 'li');
    assert.equal(a?.inFlow, true);
    const b = nodeAt(t, spanOf(text, 'zhang'), YAML.isScalar);
    assert.equal(b?.inFlow, false);
    assert.equal(nodeAt(t, { start: spanOf(text, 'zhang').start, end: spanOf(text, 'zhang').end - 1 }, YAML.isScalar), undefined);
    assert.equal(nodeAt(t, { start: 0, end: text.length + 5 }, YAML.isScalar), undefined);
  });

  it('answers nothing on text without a document', () => {
    const t = target('# 只有注释\n');
    assert.equal(nodeAt(t, { start: 0, end: 1 }, YAML.isScalar), undefined);
    assert.equal(collectionOf(t, undefined), undefined);
  });
});

describe('edits: replaceScalar', () => {
  const text = yaml`
    # 任务
    tasks:
      - { id: T1, status: doen, owner: 'li', note: "张三 负责" }   # 注释
      - id: T2
        status: "doen"    # 双引号
        owner: 'o''brien'
        desc: |
          多行
          文本
  `;
  const t = target(text);

  it('keeps a plain value plain', () => {
    assert.equal(apply(text, replaceScalar(t, spanOf(text, 'doen'), 'done')), text.replace('status: doen,', 'status: done,'));
  });

  it('keeps double and single quotes', () => {
    const dq = spanOf(text, '"doen"');
    assert.equal(apply(text, replaceScalar(t, dq, 'done')), text.replace('"doen"', '"done"'));
    const sq = spanOf(text, "'li'");
    assert.equal(apply(text, replaceScalar(t, sq, "zhang's")), text.replace("'li'", "'zhang''s'"));
  });

  it('quotes a plain value when the new one needs it (a comma in a flow mapping)', () => {
    assert.equal(apply(text, replaceScalar(t, spanOf(text, 'doen'), 'a, b')), text.replace('status: doen,', 'status: "a, b",'));
  });

  it('replaces keys too', () => {
    assert.equal(apply(text, replaceScalar(t, spanOf(text, 'owner', 1), 'lead')), text.replace("owner: 'o''brien'", "lead: 'o''brien'"));
  });

  it('offers nothing for a stale span, an unexpected value, a block scalar or no change', () => {
    assert.equal(replaceScalar(t, spanOf(text, 'doen'), 'done', 'todo'), undefined);
    assert.equal(replaceScalar(t, { start: 3, end: 5 }, 'x'), undefined);
    const block = nodeAt(t, spanOf(text, '|'), YAML.isScalar);
    assert.equal(block, undefined); // the block scalar's range is more than the indicator
    const desc = raw(t, 'tasks', 1) as Record<string, unknown>;
    const span = t.parsed.map.value(desc, 'desc')!;
    assert.equal(replaceScalar(t, span, 'x'), undefined);
    assert.equal(replaceScalar(t, spanOf(text, 'doen'), 'doen'), undefined);
  });
});

describe('edits: insertPairs', () => {
  const block = yaml`
    tasks:
      - id: T1          # 情报收集
        name: 情报收集
        progress: 100   # 完成
      # 下一项
      - { id: T2, name: 部署 }   # 行尾注释
      - {}
    notes:
      a: |
        第一行
        第二行

    # 结尾注释
  `;
  const t = target(block);

  it('adds a line at the mapping indentation after the last key (comments stay on their lines)', () => {
    const e = insertPair(t, mapAt(t, 'tasks', 0), 'status', 'done');
    assert.equal(apply(block, e), block.replace('progress: 100   # 完成\n', 'progress: 100   # 完成\n    status: done\n'));
  });

  it('adds a line after a chosen key, or before one (the first key of a list item moves down)', () => {
    const after = insertPair(t, mapAt(t, 'tasks', 0), 'owner', 'li', { place: { after: 'name' } });
    assert.equal(apply(block, after), block.replace('name: 情报收集\n', 'name: 情报收集\n    owner: li\n'));
    const first = insertPair(t, mapAt(t, 'tasks', 0), 'kind', 'x', { place: 'first' });
    assert.equal(apply(block, first), block.replace('  - id: T1', '  - kind: x\n    id: T1'));
    const before = insertPair(t, mapAt(t, 'tasks', 0), 'status', 'done', { place: { before: 'progress' } });
    assert.equal(apply(block, before), block.replace('    progress: 100', '    status: done\n    progress: 100'));
    const commented = 'a:\n  b: 1\n  # 说明\n  # poc-studio-disable-next-line schema\n  c: 2\n';
    const tc = target(commented);
    assert.equal(apply(commented, insertPair(tc, mapAt(tc, 'a'), 'x', 0, { place: { before: 'c' } })), 'a:\n  b: 1\n  x: 0\n  # 说明\n  # poc-studio-disable-next-line schema\n  c: 2\n');
  });

  it('ends a block scalar before the new key', () => {
    const e = insertPair(t, mapAt(t, 'notes'), 'b', 1);
    assert.equal(apply(block, e), block.replace('    第二行\n', '    第二行\n  b: 1\n'));
  });

  it('writes `, key: value` before the closing brace of a flow mapping, or at its start', () => {
    const e = insertPairs(t, mapAt(t, 'tasks', 1), [['owner', 'li'], ['dependsOn', ['T1']]]);
    assert.equal(apply(block, e), block.replace('name: 部署 }', 'name: 部署, owner: li, dependsOn: [T1] }'));
    const first = insertPair(t, mapAt(t, 'tasks', 1), 'kind', 'a, b', { place: 'first' });
    assert.equal(apply(block, first), block.replace('{ id: T2', '{ kind: "a, b", id: T2'));
    const empty = insertPair(t, mapAt(t, 'tasks', 2), 'id', 'T3');
    assert.equal(apply(block, empty), block.replace('- {}', '- { id: T3 }'));
  });

  it('writes a collection value in block style below its key when asked', () => {
    const e = insertPair(t, mapAt(t, 'tasks', 0), 'metric', { name: 'x', op: quoted('<') }, { block: true });
    assert.equal(apply(block, e), block.replace('progress: 100   # 完成\n', 'progress: 100   # 完成\n    metric:\n      name: x\n      op: "<"\n'));
  });

  it('refuses a key that is already there', () => {
    assert.equal(insertPair(t, mapAt(t, 'tasks', 0), 'name', 'x'), undefined);
  });

  it('uses the file line breaks (CRLF)', () => {
    const crlf = 'a:\r\n  b: 1   # 注释\r\nc: 2\r\n';
    const tc = target(crlf);
    assert.equal(apply(crlf, insertPair(tc, mapAt(tc, 'a'), 'd', '二')), 'a:\r\n  b: 1   # 注释\r\n  d: 二\r\nc: 2\r\n');
  });
});

describe('edits: setPairValue', () => {
  const text = yaml`
    - { id: T1, status: todo }
    - id: T2
      status:     # 未填
    - { id: T3 }
  `;
  const t = target(text);
  it('replaces, fills an empty value, or inserts the key', () => {
    assert.equal(apply(text, setPairValue(t, mapAt(t, 0), 'status', 'done')), text.replace('status: todo', 'status: done'));
    assert.equal(apply(text, setPairValue(t, mapAt(t, 1), 'status', 'done')), text.replace('status:     # 未填', 'status: done     # 未填'));
    assert.equal(apply(text, setPairValue(t, mapAt(t, 2), 'status', 'done')), text.replace('{ id: T3 }', '{ id: T3, status: done }'));
  });
});

describe('edits: appendItem', () => {
  const text = yaml`
    team:
      - { id: zhang, name: 张三, role: sales }   # 销售
      # 售前
      - { id: li, name: 李四, role: presales }
    stakeholders:
    - id: cio-liu
      name: 刘总
    dependsOn: [T1, T2]   # 前置任务
    empty: []
  `;
  const t = target(text);

  it('adds a `- item` line at the list indentation, in the style of the last item', () => {
    assert.equal(
      apply(text, appendItem(t, seqAt(t, 'team'), { id: 'wang', name: '王五', role: 'ops' })),
      text.replace('role: presales }\n', 'role: presales }\n  - { id: wang, name: 王五, role: ops }\n'),
    );
    assert.equal(
      apply(text, appendItem(t, seqAt(t, 'stakeholders'), { id: 'cto-wang', name: '王总' })),
      text.replace('  name: 刘总\n', '  name: 刘总\n- id: cto-wang\n  name: 王总\n'),
    );
    assert.equal(
      apply(text, appendItem(t, seqAt(t, 'team'), { id: 'wang', name: '王五' }, 'block')),
      text.replace('role: presales }\n', 'role: presales }\n  - id: wang\n    name: 王五\n'),
    );
  });

  it('adds `, item` before the closing bracket of a flow list', () => {
    assert.equal(apply(text, appendItem(t, seqAt(t, 'dependsOn'), 'T3')), text.replace('[T1, T2]', '[T1, T2, T3]'));
    assert.equal(apply(text, appendItem(t, seqAt(t, 'empty'), { id: 'A1' })), text.replace('empty: []', 'empty: [{ id: A1 }]'));
  });
});

describe('edits: insertLineAbove', () => {
  const text = yaml`
    tasks:
      - { id: T1, name: 情报收集 }
      - id: T2
        acceptance: "第一行
          第二行"
  `;
  const t = target(text);
  it('inserts a line with the indentation of the given line', () => {
    assert.equal(apply(text, insertLineAbove(t, spanOf(text, 'T1').start, '# 注释')), text.replace('  - { id: T1', '  # 注释\n  - { id: T1'));
    assert.equal(apply(text, insertLineAbove(t, spanOf(text, 'acceptance').start, '# x')), text.replace('    acceptance', '    # x\n    acceptance'));
    assert.equal(apply('a: 1', insertLineAbove(target('a: 1'), 0, '# x')), '# x\na: 1');
  });
  it('never inserts inside a multi-line string', () => {
    assert.equal(insertLineAbove(t, spanOf(text, '第二行').start, '# x'), undefined);
  });
});

describe('edits: insertSectionItem', () => {
  it('appends to an existing section list', () => {
    const text = 'kind: project\ndelays:\n  - { task: P1, days: 1 }   # 已报\nhalts: []\n';
    const t = target(text);
    assert.equal(apply(text, insertSectionItem(t, 'delays', { task: 'P2', days: 2 })), text.replace('# 已报\n', '# 已报\n  - { task: P2, days: 2 }\n'));
    assert.equal(apply(text, insertSectionItem(t, 'halts', { from: '2027-01-01' })), text.replace('halts: []', 'halts: [{ from: 2027-01-01 }]'));
  });

  it('fills an empty section key', () => {
    const text = 'kind: project\ndelays:   # 暂无\nhalts: []\n';
    const t = target(text);
    assert.equal(apply(text, insertSectionItem(t, 'delays', { task: 'P2' })), 'kind: project\ndelays:   # 暂无\n  - { task: P2 }\nhalts: []\n');
    assert.equal(
      apply(text, insertSectionItem(t, 'delays', { task: 'P2', days: 1 }, { style: 'block' })),
      'kind: project\ndelays:   # 暂无\n  - task: P2\n    days: 1\nhalts: []\n',
    );
  });

  it('creates the section at the end of the file, keeping its last line break (or its lack)', () => {
    const text = 'kind: project\nid: p\n';
    assert.equal(apply(text, insertSectionItem(target(text), 'delays', { task: 'P2' })), 'kind: project\nid: p\ndelays:\n  - { task: P2 }\n');
    const noEol = 'kind: project\r\nid: p';
    assert.equal(apply(noEol, insertSectionItem(target(noEol), 'delays', { task: 'P2' })), 'kind: project\r\nid: p\r\ndelays:\r\n  - { task: P2 }');
  });

  it('keeps the blank line between sections when the file has them', () => {
    const text = 'kind: project\n\ntasks:\n  - { id: P1 }\n\n# 周报\nweeklyReports: []\n';
    assert.equal(apply(text, insertSectionItem(target(text), 'delays', { task: 'P1' })), `${text}\ndelays:\n  - { task: P1 }\n`);
    const ended = 'kind: project\n\ntasks:\n  - { id: P1 }\n\n';
    assert.equal(apply(ended, insertSectionItem(target(ended), 'delays', { task: 'P1' })), `${ended}delays:\n  - { task: P1 }\n`);
  });

  it('places a new section after the keys that come before it', () => {
    const text = 'kind: poc\nid: p   # 编号\ntasks: []\n';
    assert.equal(
      apply(text, insertSectionItem(target(text), 'team', { id: 'li' }, { after: ['kind', 'id', 'title'] })),
      'kind: poc\nid: p   # 编号\nteam:\n  - { id: li }\ntasks: []\n',
    );
  });

  it('writes into an empty or comment-only file', () => {
    assert.equal(apply('', insertSectionItem(target(''), 'stakeholders', { id: 'a' })), 'stakeholders:\n  - { id: a }\n');
    const comments = '# 干系人\n';
    assert.equal(apply(comments, insertSectionItem(target(comments), 'stakeholders', { id: 'a' })), '# 干系人\nstakeholders:\n  - { id: a }\n');
  });

  it('stays in the first document', () => {
    const text = 'kind: project\nid: p\n---\nother: 1\n';
    assert.equal(apply(text, insertSectionItem(target(text), 'delays', { task: 'P1' })), 'kind: project\nid: p\ndelays:\n  - { task: P1 }\n---\nother: 1\n');
  });

  it('offers nothing where the section is not a list, or the file is not a mapping', () => {
    assert.equal(insertSectionItem(target('delays: 无\n'), 'delays', { task: 'P1' }), undefined);
    assert.equal(insertSectionItem(target('- a\n- b\n'), 'delays', { task: 'P1' }), undefined);
  });

  it('adds `key: [item]` to a top-level flow mapping', () => {
    const text = '{ kind: project, id: p }\n';
    assert.equal(apply(text, insertSectionItem(target(text), 'delays', { task: 'P1' })), '{ kind: project, id: p, delays: [{ task: P1 }] }\n');
  });
});

describe('edits: robustness', () => {
  it('never throws on broken YAML and still edits the part that parses', () => {
    const text = 'kind: poc\ntasks:\n  - { id: T1, name: 情报收集 }\n  - { id: T2, name: [未闭合\n';
    const t = target(text);
    assert.ok(t.parsed.hasSyntaxError);
    const e = replaceScalar(t, spanOf(text, 'poc'), 'project');
    assert.equal(apply(text, e), text.replace('kind: poc', 'kind: project'));
    for (let i = 0; i <= text.length; i += 3) {
      insertLineAbove(t, i, '# x');
      replaceScalar(t, { start: i, end: i + 2 }, 'x');
      insertSectionItem(t, 'delays', { task: 'T1' });
    }
  });

  it('applies several edits of one file from the end', () => {
    assert.equal(
      applyEdits('abcdef', [
        { span: { start: 1, end: 2 }, newText: 'X' },
        { span: { start: 4, end: 4 }, newText: 'Y' },
      ]),
      'aXcdYef',
    );
  });
});
