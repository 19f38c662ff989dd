import * as assert from 'assert';
import { formatDate, parseDate } from './dates';
import { addMonths, expectedInspections, inspectionFor, lifeEnd, maintenancePeriod, trialRunOf } from './lifecycle';
import { personHours, taskHours } from './hours';
import { parseYaml } from './parse';
import { buildModel, type PlanModel } from './model';
import { check } from './testing';

const plan = (text: string): PlanModel => {
  const p = parseYaml(text);
  return buildModel('project', p.root, p.map, text.length) as PlanModel;
};
const d = (s: string) => parseDate(s)!;

describe('lifecycle (trial run, maintenance, expected inspections)', () => {
  it('adds calendar months, clamping to the last day of a shorter month', () => {
    assert.strictEqual(formatDate(addMonths(d('2026-12-28'), 3)), '2027-03-28');
    assert.strictEqual(formatDate(addMonths(d('2027-01-31'), 1)), '2027-02-28');
    assert.strictEqual(formatDate(addMonths(d('2027-11-30'), 3)), '2028-02-29');
  });

  it('takes the maintenance period from the contract, else from a signed final acceptance', () => {
    const contract = plan('contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }\n');
    const m = maintenancePeriod(contract)!;
    assert.deepStrictEqual([formatDate(m.from), formatDate(m.to), m.basis], ['2026-12-28', '2027-12-27', 'contract']);
    assert.deepStrictEqual(expectedInspections(contract).map(formatDate), ['2027-03-28', '2027-06-28', '2027-09-28']);

    const accepted = plan('contract: { signed: 2026-12-28, maintenanceMonths: 6, inspectionEvery: monthly }\nacceptance: { type: final, report: { signed: true, date: 2027-04-15 } }\n');
    assert.strictEqual(maintenancePeriod(accepted)!.basis, 'acceptance');
    assert.deepStrictEqual(expectedInspections(accepted).map(formatDate), ['2027-05-15', '2027-06-15', '2027-07-15', '2027-08-15', '2027-09-15']);
    // An initial acceptance, or an unsigned report, does not start maintenance.
    assert.strictEqual(maintenancePeriod(plan('contract: { signed: 2026-12-28, maintenanceMonths: 6 }\nacceptance: { type: initial, report: { signed: true, date: 2027-04-15 } }\n'))!.basis, 'contract');
    assert.strictEqual(maintenancePeriod(plan('contract: { signed: 2026-12-28, maintenanceMonths: 6 }\nacceptance: { report: { signed: false, date: 2027-04-15 } }\n'))!.basis, 'contract');
  });

  it('reads the acceptance stage as acceptance.stage or acceptance.type (one field), without a schema error', () => {
    const text = (k: string, v: string) => `contract: { signed: 2026-12-28, maintenanceMonths: 6 }\nacceptance: { ${k}: ${v}, report: { signed: true, date: 2027-04-15 } }\n`;
    assert.strictEqual(maintenancePeriod(plan(text('stage', 'final')))!.basis, 'acceptance');
    assert.strictEqual(maintenancePeriod(plan(text('stage', 'requirements')))!.basis, 'contract');
    const hits = check({ 'p.project.yaml': `kind: project\nid: p\ntitle: P\n${text('stage', 'final')}` }).filter((h) => h.severity === 'error');
    assert.deepStrictEqual(hits, []);
    assert.deepStrictEqual(check({ 'p.project.yaml': `kind: project\nid: p\ntitle: P\n${text('stage', 'last')}` }, 'schema').length, 1);
  });

  it('has no period or inspections without months, a start or an interval', () => {
    assert.strictEqual(maintenancePeriod(plan('contract: { signed: 2026-12-28 }\n')), undefined);
    assert.strictEqual(maintenancePeriod(plan('contract: { maintenanceMonths: 12 }\n')), undefined);
    assert.strictEqual(maintenancePeriod(plan('contract: { signed: 2026-12-28, maintenanceMonths: 0 }\n')), undefined);
    assert.deepStrictEqual(expectedInspections(plan('contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: weekly }\n')), []);
    assert.deepStrictEqual(expectedInspections(plan('kind: project\n')), []);
  });

  it('matches an inspection entry by its date or due within the tolerance', () => {
    const p = plan('contract: { signed: 2026-12-28, maintenanceMonths: 12, inspectionEvery: quarterly }\ninspections:\n  - { due: 2027-04-15 }\n  - { due: 2027-12-31, date: 2027-06-20 }\n');
    assert.strictEqual(inspectionFor(p, d('2027-03-28')), 0);
    assert.strictEqual(inspectionFor(p, d('2027-06-28')), 1);
    assert.strictEqual(inspectionFor(p, d('2027-09-28')), -1);
  });

  it('reads the trial run at the top level first, and extends the life of the project to its end', () => {
    const both = plan('end: 2027-03-31\ntrialRun: { from: 2027-04-01, to: 2027-04-30 }\nacceptance: { trialRun: { from: 2027-03-01, to: 2027-03-10 } }\n');
    assert.strictEqual(trialRunOf(both)!.to!.value, '2027-04-30');
    assert.strictEqual(formatDate(lifeEnd(both)!), '2027-04-30');
    const inside = plan('end: 2027-03-31\nacceptance: { trialRun: { from: 2027-03-01, to: 2027-03-10 } }\n');
    assert.strictEqual(formatDate(lifeEnd(inside)!), '2027-03-31');
  });

  it('sums per-task hours per person and reads per-person numbers as they are', () => {
    const raw = { sun: 16, zhao: { P4: 16, P5: 8.5, bad: 'x' }, wang: 'x', li: {} };
    assert.deepStrictEqual([...personHours(raw)], [['sun', 16], ['zhao', 24.5]]);
    assert.deepStrictEqual([...taskHours(raw, 'zhao')], [['P4', 16], ['P5', 8.5]]);
    assert.deepStrictEqual([...personHours([1, 2])], []);
    assert.deepStrictEqual([...plan('weeklyReports:\n  - { week: 2027-W01, hours: { zhao: { P4: 16 }, sun: 4 } }\n').weeklyReports.items[0].hours.byPerson], [['zhao', 16], ['sun', 4]]);
  });
});
