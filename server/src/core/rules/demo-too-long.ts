import { defineRule } from './api';

export const rule = defineRule({
  id: 'demo-too-long',
  defaultSeverity: 'warning',
  description: {
    en: 'Demo over 30 minutes.',
    'zh-CN': '演示超过 30 分钟。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
