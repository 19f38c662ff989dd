import * as assert from 'assert';
import { excelSerialDate, readDate, readDuration, readPredecessors, readProgress, readStatus, readYesNo } from './values';

describe('import values', () => {
  it('dates: Excel serials and date cells, ISO, slashed, dotted and Chinese text, with a time or a weekday', () => {
    assert.strictEqual(excelSerialDate(46447), '2027-03-01');
    assert.strictEqual(readDate(46447), '2027-03-01');
    assert.strictEqual(readDate(new Date(Date.UTC(2027, 2, 1))), '2027-03-01');
    for (const s of ['2027-03-01', '2027/3/1', '2027.3.1', '2027年3月1日', '2027 年 3 月 1 日', '2027-03-01 09:30', '2027/3/1 星期一', '2027年3月1日(周一)', '46447'])
      assert.strictEqual(readDate(s), '2027-03-01', s);
    for (const s of ['2027-02-30', '2027-13-01', '1/3/2027', '下周一', 'abc', '', '12'] as const) assert.strictEqual(readDate(s), undefined, s);
    assert.strictEqual(readDate(12), undefined, 'a small number is not a date');
  });

  it('durations in working days: numbers, 天, 个工作日, weeks, hours, estimates', () => {
    const cases: [unknown, number | undefined][] = [
      [5, 5], ['5', 5], ['5d', 5], ['5天', 5], ['5 个工作日', 5], ['5 days', 5], ['1w', 5], ['2周', 10], ['4h', 0.5], ['16小时', 2], ['3?', 3], ['0', 0], ['约3天', 3], ['三天', undefined], ['-1', undefined],
    ];
    for (const [cell, want] of cases) assert.strictEqual(readDuration(cell as string), want, String(cell));
  });

  it('progress: fractions when the column writes them, percents otherwise, % always a percent', () => {
    assert.strictEqual(readProgress(0.5, true), 50);
    assert.strictEqual(readProgress(1, true), 100);
    assert.strictEqual(readProgress(50, false), 50);
    assert.strictEqual(readProgress('50%', true), 50);
    assert.strictEqual(readProgress('50 %', false), 50);
    assert.strictEqual(readProgress('80％', false), 80);
    assert.strictEqual(readProgress('0.25', true), 25);
    assert.strictEqual(readProgress('150%', false), undefined);
    assert.strictEqual(readProgress('一半', false), undefined);
  });

  it('status words, Chinese and English', () => {
    const cases: [string, string | undefined][] = [
      ['未开始', 'todo'], ['进行中', 'doing'], ['已完成', 'done'], ['完成', 'done'], ['暂停', 'blocked'], ['挂起', 'blocked'], ['取消', 'cancelled'], ['已取消', 'cancelled'],
      ['Not Started', 'todo'], ['In Progress', 'doing'], ['Completed', 'done'], ['On Hold', 'blocked'], ['Canceled', 'cancelled'], ['待定', undefined],
    ];
    for (const [s, want] of cases) assert.strictEqual(readStatus(s), want, s);
  });

  it('yes/no cells', () => {
    assert.strictEqual(readYesNo('是'), true);
    assert.strictEqual(readYesNo('√'), true);
    assert.strictEqual(readYesNo('否'), false);
    assert.strictEqual(readYesNo(1), true);
    assert.strictEqual(readYesNo('也许'), undefined);
  });

  it('predecessors: 、 , ， ; separated; row, WBS and names; link types and lags only after a number or a space', () => {
    assert.deepStrictEqual(readPredecessors('3、4,5，6;7').map((p) => p.ref), ['3', '4', '5', '6', '7']);
    assert.deepStrictEqual(readPredecessors('1.2, 需求调研').map((p) => p.ref), ['1.2', '需求调研']);
    assert.deepStrictEqual(readPredecessors('3FS+2')[0], { ref: '3', type: 'FS', lag: 2, text: '3FS+2' });
    assert.deepStrictEqual(readPredecessors('4SS')[0], { ref: '4', type: 'SS', lag: 0, text: '4SS' });
    assert.deepStrictEqual(readPredecessors('日志接入 SS+1')[0], { ref: '日志接入', type: 'SS', lag: 1, text: '日志接入 SS+1' });
    assert.deepStrictEqual(readPredecessors('5完成-开始-1天')[0], { ref: '5', type: 'FS', lag: -1, text: '5完成-开始-1天' });
    // A name ending in letters that look like a link type stays a name.
    assert.deepStrictEqual(readPredecessors('CSS')[0], { ref: 'CSS', type: 'FS', lag: 0, text: 'CSS' });
    assert.deepStrictEqual(readPredecessors(''), []);
    assert.deepStrictEqual(readPredecessors(12).map((p) => p.ref), ['12']);
  });
});
