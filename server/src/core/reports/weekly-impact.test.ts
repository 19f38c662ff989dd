/**
 * The weekly report's "Other plans affected" (weekly-impact.ts): the plans in the delays' affects and
 * the impacts not yet recorded, internal edition only.
 */
import * as assert from 'assert';
import { workspaceOf, yaml } from '../testing';
import { generateReport } from '.';
import { INTERNAL_WORDS } from '../../../../test/internal-words';

const bank = (affects: string) => yaml`
  kind: project
  id: bank-impl
  title: 某银行日志平台实施项目
  customer: 某银行
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: qian, name: 钱七, role: pm }
  tasks:
    - { id: A1, name: 环境部署, owner: zhao, start: 2027-01-04, duration: 5d }
    - { id: A2, name: 报表开发, owner: qian, start: 2027-01-04, duration: 8d }
  delays:
    - { task: A1, date: 2027-01-06, days: 2, reason: 机房未就绪, reportedToSales: 2027-01-06${affects} }
    - { task: A2, date: 2027-01-07, days: 1, reason: 需求调整, reportedToSales: 2027-01-07, affects: [poc-x] }
`;
const broker = yaml`
  kind: project
  id: broker-impl
  title: 某证券日志平台实施项目
  start: 2027-01-04
  team:
    - { id: zhao, name: 赵六, role: engineer }
    - { id: sun, name: 孙八, role: sales }
  tasks:
    - { id: B1, name: 方案设计, owner: zhao, start: 2027-01-11, end: 2027-01-15 }
`;
const poc = yaml`
  kind: poc
  id: poc-x
  title: 某基金 POC
  team:
    - { id: li, name: 李四, role: presales }
`;

function weekly(affects: string, opts: { locale?: 'en' | 'zh-CN'; edition?: 'customer' | 'internal' } = {}): string {
  const ws = workspaceOf({ 'bank.project.yaml': bank(affects), 'broker.project.yaml': broker, 'x.poc.yaml': poc }, { today: '2027-01-08', locale: opts.locale ?? 'en' });
  return generateReport(ws, 'file:///ws/bank.project.yaml', { kind: 'weekly', week: '2027-W01', edition: opts.edition }).markdown;
}

function section(markdown: string, heading: RegExp): string | undefined {
  return markdown.split(/\n(?=## )/).find((p) => heading.test(p.split('\n')[0]));
}

describe('weekly report: other plans affected', () => {
  it('lists the recorded plans and the impacts not recorded yet, with sales contact, task, period', () => {
    const s = section(weekly(''), /Other plans affected/);
    assert.ok(s, 'section present');
    const rows = s.split('\n').filter((l) => l.startsWith('| ') && !/^\| Plan|^\| -/.test(l));
    assert.deepStrictEqual(rows, [
      '| 某基金 POC | (no sales in its team) | A2 报表开发 |   |   | yes |',
      "| 某证券日志平台实施项目 | 孙八 | A1 环境部署 | 赵六 | 2027-01-11..2027-01-12 | no: tell its sales, add it to the delay's affects |",
    ]);
  });

  it('once recorded the impact is one "yes" row with its period; zh-CN', () => {
    const s = section(weekly(', affects: [broker-impl]', { locale: 'zh-CN' }), /受影响的其他项目/);
    assert.ok(s, 'section present');
    assert.match(s, /\| 某证券日志平台实施项目 \| 孙八 \| A1 环境部署 \| 赵六 \| 2027-01-11 至 2027-01-12 \| 已关联 \|/);
    assert.ok(!/未关联/.test(s), s);
  });

  it('the customer edition leaves it out', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const md = weekly('', { locale, edition: 'customer' });
      assert.strictEqual(section(md, /Other plans affected|受影响的其他项目/), undefined);
      for (const w of INTERNAL_WORDS) assert.ok(!md.includes(w), `${locale}: ${w}`);
    }
  });

  it('no section for a plan whose delays touch no other plan', () => {
    const ws = workspaceOf({ 'broker.project.yaml': broker }, { today: '2027-01-08' });
    const md = generateReport(ws, 'file:///ws/broker.project.yaml', { kind: 'weekly', week: '2027-W01' }).markdown;
    assert.strictEqual(section(md, /Other plans affected/), undefined);
  });
});
