import * as assert from 'assert';
import { isPlanFileName, planNameCandidate, planNameStem, renamePlanId } from './plan-names';

describe('Import Plan: the names tried when the plan file exists', () => {
  it('keeps the kind suffix and numbers the stem: -2, -3 …', () => {
    assert.deepStrictEqual([1, 2, 3].map((n) => planNameCandidate('bank-log.project.yaml', n)), ['bank-log.project.yaml', 'bank-log-2.project.yaml', 'bank-log-3.project.yaml']);
    assert.strictEqual(planNameCandidate('某银行.poc.yml', 2), '某银行-2.poc.yml');
    assert.ok(isPlanFileName(planNameCandidate('a.b.project.yaml', 5)));
    assert.ok(!isPlanFileName('plan.yaml') && !isPlanFileName('plan.project.yaml.bak'));
  });
});

describe('Import Plan: the plan id of a numbered copy', () => {
  const yaml = '# Imported by POC Studio\n\nkind: project\nid: bank-log\ntitle: 某银行\ntasks:\n  - { id: bank-log, name: 同名任务 }\n';
  it('renames the top-level id only (a task of the same id is left alone)', () => {
    assert.strictEqual(renamePlanId(yaml, 'bank-log', 'bank-log-2'), yaml.replace('id: bank-log\n', 'id: bank-log-2\n'));
    assert.strictEqual(renamePlanId("kind: poc\nid: 'a.b' # 计划\n", 'a.b', 'a.b-3'), 'kind: poc\nid: a.b-3 # 计划\n');
    assert.strictEqual(planNameStem('bank-log-2.project.yaml'), 'bank-log-2');
  });
  it('changes nothing when the id is not the name it was written under, or the new name is no id', () => {
    assert.strictEqual(renamePlanId(yaml, 'other', 'other-2'), yaml);
    assert.strictEqual(renamePlanId(yaml, 'bank-log', '某银行-2'), yaml);
    assert.strictEqual(renamePlanId('kind: poc\nid: axb\n', 'a.b', 'a.b-2'), 'kind: poc\nid: axb\n');
  });
});
