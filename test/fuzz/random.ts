/**
 * A small seeded PRNG (mulberry32) and the random editor of the fuzz suite: no dependency, every
 * run reproducible from its seed (printed by the tests; replay with POC_STUDIO_FUZZ_SEED).
 */

export class Rng {
  private s: number;
  constructor(readonly seed: number) {
    this.s = seed >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(xs.length)];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** The fixed seed of `npm test`: the same edits on every run, so a failure there is reproducible. */
export const FIXED_SEED = 20261202;

/**
 * The seed of this run: POC_STUDIO_FUZZ_SEED; else a fresh one when POC_STUDIO_FUZZ_RANDOM=1
 * (`npm run fuzz`, which prints it for replay); else the fixed seed (`npm test`).
 */
export function seedFromEnv(): number {
  const env = process.env.POC_STUDIO_FUZZ_SEED;
  if (env && /^\d+$/.test(env)) return Number(env) >>> 0;
  if (process.env.POC_STUDIO_FUZZ_RANDOM === '1') return (Date.now() ^ (process.pid << 16)) >>> 0;
  return FIXED_SEED;
}

export function countFromEnv(fallback: number): number {
  const env = process.env.POC_STUDIO_FUZZ_EDITS;
  return env && /^\d+$/.test(env) ? Number(env) : fallback;
}

/** Characters that mean something to YAML, and whitespace that breaks it. */
export const YAML_SIGNIFICANT = [':', '-', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', "'", '"', '%', '\t', '\r\n', '\n', ' ', ',', '?', '@', '`'];
export const CHINESE = ['告警规则配置', '赵六', '某银行', '验收', '周报', '：', '，', '“引号”', '【】', '𠀀', '测试环境'];
export const SNIPPETS = [
  ': ',
  '\n  - ',
  '\n- { id: X1, name: 新任务, duration: 2d }\n',
  'dependsOn: [',
  ']',
  '{ ',
  ' }',
  '&a ',
  '*a',
  '!!str ',
  '|\n  ',
  '>-\n  ',
  '"\\u00e9"',
  "'it''s'",
  '%YAML 1.2\n---\n',
  '---\n',
  '...\n',
  '\ufeff',
  '\u202e',
  '<script>__pwned()</script>',
  '2027-02-30',
  'owner: ',
  'status: done',
  'progress: 150',
];

export interface Edit {
  /** UTF-16 offsets into the current text. */
  start: number;
  end: number;
  text: string;
  what: string;
}

/** Never split a surrogate pair or a CRLF (an editor's positions cannot point inside either). */
export function clamp(text: string, offset: number): number {
  if (offset > 0 && offset < text.length) {
    const c = text.charCodeAt(offset);
    if (c >= 0xdc00 && c <= 0xdfff) return offset - 1;
    if (c === 10 && text.charCodeAt(offset - 1) === 13) return offset - 1;
  }
  return offset;
}

/** A random edit of `text`: insertions of YAML-significant characters, Chinese text, fragments of `others`, deletions across structure. */
export function randomEdit(rng: Rng, text: string, others: readonly string[]): Edit {
  const at = () => clamp(text, rng.int(text.length + 1));
  // A position at a line start or just after a key, where structure is.
  const structural = () => {
    const lines: number[] = [0];
    for (let i = text.indexOf('\n'); i >= 0 && lines.length < 2000; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
    const ls = rng.pick(lines);
    return clamp(text, Math.min(text.length, ls + rng.int(12)));
  };
  const r = rng.int(100);
  if (r < 25) {
    const p = rng.chance(0.5) ? at() : structural();
    let s = '';
    for (let i = 1 + rng.int(3); i > 0; i--) s += rng.pick(YAML_SIGNIFICANT);
    return { start: p, end: p, text: s, what: 'yaml chars' };
  }
  if (r < 35) {
    const p = at();
    return { start: p, end: p, text: rng.pick(CHINESE), what: 'chinese' };
  }
  if (r < 45) {
    const p = structural();
    return { start: p, end: p, text: rng.pick(SNIPPETS), what: 'snippet' };
  }
  if (r < 60) {
    const src = rng.pick(others);
    const a = clamp(src, rng.int(src.length));
    const b = clamp(src, Math.min(src.length, a + rng.int(400)));
    const p = structural();
    return { start: p, end: p, text: src.slice(a, b), what: 'paste' };
  }
  if (r < 80) {
    // Delete a few characters, or across lines and structure.
    const a = at();
    const len = rng.chance(0.6) ? 1 + rng.int(4) : rng.int(300);
    const b = clamp(text, Math.min(text.length, a + len));
    return { start: a, end: Math.max(a, b), text: '', what: 'delete' };
  }
  if (r < 90) {
    // Replace a range by YAML-significant characters or a fragment.
    const a = at();
    const b = clamp(text, Math.min(text.length, a + rng.int(40)));
    return { start: a, end: Math.max(a, b), text: rng.chance(0.5) ? rng.pick(YAML_SIGNIFICANT) : rng.pick(SNIPPETS), what: 'replace' };
  }
  if (r < 95) {
    // Line endings: LF → CRLF at a random line, or a tab as indentation.
    const p = structural();
    return { start: p, end: p, text: rng.chance(0.5) ? '\r\n' : '\t', what: 'whitespace' };
  }
  // Typing: one character at a time is what editors send most.
  const p = at();
  return { start: p, end: p, text: rng.pick(['a', '1', ' ', 'T', '中', ':', '-']), what: 'type' };
}

/** LSP position (line, UTF-16 character) of an offset. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  // Line breaks as LSP (and vscode-languageserver-textdocument) count them: \r\n, \r or \n.
  let line = 0;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        if (i + 1 >= offset) break;
        i++;
      }
      line++;
      lineStart = i + 1;
    }
  }
  return { line, character: offset - lineStart };
}
