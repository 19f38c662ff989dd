/**
 * Memory between bursts of work: a full garbage collection when the server's heap has grown well
 * past what it held after the last one, and none while work is queued.
 *
 * Decisions:
 * - V8 collects lazily. A plan of 2,000 tasks holds ~25 MB of live objects, yet a burst of edits
 *   (each a parse, a check and a few requests, ~5 MB of short-lived objects) let the process grow
 *   past 200 MB before V8 collected (bench/features.mjs; 630 MB on 20,000 tasks).
 * - So after a validation flush leaves nothing to do (lsp/validation.ts): when the heap has grown
 *   past twice what survived the last collection, by at least 32 MB, collect at once — the
 *   diagnostics are out; the next keystroke waits for one collection at most (~60 ms on a
 *   20,000-task plan, whose live heap is ~115 MB). Collecting at 1.5 times kept that plan under
 *   280 MB but made every other keystroke wait (edit → diagnostics ~120 ms instead of ~95 ms). When it has grown less (by a third, at least 4 MB), collect after IDLE_MS
 *   without work (a pause in typing); the next piece of work cancels that.
 * - `gc` is exposed at run time (v8.setFlagsFromString('--expose-gc'), then a new context's
 *   global): editors and scripts start the server without node flags.
 */
import * as v8 from 'v8';
import * as vm from 'vm';

const IDLE_MS = 300;
/** Growth that is collected at once (less waits for a pause): below it, a plan of 2,000 tasks would pay a collection every few keystrokes. */
const IMMEDIATE_MB = 32;
const MB = 1024 * 1024;

export interface MemoryPolicy {
  /** Work (an edit, a check) is about to run: a pending idle collection waits for the next pause. */
  busy(): void;
  /** Nothing is queued: collect now or after a pause, if the heap grew enough. */
  idle(): void;
}

export interface MemoryHooks {
  heapUsed(): number;
  collect(): void;
  later(fn: () => void, ms: number): { cancel(): void };
}

/** The process's heap and V8's collector. */
export const NODE_MEMORY: MemoryHooks = {
  heapUsed: () => process.memoryUsage().heapUsed,
  collect: () => runGc(),
  later: (fn, ms) => {
    const t = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(t) };
  },
};

let gc: (() => void) | undefined;
function runGc(): void {
  try {
    if (!gc) {
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    }
    gc();
  } catch {
    // A runtime that cannot expose its collector: V8 collects on its own.
    gc = () => undefined;
  }
}

export function memoryPolicy(hooks: MemoryHooks = NODE_MEMORY): MemoryPolicy {
  let pending: { cancel(): void } | undefined;
  let kept = hooks.heapUsed();
  const collect = () => {
    pending = undefined;
    hooks.collect();
    kept = hooks.heapUsed();
  };
  return {
    busy() {
      pending?.cancel();
      pending = undefined;
    },
    idle() {
      const used = hooks.heapUsed();
      if (used > 2 * kept && used - kept > IMMEDIATE_MB * MB) {
        pending?.cancel();
        collect();
      } else if (!pending && used > kept * 1.33 && used - kept > 4 * MB) pending = hooks.later(collect, IDLE_MS);
    },
  };
}
