import * as assert from 'assert';
import { brief, check, yaml } from '../testing';

const RULE = 'tender-matrix-incomplete';

const requirements = yaml`
  kind: requirements
  requirements:
    - { id: R1, title: 交易日志检索, priority: must }
    - { id: R2, title: 日志接入, priority: must }
    - { id: R3, title: 异常告警, priority: should }
    - { id: R4, title: 日志留存, priority: must, scope: next-phase }
    - { id: R6, title: 报表定制, priority: must, scope: out-of-contract }
`;

/** A POC with a tender due on `deadline` (today is 2026-12-10, a Thursday). */
const poc = (tender: string) =>
  yaml`
    kind: poc
    id: bank-log-poc
    title: 某银行日志分析平台 POC
    team:
      - { id: li, name: 李四, role: presales }
  ` + tender;

const files = (tender: string) => ({ 'bank.poc.yaml': poc(tender), 'bank.requirements.yaml': requirements });

describe('rule tender-matrix-incomplete', () => {
  it('fires at the deadline when must requirements have no row and a row has no response', () => {
    const hits = check(files(yaml`
      tender:
        deadline: 2026-12-17
        owner: li
        matrix:
          - { requirement: R1, response: full }
          - { requirement: R3, remark: 待确认 }
    `), RULE);
    assert.deepStrictEqual(brief(hits), ['7:2026-12-17']);
    assert.strictEqual(hits[0].severity, 'warning');
    assert.deepStrictEqual(hits[0].data, { missing: ['R2', 'R4'], unanswered: [2], deadline: '2026-12-17', days: 5, state: 'soon' });
    assert.strictEqual(
      hits[0].message,
      'The tender response of POC 某银行日志分析平台 POC is due on 2026-12-17 (5 working days left) and is not submitted, but its response matrix is incomplete: ' +
        'no row for must requirements R2, R4; row 2 (R3) has no response. Have 李四 answer every must requirement (fully met, partly met or not met, with a remark), then record the submitted date.',
    );
  });

  it('does not fire while the deadline is further off than the setting, and follows it', () => {
    const t = 'tender:\n  deadline: 2026-12-18\n  matrix: []\n';
    assert.deepStrictEqual(check(files(t), RULE), []);
    assert.deepStrictEqual(brief(check(files(t), RULE, { settings: { tenderDeadlineDays: 6 } })), ['7:2026-12-18']);
  });

  it('fires after the deadline when still not submitted, and not once submitted', () => {
    const hits = check(files('tender:\n  deadline: 2026-12-07\n  matrix:\n    - { requirement: R1, response: full }\n'), RULE);
    assert.deepStrictEqual(hits.map((h) => h.data), [{ missing: ['R2', 'R4'], unanswered: [], deadline: '2026-12-07', days: 3, state: 'passed' }]);
    assert.match(hits[0].message, /was due on 2026-12-07 \(3 working days ago\).*Name a response owner and answer/);
    assert.deepStrictEqual(check(files('tender:\n  deadline: 2026-12-07\n  submitted: 2026-12-07\n  matrix: []\n'), RULE), []);
  });

  it('does not fire when every must requirement is answered, or without a deadline', () => {
    const complete = yaml`
      tender:
        deadline: 2026-12-10
        matrix:
          - { requirement: R1, response: full }
          - { requirement: R2, response: partial, remark: 需二次开发 }
          - { requirement: R4, response: none, remark: 二期实现 }
    `;
    assert.deepStrictEqual(check(files(complete), RULE), []);
    assert.deepStrictEqual(check(files('tender:\n  owner: li\n  matrix: []\n'), RULE), []);
    assert.deepStrictEqual(check({ 'bank.poc.yaml': poc('tender:\n  deadline: 2026-12-10\n  matrix: []\n') }, RULE), [], 'no requirements file: nothing to answer');
  });

  it('reads the answers written in Chinese (满足 / 部分满足 / 不满足) as full / partial / none, without a schema error', () => {
    const chinese = yaml`
      tender:
        deadline: 2026-12-10
        matrix:
          - { requirement: R1, response: 满足 }
          - { requirement: R2, response: 部分满足, remark: 需二次开发 }
          - { requirement: R4, response: 不满足, remark: 二期实现 }
    `;
    assert.deepStrictEqual(check(files(chinese)).filter((h) => h.severity === 'error' || h.rule === RULE), []);
    assert.deepStrictEqual(brief(check(files(chinese.replace('response: 满足', 'response: 大致满足')), 'schema')).length, 1);
  });

  it('leaves unknown requirement ids to unknown-ref', () => {
    const hits = check(files('tender:\n  deadline: 2026-12-30\n  matrix:\n    - { requirement: R9, response: full }\n'));
    assert.deepStrictEqual(hits.filter((h) => h.rule === RULE), []);
    const unknown = hits.filter((h) => h.rule === 'unknown-ref');
    assert.deepStrictEqual(brief(unknown), ['9:R9']);
    assert.match(unknown[0].message, /'R9'/);
  });

  it('speaks Chinese when asked', () => {
    const hits = check(files('tender:\n  deadline: 2026-12-10\n  matrix:\n    - { requirement: R1 }\n'), RULE, { locale: 'zh-CN' });
    assert.strictEqual(
      hits[0].message,
      '“某银行日志分析平台 POC”的投标应答今天（2026-12-10）截止，尚未提交，但应答矩阵不完整：优先级为“必须”的需求 R2、R4 没有应答；第 1 行（R1）未填写满足情况。' +
        '请指定应答负责人，逐条应答（满足、部分满足或不满足，并写明说明），提交后记录提交日期。',
    );
  });
});
