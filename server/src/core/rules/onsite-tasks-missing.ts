import { defineRule } from './api';

export const rule = defineRule({
  id: 'onsite-tasks-missing',
  defaultSeverity: 'warning',
  description: {
    en: 'Onsite POC that lacks an integration or deployment task.',
    'zh-CN': '现场 POC 缺少软件集成验证或产品部署任务。',
  },
  kinds: ['poc'],
  check() {
    // TODO: not implemented yet
  },
});
