import { defineRule } from './api';

export const rule = defineRule({
  id: 'outside-window',
  defaultSeverity: 'warning',
  description: {
    en: 'Task outside the POC/project start\u2013end.',
    'zh-CN': '任务超出 POC/项目的起止时间。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
