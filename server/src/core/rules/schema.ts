import { validateSchema } from '../schema-check';
import { defineRule } from './api';

/**
 * JSON Schema check (schemas/<kind>.schema.json): wrong types, unknown enum values, missing
 * required fields and unknown keys, each at the exact key or value, with the nearest valid name.
 */
export const rule = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'Wrong type, unknown enum value, missing required field, unknown key (with the nearest valid name).',
    'zh-CN': '类型错误、未知枚举值、缺少必填字段、未知字段（并给出最接近的合法名称）。',
  },
  check(ctx) {
    const { kind, parsed, text } = ctx.file;
    for (const p of validateSchema(kind, parsed.root, parsed.map, text.length)) ctx.report(p.span, p.message, p.data);
  },
});
