import * as assert from 'assert';
import { schemaAt, schemaFor, shortLabel, splitDescription } from './schema-nav';

describe('schema-nav', () => {
  it('splits "中文\\nEnglish" descriptions; a single line serves both languages', () => {
    assert.deepStrictEqual(splitDescription('负责人。\nOwner.'), { 'zh-CN': '负责人。', en: 'Owner.' });
    assert.deepStrictEqual(splitDescription('CIO'), { 'zh-CN': 'CIO', en: 'CIO' });
    assert.strictEqual(splitDescription(''), undefined);
    assert.strictEqual(splitDescription(undefined), undefined);
  });

  it('short labels cut an enum description at its explanation', () => {
    assert.deepStrictEqual(shortLabel({ 'zh-CN': '销售人员：介绍产品、沟通交易', en: 'Sales: presents the product and handles the deal' }), { 'zh-CN': '销售人员', en: 'Sales' });
    assert.deepStrictEqual(shortLabel({ 'zh-CN': '情报收集（POC，seed 000 §4）', en: 'Intelligence gathering (POC): customer, competitors, market' }), { 'zh-CN': '情报收集', en: 'Intelligence gathering' });
  });

  it('follows a relative $ref into common.schema.json; the field\'s own description wins', () => {
    const owner = schemaAt('poc', ['tasks', 3, 'owner'])!;
    assert.deepStrictEqual(owner.description, { 'zh-CN': '负责人：本文件团队成员 id，或干系人 id。', en: 'Owner: a team id of this file, or a stakeholder id.' });
    assert.deepStrictEqual(owner.types, ['string']);
    const start = schemaAt('project', ['tasks', 0, 'start'])!;
    assert.strictEqual(start.format, 'date');
    assert.strictEqual(start.description?.['zh-CN'], '开始日期；有前置任务时可省略。');
  });

  it('follows a "#/definitions/x" $ref within the same schema, with enum values and their meaning', () => {
    const attitude = schemaAt('stakeholders', ['stakeholders', 0, 'attitude'])!;
    assert.deepStrictEqual(
      attitude.enumValues().map((e) => `${e.value}=${e.description?.['zh-CN']}`),
      ['champion=倡导者：主动推动', 'supporter=支持者', 'neutral=中立', 'skeptic=怀疑者', 'blocker=阻碍者'],
    );
    assert.strictEqual(attitude.enumValues()[3].description?.en, 'Skeptic');
  });

  it('lists the properties of an object with the required ones', () => {
    const task = schemaAt('poc', ['tasks', 0])!;
    assert.deepStrictEqual(task.required(), ['id']);
    assert.deepStrictEqual(
      task.properties().map((p) => p.name),
      ['id', 'name', 'description', 'phase', 'owner', 'start', 'end', 'duration', 'dependsOn', 'priority', 'status', 'allocation', 'effortDays', 'progress', 'actualStart', 'actualEnd', 'release', 'change', 'note'],
    );
    assert.strictEqual(task.property('dependsOn')!.node.isArray(), true);
    assert.deepStrictEqual(task.property('dependsOn')!.node.child(0)!.types, ['string']);
    assert.deepStrictEqual(schemaFor('checklist').required(), ['id', 'title', 'items']);
  });

  it('merges the branches of anyOf: a checklist entry is an item or a group', () => {
    const entry = schemaAt('checklist', ['items', 2])!;
    const names = entry.properties().map((p) => p.name);
    assert.deepStrictEqual(names, ['id', 'text', 'done', 'required', 'owner', 'due', 'evidence', 'note', 'group', 'items']);
    assert.deepStrictEqual(entry.required(), [], 'nothing is required by both branches');
    assert.deepStrictEqual(entry.variants().map((v) => v.required()), [['id', 'text'], ['group', 'items']]);
    assert.strictEqual(schemaAt('checklist', ['items', 0, 'items', 1, 'due'])!.format, 'date', 'a group item, through the group branch');
  });

  it('a value that may be text or a number (duration), or text or a list', () => {
    assert.deepStrictEqual(schemaAt('poc', ['tasks', 0, 'duration'])!.types.sort(), ['number', 'string']);
    const volume = schemaAt('poc', ['intelligence', 'customer', 'techStack'])!;
    assert.deepStrictEqual(volume.types.sort(), ['array', 'string']);
    assert.strictEqual(volume.isCollectionOnly(), false);
  });

  it('additionalProperties: weekly report hours take any team id, with a number or hours per task', () => {
    const hours = schemaAt('project', ['weeklyReports', 1, 'hours'])!;
    assert.deepStrictEqual(hours.properties(), []);
    assert.deepStrictEqual(hours.additional()!.types.sort(), ['number', 'object']);
    assert.deepStrictEqual(schemaAt('project', ['weeklyReports', 1, 'hours', 'zhao'])!.types.sort(), ['number', 'object']);
  });

  it('a const is its only value; booleans are booleans', () => {
    assert.deepStrictEqual(schemaAt('poc', ['kind'])!.enumValues().map((e) => e.value), ['poc']);
    assert.strictEqual(schemaAt('poc', ['qualification', 'financiallyVetted'])!.isBoolean(), true);
  });

  it('a property named like a keyword (format) is a property, not the keyword', () => {
    const format = schemaAt('poc', ['scenarios', 0, 'data', 'format'])!;
    assert.strictEqual(format.description?.['zh-CN'], '数据格式。');
    assert.strictEqual(format.format, undefined);
  });

  it('leaves the schema: undefined', () => {
    assert.strictEqual(schemaAt('poc', ['tasks', 0, 'nonsense']), undefined);
    assert.strictEqual(schemaAt('poc', ['title', 0]), undefined);
    assert.strictEqual(schemaAt('stakeholders', ['tasks']), undefined);
  });
});
