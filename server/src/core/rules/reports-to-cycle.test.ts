import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

describe('rule reports-to-cycle', () => {
  it('marks every stakeholder of a loop across files, at its reportsTo', () => {
    const hits = check({
      'customer.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: cio-liu, name: 刘总, reportsTo: ceo-chen }
          - { id: dba-sun, name: 孙工, reportsTo: cio-liu }
      `,
      'board.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: ceo-chen, name: 陈总, reportsTo: cio-liu }
      `,
    }, 'reports-to-cycle');
    // 孙工 reports into the loop but is not part of it.
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.column}:${h.text}`), [
      'customer.stakeholders.yaml:3:41:ceo-chen',
      'board.stakeholders.yaml:3:42:cio-liu',
    ]);
    assert.strictEqual(hits[0].severity, 'error');
    assert.strictEqual(hits[0].message,
      'reportsTo forms a loop: 刘总 (cio-liu) → 陈总 (ceo-chen) → 刘总 (cio-liu). Nobody can be their own (indirect) manager; correct one reportsTo of the loop.');
    assert.deepStrictEqual(hits[0].data, { cycle: ['cio-liu', 'ceo-chen', 'cio-liu'] });
    assert.deepStrictEqual(hits[1].data, { cycle: ['ceo-chen', 'cio-liu', 'ceo-chen'] });
  });

  it('marks a self-loop and a longer loop', () => {
    const hits = check({
      'bank.stakeholders.yaml': yaml`
        stakeholders:
          - { id: a, name: 甲, reportsTo: a }
          - { id: b, name: 乙, reportsTo: c }
          - { id: c, reportsTo: d }
          - { id: d, name: 丁, reportsTo: b }
      `,
    }, 'reports-to-cycle');
    assert.deepStrictEqual(brief(hits), ['2:a', '3:c', '4:d', '5:b']);
    assert.match(hits[0].message, /^甲 \(a\) → 甲 \(a\): this stakeholder reports to themselves/);
    assert.deepStrictEqual(hits[2].data, { cycle: ['c', 'd', 'b', 'c'] });
  });

  it('does not fire on a tree, unknown targets or odd input', () => {
    const hits = check({
      'bank.stakeholders.yaml': yaml`
        kind: stakeholders
        stakeholders:
          - { id: ceo-chen, name: 陈总 }
          - { id: cio-liu, name: 刘总, reportsTo: ceo-chen }
          - { id: dba-sun, name: 孙工, reportsTo: cio-liu }
          - { id: dev-qian, reportsTo: nobody }
          - { name: 无 id, reportsTo: ceo-chen }
          - { id: x, reportsTo: "" }
          - { id: y, reportsTo: [y] }
          - 5
      `,
    }, 'reports-to-cycle');
    assert.deepStrictEqual(brief(hits), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({
      'bank.stakeholders.yaml': 'stakeholders:\n  - { id: cio-liu, name: 刘总, reportsTo: ceo-chen }\n  - { id: ceo-chen, name: 陈总, reportsTo: cio-liu }\n',
    }, 'reports-to-cycle', { locale: 'zh-CN' });
    assert.strictEqual(hits[0].message,
      '汇报关系形成循环：刘总（cio-liu） → 陈总（ceo-chen） → 刘总（cio-liu）。任何人都不能是自己的（间接）上级，请修正循环中的某个上级。');
  });
});
