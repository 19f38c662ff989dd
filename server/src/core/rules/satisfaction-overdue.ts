import { defineRule } from './api';

export const rule = defineRule({
  id: 'satisfaction-overdue',
  defaultSeverity: 'info',
  description: {
    en: 'More than a month since the last satisfaction survey.',
    'zh-CN': '距上次满意度调查已超过一个月。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
