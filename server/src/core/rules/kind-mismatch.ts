import { KINDS } from '../types';
import { defineRule, say } from './api';

const messages = {
  mismatch: {
    en: (a: { declared: string; kind: string; name: string }) =>
      `kind: ${a.declared} disagrees with the file name ${a.name}, which makes it a "${a.kind}" file.`,
    'zh-CN': (a: { declared: string; kind: string; name: string }) =>
      `文件开头声明的类型“${a.declared}”与文件名 ${a.name} 不一致：按文件名后缀，该文件的类型应为“${a.kind}”。`,
  },
};

/** The optional top-level `kind:` must agree with the file suffix, which decides how the file is read. */
export const rule = defineRule({
  id: 'kind-mismatch',
  defaultSeverity: 'error',
  description: {
    en: '`kind:` disagrees with the file suffix.',
    'zh-CN': '文件开头声明的类型与文件名后缀不一致。',
  },
  runsOnBrokenFiles: true,
  check(ctx) {
    const { model, kind, name } = ctx.file;
    const declared = model.kindField;
    if (!declared || declared.value === kind) return;
    ctx.report(declared.span, say(messages.mismatch, { declared: declared.value, kind, name }), {
      expected: kind,
      isKnownKind: (KINDS as readonly string[]).includes(declared.value),
    });
  },
});
