import { defineRule } from './api';

export const rule = defineRule({
  id: 'weekly-report-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A past week of the project with no weekly report.',
    'zh-CN': '项目已过去的某周没有周报。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
