import * as assert from 'assert';
import { reportPickEntries } from './report-kinds';

const ZH: Record<string, string> = {
  'Weekly report': '周报',
  'POC summary report': 'POC报告',
  'Acceptance report': '验收报告',
  '{0} (offline HTML)': '{0}（离线 HTML）',
};
const zh = (m: string, ...a: string[]) => (ZH[m] ?? m).replace('{0}', a[0] ?? '');
const en = (m: string, ...a: string[]) => m.replace('{0}', a[0] ?? '');

describe('Generate Report picker entries', () => {
  it('never shows a Chinese name twice in a Chinese VS Code ("周报 周报")', () => {
    for (const format of ['markdown', 'html'] as const) {
      for (const e of reportPickEntries(zh, format)) {
        assert.strictEqual(e.description, undefined, `${e.label} ${e.description}`);
      }
    }
    assert.deepStrictEqual(reportPickEntries(zh, 'markdown').map((e) => e.label), ['周报', 'POC报告', '验收报告']);
    assert.strictEqual(reportPickEntries(zh, 'html')[0].label, '周报（离线 HTML）');
  });

  it('adds the Chinese name as a description in an English VS Code', () => {
    assert.deepStrictEqual(
      reportPickEntries(en, 'markdown').map((e) => [e.label, e.description]),
      [['Weekly report', '周报'], ['POC summary report', 'POC报告'], ['Acceptance report', '验收报告']],
    );
  });
});
