import { defineRule } from './api';

export const rule = defineRule({
  id: 'success-criteria-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'A POC without success criteria.',
    'zh-CN': 'POC 没有成功标准。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
