import { defineRule } from './api';

export const rule = defineRule({
  id: 'criterion-unmeasurable',
  defaultSeverity: 'warning',
  description: {
    en: 'A criterion without metric and target.',
    'zh-CN': '成功标准缺少度量指标和目标值。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
