import { defineRule } from './api';

export const rule = defineRule({
  id: 'over-allocated',
  defaultSeverity: 'warning',
  description: {
    en: 'One person on overlapping tasks beyond capacity, across the workspace.',
    'zh-CN': '同一人员在重叠时间内承担的任务超出其工作容量（跨项目）。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
