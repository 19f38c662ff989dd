/**
 * The weekly report's "变更工作量与排期 / Change estimates in the plan" (weekly-changes.ts): accepted
 * changes with an estimate and the tasks carrying them (`change: CR1`), pending ones awaiting decision.
 */
import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { generateReport } from '.';

const plan = (changes: string, extraTask = '') => yaml`
  kind: project
  id: bank-impl
  title: 某银行日志平台实施项目
  customer: 某银行
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
  tasks:
    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 3d }
    - { id: A2, name: 审计日志接入, owner: zhao, start: 2027-01-11, duration: 4d, change: CR1 }
    - { id: A3, name: 审计报表, owner: zhao, dependsOn: [A2], duration: 2d, change: CR1 }
    - { id: A4, name: 作废的任务, owner: zhao, start: 2027-01-11, duration: 9d, change: CR1, status: cancelled }
${extraTask}
  changes:
${changes}
`;

const CHANGES = [
  '    - { id: CR1, date: 2027-01-05, description: 新增审计日志, scope: in-contract, decision: accepted, estimateDays: 5 }',
  '    - { id: CR2, date: 2027-01-06, description: 企业微信告警, scope: in-contract, decision: accepted, estimateDays: 2 }',
  '    - { id: CR3, date: 2027-01-07, description: 短信告警, scope: in-contract, estimateDays: 1.5 }',
  '    - { id: CR4, date: 2027-01-07, description: 换皮肤, scope: in-contract, decision: rejected, estimateDays: 3 }',
  // Dated after the report week: not yet.
  '    - { id: CR5, date: 2027-01-20, description: 移动端, scope: in-contract, decision: accepted, estimateDays: 8 }',
].join('\n');

function weekly(changes = CHANGES, opts: { locale?: 'en' | 'zh-CN'; edition?: 'customer' | 'internal' } = {}): string {
  const ws = workspaceOf({ 'bank.project.yaml': plan(changes) }, { today: '2027-01-08', locale: opts.locale ?? 'en' });
  return generateReport(ws, 'file:///ws/bank.project.yaml', { kind: 'weekly', week: '2027-W01', edition: opts.edition }).markdown;
}

function sub(markdown: string, heading: string): string | undefined {
  const at = markdown.indexOf(`### ${heading}\n`);
  if (at < 0) return undefined;
  const rest = markdown.slice(at + heading.length + 5);
  const end = rest.search(/\n#{2,3} /);
  return end < 0 ? rest : rest.slice(0, end);
}

const rows = (s: string) => s.split('\n').filter((l) => l.startsWith('| ') && !/^\| (Accepted change|已接受的变更) \|/.test(l) && !l.startsWith('| ---'));

describe('weekly report: change estimates in the plan', () => {
  it('lists each accepted change with its estimate and the tasks carrying it, or not in the plan yet; pending awaiting decision (en)', () => {
    const md = weekly();
    const s = sub(md, 'Change estimates in the plan');
    assert.ok(s, 'sub-section present');
    assert.deepStrictEqual(rows(s), [
      '| CR1 新增审计日志 | 5 | A2 审计日志接入 (2027-01-11 – 2027-01-14); A3 审计报表 (2027-01-15 – 2027-01-18) | 6 |',
      '| CR2 企业微信告警 | 2 | not in the plan yet |   |',
    ]);
    assert.match(s, /Awaiting decision: CR3 短信告警 \(estimate 1\.5 person-days\)\./);
    assert.doesNotMatch(s, /CR4|CR5|作废/);
    // It sits under the changes section, before the hours.
    assert.ok(md.indexOf('### Change estimates in the plan') > md.indexOf('. Changes\n'));
    assert.ok(md.indexOf('### Change estimates in the plan') < md.indexOf('. Hours by person\n'));
  });

  it('zh-CN: 尚未排入计划 and 待审批, in Chinese', () => {
    const s = sub(weekly(CHANGES, { locale: 'zh-CN' }), '变更工作量与排期');
    assert.ok(s, 'sub-section present');
    assert.deepStrictEqual(rows(s), [
      '| CR1 新增审计日志 | 5 | A2 审计日志接入（2027-01-11 – 2027-01-14）；A3 审计报表（2027-01-15 – 2027-01-18） | 6 |',
      '| CR2 企业微信告警 | 2 | 尚未排入计划 |   |',
    ]);
    assert.match(s, /\| 已接受的变更 \| 估算（人天） \| 排入计划的任务 \| 计划工作日 \|/);
    assert.match(s, /待审批：CR3 短信告警（估算 1\.5 人天）。/);
  });

  it('the customer edition names the tasks without their ids', () => {
    const s = sub(weekly(CHANGES, { edition: 'customer' }), 'Change estimates in the plan')!;
    assert.match(s, /\| CR1 新增审计日志 \| 5 \| 审计日志接入 \(2027-01-11 – 2027-01-14\); 审计报表/);
  });

  it('nothing when no accepted or pending change has an estimate', () => {
    const none = [
      '    - { id: CR1, date: 2027-01-05, description: 新增审计日志, scope: in-contract, decision: accepted }',
      '    - { id: CR4, date: 2027-01-07, description: 换皮肤, scope: in-contract, decision: rejected, estimateDays: 3 }',
    ].join('\n');
    assert.strictEqual(sub(weekly(none), 'Change estimates in the plan'), undefined);
    assert.strictEqual(sub(weekly(none, { locale: 'zh-CN' }), '变更工作量与排期'), undefined);
  });
});
