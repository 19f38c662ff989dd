import { defineRule } from './api';

export const rule = defineRule({
  id: 'success-criteria-not-agreed',
  defaultSeverity: 'warning',
  description: {
    en: 'A criterion not agreed with the customer by the POC start.',
    'zh-CN': '成功标准在 POC 开始前未与客户达成一致。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
