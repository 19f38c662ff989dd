/**
 * The portfolio in the core: several folders (Workspaces) sharing people and bookings, and the
 * customer scope inside one folder (a parent folder holding two customers).
 */
import * as assert from 'assert';
import { Workspace } from './workspace';
import { Portfolio } from './portfolio';
import { parseDate } from './dates';
import { resolveSettings } from './settings';
import { folderOf, sameScope } from './scope';
import { yaml } from './testing';

const today = parseDate('2027-01-01');
const plan = (id: string, title: string, task: string) => yaml`
  id: ${id}
  title: ${title}
  team: [ { id: zhao, name: 赵六 } ]
  tasks:
    - ${task}
`;
const A = plan('plan-a', '甲银行项目', '{ id: A1, name: 部署, owner: zhao, start: 2027-01-06, end: 2027-01-08 }');
const B = plan('plan-b', '乙证券项目', '{ id: B1, name: 培训, owner: zhao, start: 2027-01-04, end: 2027-01-08 }');
const B_LATER = plan('plan-b', '乙证券项目', '{ id: B1, name: 培训, owner: zhao, start: 2027-01-11, end: 2027-01-15 }');
const rules = (ws: Workspace, uri: string, rule: string) => ws.check(uri).filter((d) => d.rule === rule);

function twoFolders() {
  const portfolio = new Portfolio<Workspace>();
  const opts = { settings: resolveSettings({}), locale: 'en', today, portfolio };
  const wa = new Workspace(opts);
  const wb = new Workspace(opts);
  const a = 'file:///custA/a.project.yaml';
  const b = 'file:///custB/b.project.yaml';
  return { portfolio, wa, wb, a, b };
}

describe('portfolio: folders sharing people', () => {
  it('a booking in folder B over-allocates the person in folder A; moving it away clears it', () => {
    const { portfolio, wa, wb, a, b } = twoFolders();
    wa.set(a, A);
    assert.deepStrictEqual(rules(wa, a, 'over-allocated'), []);
    const r = wb.set(b, B);
    assert.deepStrictEqual(r.people, ['zhao']);
    // What to re-check after B changed: A's plan, in A's folder.
    assert.deepStrictEqual(portfolio.filesWithPeople(r.people).map(([w, uris]) => [w === wa ? 'A' : 'B', uris]), [
      ['A', [a]],
      ['B', [b]],
    ]);
    const [d] = rules(wa, a, 'over-allocated');
    assert.match(d.message, /赵六 \(zhao\) is booked 200% .* A1 \(部署\) overlaps B1 \(培训\) in 乙证券项目/);
    assert.deepStrictEqual(d.related?.map((x) => x.uri), [b]);
    // Folder B's plan is told too, at its own task, naming A's.
    const [db] = rules(wb, b, 'over-allocated');
    assert.match(db.message, /B1 \(培训\) overlaps A1 \(部署\) in 甲银行项目/);
    // The citing file (A points into B) is found across folders.
    assert.deepStrictEqual(portfolio.citingFiles(b).map(([w, uris]) => [w === wa, uris]), [[true, [a]]]);
    assert.deepStrictEqual(portfolio.citingFiles(a).map(([w, uris]) => [w === wb, uris]), [[true, [b]]]);

    const r2 = wb.set(b, B_LATER);
    assert.deepStrictEqual(r2.people, ['zhao']);
    assert.deepStrictEqual(rules(wa, a, 'over-allocated'), []);
  });

  it('incremental equals fresh: after edits in both folders the messages equal a newly read portfolio', () => {
    const { wa, wb, a, b } = twoFolders();
    wa.set(a, A);
    wb.set(b, B_LATER);
    wa.check(a);
    wb.set(b, B);
    wa.set(a, A.replace('部署', '部署上线'));
    const fresh = twoFolders();
    fresh.wa.set(a, A.replace('部署', '部署上线'));
    fresh.wb.set(b, B);
    assert.deepStrictEqual(wa.check(a), fresh.wa.check(a));
    assert.deepStrictEqual(wb.check(b), fresh.wb.check(b));
  });

  it('a folder leaving the portfolio takes its bookings with it', () => {
    const { portfolio, wa, wb, a, b } = twoFolders();
    wa.set(a, A);
    wb.set(b, B);
    assert.strictEqual(rules(wa, a, 'over-allocated').length, 1);
    portfolio.leave(wb);
    assert.deepStrictEqual(rules(wa, a, 'over-allocated'), []);
  });

  it('team-member-mismatch sees the other folder’s entry; a rename there is a change of the person', () => {
    const { wa, wb, a, b } = twoFolders();
    wa.set(a, A);
    wb.set(b, B_LATER);
    assert.deepStrictEqual(rules(wa, a, 'team-member-mismatch'), []);
    const r = wb.set(b, B_LATER.replace('赵六', '赵柳'));
    assert.ok(r.people.includes('zhao'));
    assert.strictEqual(rules(wa, a, 'team-member-mismatch').length, 1);
  });
});

describe('portfolio: customer scope inside one folder', () => {
  const files = {
    'file:///root/custA/a.poc.yaml': yaml`
      kind: poc
      id: poc-a
      title: 甲银行 POC
      demo: { audience: [ a-li ] }
    `,
    'file:///root/custA/a.stakeholders.yaml': yaml`
      stakeholders:
        - { id: a-li, name: 李总, roles: [ champion ] }
    `,
    'file:///root/custB/b.stakeholders.yaml': yaml`
      stakeholders:
        - { id: b-wang, name: 王总, roles: [ decision-maker ] }
    `,
    'file:///root/custB/b.poc.yaml': yaml`
      kind: poc
      id: poc-b
      title: 乙证券 POC
      demo: { audience: [ b-wang, a-li ] }
    `,
  };

  it('the folder of one file holds the other: same scope; siblings: not', () => {
    assert.strictEqual(folderOf('file:///root/custA/a.poc.yaml'), 'file:///root/custA/');
    assert.ok(sameScope('file:///root/custA/a.poc.yaml', 'file:///root/custA/docs/s.stakeholders.yaml'));
    assert.ok(sameScope('file:///root/custA/docs/a.poc.yaml', 'file:///root/custA/s.stakeholders.yaml'));
    assert.ok(sameScope('file:///root/top.poc.yaml', 'file:///root/custA/s.stakeholders.yaml'));
    assert.ok(!sameScope('file:///root/custA/a.poc.yaml', 'file:///root/custB/s.stakeholders.yaml'));
    assert.ok(!sameScope('file:///root/custA/a.poc.yaml', 'file:///root/custAB/s.stakeholders.yaml'));
  });

  it('customer B’s decision maker does not satisfy customer A; A’s stakeholder is unknown in B', () => {
    const ws = new Workspace({ locale: 'en', today });
    for (const [uri, text] of Object.entries(files)) ws.set(uri, text);
    assert.strictEqual(rules(ws, 'file:///root/custA/a.stakeholders.yaml', 'no-decision-maker').length, 1);
    assert.deepStrictEqual(rules(ws, 'file:///root/custB/b.stakeholders.yaml', 'no-decision-maker'), []);
    const unknown = rules(ws, 'file:///root/custB/b.poc.yaml', 'unknown-ref');
    assert.strictEqual(unknown.length, 1);
    assert.match(unknown[0].message, /a-li/);
    // Each customer's own folder alone gives the same diagnostics.
    for (const cust of ['custA', 'custB']) {
      const alone = new Workspace({ locale: 'en', today });
      for (const [uri, text] of Object.entries(files)) if (uri.includes(`/${cust}/`)) alone.set(uri, text);
      for (const uri of alone.uris()) assert.deepStrictEqual(ws.check(uri), alone.check(uri), uri);
    }
  });
});
