import * as assert from 'assert';
import { check, workspaceOf } from '../testing';

const POC = 'kind: poc\nid: p\ntitle: t\ntasks:\n  - { id: T1, name: 调研, owner: cio-liu, duration: 1d }\n';
const PEOPLE = 'kind: stakeholders\nstakeholders:\n  - { id: cio-liu, name: 刘总 }\n';

describe('rule ref-unchecked (and unknown-ref with a broken defining file)', () => {
  it('says the defining file is unreadable instead of a false unknown-ref', () => {
    const ws = workspaceOf({ 'bank.poc.yaml': POC });
    ws.set('file:///ws/people.stakeholders.yaml', PEOPLE, { invalidUtf8At: 40 });
    const d = ws.check('file:///ws/bank.poc.yaml');
    assert.ok(!d.some((x) => x.rule === 'unknown-ref'), JSON.stringify(d));
    const u = d.filter((x) => x.rule === 'ref-unchecked');
    assert.deepStrictEqual(u.map((x) => [x.severity, POC.slice(x.span.start, x.span.end)]), [['info', 'cio-liu']]);
    assert.match(u[0].message, /'cio-liu' cannot be checked: people\.stakeholders\.yaml, which may define it, cannot be read\. Fix that file first\./);
  });

  it('names a syntax error in the defining file, in Chinese too', () => {
    const hits = check({ 'bank.poc.yaml': POC, 'people.stakeholders.yaml': 'kind: stakeholders\nstakeholders:\n  - { id: cio-wang, name: [ }\n' }, undefined, { locale: 'zh-CN' });
    const mine = hits.filter((h) => h.file === 'bank.poc.yaml' && (h.rule === 'unknown-ref' || h.rule === 'ref-unchecked'));
    assert.deepStrictEqual(mine.map((h) => [h.rule, h.line]), [['ref-unchecked', 5]]);
    assert.match(mine[0].message, /暂时无法检查：可能定义它的文件 people\.stakeholders\.yaml 有 YAML 语法错误，请先修正该文件。/);
  });

  it('goes back to unknown-ref once the file is readable (the verdicts are not kept)', () => {
    const ws = workspaceOf({ 'bank.poc.yaml': POC });
    const people = 'file:///ws/people.stakeholders.yaml';
    ws.set(people, 'kind: stakeholders\nstakeholders: []\n', { invalidUtf8At: 5 });
    assert.ok(!ws.check('file:///ws/bank.poc.yaml').some((x) => x.rule === 'unknown-ref'));
    ws.set(people, 'kind: stakeholders\nstakeholders: []\n');
    const d = ws.check('file:///ws/bank.poc.yaml');
    assert.deepStrictEqual(d.filter((x) => x.rule === 'unknown-ref' || x.rule === 'ref-unchecked').map((x) => x.rule), ['unknown-ref']);
  });

  it('a decoded GBK file defines its ids: no unknown-ref, no ref-unchecked', () => {
    const ws = workspaceOf({ 'bank.poc.yaml': POC });
    ws.set('file:///ws/people.stakeholders.yaml', PEOPLE, { encoding: 'gb18030' });
    assert.deepStrictEqual(ws.check('file:///ws/bank.poc.yaml').filter((x) => /ref/.test(x.rule)), []);
  });

  it('does not fire when the broken file cannot define the kind, or the id resolves', () => {
    const hits = check({ 'bank.poc.yaml': POC.replace('owner: cio-liu', 'owner: nobody'), 'r.requirements.yaml': 'requirements: [\n' });
    assert.deepStrictEqual(hits.filter((h) => h.file === 'bank.poc.yaml' && /ref/.test(h.rule)).map((h) => h.rule), ['unknown-ref']);
    const ok = check({ 'bank.poc.yaml': POC, 'people.stakeholders.yaml': PEOPLE + 'x: [\n' });
    assert.deepStrictEqual(ok.filter((h) => h.file === 'bank.poc.yaml' && /ref/.test(h.rule)), []);
  });
});
