import { defineRule } from './api';

export const rule = defineRule({
  id: 'inspection-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'An inspection past due and not done.',
    'zh-CN': '巡检已过期仍未完成。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
