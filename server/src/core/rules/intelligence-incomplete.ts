import { defineRule } from './api';

export const rule = defineRule({
  id: 'intelligence-incomplete',
  defaultSeverity: 'info',
  description: {
    en: 'Intelligence fields still empty.',
    'zh-CN': '情报收集尚未完成。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
