import { defineRule } from './api';

export const rule = defineRule({
  id: 'duplicate-id',
  defaultSeverity: 'error',
  description: {
    en: 'The same id twice where ids must be unique.',
    'zh-CN': '在要求唯一的范围内出现重复 id。',
  },
  check() {
    // TODO: not implemented yet
  },
});
