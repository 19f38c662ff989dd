import { defineRule } from './api';

/** A file that is not YAML text at all (binary content, over the size limit): nothing else is checked. */
export const rule = defineRule({
  id: 'file-unreadable',
  defaultSeverity: 'error',
  description: {
    en: 'A file that cannot be read as YAML text (binary, too large, invalid encoding).',
    'zh-CN': '无法作为 YAML 文本读取的文件（二进制、过大、编码无效）。',
  },
  runsOnBrokenFiles: true,
  check(ctx) {
    for (const f of ctx.file.parsed.findings) if (f.rule === 'file-unreadable') ctx.report(f.span, f.message, f.data);
  },
});
