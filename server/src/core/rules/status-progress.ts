import { defineRule } from './api';

export const rule = defineRule({
  id: 'status-progress',
  defaultSeverity: 'warning',
  description: {
    en: '`done` with progress < 100, or progress 100 but not done.',
    'zh-CN': '状态为 done 但进度不足 100，或进度 100 但状态不是 done。',
  },
  kinds: ['poc', 'project'],
  check() {
    // TODO: not implemented yet
  },
});
