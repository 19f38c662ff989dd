import { defineRule } from './api';

export const rule = defineRule({
  id: 'schedule-cycle',
  defaultSeverity: 'error',
  description: {
    en: 'A dependsOn cycle.',
    'zh-CN': '任务依赖（dependsOn）形成循环。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
