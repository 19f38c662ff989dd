import * as assert from 'assert';
import { check, yaml } from '../testing';

describe('rule yaml-syntax', () => {
  it('gives one diagnostic at the place of the error', () => {
    const hits = check({ 'a.poc.yaml': yaml`
      kind: poc
      id: a
      title: "未闭合的引号
    ` });
    assert.deepStrictEqual(hits.map((h) => [h.rule, h.line]), [['yaml-syntax', 3]]);
  });

  it('reports a bad indentation on its line, and nothing else for that file', () => {
    const hits = check({ 'a.poc.yaml': 'kind: poc\nid: a\ntasks:\n  - id: T1\n   name: x\n' });
    assert.strictEqual(hits.length, 1);
    assert.strictEqual(hits[0].rule, 'yaml-syntax');
    assert.ok(hits[0].line >= 4 && hits[0].line <= 5, `line ${hits[0].line}`);
  });

  it('reports duplicate keys and tabs', () => {
    assert.strictEqual(check({ 'a.poc.yaml': 'id: a\nid: b\n' }, 'yaml-syntax')[0].line, 2);
    assert.strictEqual(check({ 'a.poc.yaml': 'id: a\n\ttitle: b\n' }, 'yaml-syntax')[0].line, 2);
  });

  it('reports an unclosed quote on the line where it opens, in both languages', () => {
    const text = 'kind: poc\nid: a\ntitle: "未闭合的引号\nstart: 2026-12-01\nend: 2026-12-19\nmode: onsite\n';
    const [en] = check({ 'a.poc.yaml': text }, 'yaml-syntax');
    assert.deepStrictEqual([en.line, en.text], [3, '"未闭合的引号']);
    assert.match(check({ 'a.poc.yaml': text }, 'yaml-syntax', { locale: 'zh-CN' })[0].message, /^YAML 语法错误：引号未闭合：从这里开始的字符串缺少结束的双引号。$/);
  });

  it('takes a trailing "---" or "..." for no error, and content after "---" for one', () => {
    const plan = 'kind: poc\nid: a\ntitle: t\n';
    assert.deepStrictEqual(check({ 'a.poc.yaml': `${plan}---\n` }, 'yaml-syntax'), []);
    assert.deepStrictEqual(check({ 'a.poc.yaml': `${plan}...\n` }, 'yaml-syntax'), []);
    assert.deepStrictEqual(check({ 'a.poc.yaml': `${plan}---\nid: b\n` }, 'yaml-syntax').map((h) => h.line), [4]);
  });

  it('translates the message into Chinese', () => {
    const hits = check({ 'a.poc.yaml': 'id: a\nid: b\n' }, 'yaml-syntax', { locale: 'zh-CN' });
    assert.match(hits[0].message, /键必须唯一/);
  });

  it('keeps checking the other files of the workspace', () => {
    const hits = check({
      'broken.stakeholders.yaml': 'stakeholders:\n  - id: [\n',
      'ok.poc.yaml': 'kind: project\nid: a\ntitle: t\n',
    });
    assert.ok(hits.some((h) => h.file === 'broken.stakeholders.yaml' && h.rule === 'yaml-syntax'));
    assert.ok(hits.some((h) => h.file === 'ok.poc.yaml' && h.rule !== 'yaml-syntax'));
  });

  it('turns an alias bomb and deep nesting into a diagnostic, not a hang', () => {
    let bomb = 'id: a\nl0: &l0 [x, x, x, x, x, x, x, x, x, x]\n';
    for (let i = 1; i < 12; i++) bomb += `l${i}: &l${i} [${Array(10).fill(`*l${i - 1}`).join(', ')}]\n`;
    const hits = check({ 'bomb.poc.yaml': bomb }, 'yaml-syntax');
    assert.strictEqual(hits.length, 1);
    assert.match(hits[0].message, /alias/);
    const deep = 'id: a\nx: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    assert.strictEqual(check({ 'deep.poc.yaml': deep }, 'yaml-syntax').length, 1);
  });

  it('does not fire on valid YAML in flow or block style', () => {
    assert.deepStrictEqual(check({ 'a.poc.yaml': 'id: a\ntitle: t\nteam: [{ id: z, name: 张三, role: sales }]\n' }, 'yaml-syntax'), []);
  });
});

describe('parse limits', () => {
  it('reads self-referencing aliases without looping', () => {
    for (const text of ['id: a\nx: &a [*a]\n', 'id: a\nx: &a { b: *a }\n']) {
      const hits = check({ 'self.poc.yaml': text }, 'yaml-syntax');
      assert.deepStrictEqual(hits, []);
    }
  });
});
