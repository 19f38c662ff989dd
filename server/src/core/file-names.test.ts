/**
 * The name builders of every writer (report files, the New POC folder, Gantt exports) against
 * hostile ids and titles: whatever they contain, the name is one plain file name, so joined to
 * the target folder it stays inside it. The client's own checks (SAFE_FILE in client/src/reports.ts,
 * SAFE_NAME in client/src/extension.ts) add isPlainFileName on top.
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { fileStem, ganttExportName, isPlainFileName } from './file-names';
import { generateReport } from './reports';
import { newPocFolder, safeFileStem, safeId } from './templates/new-poc';
import { workspaceOf } from './testing';

const HOSTILE = [
  '../../etc/passwd',
  '..',
  '.',
  '/abs/path',
  'C:\\Windows\\system32',
  '\\\\server\\share',
  'a/b',
  'a\\b',
  'CON',
  'nul',
  'Com1',
  'LPT9.txt',
  'con.poc',
  'aux-',
  'x\u0000y',
  'line\nbreak',
  'tab\tcr\r',
  '\u202eevil',
  '   ',
  '',
  '-.-',
  'a..b',
  'trailing.',
  'trailing ',
  '*?<>|":',
  '报告/../周报',
  'x'.repeat(500),
  '%2e%2e%2f',
  'file:///etc/passwd',
];

/** `name` joined to a folder stays inside that folder, as one segment. */
function staysInside(name: string): void {
  assert.ok(isPlainFileName(name), `not a plain file name: ${JSON.stringify(name)}`);
  const root = path.resolve('/target/folder');
  for (const join of [path.posix.join, path.win32.join]) {
    const p = join(root, name);
    assert.equal(join === path.posix.join ? path.posix.dirname(p) : path.win32.dirname(p), join === path.posix.join ? root : path.win32.join(root), `${JSON.stringify(name)} leaves the folder`);
  }
}

describe('file names from hostile ids and titles', () => {
  it('isPlainFileName refuses separators, dot names, control characters, reserved device names', () => {
    for (const bad of ['', '.', '..', 'a/b', 'a\\b', '../x', 'CON', 'con.md', 'NUL.txt', 'com1.html', 'LPT1', 'x\u0000', 'a\nb', 'x.', 'x ', ' x', 'a:b', 'a*b', 'x'.repeat(201)]) {
      assert.equal(isPlainFileName(bad), false, JSON.stringify(bad));
    }
    for (const good of ['2027-W04-bank-log-impl-周报.md', 'bank-log.gantt.html', 'a..b.md', 'console.md', 'con-poc.poc.yaml', '.hidden.md']) {
      assert.equal(isPlainFileName(good), true, good);
    }
  });

  it('fileStem and ganttExportName: any text gives a plain name', () => {
    for (const t of HOSTILE) {
      staysInside(`${fileStem(t, 'plan')}.md`);
      assert.ok(!fileStem(t, 'plan').includes('..'), t);
      for (const ext of ['html', 'md', 'mmd', 'svg'] as const) {
        staysInside(ganttExportName(`file:///ws/${encodeURIComponent(t)}.project.yaml`, 'file', ext));
        staysInside(ganttExportName(`file:///ws/${t}.poc.yaml`, 'file', ext));
      }
    }
    assert.equal(ganttExportName('file:///ws/bank-log.project.yaml', 'file', 'html'), 'bank-log.gantt.html');
    assert.equal(ganttExportName('file:///ws/%E6%9F%90%E9%93%B6%E8%A1%8C.poc.yaml', 'file', 'md'), '某银行.gantt.md');
    assert.equal(ganttExportName('file:///ws/CON.poc.yaml', 'file', 'md'), 'CON-plan.gantt.md');
    assert.equal(ganttExportName(undefined, 'portfolio', 'svg'), 'portfolio.gantt.svg');
  });

  it('report file names stay plain whatever the plan id or file name holds', () => {
    for (const id of HOSTILE) {
      for (const fname of ['x.project.yaml', `${encodeURIComponent(id)}.project.yaml`]) {
        const text = `kind: project\nid: ${JSON.stringify(id)}\ntitle: t\nstart: 2027-01-04\ntasks:\n  - { id: P1, name: a, duration: 1d }\n`;
        const ws = workspaceOf({ [fname]: text }, { today: '2027-01-27' });
        for (const kind of ['weekly', 'poc', 'acceptance'] as const) {
          if (kind === 'poc') continue; // a project plan: the POC report needs a *.poc.yaml
          for (const locale of ['en', 'zh-CN'] as const) {
            const r = generateReport(ws, `file:///ws/${fname}`, { kind, locale });
            staysInside(r.fileName);
            staysInside(r.fileName.replace(/\.md$/, '.html'));
          }
        }
      }
    }
  });

  it('New POC folder: the files it names are plain whatever the POC id or customer holds', () => {
    for (const id of HOSTILE) {
      staysInside(`${safeFileStem(safeId(id, 'poc-20270127'), 'poc')}.poc.yaml`);
      for (const f of newPocFolder({ customer: id, pocId: id, start: '2027-02-01', locale: 'en', customerId: id })) staysInside(f.name);
      for (const f of newPocFolder({ customer: id, pocId: id, start: '2027-02-01', locale: 'zh-CN' })) staysInside(f.name);
    }
  });
});
