import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

// Today is 2026-12-10 unless a test says otherwise.
const closing = yaml`
  kind: checklist
  id: closing
  title: 项目收尾检查
  phase: closing
  due: 2026-12-08
  items:
    - { id: C1, text: 备份数据库, done: false, required: true, owner: zhao, due: 2026-12-09 }
    - { id: C2, text: 清理测试数据, done: false, required: false, due: 2026-12-01 }
    - { id: C3, text: 交付文档归档, done: true }
    - { id: C4, text: 客户满意度调查, due: 2026-12-10 }
    - { id: C5, text: 确认巡检计划, due: 2026-12-31 }
    - group: 产品培训
      items:
        - { id: C6, text: 培训签到 }
        - { text: 培训考试, done: false }
        - { id: C7, text: 培训满意度回访, done: true }
`;

describe('rule checklist-overdue', () => {
  it('fires on required items not done after their own or the checklist due date, groups included', () => {
    const hits = check({ 'closing.checklist.yaml': closing }, 'checklist-overdue');
    assert.deepStrictEqual(brief(hits), ['7:C1', '14:C6', '15:培训考试']);
    assert.ok(hits.every((h) => h.severity === 'warning'));
    assert.deepStrictEqual(hits[0].data, { itemId: 'C1', due: '2026-12-09', dueFrom: 'item' });
    assert.deepStrictEqual(hits[1].data, { itemId: 'C6', due: '2026-12-08', dueFrom: 'checklist' });
    assert.match(hits[0].message, /Required item C1 \(备份数据库\) of checklist "项目收尾检查" was due on 2026-12-09, 1 day ago, and is not done; owner zhao/);
    assert.match(hits[1].message, /C6 \(培训签到\) \(group 产品培训\) .* due on 2026-12-08 \(the checklist’s due date\), 2 days ago/);
  });

  it('does not fire before the due date, on optional or done items, or without any due date', () => {
    assert.deepStrictEqual(check({ 'closing.checklist.yaml': closing }, 'checklist-overdue', { today: '2026-12-08' }), []);
    const hits = check({ 'departure.checklist.yaml': yaml`
      id: departure
      title: 离场检查
      items:
        - { id: D1, text: 归还门禁卡 }
        - { id: D2, text: 删除客户数据, due: 2026-12-32 }
        - { id: D3, text: 签署离场确认, due: 2026-12-01, done: true }
        - 不是检查项
        - group: 空分组
    ` }, 'checklist-overdue');
    assert.deepStrictEqual(hits, []);
    assert.deepStrictEqual(check({ 'e.checklist.yaml': 'due: 2026-01-01\nitems: 3\n' }, 'checklist-overdue'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'closing.checklist.yaml': closing }, 'checklist-overdue', { locale: 'zh-CN' });
    assert.strictEqual(
      hits[1].message,
      '清单“项目收尾检查”中的必做项 C6（培训签到）（分组：产品培训）的截止日期为 2026-12-08（清单的截止日期），已逾期 2 天仍未完成。请完成后标记为已完成；如不适用请改为非必做项。',
    );
  });
});
