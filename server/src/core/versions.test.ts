import * as assert from 'assert';
import { artifactFile } from './file';
import { ChunkCache, type ParsedYaml } from './parse';
import { DEFAULT_SETTINGS } from './settings';
import { locate } from './yaml/tree';
import { isPlan } from './model';

/** Every span the SourceMap of a parse gives, walking its converted values. */
function spans(p: ParsedYaml): string[] {
  const out: string[] = [];
  const s = (x?: { start: number; end: number }) => (x ? `${x.start}-${x.end}` : '-');
  const walk = (v: unknown, at: string) => {
    if (Array.isArray(v)) {
      out.push(`${at} ${s(p.map.node(v))}`);
      v.forEach((x, i) => {
        out.push(`${at}[${i}] ${s(p.map.item(v, i))}`);
        walk(x, `${at}[${i}]`);
      });
    } else if (v && typeof v === 'object') {
      out.push(`${at} ${s(p.map.node(v))}`);
      for (const k of Object.keys(v)) {
        out.push(`${at}.${k} ${s(p.map.key(v, k))} ${s(p.map.value(v, k))}`);
        walk((v as Record<string, unknown>)[k], `${at}.${k}`);
      }
    }
  };
  walk(p.root, '$');
  return out;
}

const tasks = Array.from({ length: 30 }, (_, i) => `  - id: T${i + 1}\n    name: 任务${i + 1}\n    duration: 2d\n${i ? `    dependsOn: [T${i}]\n` : ''}`).join('');
const TEXT = `kind: poc\nid: p\ntitle: 试点\nstart: 2026-03-02\ntasks:\n${tasks}risks: []\n`;

describe('versions never change once published', () => {
  it('an edit that moves chunks leaves the previous version its spans, schedule and text', () => {
    const cache = new ChunkCache();
    const v1 = artifactFile('file:///ws/p.poc.yaml', TEXT, DEFAULT_SETTINGS, {}, cache)!;
    const before = spans(v1.parsed);
    const schedule1 = v1.schedule!;
    const tasks1 = isPlan(v1.model) ? v1.model.tasks.items : [];
    // A longer name in task 2: every chunk after it moves, the schedule is kept.
    const text2 = TEXT.replace('name: 任务2\n', 'name: 任务二号，更长的名字\n');
    const v2 = artifactFile('file:///ws/p.poc.yaml', text2, DEFAULT_SETTINGS, {}, cache, v1)!;
    const v3 = artifactFile('file:///ws/p.poc.yaml', text2.replace('任务5\n', '任务五\n'), DEFAULT_SETTINGS, {}, cache, v2)!;

    assert.deepStrictEqual(spans(v1.parsed), before, 'the first version reads its own places');
    assert.deepStrictEqual(spans(v2.parsed), spans(artifactFile('file:///ws/p.poc.yaml', text2, DEFAULT_SETTINGS)!.parsed));
    assert.strictEqual(v1.parsed.layout!.text, TEXT);
    assert.notStrictEqual(v2.schedule, schedule1);
    assert.strictEqual(v2.schedule!.basis, schedule1.basis, 'the dates are shared');
    schedule1.tasks.forEach((st, i) => {
      assert.strictEqual(st.task, tasks1[i], 'the old schedule keeps its tasks');
      for (const d of st.deps) assert.strictEqual(d, schedule1.tasks[d.index]);
    });
    const tasks3 = isPlan(v3.model) ? v3.model.tasks.items : [];
    v3.schedule!.tasks.forEach((st, i) => {
      assert.strictEqual(st.task, tasks3[i]);
      for (const d of st.deps) assert.strictEqual(d, v3.schedule!.tasks[d.index]);
      assert.strictEqual(v3.schedule!.byId.get(st.id!), st);
    });
    // A rebound schedule (schedule-rebound.ts) answers every date of the computed one, and a write
    // through it throws instead of changing the version it shares them with.
    const fields = ['index', 'id', 'start', 'end', 'duration', 'delayDays', 'milestone', 'fixedStart', 'fixedEnd', 'inCycle', 'unscheduled', 'unknownDeps', 'lateStart', 'lateEnd', 'slack', 'critical', 'done', 'started', 'plannedStart', 'plannedEnd'] as const;
    v3.schedule!.tasks.forEach((st, i) => {
      for (const k of fields) assert.deepStrictEqual(st[k], schedule1.tasks[i][k], `${k} of task ${i + 1}`);
    });
    assert.throws(() => {
      (v3.schedule!.tasks[3] as { start?: number }).start = 0;
    }, TypeError);
    assert.strictEqual(schedule1.tasks[3].start, v3.schedule!.tasks[3].start);
    // The editing features' nodes of each version are at that version's places.
    const at1 = TEXT.indexOf('T20');
    const at2 = text2.indexOf('T20');
    const last = (f: typeof v1, o: number) => (locate(f, o).entries.at(-1) as { range?: number[] } | undefined)?.range?.[0];
    assert.deepStrictEqual([last(v1, at1), last(v2, at2)], [at1, at2]);
  });
});
