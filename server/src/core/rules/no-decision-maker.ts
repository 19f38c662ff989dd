import { defineRule } from './api';

export const rule = defineRule({
  id: 'no-decision-maker',
  defaultSeverity: 'warning',
  description: {
    en: 'The workspace’s stakeholders name no decision maker.',
    'zh-CN': '干系人中没有决策者。',
  },
  check() {
    // TODO: not implemented yet
  },
});
