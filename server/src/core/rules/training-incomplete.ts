import { defineRule } from './api';

export const rule = defineRule({
  id: 'training-incomplete',
  defaultSeverity: 'info',
  description: {
    en: 'Training without sign-in or exam.',
    'zh-CN': '培训缺少签到或考试。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
