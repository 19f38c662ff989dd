import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { LABELS, label, plural, type LabelGroup } from './labels';

/** The repo's schemas/ folder (this test runs from out/server/src/core/). */
const SCHEMA_DIR = path.resolve(__dirname, '../../../../schemas');

/** Which label group names the values of each enum definition of the schemas. */
const GROUP_OF: Record<string, LabelGroup> = {
  'common/level': 'level',
  'common/teamRole': 'teamRole',
  'common/taskPhase': 'phase',
  'common/taskStatus': 'status',
  'common/riskStatus': 'riskStatus',
  'poc/mode': 'mode',
  'poc/stage': 'stage',
  'poc/criterionResult': 'result',
  'poc/deployment': 'deployment',
  'poc/decision': 'review',
  'poc/procurement': 'procurement',
  'poc/tenderResponse': 'tenderResponse',
  'project/inspectionInterval': 'inspectionEvery',
  'project/changeScope': 'scope',
  'project/changeDecision': 'decision',
  'project/acceptanceCategory': 'category',
  'project/acceptanceStatus': 'acceptance',
  'requirements/type': 'reqType',
  'requirements/category': 'reqCategory',
  'requirements/priority': 'priority',
  'requirements/scope': 'scope',
  'requirements/status': 'reqStatus',
  'stakeholders/org': 'org',
  'stakeholders/role': 'stakeholderRole',
  'stakeholders/attitude': 'attitude',
};
/** Enum definitions whose values are symbols, not words (comparison operators). */
const NOT_WORDS = new Set(['requirements/op']);

describe('enum labels', () => {
  it('has a Chinese and an English label for every enum value of the schemas', () => {
    const seen = new Set<string>();
    for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.schema.json'))) {
      const schema = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as { definitions?: Record<string, { enum?: unknown[] }> };
      for (const [name, def] of Object.entries(schema.definitions ?? {})) {
        if (!Array.isArray(def.enum)) continue;
        const key = `${file.replace('.schema.json', '')}/${name}`;
        if (NOT_WORDS.has(key)) continue;
        const group = GROUP_OF[key];
        assert.ok(group, `${key}: no label group (add it to GROUP_OF and LABELS)`);
        seen.add(key);
        for (const v of def.enum) {
          const pair = (LABELS[group] as Record<string, readonly [string, string]>)[String(v)];
          assert.ok(pair, `${key}: no label for "${String(v)}"`);
          assert.match(pair[0], /[\u4e00-\u9fff]/, `${key}/${String(v)}: the Chinese label has no Chinese`);
          assert.doesNotMatch(pair[0], /\b[a-z]{3,}\b/, `${key}/${String(v)}: English inside the Chinese label`);
        }
      }
    }
    assert.deepStrictEqual([...seen].sort(), Object.keys(GROUP_OF).sort(), 'a mapped enum is no longer in the schemas');
  });

  it('names each phase as the schema describes it (one term in completion, hover, Gantt, outline and reports)', () => {
    const common = JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, 'common.schema.json'), 'utf8')) as { definitions: Record<string, { enum: string[]; enumDescriptions: string[] }> };
    const { enum: values, enumDescriptions } = common.definitions.taskPhase;
    values.forEach((v, i) => {
      const zh = enumDescriptions[i].split('\n')[0].split(/[：（(]/)[0].trim();
      assert.strictEqual(label('zh-CN', 'phase', v), zh, `phase ${v}`);
    });
  });

  it('uses the glossary words: 必须/重要/可选, 待审批, 阻碍者, and no 赢单', () => {
    assert.deepStrictEqual(['must', 'should', 'could'].map((p) => label('zh-CN', 'priority', p)), ['必须', '重要', '可选']);
    assert.strictEqual(label('zh-CN', 'decision', 'pending'), '待审批');
    assert.strictEqual(label('zh-CN', 'attitude', 'blocker'), '阻碍者');
    assert.strictEqual(label('zh-CN', 'status', 'doing'), '进行中');
    assert.strictEqual(label('zh-CN', 'reqStatus', 'agreed'), '已确认');
    for (const group of Object.values(LABELS)) for (const [zh] of Object.values(group)) assert.doesNotMatch(zh, /赢单|丢单/);
  });

  it('shows an unknown value as written', () => {
    assert.strictEqual(label('zh-CN', 'status', 'paused'), 'paused');
    assert.strictEqual(label({ locale: 'en' }, 'status', undefined), '');
  });

  it('counts in English without "(s)"', () => {
    assert.strictEqual(plural(1, 'day'), '1 day');
    assert.strictEqual(plural(2, 'day'), '2 days');
    assert.strictEqual(plural(0, 'hint'), '0 hints');
  });
});
