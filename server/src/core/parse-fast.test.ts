import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { readItemChunk, type FastItem } from './parse-fast';
import { parseYaml, SourceMap, ChunkCache, DEFAULT_LIMITS } from './parse';
import { rng } from './testing';

const REPO = path.resolve(__dirname, '../../../..');

/** Every value and span of a converted value, as lines (spans read through `map`). */
function describeValue(v: unknown, map: SourceMap, at = '$', out: string[] = []): string[] {
  const span = (s: { start: number; end: number } | undefined) => (s ? `${s.start}-${s.end}` : '?');
  if (Array.isArray(v)) {
    out.push(`${at} [] ${span(map.node(v))}`);
    v.forEach((x, i) => {
      out.push(`${at}[${i}] @ ${span(map.item(v, i))}`);
      describeValue(x, map, `${at}[${i}]`, out);
    });
  } else if (v && typeof v === 'object') {
    out.push(`${at} {} ${span(map.node(v))} proto ${Object.getPrototypeOf(v)}`);
    for (const k of Object.keys(v)) {
      out.push(`${at}.${k} key ${span(map.key(v, k))} value ${span(map.value(v, k))}`);
      describeValue((v as Record<string, unknown>)[k], map, `${at}.${k}`, out);
    }
  } else out.push(`${at} = ${typeof v} ${JSON.stringify(v)}`);
  return out;
}

function fastRead(chunk: string): { item: FastItem; map: SourceMap } | undefined {
  const map = new SourceMap();
  const item = readItemChunk(chunk, (t, start, end, names, offs) => map.setCompact(t, start, end, names, offs), DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.maxNodes);
  return item && { item, map };
}

/**
 * The fast reader against yaml on one item chunk: when the fast reader accepts it, yaml must read
 * it without any error or warning and give the same value with the same spans everywhere.
 * Returns whether the fast reader accepted it.
 */
function agrees(chunk: string, label: string): boolean {
  const fast = fastRead(chunk);
  if (!fast) return false;
  const whole = parseYaml(chunk); // the reference: yaml + Converter on the same text
  const doc = YAML.parseDocument(chunk, { uniqueKeys: true, merge: true, strict: true, prettyErrors: false });
  const where = `${label}: ${JSON.stringify(chunk)}`;
  assert.deepStrictEqual(
    [doc.errors.map((e) => e.code), doc.warnings.map((e) => e.code), whole.findings.map((f) => f.message.en)],
    [[], [], []],
    `accepted a chunk yaml reports: ${where}`,
  );
  assert.ok(Array.isArray(whole.root) && whole.root.length === 1, `one item: ${where}`);
  const root = whole.root as unknown[];
  assert.deepStrictEqual(describeValue(fast.item.value, fast.map), describeValue(root[0], whole.map), `values and spans: ${where}`);
  assert.deepStrictEqual(fast.item.itemSpan, whole.map.item(root, 0), `item span: ${where}`);
  assert.deepStrictEqual(fast.item.seqSpan, whole.map.node(root), `list span: ${where}`);
  if (fast.item.end !== undefined) assert.strictEqual(fast.item.end, (doc.contents as YAML.YAMLSeq).range![2], `list end: ${where}`);
  return true;
}

/** The items of the top-level lists of a text, each with the comment and blank lines after it. */
function itemsOf(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  const out: string[] = [];
  let current: string[] | undefined;
  for (const line of lines) {
    const content = line.trim();
    const indent = line.length - line.trimStart().length;
    if (/^ {2}- /.test(line)) {
      if (current) out.push(current.join(''));
      current = [line];
    } else if (current && (content === '' || content.startsWith('#') || indent > 2)) current.push(line);
    else if (current) {
      out.push(current.join(''));
      current = undefined;
    }
  }
  if (current) out.push(current.join(''));
  return out;
}

function corpusItems(): string[] {
  const items: string[] = [];
  for (const dir of ['examples', 'test/fixtures/editing', 'test/fixtures/protocol', 'test/fixtures/reports']) {
    const full = path.join(REPO, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full)) if (/\.ya?ml$/.test(f)) items.push(...itemsOf(fs.readFileSync(path.join(full, f), 'utf8')));
  }
  return items;
}

/** Scalars with a meaning in YAML's core schema, and texts that look like one but are not. */
const SCALARS = [
  'T1', '项目启动会', '环境 勘察', '1', '-1', '+1', '007', '0x1F', '0X1F', '0o17', '0o8', '1.5', '.5', '1.', '1e3', '1E+3', '-1.2e-3', '.inf', '-.Inf', '.NaN', '.nan',
  '~', 'null', 'Null', 'NULL', 'nul', 'true', 'True', 'TRUE', 'tRue', 'false', 'FALSE', 'yes', 'no', 'on', 'off', 'y', '2030-01-07', '2030-01-07T10:00:00',
  '1_000', '1,000', '3d', '2w', '100%', 'C#', 'a#b', 'http://example.com/x', 'a:b', 'x.y', '-x', '--', '-', '"双引号"', '"a b"', "'单引号'", "'it''s'", "''", '""',
  '"a\\"b"', '"a # b"', "'a: b'", '[a, b]', '[]', '{}', '{ a: 1 }', '[T1, "T 2"]', '[[1, 2], [3]]', '{ a: [1, 2], b: { c: d } }', 'a # 注释', '任务：一', '<<', '@x', '`x`',
  '%x', '&a x', '*a', '!tag x', '|', '>', '? x', ': x', 'a: b', 'a  b', ' 1', '9007199254740993', '12345678901234567890', '0', '-0', '+.5', '.',
];
const KEYS = ['id', 'name', 'owner', 'dependsOn', 'duration', 'status', 'progress', 'phase', '1', 'true', 'null', '~', '名称', 'a b', 'x-y', 'k.v', '"q"', '-k', 'C#'];

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)];
}

/** A random item in one of the shapes users write (and some they should not). */
function randomItem(random: () => number): string {
  const pad = ' '.repeat(2 * Math.floor(random() * 2) + (random() < 0.05 ? 1 : 0));
  const n = 1 + Math.floor(random() * 5);
  const keys = Array.from({ length: n }, () => pick(random, KEYS));
  const tail = () => (random() < 0.15 ? `   # ${pick(random, ['注释', 'c', 'x: y'])}` : random() < 0.1 ? '  ' : '');
  const trailing = () => (random() < 0.2 ? pick(random, ['\n', `${pad}# next\n`, '\n# top\n', `${pad}    # deeper\n`, '   \n']) : '');
  const shape = random();
  if (shape < 0.3) {
    const pairs = keys.map((k) => `${k}: ${pick(random, SCALARS)}`).join(pick(random, [', ', ',', ' , ']));
    return `${pad}- {${pick(random, [' ', ''])}${pairs}${pick(random, [' ', ''])}}${tail()}\n${trailing()}`;
  }
  if (shape < 0.4) return `${pad}- ${pick(random, SCALARS)}${tail()}\n${trailing()}`;
  const col = pad + '  ' + (random() < 0.1 ? ' ' : '');
  const lines: string[] = [];
  keys.forEach((k, i) => {
    const lead = i === 0 ? `${pad}-${col.slice(pad.length + 1)}` : col;
    const r = random();
    if (r < 0.12) {
      lines.push(`${lead}${k}:${tail()}`);
      const sub = col + pick(random, ['  ', '', '    ']);
      for (let j = 0; j < 1 + Math.floor(random() * 3); j++) lines.push(`${sub}- ${pick(random, SCALARS)}${tail()}`);
    } else if (r < 0.2) {
      lines.push(`${lead}${k}:`);
      const sub = col + '  ';
      for (let j = 0; j < 1 + Math.floor(random() * 3); j++) lines.push(`${sub}${pick(random, KEYS)}: ${pick(random, SCALARS)}`);
    } else if (r < 0.25) lines.push(`${lead}${k}:${pick(random, ['', ' '])}`);
    else lines.push(`${lead}${k}: ${pick(random, SCALARS)}${tail()}`);
    if (random() < 0.08) lines.push(pick(random, ['', `${col}# 备注`, '# top', `${col}  # deeper`]));
  });
  return lines.join('\n') + (random() < 0.9 ? '\n' : '') + trailing();
}

const MUTATIONS = ['a', '1', ':', ' ', '  ', '\n', '- ', '#', '[', ']', '{', '}', ',', '"', "'", '任务', '：', '\t', '&x ', '*x', '!', '|', '>', '?', '%', '@', '\\', '\r', '~', '.'];

function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  if (random() < 0.4 && text.length > 0) return text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
  return text.slice(0, at) + pick(random, MUTATIONS) + text.slice(at);
}

describe('fast item reader (parse-fast)', () => {
  it('reads the items of every example and fixture exactly as yaml does, and most of them at all', () => {
    const items = corpusItems();
    assert.ok(items.length > 60, `corpus of ${items.length} items`);
    let accepted = 0;
    for (const [i, item] of items.entries()) if (agrees(item, `corpus item ${i}`)) accepted++;
    // The examples are written as users write plans: the fast reader must take most of them.
    assert.ok(accepted / items.length > 0.85, `fast reader took ${accepted} of ${items.length} items`);
  });

  it('agrees with yaml on 30,000 random items, valid and not', function () {
    this.timeout(120000);
    const random = rng(20261122);
    let accepted = 0;
    for (let i = 0; i < 30000; i++) if (agrees(randomItem(random), `random item ${i}`)) accepted++;
    assert.ok(accepted > 10000, `fast reader took ${accepted} of 30,000 random items`);
  });

  it('agrees with yaml on 30,000 mutations of real items', function () {
    this.timeout(120000);
    const random = rng(7);
    const items = corpusItems();
    let accepted = 0;
    for (let i = 0; i < 30000; i++) {
      let text = pick(random, items);
      const edits = 1 + Math.floor(random() * 3);
      for (let e = 0; e < edits; e++) text = mutate(text, random);
      if (agrees(text, `mutation ${i}`)) accepted++;
    }
    assert.ok(accepted > 5000, `fast reader took ${accepted} of 30,000 mutated items`);
  });

  it('refuses what it does not handle, so that yaml reads it', () => {
    for (const chunk of [
      '  - { id: T1, id: T2 }\n', // duplicate key: yaml reports it
      '  - id: T1\n    name: |\n      多行\n', // block scalar
      '  - id: &a T1\n', // anchor
      '  - name: "转义\\n"\n', // escape
      '  - name: 第一行\n      第二行\n', // multi-line plain scalar
      '  - id: T1\n    progress:\n', // empty last value
      '  - a:\n      b: 1\n      c:\n    d: 2\n', // empty last value of a nested mapping (yaml ends it before the line break)
      '  - id: T1\n\tname: x\n', // tab
      '  - { id: T1,\n      name: x }\n', // flow mapping over two lines
      '  - id: T1\n    d:\n      - a\n      # c\n', // comment inside a nested block
    ]) {
      assert.strictEqual(fastRead(chunk), undefined, JSON.stringify(chunk));
    }
  });

  it('reads the common task shapes, and a plan parsed in chunks uses it for its items', () => {
    const flow = fastRead('  - { id: T1, name: 项目启动会, progress: 100, dependsOn: [T0], done: true, note: ~ }   # 注释\n');
    assert.deepStrictEqual({ ...(flow?.item.value as object) }, { id: 'T1', name: '项目启动会', progress: 100, dependsOn: ['T0'], done: true, note: null });
    const block = fastRead("  - id: T2\n    name: '环境 ''勘察'''\n    dependsOn:\n      - T1\n    duration: 3d\n");
    assert.deepStrictEqual({ ...(block?.item.value as object) }, { id: 'T2', name: "环境 '勘察'", dependsOn: ['T1'], duration: '3d' });
    const text = 'kind: project\ntasks:\n' + Array.from({ length: 50 }, (_, i) => `  - { id: T${i}, name: 任务${i} }\n`).join('') + '  # 尾注\n';
    const cache = new ChunkCache();
    const chunked = parseYaml(text, { ...DEFAULT_LIMITS, chunkMinChars: 0 }, cache);
    assert.strictEqual(cache.fast, 50);
    assert.deepStrictEqual(describeValue(chunked.root, chunked.map), describeValue(parseYaml(text).root, parseYaml(text).map));
    assert.deepStrictEqual(chunked.map.node(chunked.root), parseYaml(text).map.node(parseYaml(text).root), 'root span, with the comment after the last item');
  });
});
