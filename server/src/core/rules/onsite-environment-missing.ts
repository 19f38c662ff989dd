import { defineRule } from './api';

export const rule = defineRule({
  id: 'onsite-environment-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'Onsite POC without environment machines.',
    'zh-CN': '现场 POC 没有填写环境机器。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
