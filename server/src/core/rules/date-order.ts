import { defineRule } from './api';

export const rule = defineRule({
  id: 'date-order',
  defaultSeverity: 'error',
  description: {
    en: 'End before start, or a window whose end is before its start.',
    'zh-CN': '结束日期早于开始日期。',
  },
  check() {
    // TODO: not implemented yet
  },
});
