import * as assert from 'assert';
import { formatDate, parseDate } from './dates';
import { covers, regionCalendar } from './region-calendar';

const d = (s: string) => parseDate(s)!;

describe('built-in region calendar (China)', () => {
  const cn = regionCalendar('CN')!;

  it('covers 2004–2026 at least', () => {
    assert.ok(cn.firstYear <= 2004 && cn.lastYear >= 2026, `${cn.firstYear}–${cn.lastYear}`);
    assert.ok(covers(cn, d('2004-06-01')) && covers(cn, d('2026-12-31')));
    assert.ok(!covers(cn, d(`${cn.lastYear + 1}-01-01`)));
    assert.strictEqual(regionCalendar('cn'), cn);
    assert.strictEqual(regionCalendar('XX'), undefined);
  });

  it('pins 2026: 中秋 09-25..09-27 and 国庆 10-01..10-07 off, 09-20 (Sunday) and 10-10 (Saturday) worked', () => {
    for (const day of ['2026-09-25', '2026-09-26', '2026-09-27']) assert.strictEqual(cn.off.get(d(day))?.['zh-CN'], '中秋节', day);
    for (let i = 1; i <= 7; i++) assert.strictEqual(cn.off.get(d(`2026-10-0${i}`))?.['zh-CN'], '国庆节');
    assert.strictEqual(cn.off.get(d('2026-10-08')), undefined);
    assert.strictEqual(cn.work.get(d('2026-09-20'))?.['zh-CN'], '国庆节');
    assert.strictEqual(cn.work.get(d('2026-10-10'))?.en, 'National Day');
    // 春节 2026: 02-15..02-23 off, 02-14 and 02-28 (Saturdays) worked.
    assert.deepStrictEqual(
      [...cn.off.entries()].filter(([k, v]) => v.en === 'Spring Festival' && formatDate(k).startsWith('2026')).map(([k]) => formatDate(k)),
      ['2026-02-15', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23'],
    );
    assert.deepStrictEqual([...cn.work.keys()].filter((k) => formatDate(k).startsWith('2026-02')).map(formatDate), ['2026-02-14', '2026-02-28']);
  });

  it('pins 2025: 春节 01-28..02-04 off with 01-26 and 02-08 worked; 国庆与中秋 10-01..10-08 off with 09-28 and 10-11 worked', () => {
    assert.strictEqual(cn.off.get(d('2025-01-28'))?.['zh-CN'], '春节');
    assert.strictEqual(cn.off.get(d('2025-02-04'))?.['zh-CN'], '春节');
    assert.ok(cn.work.has(d('2025-01-26')) && cn.work.has(d('2025-02-08')));
    assert.ok(cn.off.has(d('2025-10-08')) && cn.work.has(d('2025-09-28')) && cn.work.has(d('2025-10-11')));
  });

  it('names holidays as a Chinese PM writes them', () => {
    const zh = new Set([...cn.off.values()].map((n) => n['zh-CN']));
    for (const n of ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']) assert.ok(zh.has(n), n);
    for (const n of zh) assert.doesNotMatch(n, /[A-Za-z]/);
  });
});

describe('WorkCalendar with the region', () => {
  const { WorkCalendar } = require('./dates') as typeof import('./dates');
  const cn = regionCalendar('CN')!;

  it('a 5-day task from 2026-09-24 runs across 中秋 and 国庆 with the make-up days worked', () => {
    const cal = new WorkCalendar([], [], [cn]);
    // 09-24 Thu, [09-25..27 off], 09-28 Mon, 09-29, 09-30, [10-01..07 off], 10-08 Thu.
    assert.strictEqual(formatDate(cal.endAfter(d('2026-09-24'), 5)), '2026-10-08');
    // 09-20 is a Sunday worked (调休上班日): a task starting on the Saturday before begins then.
    assert.strictEqual(formatDate(cal.onOrAfter(d('2026-09-19'))), '2026-09-20');
    assert.ok(cal.isWorkday(d('2026-10-10')));
    // Without the region: the weekly rule only.
    assert.strictEqual(formatDate(new WorkCalendar().endAfter(d('2026-09-24'), 5)), '2026-09-30');
  });

  it("the plan's own days apply on top of the region's", () => {
    const cal = new WorkCalendar([[d('2026-09-21'), d('2026-09-21')]], [[d('2026-10-08'), d('2026-10-08')]], [cn]);
    assert.ok(!cal.isWorkday(d('2026-09-21')), 'own holiday on a weekday');
    assert.ok(cal.isWorkday(d('2026-09-20')), 'the region’s make-up day stays');
    const own = new WorkCalendar([[d('2026-10-10'), d('2026-10-10')]], [[d('2026-10-02'), d('2026-10-02')]], [cn]);
    assert.ok(!own.isWorkday(d('2026-10-10')), 'own holiday wins over a make-up day');
    assert.ok(own.isWorkday(d('2026-10-02')), 'own working day wins over a holiday');
    // Spring Festival 2025: 01-28..02-04 off, 01-26 (Sunday) and 02-08 (Saturday) worked.
    const cal25 = new WorkCalendar([], [], [cn]);
    assert.strictEqual(cal25.workdaysBetween(d('2025-01-25'), d('2025-02-09')), 6); // 01-26, 01-27, 02-05, 02-06, 02-07, 02-08
  });
});
