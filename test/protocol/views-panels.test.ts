/**
 * The stakeholder map, progress, tick and new-checklist requests on the real server over JSON-RPC:
 * the example folder's figures, a tick edit that changes only the item's line, a stale tick
 * refused, and templates that check clean.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { pathToFileURL } from 'url';
import { TestClient, startOnExamples, stopOnExamples } from './lsp-client';
import { GanttEditRequest, GanttRequest, NewChecklistRequest, NewPocFolderRequest, NewProjectRequest, ProgressRequest, ProposeIdRequest, StakeholdersRequest, TickRequest } from '../../server/src/protocol';


describe('panel requests over JSON-RPC (stakeholders, progress, tick, newChecklist)', function () {
  this.timeout(30000);
  let dir: string;
  let client: TestClient;
  const uri = (f: string) => pathToFileURL(path.join(dir, f)).href;

  beforeEach(async () => {
    ({ dir, client } = await startOnExamples('poc-studio-panels-', 'bank-log.project.yaml'));
  });
  afterEach(() => stopOnExamples({ dir, client }));

  it('pocStudio/stakeholders places the example people, with ranges, mentions and Mermaid sources', async () => {
    const r = await client.ok(StakeholdersRequest, { uri: uri('bank.stakeholders.yaml') });
    assert.deepStrictEqual(
      r.map.points.map((p) => `${p.id}:${p.quadrant}:${p.attitude}`),
      ['ceo-chen:keep-satisfied:neutral', 'cio-liu:manage-closely:supporter', 'sec-zhou:manage-closely:skeptic', 'ops-ma:keep-informed:champion', 'proc-wu:monitor:neutral'],
    );
    assert.strictEqual(r.map.aside.length, 0);
    assert.strictEqual(r.map.edges.length, 3);
    const text = fs.readFileSync(path.join(dir, 'bank.stakeholders.yaml'), 'utf8').split('\n');
    assert.match(text[r.map.points[2].range.start.line], /id: sec-zhou/);
    assert.ok(r.map.points[1].mentions.length > 0, 'cio-liu is named in the demo audience or as a source');
    assert.match(r.quadrant, /^quadrantChart/);
    assert.match(r.tree, /^flowchart TD/);
  });

  it('pocStudio/progress gives the example checklists, criteria and plan progress', async () => {
    const r = await client.ok(ProgressRequest, { uri: uri('bank-log.poc.yaml') });
    const m = r.view.checklists.find((c) => c.id === 'machine-readiness')!;
    assert.deepStrictEqual([m.total, m.done, m.required, m.requiredDone, m.overdue, m.percent], [6, 5, 6, 5, 1, 83]);
    const c = r.view.checklists.find((x) => x.id === 'closing')!;
    assert.deepStrictEqual([c.total, c.done, c.overdue], [8, 0, 0]);
    assert.deepStrictEqual(r.view.phases.map((p) => p.phase), ['environment', 'closing']);
    assert.strictEqual(r.view.criteria.length, 1);
    assert.strictEqual(r.view.plans.length, 2);
    assert.ok(r.view.plans.every((p) => typeof p.percent === 'number'));
  });

  it('pocStudio/tick gives the minimal edit for one item, and refuses a stale stamp', async () => {
    const f = 'machine-readiness.checklist.yaml';
    const before = fs.readFileSync(path.join(dir, f), 'utf8');
    const r = await client.ok(ProgressRequest, { uri: uri(f) });
    const m = r.view.checklists.find((x) => x.id === 'machine-readiness')!;
    assert.strictEqual(m.stamp, createHash('sha1').update(before).digest('hex'));
    const m6 = m.items.find((i) => i.id === 'M6')!;
    const t = await client.send(TickRequest, { uri: uri(f), index: m6.index, id: 'M6', done: true, stamp: m.stamp });
    assert.ok('edit' in t, JSON.stringify(t));
    assert.strictEqual(t.edit.newText, 'true');
    assert.strictEqual(t.edit.range.start.line, m6.range.start.line);
    assert.strictEqual(t.hash, m.stamp);
    // Applied, only that line changes.
    const lines = before.split('\n');
    const line = lines[t.edit.range.start.line];
    lines[t.edit.range.start.line] = line.slice(0, t.edit.range.start.character) + t.edit.newText + line.slice(t.edit.range.end.character);
    const after = lines.join('\n');
    assert.deepStrictEqual(after.split('\n').filter((l, i) => l !== before.split('\n')[i]), ['  - { id: M6, text: 生产区到测试区防火墙端口开通（9092、9200）, done: true, required: true, owner: wang, due: 2026-12-04 }']);

    // The file changes (an unsaved edit in the editor): the old stamp is refused.
    await client.open(uri(f), before.replace('M1, text: 机器硬件', 'M1, text: 机器的硬件'));
    const stale = await client.send(TickRequest, { uri: uri(f), index: m6.index, id: 'M6', done: true, stamp: m.stamp });
    assert.deepStrictEqual(stale, { refused: 'stale' });
    const fresh = await client.ok(ProgressRequest, { uri: uri(f) });
    const stamp = fresh.view.checklists.find((x) => x.id === 'machine-readiness')!.stamp;
    const ok = await client.send(TickRequest, { uri: uri(f), index: m6.index, id: 'M6', done: true, stamp });
    assert.ok('edit' in ok && ok.version === 1, JSON.stringify(ok));
    // Ticking what is already ticked changes nothing.
    const same = await client.send(TickRequest, { uri: uri(f), index: 0, id: 'M1', done: true, stamp });
    assert.deepStrictEqual(same, { refused: 'unchanged' });
  });

  it('pocStudio/ganttEdit gives the minimal edit of a drag, in the chart\'s language when refused, and refuses a stale stamp', async () => {
    const f = 'bank-log.project.yaml';
    const before = fs.readFileSync(path.join(dir, f), 'utf8');
    const g = await client.ok(GanttRequest, { uri: uri(f), scope: 'file' });
    assert.strictEqual(g.stamp, createHash('sha1').update(before).digest('hex'));
    // P6 (index 5): `start: 2027-01-25, duration: 3d` → one working day longer.
    const r = await client.send(GanttEditRequest, { uri: uri(f), drag: { kind: 'resize', index: 5, days: 1 }, stamp: g.stamp! });
    assert.ok('edits' in r, JSON.stringify(r));
    assert.deepStrictEqual(r.edits.map((e) => [e.range.start.line, e.newText]), [[31, '4d']]);
    const lines = before.split('\n');
    const e = r.edits[0];
    lines[e.range.start.line] = lines[e.range.start.line].slice(0, e.range.start.character) + e.newText + lines[e.range.start.line].slice(e.range.end.character);
    assert.deepStrictEqual(lines.filter((l, i) => l !== before.split('\n')[i]), ['  - { id: P6, name: 历史数据迁移, phase: implementation, owner: zhao, start: 2027-01-25, duration: 4d, status: todo, progress: 0 }']);
    const asked = await client.send(GanttEditRequest, { uri: uri(f), drag: { kind: 'move', index: 4, days: 1 }, stamp: g.stamp! });
    assert.deepStrictEqual(asked, { refused: 'needs-start', message: '该任务在前置任务结束后开始。是否为其设置开始日期后再移动？' });
    // The plan changes in the editor: the chart's stamp is stale.
    await client.open(uri(f), before.replace('name: 项目启动会', 'name: 项目启动大会'));
    const stale = await client.send(GanttEditRequest, { uri: uri(f), drag: { kind: 'resize', index: 5, days: 1 }, stamp: g.stamp! });
    assert.ok('refused' in stale && stale.refused === 'stale', JSON.stringify(stale));
    const fresh = await client.ok(GanttRequest, { uri: uri(f), scope: 'file' });
    const ok = await client.send(GanttEditRequest, { uri: uri(f), drag: { kind: 'link', from: 5, to: 7 }, stamp: fresh.stamp! });
    assert.ok('edits' in ok && ok.version === 1 && ok.edits[0].newText === ', P6', JSON.stringify(ok));
    await client.close(uri(f));
  });

  it('pocStudio/newChecklist lists the templates and writes each one so that it checks clean', async () => {
    const list = await client.ok(NewChecklistRequest, {});
    assert.ok('templates' in list);
    assert.strictEqual(list.templates.length, 10);
    assert.deepStrictEqual(list.templates.filter((t) => ['trial-run', 'final-acceptance'].includes(t.id)).map((t) => `${t.id}:${t.phase}`), ['trial-run:closing', 'final-acceptance:departure']);
    assert.match(list.templates[0].title, /[\u4e00-\u9fff]/);
    for (const t of list.templates) {
      const r = await client.ok(NewChecklistRequest, { template: t.id });
      assert.ok('text' in r);
      // The example folder has a `closing` and a `machine-readiness` checklist: the new ones get -2.
      const id = ['closing', 'machine-readiness'].includes(t.id) ? `${t.id}-2` : t.id;
      assert.strictEqual(r.name, `${id}.checklist.yaml`);
      assert.strictEqual(r.id, id);
      assert.match(r.text, new RegExp(`\nid: ${id}\n`));
      const u = uri(`new-${r.name}`);
      await client.open(u, r.text);
      const diags = await client.waitFor(u, () => true);
      assert.deepStrictEqual(diags.map((d) => `${d.code}: ${d.message}`), [], t.id);
      await client.close(u);
    }
    assert.ok('error' in (await client.send(NewChecklistRequest, { template: '../x' })));
    // File stems the client found in the target folder are taken too.
    const r = await client.ok(NewChecklistRequest, { template: 'closing', taken: ['closing-2', 'closing-3'] });
    assert.ok('id' in r);
    assert.deepStrictEqual([r.name, r.id], ['closing-4.checklist.yaml', 'closing-4']);
  });

  it('logs the start line (version, folders, files, time) to the output channel', () => {
    const line = client.logs.find((l) => /^POC Studio \d+\.\d+\.\d+: /.test(l));
    assert.ok(line, client.logs.join('\n'));
    assert.match(line, new RegExp(`^POC Studio \\d+\\.\\d+\\.\\d+: 1 folder \\(${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\), 7 files found, \\d+ ms$`));
  });

  it('pocStudio/newProject and pocStudio/proposeId: a plan skeleton, an id from the customer name', async () => {
    const r = await client.ok(NewProjectRequest, { customer: '某保险', projectId: 'ins-impl', start: '2027-02-01' });
    assert.deepStrictEqual(r.files.map((f) => f.name), ['ins-impl.project.yaml']);
    assert.match(r.files[0].text, /^# 某保险实施项目\n/);
    assert.deepStrictEqual(await client.send(ProposeIdRequest, { customer: 'Acme Bank', kind: 'project' }), { id: 'acme-bank-impl' });
    assert.deepStrictEqual(await client.send(ProposeIdRequest, { customer: '某银行' }), { id: 'poc-202701' });
    // The new POC folder's checklist does not take the example's id.
    const poc = await client.ok(NewPocFolderRequest, { customer: '某保险', pocId: 'ins-poc', start: '2027-02-01', qualified: { financiallyVetted: true, purchaseCommitment: 'yes' as unknown as boolean } });
    // What the user confirmed is written; anything but true counts as not confirmed.
    assert.match(poc.files[0].text, /\n {2}financiallyVetted: true\b/);
    assert.match(poc.files[0].text, /\n {2}purchaseCommitment: false\b/);
    assert.ok(poc.files.some((f) => f.name === 'machine-readiness-2.checklist.yaml' && /\nid: machine-readiness-2\n/.test(f.text)), poc.files.map((f) => f.name).join());
  });
});
