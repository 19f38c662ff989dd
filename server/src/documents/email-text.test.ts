/**
 * The plain-text part: display widths (a Chinese character is two columns), aligned tables,
 * records for a table too wide, headings underlined to their width, the signature block, and
 * control characters of user text replaced.
 */
import * as assert from 'assert';
import { cleanText, displayWidth, emailText, textTable, MAX_WIDTH } from './email-text';
import type { ReportDoc } from '../core/reports/doc';

describe('report as plain text (e-mail text part)', () => {
  it('measures display width: CJK and full-width characters take two columns', () => {
    assert.deepStrictEqual([displayWidth('abc'), displayWidth('环境部署'), displayWidth('（P1）'), displayWidth('𠀀'), displayWidth('e\u0301')], [3, 8, 6, 2, 1]);
  });

  it('aligns a table by display width, and writes a wide one as records', () => {
    assert.strictEqual(textTable(['任务', 'Owner'], [['P1 环境部署', 'zhang'], [[{ strong: '合计' }], '']], 'zh-CN'), ['任务        | Owner', '------------+------', 'P1 环境部署 | zhang', '合计        |'].join('\n'));
    const long = 'x'.repeat(MAX_WIDTH);
    assert.strictEqual(textTable(['任务', '说明', '备注'], [['P1', long, ''], ['P2', 'b', 'c']], 'zh-CN'), `1. 任务：P1\n   说明：${long}\n\n2. 任务：P2\n   说明：b\n   备注：c`);
    assert.strictEqual(textTable(['Task', 'Note'], [['P1', long]], 'en'), `1. Task: P1\n   Note: ${long}`);
    assert.strictEqual(textTable(['a'], [['x\ny\r\nz\tw']], 'en'), 'a\n-------\nx y z w');
  });

  it('underlines headings, frames the title, lists signature lines, replaces control characters', () => {
    const doc: ReportDoc = {
      kind: 'acceptance',
      edition: 'customer',
      locale: 'zh-CN',
      title: '验收报告\u001b[31m',
      customer: '',
      project: '',
      company: '',
      blocks: [
        { type: 'heading', level: 2, text: '一、概况' },
        { type: 'heading', level: 3, text: 'Scope' },
        { type: 'list', items: ['第一行\n第二行'] },
        { type: 'rule' },
        {
          type: 'signature',
          signature: { labels: { organisation: '单位', conclusion: '验收结论', signature: '代表签字', date: '日期', seal: '盖章' }, conclusionOptions: ['□ 通过', '□ 不通过'], parties: [{ role: '甲方（客户）', organisation: '某银行' }, { role: '乙方（实施方）', organisation: '' }] },
        },
      ],
    };
    const text = emailText(doc);
    assert.ok(text.startsWith('=============\n验收报告\ufffd[31m\n=============\n\n一、概况\n========\n\nScope\n-----\n\n  - 第一行\n    第二行\n\n----------------------------------------\n\n甲方（客户）\n  单位：某银行\n  验收结论：□ 通过  □ 不通过\n'), text);
    assert.match(text, /乙方（实施方）\n {2}单位：_+\n/);
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text));
    assert.strictEqual(cleanText('a\u0000b\r\nc\u2028d'), 'a\ufffdb\nc\nd');
    assert.strictEqual(cleanText(' a\n\tb ', true), 'a b');
  });
});
