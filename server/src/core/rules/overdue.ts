import { defineRule } from './api';

export const rule = defineRule({
  id: 'overdue',
  defaultSeverity: 'warning',
  description: {
    en: 'Not done and its end is before today.',
    'zh-CN': '任务未完成且已过结束日期。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
