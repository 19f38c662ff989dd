/**
 * Snippet text for completion: YAML scalars and snippet escapes, the lists whose new items come as
 * snippets (schema-tables.ts: what an item is called, which fields it fills, its id prefix), the next free id, and
 * the builder of a snippet's fields with their placeholders (enum choices, dates, durations).
 */
import { formatDate, type Day } from '../dates';
import type { EnumValue, SchemaNode } from './schema-nav';
import { DURATIONS, isDurationPattern } from './completion-fit';

/** What the builder needs of the request: today (for dates) and the values that fit a node. */
export interface SnippetEnv {
  today: Day;
  values(node: SchemaNode): EnumValue[];
}

/** Plain YAML for a scalar value: quoted when it would otherwise mean something else. */
export function yamlScalar(value: string | number | boolean, quoted: boolean): string {
  const s = String(value);
  if (quoted || typeof value !== 'string') return s;
  if (s === '' || /^[-?:,[\]{}#&*!|>'"%@`]/.test(s) || /: |\s#|^\s|\s$/.test(s) || /^(true|false|null|~|yes|no|on|off|y|n)$/i.test(s) || /^[-+]?(\d|\.\d)/.test(s)) {
    return JSON.stringify(s);
  }
  return s;
}

/** Escapes text for a snippet (outside placeholders). */
export function esc(s: string): string {
  return s.replace(/[\\$}]/g, '\\$&');
}

/** Escapes a value inside a snippet choice `${1|a,b|}`. */
export function escChoice(s: string): string {
  return s.replace(/[\\$}|,]/g, '\\$&');
}

/** The next free id after the numbered ids of a list: T1…T9 → T10; `prefix`1 when there is none. */
export function nextId(ids: readonly string[], prefix: string | undefined): string | undefined {
  let best: { prefix: string; n: number; width: number } | undefined;
  const counts = new Map<string, number>();
  const max = new Map<string, { n: number; width: number }>();
  for (const id of ids) {
    const m = /^(.*?)(\d+)$/.exec(id);
    if (!m) continue;
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    const n = Number(m[2]);
    const cur = max.get(m[1]);
    if (!cur || n > cur.n) max.set(m[1], { n, width: m[2].length });
  }
  for (const [p, c] of counts) {
    if (!best || c > (counts.get(best.prefix) ?? 0)) best = { prefix: p, ...max.get(p)! };
  }
  if (best) {
    const num = String(best.n + 1);
    return best.prefix + (num.length < best.width ? num.padStart(best.width, '0') : num);
  }
  return prefix !== undefined ? `${prefix}1` : undefined;
}

export class SnippetBuilder {
  n = 0;
  private readonly presets: Map<string, string>;
  /**
   * `id`: the proposed id for the first `id` field (e.g. the next free task id); `dependsOn`: the
   * task the new one waits for (the one above it). Each is used once, by the first such field.
   */
  constructor(
    private readonly env: SnippetEnv,
    id?: string,
    dependsOn?: string,
  ) {
    this.presets = new Map();
    if (id !== undefined) this.presets.set('id', id);
    if (dependsOn !== undefined) this.presets.set('dependsOn', dependsOn);
  }

  /** The placeholder for a field's value. */
  value(name: string, node: SchemaNode | undefined, flow: boolean, indent: string): string {
    const i = ++this.n;
    if (!node) return `\${${i}}`;
    const preset = this.presets.get(name);
    if (preset !== undefined) {
      this.presets.delete(name);
      return name === 'dependsOn' ? `[\${${i}:${esc(preset)}}]` : `\${${i}:${esc(preset)}}`;
    }
    const values = this.env.values(node);
    if (values.length > 1) return `\${${i}|${values.map((v) => escChoice(yamlScalar(v.value, false))).join(',')}|}`;
    if (values.length === 1) return `\${${i}:${esc(yamlScalar(values[0].value, false))}}`;
    if (node.isBoolean()) return name === 'done' ? `\${${i}|false,true|}` : `\${${i}|true,false|}`;
    if (node.format === 'date') return `\${${i}:${formatDate(this.env.today)}}`;
    if (isDurationPattern(node.pattern) || name === 'duration') return `\${${i}|${DURATIONS.map((d) => d.value).join(',')}|}`;
    if (node.isCollectionOnly() && node.isArray()) {
      const items = node.child(0);
      if (items?.isObject() && items.properties().length && !flow) {
        this.n--;
        return `\n${indent}  - ${this.fields(items, items.required(), false, `${indent}    `)}`;
      }
      return `[\${${i}}]`;
    }
    if (node.isCollectionOnly() && node.isObject()) return `{ \${${i}} }`;
    return `\${${i}}`;
  }

  /** `a: …, b: …` (flow) or `a: …\n<indent>b: …` (block) for the given fields of an object schema. */
  fields(node: SchemaNode, names: readonly string[], flow: boolean, indent: string): string {
    const parts = names.map((name) => {
      const v = this.value(name, node.property(name)?.node, flow, indent);
      return v.startsWith('\n') ? `${name}:${v}` : `${name}: ${v}`;
    });
    return flow ? parts.join(', ') : parts.join(`\n${indent}`);
  }
}

/** The snippet with its placeholders replaced by their default text, for the documentation. */
export function preview(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, list: string) => list.split(/(?<!\\),/)[0])
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\{\d+\}|\$\d+/g, '')
    .replace(/\\([\\$}|,])/g, '$1');
}
