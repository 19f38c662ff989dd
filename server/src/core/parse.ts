/**
 * YAML → plain JS values with exact source spans.
 *
 * The `yaml` library gives a document AST with ranges; we convert it to plain objects/arrays
 * (which ajv and the model read) and remember, in a side table, the span of every collection,
 * every key and every value. Resource limits (size, binary content, nesting, alias expansion)
 * turn hostile input into findings instead of hangs or crashes.
 *
 * The pieces live in `yaml/`: limits.ts (guards), result.ts (ParsedYaml, unreadable texts),
 * source-map.ts (spans), convert.ts (AST → values), whole.ts (one parse of the whole text),
 * lines.ts (the line scanner), chunks.ts (chunked, incremental parsing), tree.ts (the `yaml`
 * nodes editing features read, one chunk at a time).
 */
import { ChunkCache, parseChunked } from './yaml/chunks';
import { DEFAULT_LIMITS, looksBinary, type ParseLimits } from './yaml/limits';
import { unreadable, type ParsedYaml } from './yaml/result';
import { parseWhole } from './yaml/whole';

export { ChunkCache } from './yaml/chunks';
export { DEFAULT_LIMITS, deeperThan, tooDeepAt, type ParseLimits } from './yaml/limits';
export { unreadableText, yamlSyntaxFinding, type ParsedYaml } from './yaml/result';
export { SourceMap } from './yaml/source-map';

export function parseYaml(text: string, limits: ParseLimits = DEFAULT_LIMITS, cache?: ChunkCache): ParsedYaml {
  if (text.length > limits.maxChars) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return unreadable(
      text,
      `File too large to check (${mb(text.length)} MB; limit ${mb(limits.maxChars)} MB, setting pocStudio.maxFileSizeMB).`,
      `文件过大，未检查（${mb(text.length)} MB，上限 ${mb(limits.maxChars)} MB，可在设置 pocStudio.maxFileSizeMB 中调整）。`,
    );
  }
  if (looksBinary(text)) {
    return unreadable(
      text,
      'This looks like a binary file (it contains NUL bytes), not YAML text; it was not checked.',
      '该文件包含 NUL 字节，像是二进制文件而不是 YAML 文本，未检查。',
    );
  }

  if (cache && text.length >= limits.chunkMinChars) {
    const chunked = parseChunked(text, limits, cache);
    if (chunked) return chunked;
    cache.clear();
  }
  return parseWhole(text, limits);
}
