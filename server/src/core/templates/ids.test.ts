import * as assert from 'assert';
import { parseDate } from '../dates';
import { check } from '../testing';
import { nextFreeId, proposeId } from './ids';
import { renderChecklist } from './checklists';
import { newPocFolder } from './new-poc';
import { newProject } from './new-project';

const DAY = parseDate('2026-12-02')!;

describe('templates/ids', () => {
  it('nextFreeId: the base, else -2, -3 … (case-insensitive)', () => {
    assert.strictEqual(nextFreeId('closing', []), 'closing');
    assert.strictEqual(nextFreeId('closing', ['closing']), 'closing-2');
    assert.strictEqual(nextFreeId('closing', ['Closing', 'closing-2', 'closing-4']), 'closing-3');
  });

  it('proposeId: ASCII words of the customer name, else <kind>-<yyyymm>', () => {
    assert.strictEqual(proposeId('Acme Insurance', 'poc', DAY), 'acme-insurance-poc');
    assert.strictEqual(proposeId('Acme POC', 'poc', DAY), 'acme-poc');
    assert.strictEqual(proposeId('某银行 ICBC 分行', 'impl', DAY), 'icbc-impl');
    assert.strictEqual(proposeId('Société Générale', 'poc', DAY), 'societe-generale-poc');
    assert.strictEqual(proposeId('某银行', 'poc', DAY), 'poc-202612');
    assert.strictEqual(proposeId('', 'impl', DAY), 'project-202612');
    assert.match(proposeId('x'.repeat(200), 'poc', DAY), /^x{48}-poc$/);
  });

  it('a checklist rendered with another id carries it; a bad id is ignored', () => {
    assert.match(renderChecklist('closing', 'zh-CN', { id: 'closing-2' }), /\nid: closing-2\n/);
    assert.match(renderChecklist('closing', 'zh-CN', { id: '../x' }), /\nid: closing\n/);
  });

  it('a new POC folder names its checklist after the id it is given', () => {
    const files = newPocFolder({ customer: '某银行', pocId: 'bank-poc', locale: 'zh-CN', start: '2026-12-14', checklistId: 'machine-readiness-2' });
    const list = files.find((f) => f.name.endsWith('.checklist.yaml'))!;
    assert.strictEqual(list.name, 'machine-readiness-2.checklist.yaml');
    assert.match(list.text, /\nid: machine-readiness-2\n/);
  });
});

describe('templates/new-project', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    it(`a new project plan checks with no finding at all before its start (${locale})`, () => {
      const f = newProject({ customer: '某保险', projectId: 'ins-impl', locale, start: '2026-12-07' });
      assert.strictEqual(f.name, 'ins-impl.project.yaml');
      assert.match(f.text, /\nkind: project\nid: ins-impl\n/);
      // China's calendar (Chinese users): the project runs into 2027, a year without holiday data yet.
      assert.deepStrictEqual(
        check({ [f.name]: f.text }, undefined, { today: '2026-12-02', locale }).map((h) => `${h.line} ${h.severity} ${h.rule}`),
        locale === 'zh-CN' ? ['10 info calendar-data-missing'] : [],
      );
      const early = newProject({ customer: '某保险', projectId: 'ins-impl', locale, start: '2026-03-02' });
      assert.deepStrictEqual(check({ [early.name]: early.text }, undefined, { today: '2026-02-20', locale }), []);
      if (locale === 'zh-CN') assert.match(early.text, /\ncalendar: \{ region: CN \}/);
    });
  }

  it('the tasks are chained from the start; end is the go-live milestone; a bad id or start falls back', () => {
    const f = newProject({ customer: '', projectId: '项目', locale: 'en', start: '2026-12-07' });
    assert.strictEqual(f.name, 'project-20261207.project.yaml');
    assert.match(f.text, /\nend: 2027-01-01\n/);
    assert.match(f.text, /id: P7, name: Go-live, .*dependsOn: \[P6\], duration: 0d/);
    assert.doesNotThrow(() => newProject({ customer: 'x', projectId: 'x', locale: 'fr', start: 'never' }));
  });
});
