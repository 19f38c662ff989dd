import * as assert from 'assert';
import { personId, planIdOf } from './ids';

describe('import ids', () => {
  it('people: pinyin of Chinese names, slugs of Latin ones, unique by a number', () => {
    const taken = new Set<string>();
    assert.strictEqual(personId('张三', taken), 'zhangsan');
    assert.strictEqual(personId('单雄信', taken), 'shanxiongxin', 'a surname read as a surname');
    assert.strictEqual(personId('John Smith', taken), 'john-smith');
    assert.strictEqual(personId('张三', taken), 'zhangsan2', 'another 张三 (a new person) gets a number');
    assert.strictEqual(personId('吕布', taken), 'lvbu');
    assert.strictEqual(personId('—', taken), 'p6');
    for (const id of taken) assert.match(id, /^[A-Za-z0-9][A-Za-z0-9_.-]*$/);
  });

  it('plans: from the file name', () => {
    assert.strictEqual(planIdOf('/x/Bank Plan v2.xlsx'), 'bank-plan-v2');
    assert.strictEqual(planIdOf('实施计划.csv'), 'shishijihua');
    assert.strictEqual(planIdOf('___.xml'), 'imported-plan');
  });
});
