/*
 * ref-unchecked — a reference that cannot be checked because the file that may define its id
 * cannot be read whole.
 *
 * Decisions on edge cases:
 * - It takes the place of unknown-ref (which stays silent then): when a stakeholders file is
 *   unreadable (binary, undecodable bytes, too large) or has a YAML syntax error, every owner in
 *   the plans would otherwise be a false "does not exist" error. The fix is in the other file, so
 *   this is an info at the reference, naming that file and why it is broken.
 * - Only references that do not resolve against what could be read are reported: an id that
 *   exists (in this file's team, or before the syntax error of the broken file) is fine.
 * - Only files that could define the kind count (a broken requirements file does not make an
 *   owner uncheckable); the referring file itself is not checked for references when broken.
 * - data: { refKind, value, files } (the broken files' names).
 */
import { defineRule, say } from './api';
import type { ArtifactFile } from './api';
import type { Localized } from '../types';
import { symbolsOf } from '../symbols';
import { brokenDefiners, brokenKey, joinList } from './_refs-util';

interface Args {
  where: Localized;
  value: string;
  files: ArtifactFile[];
}

const messages = {
  unchecked: {
    en: (a: Args) =>
      `${a.where.en} '${a.value}' cannot be checked: ${joinList(a.files.map((f) => f.name), 'en')}, which may define it, ${
        a.files.every((f) => f.parsed.unreadable) ? 'cannot be read' : a.files.some((f) => f.parsed.unreadable) ? 'cannot be read or has a YAML syntax error' : 'has a YAML syntax error'
      }. Fix that file first.`,
    'zh-CN': (a: Args) =>
      `${a.where['zh-CN']} '${a.value}' 暂时无法检查：可能定义它的文件 ${joinList(a.files.map((f) => f.name), 'zh-CN')} ${
        a.files.every((f) => f.parsed.unreadable) ? '无法读取' : a.files.some((f) => f.parsed.unreadable) ? '无法读取或有 YAML 语法错误' : '有 YAML 语法错误'
      }，请先修正该文件。`,
  },
};

export const rule = defineRule({
  id: 'ref-unchecked',
  defaultSeverity: 'info',
  description: {
    en: 'A reference that cannot be checked because the file that may define its id cannot be read (or has a YAML syntax error).',
    'zh-CN': '引用无法检查：可能定义该 id 的文件无法读取（或有 YAML 语法错误）。',
  },
  check(ctx) {
    if (brokenKey(ctx.index) === '') return; // the usual case: every file was read
    const { refs } = symbolsOf(ctx.file);
    const table = ctx.index.symbols();
    for (const r of refs) {
      const files = brokenDefiners(ctx.index, r.kind);
      if (files.length === 0 || table.exists(ctx.file, r)) continue;
      ctx.report(r.span, say(messages.unchecked, { where: r.where, value: r.id, files }), { refKind: r.kind, value: r.id, files: files.map((f) => f.name) });
    }
  },
});
