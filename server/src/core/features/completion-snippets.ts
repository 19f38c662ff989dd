/**
 * Snippet text for completion: YAML scalars and snippet escapes, the lists whose new items come as
 * snippets (what an item is called, which fields it fills, its id prefix), the next free id, and
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


export interface ListInfo {
  noun: [string, string];
  fields: string[];
  idPrefix?: string;
}

/** What a new item of each list is called, and the fields its snippet fills (after the required ones). */
export const LISTS: Record<string, ListInfo> = {
  tasks: { noun: ['task', '任务'], fields: ['id', 'name', 'phase', 'owner', 'duration'], idPrefix: 'T' },
  team: { noun: ['team member', '团队成员'], fields: ['id', 'name', 'role'] },
  risks: { noun: ['risk', '风险'], fields: ['id', 'description', 'probability', 'impact', 'mitigation', 'owner', 'status'], idPrefix: 'RK' },
  stakeholders: { noun: ['stakeholder', '干系人'], fields: ['id', 'name', 'roles', 'influence', 'interest', 'attitude'] },
  requirements: { noun: ['requirement', '需求'], fields: ['id', 'title', 'type', 'priority', 'source', 'acceptance'], idPrefix: 'R' },
  items: { noun: ['checklist item', '检查项'], fields: ['id', 'text', 'done'], idPrefix: 'C' },
  'items[].items': { noun: ['checklist item', '检查项'], fields: ['id', 'text', 'done'], idPrefix: 'C' },
  scenarios: { noun: ['scenario', '业务场景'], fields: ['id', 'title', 'requirements'], idPrefix: 'S' },
  successCriteria: { noun: ['success criterion', '成功标准'], fields: ['id', 'description', 'metric', 'target', 'agreedWithCustomer', 'requirement'], idPrefix: 'SC' },
  changes: { noun: ['change request', '变更'], fields: ['id', 'date', 'requestedBy', 'description', 'scope', 'decision'], idPrefix: 'CR' },
  delays: { noun: ['delay', '延期记录'], fields: ['task', 'date', 'days', 'reason', 'reportedToSales'] },
  halts: { noun: ['halt', '停工记录'], fields: ['from', 'to', 'reason', 'resumePlan'] },
  releases: { noun: ['release', '版本'], fields: ['id', 'title', 'date'] },
  weeklyReports: { noun: ['weekly report', '周报'], fields: ['week', 'sent', 'hours'] },
  satisfaction: { noun: ['satisfaction survey', '满意度调查'], fields: ['date', 'score'] },
  training: { noun: ['training', '培训'], fields: ['date', 'topic', 'attendees', 'signIn', 'exam'] },
  inspections: { noun: ['inspection', '巡检'], fields: ['due', 'done'] },
  'acceptance.items': { noun: ['acceptance item', '验收项'], fields: ['id', 'category', 'requirement', 'status'], idPrefix: 'A' },
  'environment.machines': { noun: ['machine', '机器'], fields: ['role', 'count', 'cpu', 'memoryGB', 'diskGB', 'os'] },
  'demo.storyboard': { noun: ['storyboard step', '演示步骤'], fields: ['step', 'painPoint', 'scenario', 'minutes'] },
  'review.feedback': { noun: ['feedback', '反馈'], fields: ['date', 'from', 'text'] },
  'intelligence.competitors': { noun: ['competitor', '竞品'], fields: ['name', 'features', 'strategy'] },
};

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
