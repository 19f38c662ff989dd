import { defineRule } from './api';

export const rule = defineRule({
  id: 'untestable-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'Acceptance that no test could check.',
    'zh-CN': '需求的验收标准无法测试。',
  },
  kinds: ['requirements'],
  check() {
    // TODO: not implemented yet
  },
});
