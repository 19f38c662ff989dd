import { defineRule } from './api';

export const rule = defineRule({
  id: 'unknown-ref',
  defaultSeverity: 'error',
  description: {
    en: 'A reference to an id that does not exist.',
    'zh-CN': '引用了不存在的 id。',
  },
  check() {
    // TODO: not implemented yet
  },
});
