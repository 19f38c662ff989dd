import { defineRule } from './api';

export const rule = defineRule({
  id: 'reports-to-cycle',
  defaultSeverity: 'error',
  description: {
    en: 'A reportsTo loop.',
    'zh-CN': '汇报关系（reportsTo）形成循环。',
  },
  kinds: ['stakeholders'],
  check() {
    // TODO: not implemented yet
  },
});
