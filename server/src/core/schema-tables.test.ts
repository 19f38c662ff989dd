import * as assert from 'assert';
import { stringify } from 'yaml';
import { DEF_LISTS, REF_FIELDS, TREES, type SchemaNode } from './generated/kinds';
import { LISTS, pathPattern, refFieldAt, refKeyAt } from './schema-tables';
import { symbolsOf, TARGETS, type RefKind } from './symbols';
import { workspaceOf } from './testing';
import { SCHEMAS } from './schema-check';
import type { Kind } from './types';
import { complete } from './features/completion';
import { definition, references, rename } from './features/navigation';

describe('schema tables (generated from the schemas)', () => {
  it('turns a path into a pattern', () => {
    assert.strictEqual(pathPattern(['tasks', 3, 'dependsOn', 0]), 'tasks[].dependsOn[]');
    assert.strictEqual(pathPattern(['demo', 'audience', 1]), 'demo.audience[]');
    assert.strictEqual(pathPattern([]), '');
  });

  it('knows the reference fields of each kind', () => {
    assert.deepStrictEqual(refFieldAt('poc', ['tasks', 0, 'owner']), { kind: 'owner' });
    assert.deepStrictEqual(refFieldAt('project', ['tasks', 4, 'dependsOn', 1]), { kind: 'task' });
    assert.deepStrictEqual(refFieldAt('project', ['delays', 0, 'task']), { kind: 'task' });
    assert.deepStrictEqual(refFieldAt('project', ['delays', 0, 'affects', 0]), { kind: 'plan' });
    assert.deepStrictEqual(refFieldAt('project', ['changes', 1, 'requestedBy']), { kind: 'requester' });
    assert.deepStrictEqual(refFieldAt('project', ['changes', 1, 'requirement']), { kind: 'requirement' });
    assert.deepStrictEqual(refFieldAt('project', ['inspections', 0, 'owner']), { kind: 'team' });
    assert.deepStrictEqual(refFieldAt('project', ['poc']), { kind: 'plan' });
    assert.deepStrictEqual(refFieldAt('poc', ['demo', 'audience', 2]), { kind: 'stakeholder' });
    assert.deepStrictEqual(refFieldAt('poc', ['demo', 'storyboard', 0, 'scenario']), { kind: 'scenario' });
    assert.deepStrictEqual(refFieldAt('poc', ['review', 'feedback', 0, 'from']), { kind: 'stakeholder', loose: true });
    assert.deepStrictEqual(refFieldAt('stakeholders', ['stakeholders', 2, 'reportsTo']), { kind: 'stakeholder' });
    assert.deepStrictEqual(refFieldAt('requirements', ['requirements', 0, 'release']), { kind: 'release' });
    assert.deepStrictEqual(refFieldAt('checklist', ['items', 1, 'items', 0, 'owner']), { kind: 'checklist-owner' });
  });

  it('not the poc link in a poc, not free text, not the list itself', () => {
    assert.strictEqual(refFieldAt('poc', ['poc']), undefined);
    assert.strictEqual(refFieldAt('poc', ['tasks', 0, 'name']), undefined);
    assert.strictEqual(refFieldAt('poc', ['tasks', 0, 'dependsOn']), undefined);
  });

  it('keys that are ids: weekly report hours', () => {
    assert.deepStrictEqual(refKeyAt('project', ['weeklyReports', 0, 'hours']), { kind: 'team' });
    assert.strictEqual(refKeyAt('project', ['weeklyReports', 0]), undefined);
    assert.strictEqual(refKeyAt('project', []), undefined);
    // Per-task hours: the keys under a person's key are task ids.
    assert.deepStrictEqual(refKeyAt('project', ['weeklyReports', 0, 'hours', 'zhao']), { kind: 'task' });
    assert.strictEqual(refKeyAt('project', ['weeklyReports', 0, 'hours', 'zhao', 'P4']), undefined);
  });

  it('lists with ids: their kind, noun and id prefix', () => {
    assert.deepStrictEqual(DEF_LISTS.poc.find((l) => l.path === 'tasks'), { path: 'tasks', def: 'task', noun: ['task', '任务'], idPrefix: 'T', label: 'name' });
    assert.deepStrictEqual(LISTS['acceptance.items'], { noun: ['acceptance item', '验收项'], fields: ['id', 'category', 'requirement', 'status'], idPrefix: 'A' });
    assert.strictEqual(TREES.checklist.def?.kind, 'checklist');
    assert.strictEqual(TREES.stakeholders.def, undefined);
  });

  it('every reference of the trees symbols.ts walks is a reference field, and the other way round', () => {
    for (const kind of Object.keys(TREES) as Kind[]) {
      const fromTree = new Set<string>();
      const visit = (node: SchemaNode, prefix: string) => {
        const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
        for (const r of node.refs) fromTree.add(r.mode === 'list' ? `${at(r.key)}[]` : r.mode === 'keys' ? `${at(r.key)}.*` : r.mode === 'value-keys' ? `${at(r.key)}.*.*` : at(r.key));
        for (const o of node.objects) visit(o.node, at(o.key));
        for (const l of node.lists) {
          visit(l.item, `${at(l.key)}[]`);
          if (l.spec.groupedBy) visit(l.item, `${at(l.key)}[].${l.key}[]`);
        }
      };
      visit(TREES[kind], '');
      const strict = Object.entries(REF_FIELDS[kind]).filter(([, f]) => !f.loose).map(([p]) => p);
      assert.deepStrictEqual([...fromTree].sort(), strict.sort(), kind);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The schema walk: every x-ref field of every kind, with a valid and an unknown id.

/** The id each reference kind can name in the test workspace (the first tier of TARGETS). */
const VALID: Record<RefKind, string> = {
  owner: 'tm1',
  'checklist-owner': 'tm1',
  requester: 'sh1',
  task: 'T1',
  requirement: 'R1',
  stakeholder: 'sh1',
  scenario: 'S1',
  plan: 'P1',
  team: 'tm1',
  release: 'REL1',
  calendar: 'CAL1',
  change: 'CR1',
};

const UNKNOWN = 'nope9';

const NEIGHBOURS: Record<string, string> = {
  'defs.stakeholders.yaml': 'kind: stakeholders\nstakeholders:\n  - id: sh1\n    name: Shen\n',
  'defs.requirements.yaml': 'kind: requirements\nrequirements:\n  - id: R1\n    title: Search\n',
  'defs.poc.yaml': 'kind: poc\nid: P1\ntitle: Defs\nteam:\n  - id: tm1\n    name: Tim\n',
  'defs.project.yaml': 'kind: project\nid: P2\ntitle: Rel\nreleases:\n  - id: REL1\n    title: Basic\n',
  'defs.calendar.yaml': 'kind: calendar\nid: CAL1\ntitle: Site\n',
};

/** The file under test: the definitions of its own file, then `pattern` holding `value`. */
function fileWith(kind: Kind, pattern: string, value: string): Record<string, unknown> {
  const root: Record<string, unknown> = { kind };
  if (kind === 'poc' || kind === 'project') {
    Object.assign(root, {
      id: 'UT',
      title: 'Under test',
      team: [{ id: 'tm1', name: 'Tim' }],
      tasks: [{ id: 'T1', name: 'First', duration: 1 }],
      scenarios: [{ id: 'S1', title: 'Scenario' }],
    });
  }
  if (kind === 'project') Object.assign(root, { changes: [{ id: 'CR1', description: 'Change' }] });
  if (kind === 'checklist') Object.assign(root, { id: 'CL', title: 'Checklist' });
  // `tasks[].owner` → tasks: [..., { owner: value }]; `a.b[]` → a: { b: [value] }; `x.*` → x: { value: 1 }.
  const segs = pattern.split('.');
  let obj: Record<string, unknown> = root;
  segs.forEach((seg, i) => {
    const last = i === segs.length - 1;
    if (seg === '*') {
      // `x.*.*` → x: { tm1: { value: 1 } } (a key under a team member's key).
      if (last) obj[value] = 1;
      else obj = (obj.tm1 ??= {}) as Record<string, unknown>;
      return;
    }
    const key = seg.replace(/\[\]$/, '');
    if (!seg.endsWith('[]')) {
      if (last) obj[key] = value;
      else obj = (obj[key] ??= {}) as Record<string, unknown>;
      return;
    }
    if (last) {
      obj[key] = [value];
      return;
    }
    const list = ((obj[key] as unknown[] | undefined) ??= []);
    // A checklist item that holds items is a group.
    const item: Record<string, unknown> = segs[i + 1]?.endsWith('[]') && !segs[i + 1].startsWith('*') && i + 2 < segs.length ? { group: 'G' } : { id: `X${list.length + 1}`, text: 'x', name: 'x' };
    list.push(item);
    obj = item;
  });
  return root;
}

function workspaceFor(kind: Kind, pattern: string, value: string) {
  const files = { ...NEIGHBOURS, [`under.${kind}.yaml`]: stringify(fileWith(kind, pattern, value)) };
  const ws = workspaceOf(files);
  const file = ws.get(`file:///ws/under.${kind}.yaml`)!;
  return { ws, file, ctx: { ws, file, locale: 'en' as const } };
}

describe('schema walk: every x-ref field is resolved, completed, renamed, found and checked', () => {
  const fields = (Object.keys(REF_FIELDS) as Kind[]).flatMap((kind) =>
    Object.entries(REF_FIELDS[kind])
      .filter(([, f]) => !f.loose)
      .map(([pattern, f]) => ({ kind, pattern, ref: f.kind }))
      // A POC has no change requests: a task's `change` can name one only in a project (issue 18).
      .filter((f) => !(f.kind === 'poc' && f.ref === 'change')),
  );

  it('covers the fields that once drifted', () => {
    const names = fields.map((f) => `${f.kind}:${f.pattern}`);
    for (const n of ['project:inspections[].owner', 'project:changes[].requirement', 'project:weeklyReports[].hours.*', 'project:weeklyReports[].hours.*.*', 'checklist:items[].items[].owner']) assert.ok(names.includes(n), n);
    assert.ok(fields.length >= 40, `${fields.length} fields`);
  });

  for (const { kind, pattern, ref } of fields) {
    it(`${kind} ${pattern} (${ref})`, () => {
      const id = VALID[ref];
      const { ws, file, ctx } = workspaceFor(kind, pattern, id);
      const found = symbolsOf(file).refs.filter((r) => r.kind === ref && r.id === id && r.field === pattern.replace(/(\[\]|(\.\*)+)$/, '').split('.').pop()!.replace(/\[\]$/, ''));
      assert.strictEqual(found.length, 1, `one reference to ${id}: ${symbolsOf(file).refs.map((r) => `${r.field}=${r.id}`).join(', ')}`);
      const at = found[0].span;
      assert.strictEqual(file.text.slice(at.start, at.end), id);
      const offset = at.start + 1;
      // Resolved: go to definition lands on the id's definition (in the tier TARGETS names first).
      const defs = definition(ctx, offset);
      const tier = TARGETS[ref][0].kind;
      assert.ok(defs.length >= 1, 'a definition');
      for (const d of defs) {
        const target = ws.get(d.uri)!;
        assert.ok(symbolsOf(target).defs.some((x) => x.kind === tier && x.id === id && x.span.start === d.span.start), `definition ${d.uri}`);
      }
      // Checked: no unknown-ref for the valid id.
      assert.deepStrictEqual(ws.check(file.uri).filter((d) => d.rule === 'unknown-ref').map((d) => d.message), []);
      // Completed: the ids that fit are offered at the value (or key) — where the kind's schema has
      // the field (the model also reads the other plan kind's sections, completion follows the schema).
      if (pattern.split(/[.[]/)[0] in (SCHEMAS[kind] as { properties: object }).properties) {
        const labels = complete(ctx, at.start).map((e) => e.label);
        assert.ok(labels.includes(id), `completion offers ${id}: ${labels.slice(0, 10).join(', ')}`);
      }
      // Found by references of the definition, and renamed with it.
      const def = defs[0];
      const defCtx = { ws, file: ws.get(def.uri)!, locale: 'en' as const };
      const refs = references(defCtx, def.span.start + 1, false);
      assert.ok(refs.some((r) => r.uri === file.uri && r.span.start === at.start), 'references include the field');
      const renamed = rename(defCtx, def.span.start + 1, `${id}x`);
      assert.ok(!('error' in renamed), JSON.stringify(renamed));
      assert.ok('edits' in renamed && renamed.edits.some((e) => e.uri === file.uri && e.span.start === at.start && e.newText === `${id}x`), 'rename edits the field');

      // Reported: an unknown id in the same field.
      const bad = workspaceFor(kind, pattern, UNKNOWN);
      const diags = bad.ws.check(bad.file.uri).filter((d) => d.rule === 'unknown-ref');
      const badRef = symbolsOf(bad.file).refs.find((r) => r.id === UNKNOWN);
      assert.ok(badRef, 'the unknown id is a reference');
      assert.ok(diags.some((d) => d.span.start === badRef!.span.start && d.message.includes(UNKNOWN)), `unknown-ref at ${pattern}: ${diags.map((d) => d.message).join(' | ')}`);
    });
  }
});

describe('the typed model agrees with the schemas', () => {
  it('has a section for every top-level list with ids, holding the id field', () => {
    const text: Record<Kind, string> = {
      poc: 'kind: poc\nid: P\n',
      project: 'kind: project\nid: P\n',
      stakeholders: 'kind: stakeholders\n',
      requirements: 'kind: requirements\n',
      checklist: 'kind: checklist\nid: C\n',
      calendar: 'kind: calendar\nid: C\n',
      baseline: 'kind: baseline\nplan: P\n',
    };
    for (const kind of Object.keys(DEF_LISTS) as Kind[]) {
      const lists = DEF_LISTS[kind].filter((l) => !l.path.includes('.') && !l.path.includes('['));
      const body = lists.map((l) => `${l.path}:\n  - id: X1\n`).join('');
      const ws = workspaceOf({ [`m.${kind}.yaml`]: text[kind] + body });
      const model = ws.get(`file:///ws/m.${kind}.yaml`)!.model as unknown as Record<string, unknown>;
      for (const l of lists) {
        const section = model[l.path] as { items: { id?: { value: string } }[] } | { id?: { value: string } }[];
        const items = Array.isArray(section) ? section : section?.items;
        assert.ok(items, `${kind}: the model has no ${l.path}`);
        assert.strictEqual(items[0]?.id?.value, 'X1', `${kind}: ${l.path}[].id`);
      }
    }
  });
});
