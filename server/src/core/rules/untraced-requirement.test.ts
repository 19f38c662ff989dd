import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 日志检索性能, priority: must, acceptance: P95 < 3 秒 }
    - { id: R2, title: 审计日志防篡改, priority: must, acceptance: 1 分钟内告警 }
    - { id: R3, title: 报表导出, priority: must, acceptance: 导出 10 万行 < 30 秒 }
    - { id: R4, title: 移动端, priority: should, acceptance: 支持 2 种机型 }
    - { id: R5, title: 大屏展示, priority: must, scope: out-of-contract, acceptance: 4K 大屏 }
    - { id: R6, title: 单点登录, priority: must, acceptance: 对接 1 套 LDAP }
`;

describe('rule untraced-requirement', () => {
  it('fires on a must requirement nothing covers, at its id', () => {
    const hits = check({
      'bank.requirements.yaml': requirements,
      'bank.poc.yaml': yaml`
        kind: poc
        id: bank-log-poc
        scenarios:
          - { id: S1, title: 交易日志实时检索, requirements: [R1] }
        successCriteria:
          - { id: SC1, description: 篡改告警, requirement: R2 }
      `,
      'bank.project.yaml': yaml`
        kind: project
        id: bank-log-impl
        acceptance:
          items:
            - { id: A1, category: report, requirement: R3, status: pending }
      `,
    }, 'untraced-requirement');
    // R4 is not must, R5 is out of contract (seed 003), R1–R3 are covered three different ways.
    assert.deepStrictEqual(hits.map((h) => `${h.file}:${h.line}:${h.column}:${h.text}`), ['bank.requirements.yaml:8:11:R6']);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { requirementId: 'R6' });
    assert.strictEqual(hits[0].message,
      'Must requirement R6 (单点登录) is not covered by any success criterion, scenario or acceptance item. ' +
      "Trace it: add requirement: R6 to a success criterion or acceptance item, or list R6 in a scenario's requirements.");
  });

  it('fires on every uncovered must requirement when no plan exists', () => {
    const hits = check({ 'bank.requirements.yaml': requirements }, 'untraced-requirement');
    assert.deepStrictEqual(brief(hits), ['3:R1', '4:R2', '5:R3', '8:R6']);
  });

  it('does not fire once covered, nor on requirements without id or odd input', () => {
    const hits = check({
      'bank.requirements.yaml': 'requirements:\n  - { id: R6, priority: Must }\n  - { title: 无 id, priority: must }\n  - 42\n',
      'x.poc.yaml': 'kind: poc\nid: x\nsuccessCriteria:\n  - { id: SC9, requirement: R6 }\n',
    }, 'untraced-requirement');
    assert.deepStrictEqual(brief(hits), []);
    assert.deepStrictEqual(check({ 'e.requirements.yaml': '' }, 'untraced-requirement'), []);
  });

  it('speaks Chinese when asked', () => {
    const hits = check({ 'bank.requirements.yaml': requirements }, 'untraced-requirement', { locale: 'zh-CN' });
    assert.strictEqual(hits[3].message,
      '优先级为“必须”的需求 R6（单点登录）没有被任何成功标准、场景或验收项覆盖。请在成功标准或验收项中引用需求 R6，或把 R6 加入某个场景的需求列表。');
  });

  describe('per release', () => {
    const reqs = yaml`
      kind: requirements
      requirements:
        - { id: R1, title: 日志检索, priority: must, release: basic, acceptance: P95 < 3 秒 }
        - { id: R2, title: 关联分析, priority: must, release: standard, acceptance: 10 条规则 }
        - { id: R3, title: 告警, priority: must, acceptance: 1 分钟内告警 }
        - { id: R4, title: 移动端, priority: must, scope: next-phase, acceptance: 2 种机型 }
    `;
    const project = (items: string) => `kind: project\nid: p\nreleases:\n  - { id: basic, title: 基础版, date: 2027-03-01 }\n  - { id: standard, title: 标准版, date: 2027-06-01 }\nacceptance:\n  items:\n${items}`;

    it('an acceptance item of release A does not cover a requirement of release B', () => {
      const hits = check({
        'r.requirements.yaml': reqs,
        'p.project.yaml': project('    - { id: A1, requirement: R1, release: basic }\n    - { id: A2, requirement: R2, release: basic }\n    - { id: A3, requirement: R3, release: standard }\n'),
      }, 'untraced-requirement');
      // R2 (标准版) is only "covered" by a 基础版 item; R3 has no release, so any release covers it; R4 is 二期.
      assert.deepStrictEqual(hits.map((h) => h.data), [{ requirementId: 'R2' }]);
    });

    it('coverage of the same release or without a release counts', () => {
      const hits = check({
        'r.requirements.yaml': reqs,
        'p.project.yaml': project('    - { id: A1, requirement: R1 }\n    - { id: A2, requirement: R2, release: standard }\n    - { id: A3, requirement: R3 }\n'),
      }, 'untraced-requirement');
      assert.deepStrictEqual(hits, []);
    });

    it('a next-phase requirement is never reported', () => {
      const hits = check({ 'r.requirements.yaml': reqs }, 'untraced-requirement');
      assert.deepStrictEqual(hits.map((h) => h.data?.requirementId), ['R1', 'R2', 'R3']);
    });
  });
});
