/**
 * Validates a converted artifact against its JSON Schema (schemas/*.schema.json) with ajv, and
 * turns ajv's errors into findings at the exact key or value, in both languages, with the
 * nearest valid name for unknown keys and enum values.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import type { Kind, Localized } from './types';
import type { SourceMap } from './parse';
import type { Span } from './text';
import { parseDate } from './dates';
import { nearest } from './similar';
import common from '../../../schemas/common.schema.json';
import poc from '../../../schemas/poc.schema.json';
import project from '../../../schemas/project.schema.json';
import stakeholders from '../../../schemas/stakeholders.schema.json';
import requirements from '../../../schemas/requirements.schema.json';
import checklist from '../../../schemas/checklist.schema.json';

export const SCHEMAS: Record<Kind | 'common', object> = { common, poc, project, stakeholders, requirements, checklist };

export interface SchemaProblem {
  span: Span;
  message: Localized;
  data?: Record<string, unknown>;
}

let validators: Map<Kind, ValidateFunction> | undefined;

export function createAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true, verbose: true, allowUnionTypes: true });
  ajv.addVocabulary(['enumDescriptions', 'defaultSnippets', 'markdownDescription']);
  ajv.addFormat('date', { type: 'string', validate: (s: string) => parseDate(s) !== undefined });
  for (const [name, schema] of Object.entries(SCHEMAS)) ajv.addSchema(schema, `${name}.schema.json`);
  return ajv;
}

function validatorFor(kind: Kind): ValidateFunction {
  if (!validators) {
    const ajv = createAjv();
    validators = new Map();
    for (const k of ['poc', 'project', 'stakeholders', 'requirements', 'checklist'] as Kind[]) {
      validators.set(k, ajv.getSchema(`${k}.schema.json`)!);
    }
  }
  return validators.get(kind)!;
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['text', '文本'],
  number: ['a number', '数字'],
  integer: ['a whole number', '整数'],
  boolean: ['true or false', 'true 或 false'],
  object: ['a mapping (key: value)', '映射（键: 值）'],
  array: ['a list', '列表'],
  null: ['empty', '空值'],
};

function typeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

const describeTypes = (types: string[], lang: 0 | 1) =>
  types.map((t) => TYPE_NAMES[t]?.[lang] ?? t).join(lang === 0 ? ' or ' : '或');

/** Human wording for the patterns the schemas use. */
function patternMeaning(pattern: string): [string, string] {
  if (pattern.includes('W\\d{2}')) return ['an ISO week like 2027-W02', '形如 2027-W02 的 ISO 周'];
  if (pattern.includes('\\.\\.')) return ['a date YYYY-MM-DD or a range YYYY-MM-DD..YYYY-MM-DD', '日期 YYYY-MM-DD 或日期范围 YYYY-MM-DD..YYYY-MM-DD'];
  if (pattern.includes('[dw]')) return ['a duration in working days like 3d, 2w or a number', '以工作日计的工期，如 3d、2w 或数字'];
  if (pattern.includes('\\d{4}-\\d{2}-\\d{2}')) return ['a date YYYY-MM-DD', '日期 YYYY-MM-DD'];
  if (pattern.includes('[A-Za-z0-9_.-]')) return ['an id (letters, digits, _ . -, starting with a letter or digit)', 'id（字母、数字、_ . -，以字母或数字开头）'];
  return [`text matching ${pattern}`, `符合 ${pattern} 的文本`];
}

function quote(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

interface Located {
  parent: unknown;
  key: string | number | undefined;
  value: unknown;
}

function decodePointer(p: string): string[] {
  return p === '' ? [] : p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function locate(root: unknown, pointer: string): Located {
  let parent: unknown = undefined;
  let key: string | number | undefined = undefined;
  let value: unknown = root;
  for (const seg of decodePointer(pointer)) {
    parent = value;
    if (Array.isArray(value)) {
      key = Number(seg);
      value = value[key];
    } else if (value && typeof value === 'object') {
      key = seg;
      value = (value as Record<string, unknown>)[seg];
    } else break;
  }
  return { parent, key, value };
}

export function validateSchema(kind: Kind, root: unknown, map: SourceMap, textLength: number): SchemaProblem[] {
  const validate = validatorFor(kind);
  const data = root === undefined || root === null ? {} : root;
  if (validate(data)) return [];
  const errors = pickErrors(validate.errors ?? []);
  const out: SchemaProblem[] = [];
  const seen = new Set<string>();
  const wholeSpan = (v: unknown): Span => map.node(v) ?? { start: 0, end: Math.min(textLength, 0) };

  const valueSpan = (loc: Located): Span => {
    if (loc.parent === undefined) return wholeSpan(loc.value);
    if (typeof loc.key === 'number') return map.item(loc.parent, loc.key) ?? wholeSpan(loc.parent);
    return map.value(loc.parent, loc.key!) ?? map.key(loc.parent, loc.key!) ?? wholeSpan(loc.parent);
  };
  /** Where to report something missing from an object: the key that holds it, else its first key. */
  const objectSpan = (loc: Located): Span => {
    if (loc.parent !== undefined && typeof loc.key === 'string') return map.key(loc.parent, loc.key) ?? wholeSpan(loc.value);
    const obj = loc.value;
    if (obj && typeof obj === 'object' && !Array.isArray(obj)) {
      const first = Object.keys(obj)[0];
      const k = first !== undefined ? map.key(obj, first) : undefined;
      if (k) return k;
    }
    return loc.parent === undefined ? { start: 0, end: 0 } : valueSpan(loc);
  };

  for (const e of errors) {
    const loc = locate(data, e.instancePath);
    const fieldName = typeof loc.key === 'string' ? loc.key : typeof loc.key === 'number' ? `#${loc.key + 1}` : '';
    const where = fieldName ? `'${fieldName}'` : 'the file';
    const whereZh = fieldName ? `“${fieldName}”` : '文件';
    let p: SchemaProblem | undefined;
    switch (e.keyword) {
      case 'additionalProperties': {
        const prop = String((e.params as { additionalProperty: string }).additionalProperty);
        const allowed = Object.keys(((e.parentSchema as { properties?: object })?.properties ?? {}) as object);
        const suggestion = nearest(prop, allowed);
        const span = map.key(loc.value, prop) ?? objectSpan(loc);
        p = {
          span,
          message: {
            en: `Unknown key '${prop}'${suggestion ? `; did you mean '${suggestion}'?` : '.'}${suggestion ? '' : ` Allowed here: ${allowed.join(', ')}.`}`,
            'zh-CN': `未知字段“${prop}”${suggestion ? `，是否应为“${suggestion}”？` : '。'}${suggestion ? '' : `此处允许：${allowed.join('、')}。`}`,
          },
          data: { key: prop, suggestion, allowed },
        };
        break;
      }
      case 'required': {
        const missing = String((e.params as { missingProperty: string }).missingProperty);
        const what = typeof loc.key === 'number' && loc.parent !== undefined ? 'this item' : fieldName ? `'${fieldName}'` : 'the file';
        const whatZh = typeof loc.key === 'number' && loc.parent !== undefined ? '该条目' : fieldName ? `“${fieldName}”` : '文件';
        p = {
          span: objectSpan(loc),
          message: {
            en: `Missing required field '${missing}' in ${what}.`,
            'zh-CN': `${whatZh}缺少必填字段“${missing}”。`,
          },
          data: { missing, path: e.instancePath },
        };
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues.map(String);
        const suggestion = typeof loc.value === 'string' ? nearest(loc.value, allowed) : undefined;
        p = {
          span: valueSpan(loc),
          message: {
            en: `${quote(loc.value)} is not a valid value for ${where}${suggestion ? `; did you mean '${suggestion}'?` : '.'} Allowed: ${allowed.join(', ')}.`,
            'zh-CN': `${whereZh}的值 ${quote(loc.value)} 无效${suggestion ? `，是否应为“${suggestion}”？` : '。'}允许的值：${allowed.join('、')}。`,
          },
          data: { value: loc.value, suggestion, allowed },
        };
        break;
      }
      case 'const': {
        if (e.instancePath === '/kind') continue; // kind-mismatch reports this
        const expected = (e.params as { allowedValue: unknown }).allowedValue;
        p = {
          span: valueSpan(loc),
          message: { en: `${where} must be ${quote(expected)}.`, 'zh-CN': `${whereZh}必须为 ${quote(expected)}。` },
          data: { suggestion: expected },
        };
        break;
      }
      case 'type': {
        const t = (e.params as { type: string | string[] }).type;
        const types = Array.isArray(t) ? t : [t];
        const actual = typeOf(loc.value);
        p = {
          span: valueSpan(loc),
          message:
            actual === 'null'
              ? { en: `${where} has no value; expected ${describeTypes(types, 0)}.`, 'zh-CN': `${whereZh}没有值，应为${describeTypes(types, 1)}。` }
              : {
                  en: `${where} should be ${describeTypes(types, 0)}, not ${TYPE_NAMES[actual]?.[0] ?? actual}${actual === 'string' ? ` (${quote(loc.value)})` : ''}.`,
                  'zh-CN': `${whereZh}应为${describeTypes(types, 1)}，而不是${TYPE_NAMES[actual]?.[1] ?? actual}${actual === 'string' ? `（${quote(loc.value)}）` : ''}。`,
                },
          data: { expected: types },
        };
        break;
      }
      case 'format':
      case 'pattern': {
        const pattern = e.keyword === 'format' ? '\\d{4}-\\d{2}-\\d{2}' : String((e.params as { pattern: string }).pattern);
        const [en, zh] = patternMeaning(pattern);
        const realDateMsg = e.keyword === 'format' && /^\d{4}-\d{2}-\d{2}$/.test(String(loc.value));
        p = {
          span: valueSpan(loc),
          message: realDateMsg
            ? { en: `${quote(loc.value)} is not a real calendar date.`, 'zh-CN': `${quote(loc.value)} 不是有效的日期。` }
            : { en: `${where} should be ${en}, not ${quote(loc.value)}.`, 'zh-CN': `${whereZh}应为${zh}，而不是 ${quote(loc.value)}。` },
        };
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const { comparison, limit } = e.params as { comparison: string; limit: number };
        p = {
          span: valueSpan(loc),
          message: { en: `${where} must be ${comparison} ${limit}.`, 'zh-CN': `${whereZh}必须 ${comparison} ${limit}。` },
        };
        break;
      }
      case 'anyOf':
      case 'oneOf': {
        p = {
          span: valueSpan(loc),
          message: { en: `${where} has an unexpected form (${quote(loc.value)}).`, 'zh-CN': `${whereZh}的格式不正确（${quote(loc.value)}）。` },
        };
        break;
      }
      default:
        p = {
          span: valueSpan(loc),
          message: { en: `${where}: ${e.message ?? 'invalid'}.`, 'zh-CN': `${whereZh}：${e.message ?? '无效'}。` },
        };
    }
    const key = `${p.span.start}:${p.span.end}:${p.message.en}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(p);
  }
  return out;
}

/**
 * Reduces ajv's raw errors to the ones a person should read: for anyOf/oneOf, the errors of the
 * branch that fits best (a branch whose type does not even match is dropped), or one summary.
 */
function pickErrors(errors: ErrorObject[]): ErrorObject[] {
  const combinators = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  if (combinators.length === 0) return errors;
  let result = errors;
  // Innermost combinators first, so that nested anyOf are resolved before the outer ones.
  for (const c of [...combinators].sort((a, b) => b.schemaPath.length - a.schemaPath.length)) {
    if (!result.includes(c)) continue;
    const prefix = `${c.schemaPath}/`;
    const branchErrors = new Map<number, ErrorObject[]>();
    const under = (e: ErrorObject) => e.instancePath === c.instancePath || e.instancePath.startsWith(`${c.instancePath}/`);
    for (const e of result) {
      if (e === c || !e.schemaPath.startsWith(prefix) || !under(e)) continue;
      const branch = Number(e.schemaPath.slice(prefix.length).split('/')[0]);
      if (!Number.isFinite(branch)) continue;
      branchErrors.set(branch, [...(branchErrors.get(branch) ?? []), e]);
    }
    const all = [...branchErrors.values()].flat();
    const candidates = [...branchErrors.entries()].filter(
      ([, errs]) => !errs.some((e) => e.instancePath === c.instancePath && (e.keyword === 'type' || e.keyword === 'required' && isDiscriminator(e))),
    );
    let keep: ErrorObject[];
    if (candidates.length > 0) {
      candidates.sort((a, b) => score(a[1]) - score(b[1]));
      keep = candidates[0][1];
    } else {
      // No branch fits the value's type: one summary, worded from the first branch's pattern if any.
      const typeErrors = all.filter((e) => e.instancePath === c.instancePath && e.keyword === 'type');
      const types = [...new Set(typeErrors.flatMap((e) => {
        const t = (e.params as { type: string | string[] }).type;
        return Array.isArray(t) ? t : [t];
      }))];
      keep = types.length ? [{ ...c, keyword: 'type', params: { type: types } }] : [c];
    }
    result = result.filter((e) => e !== c && !all.includes(e)).concat(keep);
  }
  return result;
}

/** A `required` error on a property that identifies the branch (e.g. `group` for checklist groups). */
function isDiscriminator(e: ErrorObject): boolean {
  const missing = (e.params as { missingProperty?: string }).missingProperty;
  return missing === 'group';
}

function score(errs: ErrorObject[]): number {
  // Fewer errors fit better; errors deeper in the value mean the branch matched more of it.
  return errs.length * 10 - Math.max(0, ...errs.map((e) => e.instancePath.split('/').length));
}
