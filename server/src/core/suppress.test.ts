import * as assert from 'assert';
import { check, yaml } from './testing';
import { directiveIds, disabledLines } from './suppress';

const lines = (text: string) => [...disabledLines(text)].map(([line, ids]) => `${line}:${[...ids].join(',')}`);

describe('suppression comments', () => {
  it('reads the ids up to the reason: full-width or ASCII brackets, --, a colon, a Chinese word', () => {
    const ids = (rest: string) => directiveIds(rest).ids;
    assert.deepStrictEqual(ids(' overdue（客户已同意延期）'), ['overdue']);
    assert.deepStrictEqual(ids(' overdue (客户已同意延期)'), ['overdue']);
    assert.deepStrictEqual(ids(' overdue, status-progress schema -- 与客户确认中'), ['overdue', 'status-progress', 'schema']);
    assert.deepStrictEqual(ids(' overdue，schema、status-progress：延期'), ['overdue', 'schema', 'status-progress']);
    assert.deepStrictEqual(ids(' overdue 客户已同意延期'), ['overdue']);
    assert.deepStrictEqual(ids('（客户已同意延期）'), []);
    assert.deepStrictEqual(ids(' -- 全部'), []);
    assert.deepStrictEqual(ids(''), []);
  });

  it('maps each directive to the line it silences', () => {
    const text = [
      '# poc-studio-disable-next-line overdue（客户已同意延期）', // 0 → 1
      'a: 1',
      'b: 2  # poc-studio-disable-line schema, overdue', // 2
      '# poc-studio-disable-next-line', // 3 → 4: all
      'c: 3',
      'd: "x"#poc-studio-disable-line overdue', // not a comment: # glued to text
      '# poc-studio-disable-lines overdue', // not a directive
      '  #   poc-studio-disable-next-line schema',
      'e: 4',
    ].join('\r\n');
    assert.deepStrictEqual(lines(text), ['1:overdue', '2:schema,overdue', '4:*', '8:schema']);
    assert.deepStrictEqual(lines('a: 1\rb: 2 # poc-studio-disable-line overdue\n'), ['1:overdue'], 'lone CR line breaks count');
    assert.strictEqual(disabledLines('a: 1\n# 说明\n').size, 0);
  });

  const plan = yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志分析平台一期实施
    start: 2027-01-04
    tasks:
      # poc-studio-disable-next-line overdue（客户已同意延期）
      - { id: P1, name: 环境部署, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
      # poc-studio-disable-next-line overdue，status-progress (待确认)
      - { id: P2, name: 日志接入, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
      - { id: P3, name: 报表开发, start: 2027-01-04, duration: 2d, status: doing, progress: 100 } # poc-studio-disable-line overdue status-progress
      - { id: P4, name: 告警配置, start: 2027-01-04, duration: 2d, status: doing, progress: 100 } # poc-studio-disable-line schema -- 另议
      # poc-studio-disable-next-line（全部暂缓）
      - { id: P5, name: 巡检, start: 2027-01-04, duration: 2d, status: doing, progress: 100 }
  `;

  it('silences the listed rules of that line in the diagnostics, and only those', () => {
    const hits = check({ 'a.project.yaml': plan }, undefined, { today: '2027-01-20' }).filter((h) => h.rule === 'overdue' || h.rule === 'status-progress');
    assert.deepStrictEqual(
      hits.map((h) => `${h.line} ${h.rule}`),
      ['7 status-progress', '11 overdue', '11 status-progress'],
      'P1: only overdue silenced; P2, P3: both; P4: a different id silences nothing; P5: all',
    );
  });
});
