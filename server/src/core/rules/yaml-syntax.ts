import { defineRule } from './api';

/** Reports the parser's first syntax error (and limit breaches such as alias bombs) at its place. */
export const rule = defineRule({
  id: 'yaml-syntax',
  defaultSeverity: 'error',
  description: {
    en: 'YAML syntax error at its exact place.',
    'zh-CN': 'YAML 语法错误（定位到出错位置）。',
  },
  runsOnBrokenFiles: true,
  check(ctx) {
    for (const f of ctx.file.parsed.findings) if (f.rule === 'yaml-syntax') ctx.report(f.span, f.message, f.data);
  },
});
