/**
 * Edit safety, as a property over generated valid workspaces (seeded mutations of the example
 * customer folder: unknown owners, status/progress mismatches, unknown keys and enum values,
 * duplicate ids, swapped dates, CRLF line endings, tabs in comments, Chinese comments …):
 *
 * - every quick fix of every diagnostic: edits lie inside the file, do not overlap, never split a
 *   CRLF or a surrogate pair, keep the file's line endings, remove no comment, break no YAML that
 *   was valid; the bytes outside the edit ranges are identical; applying the inverse edits
 *   restores the exact original bytes; files it creates are plain names inside the folder;
 * - every rename of an id: each edit replaces exactly an occurrence of the old id (nothing
 *   around it), and renaming back restores every file byte for byte;
 * - every checklist tick (the progress panel): the edit touches only its own item, the item reads
 *   done (or not done) afterwards, and unticking or undoing restores the exact bytes;
 * - every Gantt drag (resize, move, link by mouse date or keyboard day): the edits lie inside the
 *   dragged (or linked-to) task, break no valid YAML, and undo exactly.
 *
 * The seed is printed on failure; POC_STUDIO_EDIT_SEED replays one, POC_STUDIO_EDIT_RUNS sets the count.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { workspaceOf } from '../testing';
import { parseYaml } from '../parse';
import { codeActions } from './code-actions';
import { prepareRename, rename } from './navigation';
import { applyEdits } from './edits';
import type { CodeActionEntry, TextEdit } from './types';
import { tickEdit } from '../views/progress';
import { ganttDragEdit, type GanttDrag } from '../gantt/drag-edit';
import { rng as mulberry32 } from '../testing';

const EXAMPLES = path.resolve(__dirname, '../../../../../examples');
const uriOf = (name: string) => `file:///ws/${name}`;

/** A seeded PRNG (testing.ts) with helpers. */
function rng(seed: number) {
  const next = mulberry32(seed);
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] };
}
type Rng = ReturnType<typeof rng>;

/** Mutations that keep the YAML valid but give the rules (and their fixes) something to do. */
const MUTATIONS: [string, RegExp, (m: string, r: Rng) => string][] = [
  ['unknown owner', /owner: \w+/g, (_m, r) => `owner: ${r.pick(['sunn', 'zhaoo', 'nobody', 'li-si'])}`],
  ['status/progress', /status: done/g, () => 'status: doing'],
  ['progress', /progress: \d+/g, (_m, r) => `progress: ${r.pick([0, 100, 50])}`],
  ['unknown key', /\{ id: /g, () => '{ colour: red, id: '],
  ['enum typo', /status: (todo|doing|done)/g, (m) => m.replace(/o(?=\w*$)/, 'oo')],
  ['duplicate id', /id: (P|T|R|M|C)(\d+)/g, (m) => m.replace(/\d+$/, '1')],
  ['missing field', /, duration: \w+/g, () => ''],
  ['date', /2027-0(\d)-(\d\d)/g, (_m, r) => `2027-0${1 + r.int(3)}-${String(1 + r.int(28)).padStart(2, '0')}`],
  ['comment', /\n(?=  - )/g, (m, r) => `${m}  # ${r.pick(['备注：待确认', 'note\twith tab', '# nested', ''])}\n`],
  ['quoted name', /name: ([^,}\n"]+)/g, (m) => m.replace(/name: (.*)/, 'name: "$1"')],
];

/** A generated workspace: the example files with 1–4 random mutations each, some with CRLF. */
function generate(seed: number): Record<string, string> {
  const r = rng(seed);
  const files: Record<string, string> = {};
  for (const name of fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort()) {
    let text = fs.readFileSync(path.join(EXAMPLES, name), 'utf8');
    for (let i = 1 + r.int(4); i > 0; i--) {
      const [, re, fn] = r.pick(MUTATIONS);
      const matches = [...text.matchAll(re)];
      if (!matches.length) continue;
      const m = r.pick(matches);
      text = text.slice(0, m.index!) + fn(m[0], r) + text.slice(m.index! + m[0].length);
    }
    if (r.int(3) === 0) text = text.replace(/\n/g, '\r\n');
    files[name] = text;
  }
  return files;
}

const splits = (text: string, at: number) =>
  at > 0 && at < text.length && ((text[at - 1] === '\r' && text[at] === '\n') || (/[\ud800-\udbff]/.test(text[at - 1]) && /[\udc00-\udfff]/.test(text[at])));

/** The edits of one file: checked for bounds, overlaps and integrity, applied, and undone. */
function checkEdits(what: string, before: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start);
  for (const [i, e] of sorted.entries()) {
    assert.ok(e.span.start >= 0 && e.span.start <= e.span.end && e.span.end <= before.length, `${what}: edit out of the file`);
    if (i > 0) assert.ok(sorted[i - 1].span.end <= e.span.start, `${what}: overlapping edits`);
    assert.ok(!splits(before, e.span.start) && !splits(before, e.span.end), `${what}: an edit splits a CRLF or a surrogate pair`);
  }
  const after = applyEdits(before, edits);
  // Outside the edit ranges, nothing changed: the text between edits is the same, in order.
  let delta = 0;
  let prevEnd = 0;
  for (const e of sorted) {
    assert.equal(after.slice(prevEnd + delta, e.span.start + delta), before.slice(prevEnd, e.span.start), `${what}: bytes outside the edits changed`);
    delta += e.newText.length - (e.span.end - e.span.start);
    prevEnd = e.span.end;
  }
  assert.equal(after.slice(prevEnd + delta), before.slice(prevEnd), `${what}: bytes after the edits changed`);
  // The inverse edits restore the exact original bytes.
  delta = 0;
  const inverse = sorted.map((e) => {
    const start = e.span.start + delta;
    delta += e.newText.length - (e.span.end - e.span.start);
    return { span: { start, end: start + e.newText.length }, newText: before.slice(e.span.start, e.span.end) };
  });
  assert.equal(applyEdits(after, inverse), before, `${what}: undo does not restore the original`);
  // Line endings: a CRLF file stays CRLF, an LF file LF.
  const crlf = /\r\n/.test(before);
  for (const e of edits) {
    if (crlf) assert.ok(!/(^|[^\r])\n/.test(e.newText), `${what}: LF inserted into a CRLF file: ${JSON.stringify(e.newText)}`);
    else assert.ok(!/\r/.test(e.newText), `${what}: CR inserted into an LF file`);
  }
  // No comment is removed: each comment line of the original is still there.
  const comments = (t: string) => t.split(/\r?\n/).filter((l) => /^\s*#/.test(l)).map((l) => l.trim());
  const kept = comments(after);
  for (const c of comments(before)) assert.ok(kept.some((k) => k === c || k.startsWith(c.replace(/\s+$/, ''))), `${what}: comment removed: ${c}`);
  return after;
}

describe('edit safety: quick fixes and renames over generated workspaces', function () {
  this.timeout(120000);
  const runs = Number(process.env.POC_STUDIO_EDIT_RUNS ?? 6);
  const first = process.env.POC_STUDIO_EDIT_SEED ? Number(process.env.POC_STUDIO_EDIT_SEED) : 1;

  it(`every quick fix changes only its edit ranges and undoes exactly (${runs} seeds)`, () => {
    let actions = 0;
    const rulesFixed = new Set<string>();
    for (let seed = first; seed < first + runs; seed++) {
      const files = generate(seed);
      const ws = workspaceOf(files, { today: '2027-01-27' });
      for (const name of Object.keys(files)) {
        const uri = uriOf(name);
        const file = ws.get(uri)!;
        const validBefore = !parseYaml(files[name]).hasSyntaxError;
        for (const d of ws.check(uri)) {
          const list: CodeActionEntry[] = codeActions({ ws, file, locale: seed % 2 ? 'en' : 'zh-CN' }, [{ rule: d.rule, span: d.span, message: d.message, data: d.data }], d.span);
          for (const a of list) {
            const what = `seed ${seed}, ${name}, ${d.rule} → "${a.title}"`;
            actions++;
            if (!/disable-next-line/.test(JSON.stringify(a.edits))) rulesFixed.add(d.rule);
            const byUri = new Map<string, TextEdit[]>();
            for (const e of a.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
            for (const [u, edits] of byUri) {
              const target = Object.keys(files).find((n) => uriOf(n) === u);
              assert.ok(target, `${what}: edits a file outside the workspace: ${u}`);
              const after = checkEdits(what, files[target], edits);
              if (validBefore && target === name) assert.ok(!parseYaml(after).hasSyntaxError, `${what}: the fix breaks the YAML`);
            }
            for (const c of a.createFiles ?? []) {
              assert.match(c.uri, /^file:\/\/\/ws\/[A-Za-z0-9][A-Za-z0-9_.-]*\.(stakeholders|requirements|poc|project|checklist)\.yaml$/, `${what}: creates ${c.uri}`);
              assert.ok(!Object.keys(files).some((n) => uriOf(n) === c.uri), `${what}: creates a file that exists`);
            }
          }
        }
      }
    }
    assert.ok(actions > 100, `${actions} actions checked`);
    // The generator reaches the main fixes (else the property would be checked on little).
    for (const r of ['unknown-ref', 'schema', 'status-progress', 'duplicate-id']) assert.ok(rulesFixed.has(r), `no ${r} fix was generated: ${[...rulesFixed].join(', ')}`);
  });

  it(`every rename touches only the occurrences of the id, and renaming back restores every byte (${runs} seeds)`, () => {
    let renames = 0;
    for (let seed = first; seed < first + runs; seed++) {
      const files = generate(seed);
      const ws = workspaceOf(files, { today: '2027-01-27' });
      const r = rng(seed * 7919);
      for (const name of Object.keys(files)) {
        const text = files[name];
        const ids = [...text.matchAll(/\bid: "?([A-Za-z0-9][A-Za-z0-9_.-]*)/g)];
        for (let k = 0; k < 2 && ids.length; k++) {
          const m = r.pick(ids);
          const oldId = m[1];
          const offset = m.index! + m[0].indexOf(oldId) + r.int(oldId.length);
          const file = ws.get(uriOf(name))!;
          const ctx = { ws, file, locale: 'en' as const };
          const prep = prepareRename(ctx, offset);
          if (!prep || 'error' in prep) continue;
          const newId = `${oldId}-x${seed}`;
          const res = rename(ctx, offset, newId);
          assert.ok(!('error' in res), `seed ${seed} ${name}: rename ${oldId} refused: ${JSON.stringify(res)}`);
          renames++;
          const renamed: Record<string, string> = { ...files };
          const byUri = new Map<string, TextEdit[]>();
          for (const e of res.edits) byUri.set(e.uri, [...(byUri.get(e.uri) ?? []), e]);
          for (const [u, edits] of byUri) {
            const target = Object.keys(files).find((n) => uriOf(n) === u)!;
            assert.ok(target, `edits outside the workspace: ${u}`);
            for (const e of edits) {
              const old = files[target].slice(e.span.start, e.span.end);
              assert.ok(old === oldId || old === JSON.stringify(oldId), `seed ${seed}: rename ${oldId} → ${newId} edits ${JSON.stringify(old)} in ${target}`);
            }
            renamed[target] = checkEdits(`seed ${seed} rename ${oldId} in ${target}`, files[target], edits);
          }
          // Renaming back (the inverse operation) restores every file byte for byte.
          const ws2 = workspaceOf(renamed, { today: '2027-01-27' });
          const back = Object.entries(renamed).flatMap(([n, t]) => {
            const at = t.indexOf(newId);
            return at >= 0 ? [{ n, at }] : [];
          })[0];
          assert.ok(back, 'the new id is somewhere');
          const res2 = rename({ ws: ws2, file: ws2.get(uriOf(back.n))!, locale: 'en' }, back.at, oldId);
          assert.ok(!('error' in res2), JSON.stringify(res2));
          const restored: Record<string, string> = { ...renamed };
          for (const n of Object.keys(renamed)) {
            const edits = res2.edits.filter((e) => e.uri === uriOf(n));
            if (edits.length) restored[n] = applyEdits(renamed[n], edits);
          }
          for (const n of Object.keys(files)) assert.equal(restored[n], files[n], `seed ${seed}: renaming ${newId} back to ${oldId} does not restore ${n}`);
        }
      }
    }
    assert.ok(renames > 20, `${renames} renames checked`);
  });

  it(`every checklist tick changes only its item, reads back, and undoes exactly (${runs} seeds)`, () => {
    let ticks = 0;
    for (let seed = first; seed < first + runs; seed++) {
      const files = generate(seed);
      for (const name of Object.keys(files).filter((n) => n.endsWith('.checklist.yaml'))) {
        const ws = workspaceOf(files, { today: '2027-01-27' });
        const file = ws.get(uriOf(name))!;
        if (file.model.kind !== 'checklist') continue;
        const items = file.model.items;
        items.forEach((item, index) => {
          const done = item.done?.value === true;
          const edit = tickEdit(file, index, !done, item.id?.value);
          if (!edit) return;
          ticks++;
          const what = `seed ${seed}, ${name}, item ${item.id?.value ?? index} → ${!done}`;
          // The edit lies inside the item's own entry.
          assert.ok(edit.span.start >= item.span.start && edit.span.end <= item.span.end + 1, `${what}: edits outside the item`);
          const after = checkEdits(what, files[name], [edit]);
          assert.ok(!parseYaml(after).hasSyntaxError || parseYaml(files[name]).hasSyntaxError, `${what}: the tick breaks the YAML`);
          const ws2 = workspaceOf({ ...files, [name]: after }, { today: '2027-01-27' });
          const f2 = ws2.get(uriOf(name))!;
          assert.ok(f2.model.kind === 'checklist');
          const again = f2.model.items[index];
          assert.equal(again.done?.value === true, !done, `${what}: does not read back`);
          // The other items read as before.
          f2.model.items.forEach((x, i) => i !== index && assert.equal(x.done?.value === true, items[i].done?.value === true, `${what}: item ${i} changed`));
          // Ticking back restores the value (an explicit `done:` stays, with its old value).
          const back = tickEdit(f2, index, done, again.id?.value);
          if (back) {
            const restored = applyEdits(after, [back]);
            const f3 = workspaceOf({ ...files, [name]: restored }, { today: '2027-01-27' }).get(uriOf(name))!;
            assert.ok(f3.model.kind === 'checklist' && (f3.model.items[index].done?.value === true) === done, `${what}: unticking does not read back`);
          }
        });
      }
    }
    assert.ok(ticks > 20, `${ticks} ticks checked`);
  });

  it(`every Gantt drag changes only its task, keeps the YAML valid, and undoes exactly (${runs} seeds)`, () => {
    let drags = 0;
    for (let seed = first; seed < first + runs; seed++) {
      const files = generate(seed);
      const r = rng(seed * 7919);
      for (const name of Object.keys(files).filter((n) => /\.(poc|project)\.yaml$/.test(n))) {
        const ws = workspaceOf(files, { today: '2027-01-27' });
        const file = ws.get(uriOf(name))!;
        const tasks = file.schedule?.tasks ?? [];
        for (let k = 0; k < 40 && tasks.length; k++) {
          const i = r.int(tasks.length);
          const kind = r.pick(['resize', 'move', 'link'] as const);
          const drag: GanttDrag =
            kind === 'link'
              ? { kind, from: r.int(tasks.length), to: i }
              : r.int(2)
                ? { kind, index: i, days: r.int(11) - 5, ...(kind === 'move' ? { addStart: r.int(2) === 0 } : {}) }
                : { kind, index: i, toDate: `2027-0${1 + r.int(3)}-${String(1 + r.int(28)).padStart(2, '0')}` };
          const res = ganttDragEdit(file, drag);
          if ('refused' in res) continue;
          drags++;
          const what = `seed ${seed}, ${name}, ${JSON.stringify(drag)}`;
          const task = tasks[i].task;
          for (const e of res.edits) assert.ok(e.span.start >= task.span.start && e.span.end <= task.span.end + 1, `${what}: an edit outside the task`);
          const after = checkEdits(what, files[name], res.edits);
          assert.ok(!parseYaml(after).hasSyntaxError || parseYaml(files[name]).hasSyntaxError, `${what}: the drag breaks the YAML`);
        }
      }
    }
    assert.ok(drags > 20, `${drags} drags checked`);
  });
});
