/** What parsing a text gives, and the findings of texts that cannot be read. */
import type * as YAML from 'yaml';
import type { Finding, Localized } from '../types';
import type { Span } from '../text';
import { SourceMap } from './source-map';
import type { Layout } from './chunks';

export interface ParsedYaml {
  text: string;
  /** The first YAML document's AST, for a text parsed whole (editing features read it through tree.ts). */
  doc?: YAML.Document.Parsed;
  /** The converted top-level value (undefined for an empty document or unparsed text). */
  root: unknown;
  map: SourceMap;
  /** yaml-syntax and file-unreadable findings. */
  findings: Finding[];
  /** True when the text could not be read as YAML at all (binary, too large…): nothing else is checked. */
  unreadable: boolean;
  /** True when there is a YAML syntax error: the content is partial. */
  hasSyntaxError: boolean;
  /** How a text parsed in chunks is cut (no `doc` then: tree.ts parses the chunk a feature reads). */
  layout?: Layout;
}

const msg = (en: string, zh: string): Localized => ({ en, 'zh-CN': zh });

/** Chinese wording for the yaml library's error codes; the English text comes from the library. */
export const YAML_ERRORS_ZH: Record<string, string> = {
  BAD_INDENT: '缩进不正确',
  BAD_DQ_ESCAPE: '双引号字符串中的转义序列无效',
  BAD_SCALAR_START: '普通标量不能以该字符开头，请加引号',
  BLOCK_AS_IMPLICIT_KEY: '此处不允许嵌套映射（冒号后缺少空格或缩进不对？）',
  BLOCK_IN_FLOW: '流式集合（[ ] 或 { }）中不能出现块结构',
  DUPLICATE_KEY: '同一映射中的键必须唯一',
  MISSING_CHAR: '缺少字符（未闭合的引号或括号，或缺少 "-" / ":"）',
  MULTILINE_IMPLICIT_KEY: '隐式键必须在同一行内',
  MULTIPLE_ANCHORS: '一个节点只能有一个锚点',
  MULTIPLE_TAGS: '一个节点只能有一个标签',
  TAB_AS_INDENT: '不能用 Tab 缩进，请使用空格',
  UNEXPECTED_TOKEN: '意外的内容',
  BAD_ALIAS: '别名无效',
  BAD_DIRECTIVE: '指令无效',
  BAD_PROP_ORDER: '锚点和标签必须写在节点内容之前',
  KEY_OVER_1024_CHARS: '隐式键不能超过 1024 个字符',
  NON_STRING_KEY: '键必须是字符串',
  TAG_RESOLVE_FAILED: '无法解析标签',
  ALIAS_PROPS: '别名不能带锚点或标签',
  BAD_COLLECTION_TYPE: '集合类型不正确',
  RESOURCE_EXHAUSTION: '嵌套过深或内容过多，无法安全读取',
  IMPOSSIBLE: 'YAML 解析器内部错误',
};

export function yamlSyntaxFinding(span: Span, en: string, zh: string): Finding {
  return { rule: 'yaml-syntax', span, message: msg(`YAML syntax error: ${en}`, `YAML 语法错误：${zh}`) };
}

/** A text that is not checked at all, with one file-unreadable finding at `offset` (else the first line). */
export function unreadableText(text: string, offset: number | undefined, en: string, zh: string): ParsedYaml {
  let span: Span;
  if (offset !== undefined) span = { start: Math.min(offset, text.length), end: Math.min(offset + 1, text.length) };
  else {
    const firstLineEnd = text.search(/\r|\n/);
    span = { start: 0, end: firstLineEnd < 0 ? Math.min(text.length, 200) : Math.min(firstLineEnd, 200) };
  }
  return {
    text,
    root: undefined,
    map: new SourceMap(),
    findings: [{ rule: 'file-unreadable', span, message: msg(en, zh) }],
    unreadable: true,
    hasSyntaxError: false,
  };
}

export const unreadable = (text: string, en: string, zh: string) => unreadableText(text, undefined, en, zh);
