import * as assert from 'assert';
import { fieldOfHeader, findHeader, normHeader, parseMapOption } from './columns';

describe('import columns', () => {
  it('knows the usual Chinese and English names and their variants', () => {
    const cases: [string, string][] = [
      ['任务名称', 'name'], ['工作内容', 'name'], ['Task Name', 'name'], ['执行人', 'owner'], ['责任人', 'owner'], ['Resource Names', 'owner'],
      ['开始日期', 'start'], ['计划开始', 'start'], ['完成时间', 'end'], ['计划完成', 'end'], ['Finish', 'end'], ['工期（天）', 'duration'], ['持续时间', 'duration'],
      ['前置任务', 'dependsOn'], ['依赖', 'dependsOn'], ['Predecessors', 'dependsOn'], ['完成率', 'progress'], ['% Complete', 'progress'], ['阶段', 'phase'], ['里程碑', 'milestone'], ['开始时间*', 'start'], ['ＷＢＳ', 'wbs'],
    ];
    for (const [h, f] of cases) assert.strictEqual(fieldOfHeader(h), f, h);
    assert.strictEqual(fieldOfHeader('颜色'), undefined);
    assert.strictEqual(normHeader(' Duration (days) '), 'duration');
  });

  it('finds the header below a title and blank rows; unknown columns are listed', () => {
    const rows = [['某银行实施计划', null, null], [], ['任务名称', '负责人', '颜色', '开始时间'], ['部署', '赵六', '红', '2027-03-01']];
    const { match } = findHeader(rows);
    assert.strictEqual(match?.row, 2);
    assert.deepStrictEqual(match?.columns, { name: 0, owner: 1, start: 3 });
    assert.deepStrictEqual(match?.ignored, ['颜色']);
  });

  it('no header: a task name column and one more known column are needed', () => {
    assert.strictEqual(findHeader([['a', 'b'], ['任务名称', 'x']]).match, undefined);
    assert.strictEqual(findHeader([]).match, undefined);
  });

  it('--map names columns by header, letter or number and wins over the usual names', () => {
    const rows = [['事项', '执行', '开始时间', '负责人']];
    const { match } = findHeader(rows, { name: '事项', owner: 'B' });
    assert.deepStrictEqual(match?.columns, { name: 0, owner: 1, start: 2 });
    assert.deepStrictEqual(match?.ignored, ['负责人']);
    assert.deepStrictEqual(findHeader(rows, { nme: '事项', name: '事项' }).problems, [{ kind: 'unknown-field', field: 'nme' }]);
    assert.deepStrictEqual(findHeader(rows, { name: '事项', end: '结束' }).problems, [{ kind: 'no-such-column', field: 'end', header: '结束' }]);
    assert.deepStrictEqual(parseMapOption('name=任务，owner=执行人'), { name: '任务', owner: '执行人' });
    assert.strictEqual(parseMapOption('name'), 'name');
  });
});
