import * as assert from 'assert';
import { isPlanFileName, planNameCandidate } from './plan-names';

describe('Import Plan: the names tried when the plan file exists', () => {
  it('keeps the kind suffix and numbers the stem: -2, -3 …', () => {
    assert.deepStrictEqual([1, 2, 3].map((n) => planNameCandidate('bank-log.project.yaml', n)), ['bank-log.project.yaml', 'bank-log-2.project.yaml', 'bank-log-3.project.yaml']);
    assert.strictEqual(planNameCandidate('某银行.poc.yml', 2), '某银行-2.poc.yml');
    assert.ok(isPlanFileName(planNameCandidate('a.b.project.yaml', 5)));
    assert.ok(!isPlanFileName('plan.yaml') && !isPlanFileName('plan.project.yaml.bak'));
  });
});
