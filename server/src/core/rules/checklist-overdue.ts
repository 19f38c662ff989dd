import { defineRule } from './api';

export const rule = defineRule({
  id: 'checklist-overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'A required item not done after its due date.',
    'zh-CN': '必做检查项已过截止日期仍未完成。',
  },
  kinds: ['checklist'],
  check() {
    // TODO: not implemented yet
  },
});
