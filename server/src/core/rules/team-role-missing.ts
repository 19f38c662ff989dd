import { defineRule } from './api';

export const rule = defineRule({
  id: 'team-role-missing',
  defaultSeverity: 'info',
  description: {
    en: 'The POC team lacks one of sales, presales, ops, engineer.',
    'zh-CN': 'POC 团队缺少销售、售前、运维或技术人员。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
