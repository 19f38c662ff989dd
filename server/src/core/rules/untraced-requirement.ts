import { defineRule } from './api';

export const rule = defineRule({
  id: 'untraced-requirement',
  defaultSeverity: 'warning',
  description: {
    en: 'A must requirement that no success criterion, scenario or acceptance item covers.',
    'zh-CN': '必须（must）需求没有被任何成功标准、场景或验收项覆盖。',
  },
  kinds: ['requirements'],
  check() {
    // TODO: not implemented yet
  },
});
