import { defineRule } from './api';

export const rule = defineRule({
  id: 'blocker-unmanaged',
  defaultSeverity: 'warning',
  description: {
    en: 'A high-influence skeptic or blocker without a strategy.',
    'zh-CN': '高影响力的怀疑者或反对者没有应对策略。',
  },
  kinds: ['stakeholders'],
  check() {
    // TODO: not implemented yet
  },
});
