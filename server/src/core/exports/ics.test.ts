/** iCalendar: octet folding, escaping, all-day events parsed back with ical.js, hostile text. */
import * as assert from 'assert';
import ICAL from 'ical.js';
import { workspaceOf, yaml } from '../testing';
import { escapeText, foldLine, paramValue, tasksIcs } from './ics';
import { exportData, planUris } from './rows';
import { BASELINE, PLAN } from './exports-testing';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/** The VEVENTs of a calendar text, parsed by ical.js. */
function events(text: string): ICAL.Component[] {
  const cal = new ICAL.Component(ICAL.parse(text));
  assert.strictEqual(cal.name, 'vcalendar');
  return cal.getAllSubcomponents('vevent');
}

describe('exports: iCalendar', () => {
  it('folds lines at 75 octets of UTF-8, never inside a character', () => {
    const line = `SUMMARY:${'中'.repeat(60)}😀${'a'.repeat(80)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    assert.ok(parts.length > 3);
    for (const p of parts) assert.ok(octets(p) <= 75, `${octets(p)} octets: ${p}`);
    for (const p of parts.slice(1)) assert.strictEqual(p[0], ' ');
    // Unfolding gives the line back, every character whole.
    assert.strictEqual(parts.map((p, i) => (i ? p.slice(1) : p)).join(''), line);
    assert.ok(!folded.includes('\ufffd'));
    assert.strictEqual(foldLine('SHORT:x'), 'SHORT:x');
    assert.strictEqual(foldLine('X:' + 'a'.repeat(73)), 'X:' + 'a'.repeat(73));
    assert.strictEqual(foldLine('X:' + 'a'.repeat(74)), 'X:' + 'a'.repeat(73) + '\r\n a');
  });

  it('escapes backslash, semicolon, comma and line breaks in text, and quotes parameter values', () => {
    assert.strictEqual(escapeText('a\\b;c,d\ne\r\nf\rg'), 'a\\\\b\\;c\\,d\\ne\\nf\\ng');
    assert.strictEqual(paramValue('王五'), '"王五"');
    assert.strictEqual(paramValue('a"b^c\nd:e;f'), `"a^'b^^c d:e;f"`);
  });

  it('writes one all-day event per task with dates: exclusive end, milestone one day, stable UID and DTSTAMP', () => {
    const ws = workspaceOf({ 'demo.project.yaml': PLAN, 'demo.kickoff.baseline.yaml': BASELINE }, { today: '2027-03-02', locale: 'zh-CN' });
    const data = exportData(ws, planUris(ws));
    const r = tasksIcs(data);
    assert.strictEqual(r.events, 4);
    assert.deepStrictEqual(r.skipped.map((t) => t.id), ['X', 'Y'], 'the tasks of the cycle have no dates');
    assert.ok(r.text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//POC Studio//'));
    assert.ok(r.text.endsWith('END:VCALENDAR\r\n'));
    assert.ok(!/[^\r]\n/.test(r.text), 'every line ends with CRLF');
    for (const line of r.text.split('\r\n')) assert.ok(octets(line) <= 75, line);
    const evs = events(r.text);
    const got = evs.map((e) => {
      const start = e.getFirstPropertyValue('dtstart') as ICAL.Time;
      const end = e.getFirstPropertyValue('dtend') as ICAL.Time;
      return [e.getFirstPropertyValue('uid'), start.isDate, start.toString(), end.toString(), e.getFirstPropertyValue('summary')];
    });
    assert.deepStrictEqual(got, [
      ['demo-A@poc-studio', true, '2027-03-01', '2027-03-04', '部署'],
      ['demo-B@poc-studio', true, '2027-03-04', '2027-03-06', '联调'],
      ['demo-C@poc-studio', true, '2027-03-08', '2027-03-09', '汇报'],
      ['demo-M@poc-studio', true, '2027-03-09', '2027-03-10', '上线'],
    ]);
    for (const e of evs) assert.strictEqual((e.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(), '2027-03-02T00:00:00Z');
    const b = evs[1];
    assert.strictEqual(b.getFirstProperty('attendee')!.getParameter('cn'), '钱八');
    assert.strictEqual(b.getFirstPropertyValue('attendee'), 'urn:x-poc-studio:person:qian');
    assert.strictEqual(b.getFirstPropertyValue('categories'), '项目实施');
    assert.strictEqual(b.getFirstPropertyValue('description'), '任务：B 联调\n计划：演示项目（demo）\n负责人：钱八\n阶段：项目实施\n状态：进行中，进度 40%\n原计划完成：2027-03-04，比原计划晚 1 个工作日');
    assert.strictEqual(b.getFirstPropertyValue('transp'), 'TRANSPARENT');
    // The same plan on the same day: the same bytes.
    assert.strictEqual(tasksIcs(exportData(ws, planUris(ws))).text, r.text);
  });

  it('keeps hostile text as text: escaped, folded, one line in SUMMARY, parsed back whole', () => {
    const name = 'a;b,c\\d "q" ^x\nBEGIN:VEVENT\r\nUID:evil\u001b[31m ' + '长'.repeat(40);
    const plan = yaml`
      kind: project
      id: p
      start: 2027-03-01
      team:
        - { id: "w", name: ${JSON.stringify('Wang "x"; y, z\nEND:VCALENDAR')} }
      tasks:
        - { id: T1, name: ${JSON.stringify(name)}, phase: ${JSON.stringify('x,y;z')}, owner: w, start: 2027-03-01, duration: 1d, status: cancelled }
        - { id: T1, name: twin, start: 2027-03-02, duration: 1d }
        - { name: no id, start: 2027-03-03, duration: 1d }
    `;
    const ws = workspaceOf({ 'p.project.yaml': plan }, { today: '2027-03-02', locale: 'en' });
    const r = tasksIcs(exportData(ws, planUris(ws)));
    assert.strictEqual(r.text.split('\r\n').filter((l) => l === 'BEGIN:VEVENT').length, 3);
    assert.ok(!/\u001b/.test(r.text));
    const evs = events(r.text);
    assert.deepStrictEqual(
      evs.map((e) => e.getFirstPropertyValue('uid')),
      ['p-T1@poc-studio', 'p-T1-2@poc-studio', 'p-#3@poc-studio'],
    );
    assert.strictEqual(evs[0].getFirstPropertyValue('summary'), `a;b,c\\d "q" ^x BEGIN:VEVENT UID:evil[31m ${'长'.repeat(40)}`);
    assert.match(evs[0].getFirstPropertyValue('description') as string, /^Task: T1 a;b,c\\d "q" \^x\nBEGIN:VEVENT\nUID:evil\[31m /);
    assert.strictEqual(evs[0].getFirstProperty('attendee')!.getParameter('cn'), 'Wang "x"; y, z END:VCALENDAR');
    assert.deepStrictEqual(evs[0].getFirstProperty('categories')!.getValues(), ['x,y;z']);
    assert.strictEqual(evs[0].getFirstPropertyValue('status'), 'CANCELLED');
    assert.strictEqual(evs[2].getFirstPropertyValue('summary'), 'no id');
  });
});
