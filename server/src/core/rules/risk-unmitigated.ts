import { defineRule } from './api';

export const rule = defineRule({
  id: 'risk-unmitigated',
  defaultSeverity: 'warning',
  description: {
    en: 'A high-impact open risk without mitigation.',
    'zh-CN': '高影响的未关闭风险没有应对措施。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
