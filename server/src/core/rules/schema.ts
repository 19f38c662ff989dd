import { defineRule } from './api';

export const rule = defineRule({
  id: 'schema',
  defaultSeverity: 'error',
  description: {
    en: 'Wrong type, unknown enum value, missing required field, unknown key.',
    'zh-CN': '类型错误、未知枚举值、缺少必填字段、未知字段。',
  },
  check() {
    // TODO: not implemented yet
  },
});
