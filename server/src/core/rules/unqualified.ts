import { defineRule } from './api';

export const rule = defineRule({
  id: 'unqualified',
  defaultSeverity: 'warning',
  description: {
    en: 'Financial vetting or purchase commitment not confirmed.',
    'zh-CN': '未确认客户财务审查或采购承诺。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
