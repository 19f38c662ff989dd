import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { locate, rootOf } from './yaml/tree';
import { parseYaml, ChunkCache, tooDeepAt, deeperThan, type ParsedYaml, DEFAULT_LIMITS as LIMITS } from './parse';
import { rng } from './testing';

/** Chunking on for every text, however short. */
const DEFAULT_LIMITS = { ...LIMITS, chunkMinChars: 0 };

const REPO = path.resolve(__dirname, '../../../..');

/** Every value, key span, value span, item span and collection span of a parse, as lines. */
function describe_(p: ParsedYaml): string[] {
  const out: string[] = [];
  const span = (s: { start: number; end: number } | undefined) => (s ? `${s.start}-${s.end}` : '?');
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) {
      out.push(`${at} [] ${span(p.map.node(v))}`);
      v.forEach((x, i) => {
        out.push(`${at}[${i}] @ ${span(p.map.item(v, i))}`);
        walk(x, `${at}[${i}]`);
      });
    } else if (v && typeof v === 'object') {
      out.push(`${at} {} ${span(p.map.node(v))}`);
      for (const k of Object.keys(v)) {
        out.push(`${at}.${k} key ${span(p.map.key(v, k))} value ${span(p.map.value(v, k))}`);
        walk((v as Record<string, unknown>)[k], `${at}.${k}`);
      }
    } else out.push(`${at} = ${JSON.stringify(v)}`);
  };
  walk(p.root, '$');
  out.push(`findings ${JSON.stringify(p.findings.map((f) => [f.rule, f.span, f.message.en]))} broken ${p.hasSyntaxError}`);
  return out;
}

function sameAsWhole(text: string, cache: ChunkCache, label: string): void {
  const whole = describe_(parseYaml(text));
  const chunked = describe_(parseYaml(text, DEFAULT_LIMITS, cache));
  assert.deepStrictEqual(chunked, whole, label);
}

function corpus(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const dir of ['examples', 'test/fixtures/editing', 'test/fixtures/protocol']) {
    for (const f of fs.readdirSync(path.join(REPO, dir))) if (/\.ya?ml$/.test(f)) files[`${dir}/${f}`] = fs.readFileSync(path.join(REPO, dir, f), 'utf8');
  }
  return files;
}

describe('chunked parsing', () => {
  it('gives exactly the whole-text parse on every example and fixture, cold and warm', () => {
    for (const [name, text] of Object.entries(corpus())) {
      const cache = new ChunkCache();
      sameAsWhole(text, cache, `${name} (cold)`);
      sameAsWhole(text, cache, `${name} (warm)`);
      sameAsWhole(text.replace(/\n/g, '\r\n'), new ChunkCache(), `${name} (CRLF)`);
    }
  });

  it('stays exact across thousands of random edits with a warm cache (valid and broken texts)', function () {
    this.timeout(120000);
    const random = rng(20261121);
    const pieces = ['a', 'T', '1', ':', ' ', '\n', '- ', '  ', '#', '[', ']', '{', '}', ',', '"', "'", '任务', '：', '\t', '&x ', '*x', '<<: ', '---\n', '|\n', '    - '];
    for (const [name, original] of Object.entries(corpus())) {
      const cache = new ChunkCache();
      let text = original;
      for (let step = 0; step < 150; step++) {
        const at = Math.floor(random() * (text.length + 1));
        if (random() < 0.4 && text.length > 0) {
          const len = 1 + Math.floor(random() * 4);
          text = text.slice(0, at) + text.slice(at + len);
        } else {
          text = text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
        }
        sameAsWhole(text, cache, `${name} after edit ${step} at ${at}: ${JSON.stringify(text.slice(Math.max(0, at - 30), at + 30))}`);
        if (random() < 0.1) text = original; // back to a valid text now and then
      }
    }
  });

  it('moves the spans of unchanged chunks when text before them changes', () => {
    const text = 'id: p\ntasks:\n  - { id: T1, name: 甲 }\n  - { id: T2, name: 乙 }\n';
    const cache = new ChunkCache();
    parseYaml(text, DEFAULT_LIMITS, cache);
    const edited = text.replace('id: p', 'id: plan-longer');
    const p = parseYaml(edited, DEFAULT_LIMITS, cache);
    const tasks = (p.root as { tasks: { id: string }[] }).tasks;
    const s = p.map.value(tasks[1], 'id')!;
    assert.strictEqual(edited.slice(s.start, s.end), 'T2');
    assert.deepStrictEqual(describe_(p), describe_(parseYaml(edited)));
  });

  it('keeps two identical items apart (no shared cached value)', () => {
    const text = 'tasks:\n  - { id: T1 }\n  - { id: T1 }\n';
    const cache = new ChunkCache();
    parseYaml(text, DEFAULT_LIMITS, cache);
    const p = parseYaml(text, DEFAULT_LIMITS, cache);
    const tasks = (p.root as { tasks: unknown[] }).tasks;
    assert.notStrictEqual(tasks[0], tasks[1]);
    assert.deepStrictEqual(describe_(p), describe_(parseYaml(text)));
  });

  it('keeps items apart when an edit makes one equal to others', () => {
    const text = 'tasks:\n  - { id: T1 }\n  - { id: T1 }\n  - { id: T2 }\n';
    const cache = new ChunkCache();
    parseYaml(text, DEFAULT_LIMITS, cache);
    const edited = text.replace('T2', 'T1');
    const p = parseYaml(edited, DEFAULT_LIMITS, cache);
    assert.deepStrictEqual(describe_(p), describe_(parseYaml(edited)));
    const tasks = (p.root as { tasks: unknown[] }).tasks;
    assert.strictEqual(new Set(tasks).size, 3);
  });

  it('gives editing features the yaml nodes of the chunk they touch, never a whole parse', () => {
    const p = parseYaml('id: p\ntasks:\n  - id: T1\n  - id: T2\n', DEFAULT_LIMITS, new ChunkCache());
    assert.strictEqual(p.doc, undefined);
    const loc = locate({ parsed: p }, p.text.indexOf('T2'));
    assert.deepStrictEqual(loc.path, ['tasks', 1, 'id']);
    const last = loc.entries[loc.entries.length - 1] as YAML.Scalar;
    assert.strictEqual(last.value, 'T2');
    assert.deepStrictEqual(last.range!.slice(0, 2), [p.text.indexOf('T2'), p.text.indexOf('T2') + 2]);
    assert.strictEqual(((rootOf(p) as YAML.YAMLMap).items[1].value as YAML.YAMLSeq).items.length, 2);
  });

  it('re-parses only the chunk an edit touches, and cuts again when the edit changes the structure', () => {
    const tasks = Array.from({ length: 100 }, (_, i) => `  - { id: T${i + 1}, name: 任务${i + 1}, duration: 1d }\n`).join('');
    const text = `kind: project\nid: p\ntitle: 项目\ntasks:\n${tasks}risks: []\n`;
    const cache = new ChunkCache();
    parseYaml(text, DEFAULT_LIMITS, cache);
    assert.strictEqual(cache.parsed, 104, '3 entries + 100 items + risks');
    const typed = text.replace('name: 任务50,', 'name: 任务50 部署,');
    cache.parsed = 0;
    assert.deepStrictEqual(describe_(parseYaml(typed, DEFAULT_LIMITS, cache)), describe_(parseYaml(typed)));
    assert.strictEqual(cache.parsed, 1, 'one item re-parsed');
    // A new item: the text is cut again (and only the new chunk is parsed).
    const added = typed.replace('risks: []', '  - { id: T101, name: 新任务 }\nrisks: []');
    cache.parsed = 0;
    assert.deepStrictEqual(describe_(parseYaml(added, DEFAULT_LIMITS, cache)), describe_(parseYaml(added)));
    assert.strictEqual(cache.parsed, 1);
    // Typing a new item line inside an existing one splits it: still exact.
    const split = added.replace('  - { id: T10, name: 任务10, duration: 1d }\n', '  - { id: T10, name: 任务10, duration: 1d }\n  - \n');
    assert.deepStrictEqual(describe_(parseYaml(split, DEFAULT_LIMITS, cache)), describe_(parseYaml(split)));
  });
});

describe('nesting too deep for the YAML parser', () => {
  for (const [what, text, line] of [
    ['flow sequences', 'kind: poc\nx: ' + '['.repeat(10000) + ']'.repeat(10000) + '\n', 1],
    ['flow mappings', 'kind: poc\nx: ' + '{a: '.repeat(10000) + '1' + '}'.repeat(10000) + '\n', 1],
    ['block sequences', 'kind: poc\nx:\n' + '- '.repeat(10000) + 'a\n', 2],
  ] as const) {
    it(`${what}: one yaml-syntax finding that says so, where the nesting passes the limit`, () => {
      const p = parseYaml(text);
      assert.strictEqual(p.hasSyntaxError, true);
      assert.strictEqual(p.findings.length, 1);
      const f = p.findings[0];
      assert.strictEqual(f.rule, 'yaml-syntax');
      assert.match(f.message.en, /Nesting deeper than 100 levels/);
      assert.match(f.message['zh-CN'], /嵌套超过 100 层/);
      assert.strictEqual(text.slice(0, f.span.start).split('\n').length - 1, line);
      // At the 101st opener: 100 levels are allowed.
      assert.match(text[f.span.start], /[[{-]/);
      assert.strictEqual(text.slice(0, f.span.start).split('\n')[line].match(/[[{]|- /g)!.length, 100);
    });
  }

  it('never gives yaml a text nested close to its stack limit, but still lets it read 150 levels', () => {
    // 150 levels: yaml reads it, the converter stops at the depth limit.
    const p = parseYaml('kind: poc\nx: ' + '['.repeat(150) + ']'.repeat(150) + '\n');
    assert.deepStrictEqual(p.findings.map((f) => f.message.en), ['YAML syntax error: Nesting deeper than 100 levels.']);
    assert.ok(p.doc, 'parsed by yaml');
    // 400 levels, in every form: refused before yaml, at the 101st level.
    for (const text of [
      'x: ' + '['.repeat(400) + ']'.repeat(400) + '\n',
      'x:\n' + '- '.repeat(400) + 'a\n',
      'x:\n' + Array.from({ length: 400 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1\n',
      // a multi-line flow collection inside deep block nesting keeps the block levels
      'x:\n' + '- '.repeat(120) + '[\n' + '['.repeat(100) + '\n' + ']'.repeat(101) + '\n',
      // an apostrophe in a plain scalar does not hide the next line's brackets
      "a: it's\nb: " + '{'.repeat(400) + '}'.repeat(400) + '\n',
    ]) {
      const q = parseYaml(text);
      assert.strictEqual(q.doc, undefined, JSON.stringify(text.slice(0, 40)));
      assert.deepStrictEqual(q.findings.map((f) => f.message.en), ['YAML syntax error: Nesting deeper than 100 levels; the file cannot be read safely.']);
      assert.ok(deeperThan(text, 300) >= 0);
    }
  });

  it('does not count brackets in comments and quoted scalars, or ordinary plans, as nesting', () => {
    for (const text of [
      '# ' + '['.repeat(400) + '\nkind: poc\n',
      'a: "' + '['.repeat(400) + '"\n',
      "a: '" + '{'.repeat(400) + "'\n",
      'a: [' + '"[", '.repeat(400) + '"]"]\n',
    ]) {
      assert.strictEqual(deeperThan(text, 300), -1, JSON.stringify(text.slice(0, 40)));
      assert.deepStrictEqual(parseYaml(text).findings, []);
    }
    for (const [name, text] of Object.entries(corpus())) assert.strictEqual(deeperThan(text, 20), -1, name);
  });

  it('tooDeepAt ignores brackets in quotes and comments, and falls back to the line start', () => {
    const text = 'a: "[[[[" # {{{{\nb: [[[x]]]\n';
    assert.strictEqual(tooDeepAt(text, text.indexOf('x'), 2), text.indexOf('[[[x') + 2);
    assert.strictEqual(tooDeepAt(text, text.indexOf('x'), 5), text.indexOf('b:'));
  });
});

describe('documents and quotes', () => {
  const findings = (text: string) => parseYaml(text).findings.map((f) => ({ rule: f.rule, at: text.slice(f.span.start, f.span.end), en: f.message.en }));
  const plan = 'id: a\ntitle: 标题\ntasks:\n  - { id: T1, name: 调研 }\n';

  it('takes a trailing "---" or "..." (an empty second document) for no error, chunked or whole', () => {
    for (const tail of ['---\n', '...\n', '---', '---\n# 结束\n', '...\n---\n', '---\n...\n', '--- # end\n']) {
      const text = plan + tail;
      assert.deepStrictEqual(findings(text), [], JSON.stringify(tail));
      assert.deepStrictEqual(parseYaml(text).root, parseYaml(plan).root);
      sameAsWhole(text, new ChunkCache(), JSON.stringify(tail));
    }
  });

  it('keeps one error for real content after "---"', () => {
    for (const tail of ['---\nid: b\n', '---\n...\n---\nx: 1\n', '...\nid: b\n']) {
      const f = findings(plan + tail);
      assert.deepStrictEqual(f.map((x) => x.rule), ['yaml-syntax'], JSON.stringify(tail));
      assert.match(f[0].en, /Only one YAML document/);
      sameAsWhole(plan + tail, new ChunkCache(), JSON.stringify(tail));
    }
  });

  it('reports an unclosed quote where it opens, not at the end of the file', () => {
    const cases: [string, string][] = [
      ['id: a\ntitle: "某银行日志平台\nstart: 2026-12-01\nend: 2026-12-19\n', '"某银行日志平台'],
      ["id: a\ntitle: '某银行\nstart: 2026-12-01\n", "'某银行"],
      ['id: a\ntasks:\n  - { id: T1, name: "调研 }\n  - { id: T2, name: 部署 }\n', '"调研 }'],
      ['id: a\ntasks:\n  - id: T1\n    name: ok\n  - id: T2\n    name: "部署\n', '"部署'],
      ['id: a\nnotes: "no end', '"no end'],
    ];
    for (const [text, at] of cases) {
      const f = findings(text);
      assert.strictEqual(f.length, 1, JSON.stringify(f));
      assert.strictEqual(f[0].at, at, text);
      assert.match(f[0].en, /Unclosed quote/);
      sameAsWhole(text, new ChunkCache(), text);
    }
  });
});
