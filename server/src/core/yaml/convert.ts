/** The `yaml` AST → plain values, recording every span in a SourceMap; alias and depth limits. */
import * as YAML from 'yaml';
import type { Finding } from '../types';
import type { Span } from '../text';
import type { ParseLimits } from './limits';
import { yamlSyntaxFinding } from './result';
import { ZERO, type Base, type SourceMap } from './source-map';

export function spanOf(node: { range?: YAML.Range | null } | null | undefined, fallback: Span): Span {
  const r = node?.range;
  return r ? { start: r[0], end: Math.max(r[0], r[1]) } : fallback;
}

export class Converter {
  private nodes = 0;
  private readonly resolving = new Set<YAML.Node>();
  limitFinding?: Finding;

  constructor(
    private readonly doc: YAML.Document.Parsed,
    private readonly map: SourceMap,
    private readonly limits: ParseLimits,
    private readonly textLength: number,
    private readonly base: Base = ZERO,
  ) {}

  /**
   * Counts the values the document expands to (aliases repeat their target) without expanding it,
   * so that a billion-laughs document is refused in time proportional to its text.
   */
  checkAliasExpansion(rootNode: unknown): boolean {
    const memo = new Map<unknown, number>();
    const inProgress = new Set<unknown>();
    let distinct = 0;
    let firstAlias: YAML.Alias | undefined;
    const cap = this.limits.maxNodes + this.limits.maxAliasExpansion + 1;
    const childrenOf = (node: unknown): unknown[] => {
      const children: unknown[] = [];
      if (YAML.isMap(node)) for (const p of node.items) children.push(p.key, p.value);
      else if (YAML.isSeq(node)) children.push(...node.items);
      return children.filter((c) => c !== null && c !== undefined);
    };
    const size = (root: unknown): number => {
      // Iterative post-order walk; the memo makes shared (aliased) nodes cost once, and an alias
      // to a node still being walked (an alias inside its own anchor) is a cycle, counted as 0.
      const stack: [unknown, boolean][] = [[root, false]];
      while (stack.length) {
        const [node, exiting] = stack.pop()!;
        if (memo.has(node)) continue;
        if (YAML.isAlias(node)) {
          const target = node.resolve(this.doc);
          if (!exiting) {
            firstAlias ??= node;
            if (!target || inProgress.has(target)) memo.set(node, 0);
            else if (memo.has(target)) memo.set(node, memo.get(target)!);
            else stack.push([node, true], [target, false]);
          } else memo.set(node, memo.get(target) ?? 0);
          continue;
        }
        const children = childrenOf(node);
        if (!exiting) {
          inProgress.add(node);
          stack.push([node, true]);
          for (const c of children) if (!memo.has(c)) stack.push([c, false]);
          continue;
        }
        inProgress.delete(node);
        distinct++;
        let total = 1;
        for (const c of children) total = Math.min(cap, total + (memo.get(c) ?? 0));
        memo.set(node, total);
      }
      return memo.get(root) ?? 0;
    };
    const total = size(rootNode);
    if (total - distinct > this.limits.maxAliasExpansion || total > this.limits.maxNodes) {
      this.stop(
        spanOf(firstAlias ?? (rootNode as YAML.Node), { start: 0, end: 1 }),
        `Aliases expand to too many values (more than ${Math.min(total, cap - 1)}); possible alias bomb ("billion laughs").`,
        `别名展开后的值过多（超过 ${Math.min(total, cap - 1)} 个），可能是“别名炸弹”。`,
      );
      return false;
    }
    return true;
  }

  private stop(span: Span, en: string, zh: string): undefined {
    if (!this.limitFinding) this.limitFinding = yamlSyntaxFinding(span, en, zh);
    return undefined;
  }

  convert(node: unknown, depth: number): unknown {
    if (this.limitFinding) return undefined;
    if (++this.nodes > this.limits.maxNodes) {
      return this.stop(
        spanOf(node as YAML.Node, { start: 0, end: 1 }),
        `Too many values after expanding aliases (more than ${this.limits.maxNodes}); possible alias bomb.`,
        `展开别名后的值过多（超过 ${this.limits.maxNodes} 个），可能是“别名炸弹”。`,
      );
    }
    if (depth > this.limits.maxDepth) {
      return this.stop(
        spanOf(node as YAML.Node, { start: 0, end: 1 }),
        `Nesting deeper than ${this.limits.maxDepth} levels.`,
        `嵌套超过 ${this.limits.maxDepth} 层。`,
      );
    }
    if (YAML.isAlias(node)) {
      const target = node.resolve(this.doc);
      if (!target || this.resolving.has(target)) return undefined;
      this.resolving.add(target);
      try {
        return this.convert(target, depth + 1);
      } finally {
        this.resolving.delete(target);
      }
    }
    if (YAML.isScalar(node)) return normaliseScalar(node.value);
    if (YAML.isMap(node)) return this.convertMap(node, depth);
    if (YAML.isSeq(node)) {
      const arr: unknown[] = [];
      const offs: number[] = [];
      for (const item of node.items) {
        const itemSpan = spanOf(item as YAML.Node, spanOf(node, { start: 0, end: 0 }));
        arr.push(this.convert(item, depth + 1));
        offs.push(itemSpan.start, itemSpan.end);
      }
      const span = spanOf(node, { start: 0, end: this.textLength });
      this.map.setCompact(arr, span.start, span.end, undefined, offs, this.base);
      return arr;
    }
    return undefined;
  }

  private convertMap(node: YAML.YAMLMap, depth: number): Record<string, unknown> {
    const obj: Record<string, unknown> = Object.create(null);
    const names: string[] = [];
    const offs: number[] = [];
    const mapSpan = spanOf(node, { start: 0, end: this.textLength });
    const merges: unknown[] = [];
    for (const pair of node.items) {
      const keyNode = pair.key as YAML.Node | null;
      const rawKey = YAML.isScalar(keyNode) ? keyNode.value : keyNode ? complexKey(keyNode) : '';
      if (typeof rawKey === 'symbol' || (YAML.isScalar(keyNode) && keyNode.source === '<<' && keyNode.type === 'PLAIN')) {
        merges.push(pair.value);
        continue;
      }
      const key = rawKey === null || rawKey === undefined ? '' : String(rawKey);
      if (names.includes(key)) continue; // duplicate keys are reported by the parser
      const keySpan = spanOf(keyNode, mapSpan);
      const valueNode = pair.value as YAML.Node | null;
      let valueSpan = spanOf(valueNode, { start: keySpan.end, end: keySpan.end });
      if (valueNode && YAML.isScalar(valueNode) && valueNode.value === null && valueSpan.start === valueSpan.end) {
        valueSpan = { start: keySpan.start, end: keySpan.end };
      }
      names.push(key);
      offs.push(keySpan.start, keySpan.end, valueSpan.start, valueSpan.end);
      obj[key] = valueNode === null ? null : this.convert(valueNode, depth + 1);
    }
    // `<<: *base` merge keys: explicit keys win, merged keys keep the spans of their source.
    for (const m of merges) {
      const sources = YAML.isSeq(m) ? m.items : [m];
      for (const s of sources) {
        const merged = this.convert(s, depth + 1);
        if (!merged || typeof merged !== 'object' || Array.isArray(merged)) continue;
        for (const [k, v] of Object.entries(merged)) {
          if (k in obj) continue;
          obj[k] = v;
          // Spans of the same chunk (merges are never chunked): relative to the same base.
          const ks = this.map.key(merged, k);
          const vs = this.map.value(merged, k);
          if (!ks || !vs) continue;
          names.push(k);
          offs.push(ks.start - this.base.offset, ks.end - this.base.offset, vs.start - this.base.offset, vs.end - this.base.offset);
        }
      }
    }
    this.map.setCompact(obj, mapSpan.start, mapSpan.end, names, offs, this.base);
    return obj;
  }
}

/** A mapping or sequence used as a key (rare, reported by the schema as an unknown key): its YAML text, never a throw. */
function complexKey(node: YAML.Node): string {
  try {
    return String(node);
  } catch {
    return `[${node.constructor?.name ?? 'key'}]`;
  }
}

function normaliseScalar(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v instanceof Uint8Array) return undefined;
  return v;
}
