import { defineRule } from './api';

export const rule = defineRule({
  id: 'acceptance-category-missing',
  defaultSeverity: 'info',
  description: {
    en: 'None of the acceptance items covers analysis, storage, alert or report.',
    'zh-CN': '验收项未覆盖分析、存储、告警或报表需求。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
