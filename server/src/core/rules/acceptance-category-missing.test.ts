import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'acceptance-category-missing';

const project = (acceptance: string) =>
  yaml`
    kind: project
    id: bank-log-impl
    title: 某银行日志平台实施项目
    start: 2027-01-04
  ` + acceptance;

describe('rule acceptance-category-missing', () => {
  it('fires once at the acceptance key, listing the uncovered categories', () => {
    const hits = check({ 'a.project.yaml': project(yaml`
      acceptance:
        items:
          - { id: A1, category: analysis, requirement: R3, status: passed, date: 2027-03-20 }
          - { id: A2, category: alert, requirement: R5, status: failed }
          - { id: A3, category: other, requirement: R9, status: pending }
        report: { signed: false }
    `) }, RULE);
    assert.deepStrictEqual(brief(hits), ['5:acceptance']);
    assert.deepStrictEqual(hits[0].data, { missing: ['storage', 'report'] });
    assert.strictEqual(hits[0].severity, 'info');
    assert.match(hits[0].message, /acceptance of project 某银行日志平台实施项目 has no item for storage, report/);
  });

  it('does not fire when all four are covered, or without an acceptance section', () => {
    const all = project(yaml`
      acceptance:
        items:
          - { id: A1, category: analysis, status: passed }
          - { id: A2, category: storage, status: passed }
          - { id: A3, category: alert, status: pending }
          - { id: A4, category: report, status: passed }
    `);
    assert.deepStrictEqual(check({ 'a.project.yaml': all }, RULE), []);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('') }, RULE), []);
  });

  it('lists all four for an empty or odd acceptance section', () => {
    const hits = check({ 'a.project.yaml': project('acceptance:\n  items: [1, {category: 7}, {}]\n') }, RULE);
    assert.deepStrictEqual(hits.map((h) => h.data), [{ missing: ['analysis', 'storage', 'alert', 'report'] }]);
    assert.deepStrictEqual(check({ 'a.project.yaml': project('acceptance: 未开始\n') }, RULE), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'a.project.yaml': project('acceptance:\n  items:\n    - { id: A1, category: analysis }\n') }, RULE, {
      locale: 'zh-CN',
    });
    assert.match(hits[0].message, /项目“某银行日志平台实施项目”的验收缺少存储需求验收、告警需求验收、报表需求验收/);
  });

  describe('the category list is a setting (acceptanceCategories)', () => {
    const items = project(yaml`
      acceptance:
        items:
          - { id: A1, category: analysis, status: passed }
          - { id: A2, category: alert, status: pending }
    `);

    it('asks only for the configured categories', () => {
      assert.deepStrictEqual(check({ 'a.project.yaml': items }, RULE, { settings: { acceptance: { categories: ['analysis', 'alert'] } } }), []);
      const hits = check({ 'a.project.yaml': items }, RULE, { settings: { acceptanceCategories: ['analysis', 'other'] } });
      assert.deepStrictEqual(hits.map((h) => h.data), [{ missing: ['other'] }]);
      assert.match(hits[0].message, /has no item for other\. Add one for each \(category: other\) so that the customer accepts the analysis and other requirements\./);
      const zh = check({ 'a.project.yaml': items }, RULE, { settings: { acceptanceCategories: ['other', 'storage'] }, locale: 'zh-CN' });
      assert.match(zh[0].message, /验收缺少其他需求验收、存储需求验收。/);
    });

    it('asks for none with an empty list, ignores unknown entries, and keeps the default for a non-list', () => {
      assert.deepStrictEqual(check({ 'a.project.yaml': items }, RULE, { settings: { acceptanceCategories: [] } }), []);
      assert.deepStrictEqual(check({ 'a.project.yaml': items }, RULE, { settings: { acceptance: { categories: ['security', 'report', 7] } } }).map((h) => h.data), [{ missing: ['report'] }]);
      assert.deepStrictEqual(check({ 'a.project.yaml': items }, RULE, { settings: { acceptance: { categories: 'report' } } }).map((h) => h.data), [{ missing: ['storage', 'report'] }]);
    });
  });
});
