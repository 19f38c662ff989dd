import * as assert from 'assert';
import { Slot } from './slot';

describe('Slot', () => {
  it('remembers a value per object, invisible to keys, JSON, spreads and deep equality', () => {
    const slot = new Slot<number>('test');
    const a: Record<string, unknown> = Object.create(null);
    a.id = 'T1';
    const b = { id: 'T1' };
    slot.set(a, 1);
    slot.set(b, 2);
    slot.set(b, 3);
    assert.strictEqual(slot.get(a), 1);
    assert.strictEqual(slot.get(b), 3);
    assert.strictEqual(slot.get({}), undefined);
    assert.deepStrictEqual(Object.keys(a), ['id']);
    assert.strictEqual(JSON.stringify(b), '{"id":"T1"}');
    assert.strictEqual(slot.get({ ...b }), undefined);
    assert.deepStrictEqual(b, { id: 'T1' });
    assert.strictEqual(new Slot<number>('test').get(b), undefined, 'two slots of the same name are apart');
  });
});
