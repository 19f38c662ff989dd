import { defineRule } from './api';

export const rule = defineRule({
  id: 'starts-before-dependency',
  defaultSeverity: 'warning',
  description: {
    en: 'Explicit start earlier than a dependency’s end.',
    'zh-CN': '任务的开始日期早于其前置任务的结束日期。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
