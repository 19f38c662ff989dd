import { defineRule } from './api';

export const rule = defineRule({
  id: 'out-of-contract-unpriced',
  defaultSeverity: 'warning',
  description: {
    en: 'An accepted out-of-contract change or requirement without price.',
    'zh-CN': '已接受的合同外变更或需求没有报价。',
  },
  kinds: ['project', 'requirements'],
  check() {
    // TODO: not implemented yet
  },
});
