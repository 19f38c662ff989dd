import { defineRule } from './api';

export const rule = defineRule({
  id: 'halt-without-resume-plan',
  defaultSeverity: 'warning',
  description: {
    en: 'A halt with no resume plan.',
    'zh-CN': '叫停实施但没有恢复计划。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
