/** The whole text as one YAML stream: the reference behaviour chunked parsing must agree with. */
import * as YAML from 'yaml';
import type { Finding } from '../types';
import { Converter } from './convert';
import { deeperThan, tooDeepAt, NESTING_GUARD, PARSE_OPTIONS, type ParseLimits } from './limits';
import { unreadable, yamlSyntaxFinding, YAML_ERRORS_ZH, type ParsedYaml } from './result';
import { SourceMap } from './source-map';

/** The whole text as one YAML stream (the reference behaviour; chunked parsing must agree with it). */
export function parseWhole(text: string, limits: ParseLimits): ParsedYaml {
  const deep = deeperThan(text, NESTING_GUARD);
  if (deep >= 0) {
    // Never hand such a text to yaml: its composer recurses per level and would run the stack out.
    const at = tooDeepAt(text, deep, limits.maxDepth);
    return {
      text,
      root: undefined,
      map: new SourceMap(),
      findings: [
        yamlSyntaxFinding(
          { start: at, end: Math.min(text.length, at + 1) },
          `Nesting deeper than ${limits.maxDepth} levels; the file cannot be read safely.`,
          `嵌套超过 ${limits.maxDepth} 层，无法安全读取。`,
        ),
      ],
      unreadable: false,
      hasSyntaxError: true,
    };
  }

  let docs: YAML.Document.Parsed[];
  try {
    const parsed = YAML.parseAllDocuments(text, PARSE_OPTIONS);
    docs = Array.isArray(parsed) ? parsed : [];
    if (!Array.isArray(parsed)) {
      // An EmptyStream: only comments or whitespace.
      return { text, root: undefined, map: new SourceMap(), findings: [], unreadable: false, hasSyntaxError: false };
    }
  } catch (e) {
    return unreadable(
      text,
      `The YAML parser failed on this file: ${(e as Error).message}`,
      `YAML 解析器无法读取该文件：${(e as Error).message}`,
    );
  }

  const findings: Finding[] = [];
  const doc = docs[0];
  let hasSyntaxError = false;
  if (doc) {
    const errors = [...doc.errors].sort((a, b) => a.pos[0] - b.pos[0]);
    if (errors.length > 0) {
      hasSyntaxError = true;
      const e = errors[0];
      let start = Math.min(e.pos[0], text.length);
      // Errors found at the end of the text (unclosed quotes, brackets) point at the last real character.
      if (text.slice(start).trim() === '') start = Math.max(0, text.trimEnd().length - 1);
      const end = Math.min(Math.max(e.pos[1], start + 1), text.length);
      if (/call stack|too much recursion/i.test(e.message)) {
        // The parser itself ran out of stack on deep nesting: say so, where the nesting gets too deep.
        const at = tooDeepAt(text, e.pos[0], limits.maxDepth);
        findings.push(
          yamlSyntaxFinding(
            { start: at, end: Math.min(text.length, at + 1) },
            `Nesting deeper than ${limits.maxDepth} levels; the file cannot be read safely.`,
            `嵌套超过 ${limits.maxDepth} 层，无法安全读取。`,
          ),
        );
      } else {
        const quote = e.code === 'MISSING_CHAR' ? /closing (["'])quote/.exec(e.message)?.[1] : undefined;
        const opens = quote ? openingQuote(doc, text, quote, e.pos[0]) : undefined;
        if (opens !== undefined) {
          // An unclosed quote swallows the rest of the file: say where it opens, not where the text ends.
          const lineEnd = text.slice(opens).search(/\r|\n/);
          findings.push(
            yamlSyntaxFinding(
              { start: opens, end: lineEnd < 0 ? text.length : opens + Math.max(1, lineEnd) },
              `Unclosed quote: the string that starts here is never closed (a closing ${quote} is missing).`,
              `引号未闭合：从这里开始的字符串缺少结束的${quote === '"' ? '双引号' : '单引号'}。`,
            ),
          );
        } else {
          const en = e.message.replace(/ at line \d+, column \d+:?[\s\S]*$/, '');
          findings.push(yamlSyntaxFinding({ start, end }, en, YAML_ERRORS_ZH[e.code] ?? en));
        }
      }
    }
  }
  // Later documents with nothing in them (a trailing `---` or `...`, comments) are harmless.
  const extra = docs.slice(1).find((d) => !isEmptyDocument(d, text));
  if (extra) {
    const second = extra;
    const start = second.range ? second.range[0] : text.length;
    const span = { start, end: Math.min(text.length, start + 3) };
    if (!hasSyntaxError) {
      findings.push(
        yamlSyntaxFinding(
          span,
          'Only one YAML document per artifact file; the documents after the first "---" are ignored.',
          '每个文件只能有一个 YAML 文档；第一个 "---" 之后的文档会被忽略。',
        ),
      );
    }
  }

  const map = new SourceMap();
  let root: unknown = undefined;
  if (doc?.contents) {
    const conv = new Converter(doc, map, limits, text.length);
    // Without an alias (`*name`) nothing can expand: skip the counting walk.
    if (!text.includes('*') || conv.checkAliasExpansion(doc.contents)) root = conv.convert(doc.contents, 0);
    if (conv.limitFinding && !hasSyntaxError) findings.push(conv.limitFinding);
    if (conv.limitFinding) hasSyntaxError = true;
  }
  return { text, doc, root, map, findings, unreadable: false, hasSyntaxError };
}

/**
 * The offset of the quote that opens the string an "unclosed quote" error at `errorAt` belongs to:
 * the last quoted scalar of that quote that runs up to the error (it swallowed the rest of the text).
 */
function openingQuote(doc: YAML.Document.Parsed, text: string, quote: string, errorAt: number): number | undefined {
  const type = quote === '"' ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE';
  let found: number | undefined;
  YAML.visit(doc, {
    Scalar(_key, node) {
      const r = node.range;
      if (node.type === type && r && r[1] >= errorAt && text[r[0]] === quote && (found === undefined || r[0] > found)) found = r[0];
    },
  });
  return found;
}

/** A document of a stream with no content: only markers (`---`, `...`), comments or blank lines. */
function isEmptyDocument(d: YAML.Document.Parsed, text: string): boolean {
  if (d.errors.length > 0) return false;
  const c = d.contents;
  if (c === null || c === undefined) return true;
  if (!YAML.isScalar(c) || c.value !== null) return false;
  const r = c.range;
  return !r || text.slice(r[0], r[1]).trim() === '';
}

// --- chunked parsing ---------------------------------------------------------------------------
