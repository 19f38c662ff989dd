import { defineRule } from './api';

export const rule = defineRule({
  id: 'change-undecided',
  defaultSeverity: 'warning',
  description: {
    en: 'A change request without scope or still pending after 5 working days.',
    'zh-CN': '变更请求没有范围，或超过 5 个工作日仍未决定。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
