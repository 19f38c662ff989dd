import { defineRule } from './api';

export const rule = defineRule({
  id: 'demo-without-rehearsal',
  defaultSeverity: 'warning',
  description: {
    en: 'A demo task with no rehearsal task before it.',
    'zh-CN': '演示任务之前没有预演任务。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
