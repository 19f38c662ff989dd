import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const planA = (team: string) => yaml`
  id: plan-a
  title: 甲银行项目
  team: [ ${team} ]
  tasks:
    - { id: A1, name: 部署, owner: zhao, start: 2027-01-04, end: 2027-01-05 }
`;
const planB = (team: string) => yaml`
  id: plan-b
  title: 乙证券项目
  team: [ ${team} ]
  tasks:
    - { id: B1, name: 培训, owner: zhao, start: 2027-02-01, end: 2027-02-02 }
`;

describe('rule team-member-mismatch', () => {
  it('the same id with two names: an info at each plan’s name, naming the other plan and name', () => {
    const hits = check({ 'a/a.project.yaml': planA('{ id: zhao, name: 赵六 }'), 'b/b.project.yaml': planB('{ id: zhao, name: 赵柳 }') }, 'team-member-mismatch');
    assert.deepStrictEqual(hits.map((h) => [h.file, ...brief([h])]), [
      ['a/a.project.yaml', '3:赵六'],
      ['b/b.project.yaml', '3:赵柳'],
    ]);
    assert.strictEqual(hits[0].severity, 'info');
    assert.match(hits[0].message, /Team member zhao is called 赵六 here but 赵柳 in 乙证券项目\. The same id in any plan is the same person/);
    assert.deepStrictEqual(hits[0].data, { person: 'zhao', names: ['赵柳'], plans: ['乙证券项目'] });
  });

  it('speaks Chinese without field names', () => {
    const [hit] = check({ 'a.project.yaml': planA('{ id: zhao, name: 赵六 }'), 'b.project.yaml': planB('{ id: zhao, name: 赵柳 }') }, 'team-member-mismatch', { locale: 'zh-CN' });
    assert.strictEqual(
      hit.message,
      '团队成员 zhao 在本计划中名为“赵六”，但在“乙证券项目”中名为“赵柳”。同一标识在所有计划中都指同一个人（其任务安排会合并计算）：请统一姓名，或为另一位人员改用自己的标识。',
    );
  });

  it('different capacities (1 by default): at the capacity, or the id when none is written', () => {
    const hits = check({ 'a.project.yaml': planA('{ id: zhao, name: 赵六, capacity: 0.5 }'), 'b.project.yaml': planB('{ id: zhao, name: 赵六 }') }, 'team-member-mismatch');
    assert.deepStrictEqual(hits.map((h) => [h.file, ...brief([h])]), [
      ['a.project.yaml', '3:0.5'],
      ['b.project.yaml', '3:zhao'],
    ]);
    assert.match(hits[1].message, /capacity of 1 here but 0\.5 in 甲银行项目; their load is counted against the smallest, 0\.5/);
    assert.deepStrictEqual(hits[1].data, { person: 'zhao', capacities: [0.5], plans: ['甲银行项目'] });
  });

  it('is quiet when names agree, when one entry has no name, and for a person in one plan only', () => {
    assert.deepStrictEqual(check({ 'a.project.yaml': planA('{ id: zhao, name: 赵六 }'), 'b.project.yaml': planB('{ id: zhao, name: " 赵六 " }') }, 'team-member-mismatch'), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': planA('{ id: zhao, name: 赵六 }'), 'b.project.yaml': planB('{ id: zhao }') }, 'team-member-mismatch'), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': planA('{ id: zhao, name: 赵六 }'), 'b.project.yaml': planB('{ id: qian, name: 钱七 }') }, 'team-member-mismatch'), []);
  });
});
