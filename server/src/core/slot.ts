/**
 * A value remembered per object, kept on the object itself under a private symbol (not
 * enumerable: JSON, ajv, Object.keys, spreads and deep equality never see it). It replaces a
 * WeakMap for the per-item memos of large plans: a WeakMap with hundreds of thousands of entries
 * makes every major garbage collection slower, so a plan's open grew faster than the plan
 * (BENCHMARKS.md). The objects must not be frozen; converted values and model items never are.
 */
export class Slot<T> {
  private readonly key: symbol;

  constructor(name: string) {
    this.key = Symbol(name);
  }

  get(o: object): T | undefined {
    return (o as Record<symbol, T | undefined>)[this.key];
  }

  set(o: object, value: T): void {
    Object.defineProperty(o, this.key, { value, writable: true, configurable: true, enumerable: false });
  }
}
