import * as assert from 'assert';
import { memoryPolicy, type MemoryHooks } from './memory';

const MB = 1024 * 1024;

/** A heap that grows as told, a collector that brings it back to `live`, timers run by hand. */
function fakeHeap(live: number) {
  const s = { used: live, live, collections: 0, timers: [] as { fn: () => void; cancelled: boolean }[] };
  const hooks: MemoryHooks = {
    heapUsed: () => s.used,
    collect: () => {
      s.collections++;
      s.used = s.live;
    },
    later: (fn) => {
      const t = { fn, cancelled: false };
      s.timers.push(t);
      return { cancel: () => (t.cancelled = true) };
    },
  };
  const runTimers = () => s.timers.splice(0).forEach((t) => !t.cancelled && t.fn());
  return { s, hooks, runTimers };
}

describe('memory policy between bursts of work', () => {
  it('collects at once when the heap has grown past twice what survived, by 32 MB or more', () => {
    const { s, hooks } = fakeHeap(40 * MB);
    // 79 MB: less than twice 40.
    const p = memoryPolicy(hooks);
    s.used = 79 * MB;
    p.idle();
    assert.strictEqual(s.collections, 0, 'under twice what survived: no collection yet');
    s.used = 81 * MB;
    p.idle();
    assert.strictEqual(s.collections, 1);
    assert.strictEqual(s.used, 40 * MB);
  });

  it('collects after a pause when it grew less, and not when work comes first', () => {
    const { s, hooks, runTimers } = fakeHeap(20 * MB);
    const p = memoryPolicy(hooks);
    s.used = 30 * MB;
    p.idle();
    assert.strictEqual(s.collections, 0);
    p.busy();
    runTimers();
    assert.strictEqual(s.collections, 0, 'an edit cancelled the collection of the pause');
    p.idle();
    runTimers();
    assert.strictEqual(s.collections, 1, 'collected in the pause');
    // Small growth (under 4 MB or a third): nothing.
    s.used = 23 * MB;
    p.idle();
    runTimers();
    assert.strictEqual(s.collections, 1);
  });
});
