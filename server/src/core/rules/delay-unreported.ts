import { defineRule } from './api';

export const rule = defineRule({
  id: 'delay-unreported',
  defaultSeverity: 'warning',
  description: {
    en: 'A delay without reason, or not reported to sales the same day.',
    'zh-CN': '延期没有记录原因，或未在当日反馈销售。',
  },
  kinds: ['project'],
  check() {
    // TODO: not implemented yet
  },
});
